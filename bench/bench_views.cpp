// Benchmarks of the editor on a synthetic design, in a real main window (offscreen, 1400×900,
// the design fitted to the window as after opening). Medians, printed as Markdown tables; used
// for docs/performance.md. Not a test: no limits are asserted here.
//
//   bench_views [HOSTS ...] [--runs N] [--exports]
//
// open      MainWindow built, the file opened and the window painted once
// paint     the whole view painted again (the design fitted to the window)
// drag step one device dragged by one grid step: its cables follow, the view repaints
// move      a finished move through the undo stack (what the mouse release does), repainted
// edit      removing one cable, then adding it back (undo), until the window has repainted
//           (the canvas and the panels that show the design)
// canvas    of that edit, the canvas's part: until the scene has synced its items, plus a
//           repaint of the whole view (more than an edit repaints)
// findings  from that edit until the findings of the edited design have arrived
// exports   (with --exports) PDF A3 with the report and PNG A3 at 150 dpi
// routing   every cable routed again from scratch (CableRouter::rerouteAll), and how many cables
//           a drag step of a host and of a switch routes again, with the switch's drag step
#include "SyntheticDesign.h"
#include "Timing.h"
#include "canvas/CableRouter.h"
#include "canvas/DeviceItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "design/DesignEdits.h"
#include "document/DesignDocument.h"
#include "io/DesignSaver.h"
#include "paper/DiagramRenderer.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

using namespace cn;

using bench::medianMs;

