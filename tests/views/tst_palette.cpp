// Finding a device among the library's models, offscreen: the search (words and "48x 25G"),
// the kind filter, recently used and built-in models on top, the tooltip, the chooser of
// Insert ▸ Switch, and a stack of two StackWise switches drawn with the mouse.
#include "canvas/DeviceItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "dialogs/DeviceChooser.h"
#include "document/DesignDocument.h"
#include "panels/PalettePanel.h"
#include "panels/TemplateBrowser.h"
#include "templates/TemplateLibrary.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace cn;

namespace
{

QString libraryDir()
{
    return QStringLiteral(CLUSTERNET_TEST_DATA) + "/netbox-library";
}

QStringList modelsShown(const TemplateBrowser &b)
{
    QStringList out;
    for (QTreeWidgetItemIterator it(b.tree()); *it; ++it)
        if (!(*it)->data(0, Qt::UserRole).toString().isEmpty() &&
            !(*it)->data(0, Qt::UserRole).toString().endsWith('|'))
            out << (*it)->text(0);
    return out;
}

QStringList groups(const TemplateBrowser &b)
{
    QStringList out;
    for (int i = 0; i < b.tree()->topLevelItemCount(); ++i)
        out << b.tree()->topLevelItem(i)->text(0);
    return out;
}

QPoint portOnView(MainWindow &w, const std::string &device, const std::string &local)
{
    DeviceItem *item = w.scene()->deviceItem(device);
    const PortCell *cell = item->geometry().port(local);
    return w.view()->mapFromScene(item->mapToScene(cell->rect.center()));
}

} // namespace

class TestPalette : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("clusternet-test");
        qputenv("CLUSTERNET_TEMPLATE_PATH", libraryDir().toUtf8());
    }
    void init() { QSettings().remove("palette/recentModels"); }

    void queryParsing();
    void searchByWordsAndPorts();
    void kindFilter();
    void builtinsAndRecentOnTop();
    void toolTipShowsFrontPorts();
    void chooserInsertsTheFoundSwitch();
    void stackWiseStackDrawnWithTheMouse();
    void openingAFileListsTheTemplatesBesideIt();
};

void TestPalette::queryParsing()
{
    const TemplateQuery q = TemplateQuery::parse("Nexus 48x 25G 100g");
    QCOMPARE(q.words, QStringList{"nexus"});
    QCOMPARE(int(q.ports.size()), 2);
    QCOMPARE(q.ports[0].count, 48);
    QCOMPARE(q.ports[0].speedMbps, 25000);
    QCOMPARE(q.ports[1].count, 0);
    QCOMPARE(q.ports[1].speedMbps, 100000);
    const TemplateQuery times = TemplateQuery::parse("48×10G 2.5G");
    QCOMPARE(times.ports[0].speedMbps, 10000);
    QCOMPARE(times.ports[1].speedMbps, 2500);
    QCOMPARE(TemplateQuery::parse("c9300-48p").words, QStringList{"c9300-48p"});
}

void TestPalette::searchByWordsAndPorts()
{
    const TemplateLibrary lib = TemplateLibrary::scan(TemplateLibrary::standardFolders());
    TemplateBrowser b(&lib, true);
    b.setSearchText("93180");
    QCOMPARE(modelsShown(b), QStringList{"Nexus 93180YC-FX"});
    b.setSearchText("c9300-48p"); // the part number
    QCOMPARE(modelsShown(b), QStringList{"Catalyst 9300-48P"});
    b.setSearchText("48x 25G");
    QCOMPARE(modelsShown(b), QStringList{"Nexus 93180YC-FX"});
    b.setSearchText("48x 10G");
    QVERIFY(modelsShown(b).contains("PowerSwitch S4048-ON"));
    QVERIFY(!modelsShown(b).contains("Nexus 93180YC-FX"));
    b.setSearchText("mellanox");
    QCOMPARE(modelsShown(b), QStringList{"SN2010"});
    b.setSearchText("no such thing");
    QVERIFY(modelsShown(b).isEmpty());
}

void TestPalette::kindFilter()
{
    const TemplateLibrary lib = TemplateLibrary::scan(TemplateLibrary::standardFolders());
    TemplateBrowser b(&lib, true);
    b.setKindFilter(KindFilter::Switch);
    QStringList shown = modelsShown(b);
    QVERIFY(shown.contains("Catalyst 9300-48P"));
    QVERIFY(shown.contains("PowerConnect 6248"));
    QVERIFY(!shown.contains("FortiGate 100F"));
    QVERIFY(!shown.contains("PowerEdge R740"));
    b.setKindFilter(KindFilter::RouterOrFirewall);
    QCOMPARE(modelsShown(b), QStringList{"FortiGate 100F"});
    b.setKindFilter(KindFilter::Server);
    shown = modelsShown(b);
    QVERIFY(shown.contains("PowerEdge R740"));
    QVERIFY(shown.contains("PowerEdge R610"));
    QVERIFY(!shown.contains("SN2010"));
}

