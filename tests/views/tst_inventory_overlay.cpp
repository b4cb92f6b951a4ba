// The inventory overlay in the editor: drifted inventories laid over the imported design mark
// what differs on the canvas (not on paper), list it in the panel, follow edits, and clear.
#include "canvas/AuditMarks.h"
#include "canvas/DeviceItem.h"
#include "canvas/DiagramScene.h"
#include "document/DesignDocument.h"
#include "panels/AuditPanel.h"
#include "window/InventoryOverlay.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QPainter>
#include <QTreeWidget>
#include <QtTest>

using namespace cn;

namespace
{

QString dataDir()
{
    return QStringLiteral(CLUSTERNET_TEST_DATA "/inventory");
}

QStringList drifted()
{
    return {dataDir() + "/drifted/hv01.json", dataDir() + "/drifted/hv02.json",
            dataDir() + "/hv03.json"};
}

// How many pixels along the edges of `r` (scene coordinates) have the mark's colour.
int markedPixels(DiagramScene &scene, const QRectF &r)
{
    const QRectF area = r.adjusted(-10, -10, 10, 10);
    QImage image(area.size().toSize() * 2, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    scene.render(&p, QRectF(QPointF(0, 0), image.size()), area);
    p.end();
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - kAuditMarkColor.red()) < 40 &&
                 std::abs(c.green() - kAuditMarkColor.green()) < 40 &&
                 std::abs(c.blue() - kAuditMarkColor.blue()) < 40;
        }
    return n;
}

} // namespace

class TestInventoryOverlay : public QObject
{
    Q_OBJECT
private slots:
    void marksTheDriftAndFollowsEdits();
    void badFilesChangeNothing();
    void windowOffersTheCollector();
};

void TestInventoryOverlay::marksTheDriftAndFollowsEdits()
{
    DesignDocument doc;
    QString error;
    QVERIFY2(doc.load(dataDir() + "/expected/clu1.cluster.yaml", &error), qPrintable(error));
    DiagramScene scene(&doc);
    AuditPanel panel;
    InventoryOverlay overlay(&doc, &scene, &panel);
    QVERIFY2(overlay.open(drifted() << dataDir() + "/sw-b.txt", &error), qPrintable(error));
    QCOMPARE(overlay.result().differences.size(), std::size_t(6));
    QCOMPARE(panel.list()->topLevelItemCount(), 6);
    const auto &marks = scene.auditMarks();
    for (const char *ref :
         {"hv01:slot3/slot-3-port-2", "hv01:team1", "C002",
          "sw-a:Te1/0/3", "hv02", "hv02:setswitch"})
        QVERIFY2(marks.count(ref), ref);

    // The port that runs at 1G is framed on the canvas, and the frame is not on paper.
    DeviceItem *hv01 = scene.deviceItem("hv01");
    const QRectF port = hv01->mapRectToScene(hv01->geometry().port("slot3/slot-3-port-2")->rect);
    QVERIFY(scene.auditMarksItem()->marks().contains(port.center()));
    QVERIFY(markedPixels(scene, port) > 20);
    scene.setPrinting(true);
    QCOMPARE(markedPixels(scene, port), 0);
    scene.setPrinting(false);

    // The marks follow a moved device.
    hv01->setPos(hv01->pos() + QPointF(400, 0));
    scene.deviceMoved("hv01");
    const QRectF moved = hv01->mapRectToScene(hv01->geometry().port("slot3/slot-3-port-2")->rect);
    QVERIFY(scene.auditMarksItem()->marks().contains(moved.center()));
    QVERIFY(!scene.auditMarksItem()->marks().contains(port.center()));

    // Choosing a difference names what to select.
    std::vector<std::string> chosen;
    connect(&panel, &AuditPanel::differenceChosen, this,
            [&](const std::vector<std::string> &e) { chosen = e; });
    emit panel.list()->itemClicked(panel.list()->topLevelItem(0), 0);
    QCOMPARE(chosen, std::vector<std::string>{"hv01:slot3/slot-3-port-2"});

    // The design follows the build (that card runs at 1G now): that difference goes.
    Design next = doc.design();
    next.findDevice("hv01")->adapters[2].ports[1].speedMbps = 1000;
    QVERIFY(doc.apply(next, "1G").isEmpty());
    QCOMPARE(overlay.result().differences.size(), std::size_t(5));
    QVERIFY(!scene.auditMarks().count("hv01:slot3/slot-3-port-2"));
    QCOMPARE(panel.list()->topLevelItemCount(), 5);

    overlay.clear();
    QVERIFY(scene.auditMarks().empty());
    QCOMPARE(panel.list()->topLevelItemCount(), 0);
    QCOMPARE(markedPixels(scene, moved), 0);
}

void TestInventoryOverlay::badFilesChangeNothing()
{
    DesignDocument doc;
    QString error;
    QVERIFY(doc.load(dataDir() + "/expected/clu1.cluster.yaml", &error));
    DiagramScene scene(&doc);
    AuditPanel panel;
    InventoryOverlay overlay(&doc, &scene, &panel);
    QVERIFY(overlay.open(drifted(), &error));
    QTemporaryDir dir;
    QFile bad(dir.filePath("bad.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\n  \"ComputerName\": \n");
    bad.close();
    QVERIFY(!overlay.open({dir.filePath("bad.json")}, &error));
    QVERIFY2(error.startsWith(dir.filePath("bad.json") + ":3:"), qPrintable(error));
    QCOMPARE(overlay.result().differences.size(), std::size_t(6)); // the open overlay stays
    QVERIFY(!overlay.open({dataDir() + "/sw-b.txt"}, &error));
    QCOMPARE(error, QString("No inventory (.json) among the files"));
}

void TestInventoryOverlay::windowOffersTheCollector()
{
    QFile f(QStringLiteral(CLUSTERNET_SOURCE_DIR "/resources/collect-inventory.ps1"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(InventoryOverlay::collectorScript(), f.readAll());
    MainWindow w;
    QStringList help, design;
    for (QAction *menu : w.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions())
            (menu->text() == "&Help" ? help : design) << a->text();
    }
    QVERIFY(help.contains("&Collect Host Inventory…"));
    QVERIFY(design.contains("Compare with &Inventory…"));
    QVERIFY(w.findChild<AuditPanel *>());
}

QTEST_MAIN(TestInventoryOverlay)
#include "tst_inventory_overlay.moc"