namespace
{

QString ms(double v)
{
    return QString::number(v, 'f', 1);
}

// Lets Qt do what follows an edit: the scene's queued change signal, the view's update of the
// region it touched, the paint of that region.
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings of its own, never the user's
    QTextStream out(stdout);
    QTemporaryDir dir;
    QList<int> sizes;
    int runs = 9;
    bool exports = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == "--runs" && i + 1 < args.size())
            runs = args[++i].toInt();
        else if (args[i] == "--exports")
            exports = true;
        else
            sizes << args[i].toInt();
    }
    if (sizes.isEmpty())
        sizes << 64;

    out << "| hosts | devices | links | open ms | whole view paint ms | drag step ms | move ms | "
           "edit ms | edit: canvas ms | findings after an edit ms |\n";
    out << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    QStringList exportRows, routingRows;
    for (const int hosts : sizes) {
        bench::SyntheticParams p;
        p.hosts = hosts;
        const QString file = dir.filePath(QString("synthetic-%1.cluster.yaml").arg(hosts));
        saveDesignToFile(bench::makeSyntheticDesign(p), file.toStdString());

        // Timed until the window has painted; closing it again is not counted.
        std::vector<double> opens;
        for (int i = 0; i < std::max(3, runs / 2); ++i) {
            QElapsedTimer t;
            t.start();
            auto w = std::make_unique<MainWindow>();
            w->resize(1400, 900);
            w->openFile(file);
            w->show();
            settle();
            opens.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(opens.begin(), opens.end());
        const double open = opens[opens.size() / 2];

        MainWindow w;
        w.resize(1400, 900);
        w.openFile(file);
        w.show();
        settle();
        DesignDocument *doc = w.document();
        // Wait for the findings of the opened design before measuring edits.
        QEventLoop pause;
        QTimer::singleShot(2000, &pause, &QEventLoop::quit);
        pause.exec();

        const double fullPaint = medianMs(runs, [&] { w.view()->viewport()->repaint(); });

        DeviceItem *item = w.scene()->deviceItem("hv1");
        int step = 0;
        const double drag = medianMs(runs, [&] {
            item->setPos(item->pos() + QPointF(++step % 2 ? 10 : -10, 0));
            settle();
        });

        const std::size_t hostRouted = w.scene()->router().lastRouted();
        DeviceItem *sw = w.scene()->deviceItem("swa1");
        std::size_t switchRouted = 0;
        const double switchDrag = medianMs(runs, [&] {
            sw->setPos(sw->pos() + QPointF(++step % 2 ? 10 : -10, 0));
            switchRouted = std::max(switchRouted, w.scene()->router().lastRouted());
            settle();
        });
        CableRouter plain = w.scene()->router();
        QRectF swBox = plain.box("swa1");
        const double switchRouting = medianMs(runs, [&] {
            swBox.translate(++step % 2 ? 10 : -10, 0);
            plain.setBox("swa1", swBox);
            plain.update();
        });
        const double routeAll = medianMs(std::max(3, runs / 3), [&] { plain.rerouteAll(); });
        routingRows << QString("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
                           .arg(hosts)
                           .arg(plain.routes().size())
                           .arg(ms(routeAll))
                           .arg(hostRouted)
                           .arg(ms(switchDrag))
                           .arg(ms(switchRouting))
                           .arg(switchRouted);

        const double move = medianMs(runs, [&] {
            const Position now{item->pos().x() + (++step % 2 ? 10 : -10), item->pos().y()};
            doc->apply(withPositions(doc->design(), {{"hv1", now}}), "move", 1, "hv1");
            settle();
        });

        // The edit: remove a host's cable, or put it back (undo).
        const std::string cable = doc->design().links.front().name();
        bool removed = false;
        QElapsedTimer clock;
        double findingsAt = -1;
        QObject::connect(doc, &DesignDocument::findingsChanged,
                         [&] { findingsAt = double(clock.nsecsElapsed()) / 1e6; });
        double syncedAt = -1;
        QObject::connect(w.scene(), &DiagramScene::synced,
                         [&] { syncedAt = double(clock.nsecsElapsed()) / 1e6; });
        std::vector<double> synced;
        const double edit = medianMs(runs, [&] {
            findingsAt = -1;
            syncedAt = -1;
            clock.start();
            if (!removed)
                doc->apply(withoutLinks(doc->design(), {cable}), "remove cable");
            else
                doc->undoStack()->undo();
            removed = !removed;
            synced.push_back(syncedAt);
            settle();
        });
        std::sort(synced.begin(), synced.end());
        const double canvas = synced[synced.size() / 2] + fullPaint;
        // The findings, measured on their own: each edit waits for its findings.
        const double findings = medianMs(runs, [&] {
            findingsAt = -1;
            clock.start();
            if (!removed)
                doc->apply(withoutLinks(doc->design(), {cable}), "remove cable");
            else
                doc->undoStack()->undo();
            removed = !removed;
            while (findingsAt < 0)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        });
        out << "| " << hosts << " | " << doc->design().devices.size() << " | "
            << doc->design().links.size() << " | " << ms(open) << " | " << ms(fullPaint) << " | "
            << ms(drag) << " | " << ms(move) << " | " << ms(edit) << " | " << ms(canvas) << " | "
            << ms(findings) << " |\n";
        out.flush();

        if (exports) {
            QString error;
            const DiagramRenderer renderer(w.scene(), doc, file);
            PageOptions a3;
            a3.size = QPageSize::A3;
            const double pdf =
                medianMs(3, [&] { renderer.writePdf(dir.filePath("d.pdf"), a3, true, &error); });
            const double png =
                medianMs(3, [&] { renderer.writePng(dir.filePath("d.png"), a3, 150, &error); });
            exportRows << QString("| %1 | %2 | %3 |").arg(hosts).arg(ms(pdf), ms(png));
        }
    }
    out << "\n| hosts | cables | route all ms | host drag step: cables routed | switch drag step ms | "
           "of which routing ms | switch drag step: cables routed |\n|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const QString &r : routingRows)
        out << r << '\n';
    if (exports) {
        out << "\n| hosts | PDF A3 with report ms | PNG A3 150 dpi ms |\n|---:|---:|---:|\n";
        for (const QString &r : exportRows)
            out << r << '\n';
    }
    return 0;
}