void TestPalette::builtinsAndRecentOnTop()
{
    const TemplateLibrary lib = TemplateLibrary::scan(TemplateLibrary::standardFolders());
    TemplateBrowser b(&lib, true);
    QStringList g = groups(b);
    QCOMPARE(g.value(0), QString("Device kinds (no model)"));
    QCOMPARE(g.value(1), QString("Built-in"));
    QVERIFY(g.contains("Cisco (2)"));
    QVERIFY(g.indexOf("Arista (1)") < g.indexOf("Cisco (2)")); // makers in order
    TemplateBrowser::noteUsed("SN2010");
    TemplateBrowser::noteUsed("Nexus 93180YC-FX");
    b.rebuild();
    g = groups(b);
    QCOMPARE(g.value(1), QString("Recently used"));
    QTreeWidgetItem *recent = b.tree()->topLevelItem(1);
    QCOMPARE(recent->childCount(), 2);
    QCOMPARE(recent->child(0)->text(0), QString("Nexus 93180YC-FX"));
    QCOMPARE(recent->child(1)->text(0), QString("SN2010"));
}

void TestPalette::toolTipShowsFrontPorts()
{
    const TemplateLibrary lib = TemplateLibrary::scan(TemplateLibrary::standardFolders());
    const QString nexus = templateToolTip(*lib.findEntry("Nexus 93180YC-FX"));
    QVERIFY2(nexus.contains(QString::fromUtf8("48× 25G sfp28")), qPrintable(nexus));
    QVERIFY(nexus.contains(QString::fromUtf8("6× 100G qsfp28")));
    QVERIFY(nexus.indexOf("100G") < nexus.indexOf("25G")); // fastest first
    const QString c9300 = templateToolTip(*lib.findEntry("Catalyst 9300-48P"));
    QVERIFY(c9300.contains(QString::fromUtf8("2× stacking")));
    QVERIFY(c9300.contains("Stackable"));
    const QString sn = templateToolTip(*lib.findEntry("SN2010"));
    QVERIFY2(sn.contains("Out-of-band: eth0"), qPrintable(sn));
}

void TestPalette::chooserInsertsTheFoundSwitch()
{
    MainWindow window;
    DesignDocument *doc = window.document();
    DeviceChooser chooser(doc->templates(), KindFilter::Switch);
    QVERIFY(!modelsShown(*chooser.browser()).contains("FortiGate 100F"));
    QTest::keyClicks(chooser.browser()->searchField(), "c9300-48p");
    QTest::keyClick(chooser.browser()->searchField(), Qt::Key_Return);
    QCOMPARE(chooser.result(), int(QDialog::Accepted));
    QCOMPARE(chooser.chosenType(), QString("switch"));
    QCOMPARE(chooser.chosenModel(), QString("Catalyst 9300-48P"));
    QCOMPARE(TemplateBrowser::recentModels(), QStringList{"Catalyst 9300-48P"});
    window.addDevice(chooser.chosenType(), chooser.chosenModel());
    QVERIFY(doc->design().findDevice("sw01"));
    QCOMPARE(int(window.scene()->deviceItem("sw01")->geometry().ports.size()),
             51); // 48 + 2 stacking + mgmt
}

void TestPalette::stackWiseStackDrawnWithTheMouse()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.addDevice("switch", "Catalyst 9300-48P");
    window.addDevice("switch", "Catalyst 9300-48P");
    DesignDocument *doc = window.document();
    Design d = doc->design();
    for (Device &dev : d.devices) {
        dev.stack = "core";
        dev.position = Position{dev.id == "sw01" ? 0.0 : 700.0, 0};
    }
    QVERIFY(doc->apply(d, "stack").isEmpty());
    window.view()->fitDesign();
    QApplication::processEvents();
    QWidget *viewport = window.view()->viewport();
    for (const auto &[a, b] :
         {std::pair{"StackPort1/1", "StackPort1/2"}, std::pair{"StackPort1/2", "StackPort1/1"}}) {
        const QPoint from = portOnView(window, "sw01", a), to = portOnView(window, "sw02", b);
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport, (from + to) / 2);
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    }
    QCOMPARE(int(doc->design().links.size()), 2);
    for (const Link &l : doc->design().links)
        QVERIFY(l.kind == LinkKind::Stacking);
    for (const Finding &f : doc->findings())
        QVERIFY2(f.rule != "stack-incomplete" && f.rule != "stack-unsupported", f.message.c_str());
}

void TestPalette::openingAFileListsTheTemplatesBesideIt()
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath("devices"));
    QFile t(dir.filePath("devices/beside.yaml"));
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("manufacturer: Local\nmodel: Beside Switch\nslug: beside-switch\ninterfaces:\n");
    for (int i = 1; i <= 12; ++i)
        t.write(QString("  - {name: p%1, type: 10gbase-t}\n").arg(i).toUtf8());
    t.close();
    QFile d(dir.filePath("site.cluster.yaml"));
    QVERIFY(d.open(QIODevice::WriteOnly));
    d.write("format: clusternet/1\ndevices:\n  - {id: s1, type: switch, model: Beside Switch}\n");
    d.close();
    MainWindow window;
    auto *palette = window.findChild<PalettePanel *>();
    QVERIFY(palette->itemsOf("Beside Switch").isEmpty());
    QVERIFY(window.openFile(dir.filePath("site.cluster.yaml")));
    QCOMPARE(palette->itemsOf("Beside Switch").size(), 1);
    palette->browser()->setSearchText("beside");
    QCOMPARE(modelsShown(*palette->browser()), QStringList{"Beside Switch"});
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
