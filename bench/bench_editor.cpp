// The editor opened with the NetBox device-type library on the path (../shared/netbox-library
// when present): the main window made (its palette lists every model), a design with two
// library switches opened and the window shown, on a first run (no index in the cache) and
// after one; and a search in the palette. Medians, printed. Not a test.
//
//   bench_editor [--library DIR] [--runs N]
#include "Timing.h"
#include "canvas/DiagramScene.h"
#include "panels/PalettePanel.h"
#include "panels/TemplateBrowser.h"
#include "templates/TemplateIndex.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace cn;

namespace
{

const char *const kDesign = R"(format: clusternet/1
design: {title: Two library switches}
networks:
  - {id: mgmt, roles: [management]}
devices:
  - {id: hv01, type: host, adapters: [{id: lom, ports: [p1]}], bindings: [{via: lom/p1, networks: [mgmt]}]}
  - {id: nx1, type: switch, model: Nexus 93180YC-FX}
  - {id: cat1, type: switch, model: Catalyst 9300-48P}
links:
  - {a: hv01:lom/p1, b: cat1:GigabitEthernet1/0/1}
  - {a: nx1:Ethernet1/48, b: cat1:GigabitEthernet1/0/48}
)";

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir scratch;
    // Settings, recovery copies and the cache of this run only.
    qputenv("XDG_CONFIG_HOME", scratch.filePath("config").toUtf8());
    qputenv("XDG_DATA_HOME", scratch.filePath("data").toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName("clusternet-bench");
    QTextStream out(stdout);
    QString library = QStringLiteral(CLUSTERNET_SOURCE_DIR "/../shared/netbox-library");
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == "--library")
            library = args[++i];
        else if (args[i] == "--runs")
            runs = std::max(1, args[++i].toInt());
    }
    if (!QFileInfo(library + "/device-types").isDir()) {
        out << "No library at " << library << ": nothing to measure.\n";
        return 0;
    }
    qputenv("CLUSTERNET_TEMPLATE_PATH", library.toUtf8());
    const QString design = scratch.filePath("design/two.cluster.yaml");
    QDir().mkpath(QFileInfo(design).absolutePath());
    {
        QFile f(design);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        f.write(kDesign);
    }

    auto open = [&](bool firstRun) {
        if (firstRun)
            QDir(scratch.filePath("cache")).removeRecursively();
        qputenv("XDG_CACHE_HOME", scratch.filePath("cache").toUtf8());
        TemplateIndex::forgetMemo(); // as a new process
        QElapsedTimer t;
        t.start();
        MainWindow window;
        window.openFile(design);
        window.show();
        QApplication::processEvents();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        window.close();
        return ms;
    };
    open(true); // fonts, styles, the first of everything
    std::vector<double> first, again;
    for (int i = 0; i < runs; ++i) {
        first.push_back(open(true));
        again.push_back(open(false));
    }
    std::sort(first.begin(), first.end());
    std::sort(again.begin(), again.end());

    MainWindow window;
    window.openFile(design);
    auto *palette = window.findChild<PalettePanel *>();
    int found = 0;
    const double search = bench::medianMs(runs, [&] {
        palette->browser()->setSearchText("48x 25G");
        found = palette->browser()->tree()->topLevelItemCount();
        palette->browser()->setSearchText(QString());
    });
    // Selecting a switch shows its properties (the model list holds every model).
    const double select = bench::medianMs(runs, [&] {
        window.scene()->selectReferences({"nx1"});
        QApplication::processEvents();
        window.scene()->selectReferences({});
        QApplication::processEvents();
    });
    out << "| editor opened, first run (index built) ms | editor opened ms | palette search \"48x "
           "25G\" "
           "and back ms | a switch selected and unselected ms |\n";
    out << "|---:|---:|---:|---:|\n";
    out << "| " << QString::number(first[first.size() / 2], 'f', 0) << " | "
        << QString::number(again[again.size() / 2], 'f', 0) << " | "
        << QString::number(search, 'f', 0) << " | " << QString::number(select, 'f', 0) << " |\n";
    out << "\n(main window made, a design with two library switches opened and shown; medians of "
        << runs << " runs; " << found << " groups found by the search)\n";
    return 0;
}
