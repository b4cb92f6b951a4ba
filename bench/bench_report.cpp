// The paper at scale: the synthetic design at 64, 128 and 256 hosts (or the sizes given) as an
// A3 PDF without and with the report pages, the report's rows and pages, and, when Graphviz's
// `dot` is on the PATH, `dot -Tpdf` of the same topology for comparison (devices as record
// nodes with one field per port, one edge per cable from port to port, labelled with its cable
// id). In process, after the design is loaded and its scene built; medians.
#include "SyntheticDesign.h"
#include "Timing.h"
#include "canvas/DiagramScene.h"
#include "design/CableIds.h"
#include "document/DesignDocument.h"
#include "io/DesignSaver.h"
#include "io/SafeWrite.h"
#include "paper/DiagramRenderer.h"
#include "templates/TemplateLibrary.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <map>

using namespace cn;

namespace
{

QString dotId(const std::string &s)
{
    return '"' + QString::fromStdString(s) + '"';
}

// Port names are record fields: keep them out of the record syntax.
QString field(QString s)
{
    for (QChar c : {'{', '}', '|', '<', '>', '"'})
        s.remove(c);
    return s;
}

std::string toDot(const Design &d, const TemplateLibrary &templates)
{
    QString out =
        "graph design {\n  rankdir=TB; node [shape=record, fontsize=8]; edge [fontsize=7];\n";
    std::map<std::string, std::map<std::string, int>> portField;
    for (const Device &dev : d.devices) {
        QStringList fields;
        auto add = [&](const std::string &local) {
            const int n = int(portField[dev.id].size());
            portField[dev.id][local] = n;
            fields << "<p" + QString::number(n) + "> " + field(QString::fromStdString(local));
        };
        if (dev.isSwitch()) {
            if (const DeviceTemplate *t = templates.findDevice(dev.model))
                for (const Interface &i : t->interfaces)
                    if (i.cablable())
                        add(i.name);
        } else {
            for (const Adapter &a : dev.adapters)
                for (const Port &p : a.ports)
                    add(a.id + "/" + p.id);
        }
        out += "  " + dotId(dev.id) + " [label=\"{" +
               field(QString::fromStdString(dev.displayName())) + "|{" + fields.join('|') +
               "}}\"];\n";
    }
    const std::vector<std::string> ids = cableIds(d);
    for (std::size_t i = 0; i < d.links.size(); ++i) {
        auto end = [&](const std::string &ref) {
            const auto colon = ref.find(':');
            const std::string dev = ref.substr(0, colon), local = ref.substr(colon + 1);
            auto f = portField[dev].find(local);
            return dotId(dev) +
                   (f == portField[dev].end() ? QString() : ":p" + QString::number(f->second));
        };
        out += "  " + end(d.links[i].a) + " -- " + end(d.links[i].b) + " [label=" + dotId(ids[i]) +
               "];\n";
    }
    return (out + "}\n").toStdString();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    // CLUSTERNET_BENCH_KEEP=DIR keeps the designs, PDFs and DOT files there, to look at.
    QTemporaryDir temporary;
    const QString keep = qEnvironmentVariable("CLUSTERNET_BENCH_KEEP");
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.push_back(QString(argv[i]).toInt());
    if (sizes.empty())
        sizes = {64, 128, 256};
    const QString dot = QStandardPaths::findExecutable("dot");
    out << "| hosts | links | report rows | pages | scene ms | report rows ms | PDF A3 ms | PDF A3 "
           "with report ms | report ms per 1000 rows |"
        << (dot.isEmpty() ? "" : " `dot -Tpdf` ms |")
        << "\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|" << (dot.isEmpty() ? "" : "---:|")
        << "\n";
    out.flush();
    for (int hosts : sizes) {
        bench::SyntheticParams p;
        p.hosts = hosts;
        const QString file = dir.filePath(QString("synthetic-%1.cluster.yaml").arg(hosts));
        saveDesignToFile(bench::makeSyntheticDesign(p), file.toStdString());
        DesignDocument doc;
        QString error;
        doc.load(file, &error);
        // The scene with its automatic placement (the synthetic design gives no positions): the
        // part of laying out the diagram that dot's time includes too.
        const double placed = bench::medianMs(3, [&] { DiagramScene placing(&doc); });
        DiagramScene scene(&doc);
        PageOptions a3;
        a3.size = QPageSize::A3;
        int rows = 0;
        const double build = bench::medianMs(3, [&] {
            const DiagramRenderer renderer(&scene, &doc, file);
            rows = renderer.reportRows();
        });
        const DiagramRenderer renderer(&scene, &doc, file);
        const QString base = dir.filePath(QString("synthetic-%1").arg(hosts));
        const double plain =
            bench::medianMs(3, [&] { renderer.writePdf(base + ".pdf", a3, false, &error); });
        const double report =
            bench::medianMs(3, [&] { renderer.writePdf(base + "-report.pdf", a3, true, &error); });
        const int pages = renderer.pageCount(a3, true);
        out << "| " << hosts << " | " << doc.design().links.size() << " | " << rows << " | "
            << pages << " | " << QString::number(placed, 'f', 1) << " | "
            << QString::number(build, 'f', 1) << " | "
            << QString::number(plain, 'f', 1) << " | " << QString::number(report, 'f', 1) << " | "
            << QString::number((report - plain) / rows * 1000, 'f', 1) << " |";
        if (!dot.isEmpty()) {
            const QString dotFile = base + ".dot";
            writeFileAtomically(dotFile.toStdString(), toDot(doc.design(), doc.templates()));
            const bench::ProcessRun run =
                bench::runProcess(3, dot, {"-Tpdf", dotFile, "-o", base + "-dot.pdf"});
            out << ' ' << (run.exitCode == 0 ? QString::number(run.ms, 'f', 1) : QString("failed"))
                << " |";
        }
        out << '\n';
        out.flush();
    }
    return 0;
}
