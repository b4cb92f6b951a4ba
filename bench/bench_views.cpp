// Benchmarks of the editor's side on a synthetic 64-host design: open (load, validate, build
// the scene), one edit (apply, re-validate, re-sync), export to PDF and PNG. Medians, printed.
#include "document/DesignDocument.h"
#include "design/DesignEdits.h"
#include "io/DesignSaver.h"
#include "paper/DiagramRenderer.h"
#include "canvas/DiagramScene.h"
#include "SyntheticDesign.h"
#include "Timing.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace cn;

using bench::medianMs;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const int hosts = argc > 1 ? QString(argv[1]).toInt() : 64;
    bench::SyntheticParams p;
    p.hosts = hosts;
    const QString file = dir.filePath("synthetic.cluster.yaml");
    saveDesignToFile(bench::makeSyntheticDesign(p), file.toStdString());

    DesignDocument doc;
    QString error;
    const double open = medianMs(5, [&] {
        doc.load(file, &error);
        DiagramScene scene(&doc);
    });
    DiagramScene scene(&doc);
    int step = 0;
    const double edit = medianMs(9, [&] {
        const Design next = withPositions(doc.design(), {{"hv1", Position{double(10 * ++step), 0}}});
        doc.apply(next, "move", 1, "hv1");
    });
    const DiagramRenderer renderer(&scene, &doc, file);
    PageOptions a3;
    a3.size = QPageSize::A3;
    const double pdf = medianMs(5, [&] { renderer.writePdf(dir.filePath("d.pdf"), a3, true, &error); });
    const double png = medianMs(5, [&] { renderer.writePng(dir.filePath("d.png"), a3, 150, &error); });
    out << "| hosts | open (load, validate, scene) ms | one edit (apply, validate, sync) ms | PDF A3 with report ms | PNG A3 150 dpi ms |\n";
    out << "|---:|---:|---:|---:|---:|\n";
    out << "| " << hosts << " | " << QString::number(open, 'f', 1) << " | " << QString::number(edit, 'f', 1) << " | "
        << QString::number(pdf, 'f', 1) << " | " << QString::number(png, 'f', 1) << " |\n";
    return 0;
}
