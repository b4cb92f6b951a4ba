// The canvas as a diagram editor, offscreen: positions belong to the user (a move moves one
// device, automatic placement sticks, pins hold through "Arrange automatically", which on
// the bundled templates crosses no more cables than their own positions), align, distribute,
// nudge, find, show one network or role, context menus, the overview; and the editing speed
// work: moves are not validated again, validation runs off the GUI thread and stale runs are
// dropped, an edit re-styles only the links it changed.
#include "analysis/Validator.h"
#include "canvas/Crossings.h"
#include "canvas/DeviceItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/LinkItem.h"
#include "canvas/Overview.h"
#include "design/DesignEdits.h"
#include "document/DesignDocument.h"
#include "io/DesignLoader.h"
#include "panels/FindingsPanel.h"
#include "templates/TemplateLibrary.h"
#include "window/FindBar.h"
#include "window/MainWindow.h"

#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace cn;

namespace
{

QString data(const QString &name)
{
    return QStringLiteral(CLUSTERNET_TEST_DATA) + "/" + name;
}
QString example(const char *name)
{
    return data(QStringLiteral("examples/%1.cluster.yaml").arg(name));
}

std::map<std::string, Position> positions(const Design &d)
{
    std::map<std::string, Position> p;
    for (const Device &dev : d.devices)
        if (dev.position)
            p[dev.id] = *dev.position;
    return p;
}

QPointF centreOfView(MainWindow &w)
{
    return w.view()->mapToScene(w.view()->viewport()->rect().center());
}

// Drags a device by its header with the mouse, by `delta` pixels of the view.
void drag(MainWindow &w, const std::string &id, const QPoint &delta)
{
    DeviceItem *item = w.scene()->deviceItem(id);
    w.view()->centerOn(item);
    const QPoint from = w.view()->mapFromScene(item->mapToScene(item->geometry().header.center()));
    QTest::mousePress(w.view()->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(w.view()->viewport(), from + delta / 2);
    QTest::mouseMove(w.view()->viewport(), from + delta);
    QTest::mouseRelease(w.view()->viewport(), Qt::LeftButton, {}, from + delta);
}

// Runs `check` on the next popup menu that opens, then closes it.
void onNextMenu(const std::function<void(QMenu *)> &check)
{
    QTimer::singleShot(0, [check] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        check(menu);
        menu->close();
    });
}

QStringList texts(const QMenu *menu)
{
    QStringList t;
    for (const QAction *a : menu->actions())
        if (!a->isSeparator())
            t << a->text();
    return t;
}

} // namespace

class TestCanvas : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void automaticPlacementSticks();
    void aMoveChangesNoOtherDevicesPosition();
    void pinnedDevicesStayWhenArranging();
    void pinIsSavedAndLoaded();
    void arrangedTemplatesCrossNoMoreThanTheirFiles_data();
    void arrangedTemplatesCrossNoMoreThanTheirFiles();
    void alignAndDistribute();
    void arrowKeysNudge();
    void findSelectsAndCentres_data();
    void findSelectsAndCentres();
    void showOnlyOneNetworkOrRole();
    void contextMenusOfDevicePortCableAndCanvas();
    void connectToFromAPortMenu();
    void overviewMovesTheView();
    void movesAreNotValidatedAgain();
    void validationRunsOffTheGuiThreadAndDropsStaleRuns();
    void anEditRestylesOnlyTheLinksItChanged();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestCanvas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCanvas::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestCanvas::automaticPlacementSticks()
{
    // The file places nothing: what the canvas shows becomes the devices' positions, without
    // counting as a change, and saving writes them.
    QVERIFY(m_window->openFile(data("canvas/unplaced.cluster.yaml")));
    DesignDocument *doc = m_window->document();
    QVERIFY(!doc->isModified());
    for (const Device &dev : doc->design().devices) {
        QVERIFY2(dev.position, dev.id.c_str());
        QCOMPARE(m_window->scene()->deviceItem(dev.id)->pos(),
                 QPointF(dev.position->x, dev.position->y));
    }
    QTemporaryDir dir;
    const QString file = dir.filePath("placed.cluster.yaml");
    QVERIFY(m_window->saveFile(file));
    const LoadResult saved = DesignLoader(doc->templates()).loadFile(file.toStdString());
    QVERIFY(saved.ok());
    QCOMPARE(positions(*saved.design).size(), doc->design().devices.size());

    // A device added without a position is placed as it comes in, and undo/redo show it
    // in the same place.
    Device extra = makeDevice(doc->design(), DeviceType::Host, "");
    extra.position.reset();
    QVERIFY(doc->apply(withDevice(doc->design(), extra), "add").isEmpty());
    const auto placed = doc->design().findDevice(extra.id)->position;
    QVERIFY(placed);
    doc->undoStack()->undo();
    doc->undoStack()->redo();
    QVERIFY(*doc->design().findDevice(extra.id)->position == *placed);
}

void TestCanvas::aMoveChangesNoOtherDevicesPosition()
{
    QVERIFY(m_window->openFile(data("canvas/unplaced.cluster.yaml")));
    DesignDocument *doc = m_window->document();
    m_window->view()->setZoom(1.0);
    const auto before = positions(doc->design());
    drag(*m_window, "sw-csv", QPoint(130, 70));
    const auto after = positions(doc->design());
    QCOMPARE(after.size(), before.size());
    for (const auto &[id, p] : before) {
        if (id == "sw-csv")
            QVERIFY(!(after.at(id) == p));
        else
            QVERIFY2(after.at(id) == p, id.c_str());
    }
    // The same for every other device shown: their items did not move either.
    for (const auto &[id, item] : m_window->scene()->deviceItems())
        QCOMPARE(item->pos(), QPointF(after.at(id).x, after.at(id).y));
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(positions(doc->design()).size(), before.size());
    QVERIFY(positions(doc->design()).at("sw-csv") == before.at("sw-csv"));
}

void TestCanvas::pinnedDevicesStayWhenArranging()
{
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    DesignDocument *doc = m_window->document();
    DiagramScene *s = m_window->scene();
    // Put sw-lm somewhere of its own and pin it.
    QVERIFY(doc->apply(withPositions(doc->design(), {{"sw-lm", Position{1700, 40}}}), "move")
                .isEmpty());
    s->setPinned({"sw-lm"}, true);
    QVERIFY(doc->design().findDevice("sw-lm")->pinned);
    QVERIFY(s->deviceItem("sw-lm")->device().pinned);
    const auto before = positions(doc->design());
    m_window->arrange();
    const auto after = positions(doc->design());
    QVERIFY(after.at("sw-lm") == (Position{1700, 40}));
    int moved = 0;
    for (const auto &[id, p] : before)
        moved += !(after.at(id) == p);
    QVERIFY(moved > 0);
    // Nothing is put on top of the pinned device.
    const QRectF pinned = s->deviceItem("sw-lm")->sceneBoundingRect();
    for (const auto &[id, item] : s->deviceItems())
        if (id != "sw-lm")
            QVERIFY2(!item->sceneBoundingRect().intersects(pinned), id.c_str());
    // Unpinned, it moves with the rest.
    s->setPinned({"sw-lm"}, false);
    m_window->arrange();
    QVERIFY(!(positions(doc->design()).at("sw-lm") == (Position{1700, 40})));
}

void TestCanvas::pinIsSavedAndLoaded()
{
    QVERIFY(m_window->openFile(example("converged-10g-blade")));
    m_window->scene()->setPinned({"sw-b1"}, true);
    QTemporaryDir dir;
    const QString file = dir.filePath("pinned.cluster.yaml");
    QVERIFY(m_window->saveFile(file));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains("pinned: true"));
    QCOMPARE(text.count("pinned"), 1);
    QVERIFY(m_window->openFile(file));
    QVERIFY(m_window->document()->design().findDevice("sw-b1")->pinned);
    QVERIFY(!m_window->document()->design().findDevice("sw-b2")->pinned);
    QVERIFY(m_window->document()->loadWarnings().isEmpty());
}

void TestCanvas::arrangedTemplatesCrossNoMoreThanTheirFiles_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(CLUSTERNET_SOURCE_DIR) + "/templates/designs");
    const QStringList files = dir.entryList({"*.cluster.yaml"}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 4);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestCanvas::arrangedTemplatesCrossNoMoreThanTheirFiles()
{
    QFETCH(QString, file);
    QVERIFY(m_window->openFile(file));
    const int asFiled = countCrossings(*m_window->scene());
    m_window->arrange();
    const int arranged = countCrossings(*m_window->scene());
    qInfo("%s: %d crossings as in the file, %d arranged", qPrintable(QFileInfo(file).fileName()),
          asFiled, arranged);
    QVERIFY2(arranged <= asFiled, qPrintable(QString("%1 > %2").arg(arranged).arg(asFiled)));
    // And the arranged devices do not overlap.
    std::vector<QRectF> boxes;
    for (const auto &[id, item] : m_window->scene()->deviceItems())
        boxes.push_back(item->sceneBoundingRect());
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            QVERIFY(!boxes[i].intersects(boxes[j]));
}

void TestCanvas::alignAndDistribute()
{
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    DesignDocument *doc = m_window->document();
    DiagramScene *s = m_window->scene();
    doc->waitForFindings();
    s->selectReferences({"sw-csv", "sw-iscsi-b", "san01"});
    const int steps = doc->undoStack()->count();
    s->alignSelection(DiagramScene::Align::Left);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    const qreal left = s->deviceItem("sw-csv")->sceneBoundingRect().left();
    QCOMPARE(s->deviceItem("sw-iscsi-b")->sceneBoundingRect().left(), left);
    QCOMPARE(s->deviceItem("san01")->sceneBoundingRect().left(), left);
    // Spread them out across, then distribute: equal gaps between the boxes.
    doc->apply(
        withPositions(doc->design(),
                      {{"sw-csv", {0, 500}}, {"sw-iscsi-b", {1300, 700}}, {"san01", {1000, 900}}}),
        "spread");
    s->distributeSelection(Qt::Horizontal);
    const QRectF a =
        s->deviceItem("sw-csv")->mapRectToScene(s->deviceItem("sw-csv")->geometry().bounds);
    const QRectF b =
        s->deviceItem("san01")->mapRectToScene(s->deviceItem("san01")->geometry().bounds);
    const QRectF c =
        s->deviceItem("sw-iscsi-b")->mapRectToScene(s->deviceItem("sw-iscsi-b")->geometry().bounds);
    QCOMPARE(a.left(), 0.0);
    QCOMPARE(c.right(), 1300.0 + c.width());
    QVERIFY(qAbs((b.left() - a.right()) - (c.left() - b.right())) <= 1.0);
    s->alignSelection(DiagramScene::Align::Top);
    QCOMPARE(s->deviceItem("san01")->y(), s->deviceItem("sw-csv")->y());
    // Moves change no finding: no validation was asked for.
    QVERIFY(doc->findingsCurrent());
}

void TestCanvas::arrowKeysNudge()
{
    QVERIFY(m_window->openFile(example("converged-10g-blade")));
    DesignDocument *doc = m_window->document();
    DiagramScene *s = m_window->scene();
    s->selectReferences({"blade01", "blade02"});
    const QPointF a = s->deviceItem("blade01")->pos(), b = s->deviceItem("blade02")->pos();
    const int steps = doc->undoStack()->count();
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_Right);
    QTest::keyClick(m_window->view(), Qt::Key_Right);
    QTest::keyClick(m_window->view(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(s->deviceItem("blade01")->pos(), a + QPointF(2, 10));
    QCOMPARE(s->deviceItem("blade02")->pos(), b + QPointF(2, 10));
    const Position p = *doc->design().findDevice("blade01")->position;
    QCOMPARE(QPointF(p.x, p.y), a + QPointF(2, 10));
    QCOMPARE(doc->undoStack()->count(), steps + 1); // nudges in a row are one step
    doc->undoStack()->undo();
    QCOMPARE(s->deviceItem("blade01")->pos(), a);
    // With nothing selected the keys do not move anything.
    s->clearSelection();
    QTest::keyClick(m_window->view(), Qt::Key_Left);
    QCOMPARE(s->deviceItem("blade01")->pos(), a);
}

void TestCanvas::findSelectsAndCentres_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("device"); // selected afterwards
    QTest::addColumn<QString>("port");   // centred on, if any
    QTest::newRow("device by id") << "sw-lm"
                                  << "sw-lm"
                                  << "";
    QTest::newRow("device by id, any case") << "SAN01"
                                            << "san01"
                                            << "";
    QTest::newRow("port") << "hv02:slot2/p1"
                          << "hv02"
                          << "slot2/p1";
    QTest::newRow("switch port") << "sw-iscsi-b:g24"
                                 << "sw-iscsi-b"
                                 << "g24";
}

void TestCanvas::findSelectsAndCentres()
{
    QFETCH(QString, typed);
    QFETCH(QString, device);
    QFETCH(QString, port);
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    DiagramScene *s = m_window->scene();
    m_window->view()->centerOn(0, 0);
    // Ctrl+F opens the bar; Enter on the typed text jumps.
    QTest::keySequence(m_window.get(), QKeySequence(QKeySequence::Find));
    FindBar *bar = m_window->findBar();
    QVERIFY(bar->isVisible());
    QVERIFY(bar->edit()->hasFocus());
    QTest::keyClicks(bar->edit(), typed);
    QTest::keyClick(bar->edit(), Qt::Key_Return);
    QCOMPARE(s->selectedDeviceIds(), std::vector<std::string>{device.toStdString()});
    const QRectF target = port.isEmpty() ? s->deviceItem(device.toStdString())->sceneBoundingRect()
                                         : s->portRect(device.toStdString(), port.toStdString());
    // Within the rounding of scroll positions: a few pixels.
    const qreal off =
        QLineF(centreOfView(*m_window), target.center()).length() * m_window->view()->zoom();
    QVERIFY2(off < 3, qPrintable(QString("%1 pixels from the centre").arg(off)));
    QVERIFY(m_window->view()->zoom() >= 0.6); // near enough to read
}

void TestCanvas::showOnlyOneNetworkOrRole()
{
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    DiagramScene *s = m_window->scene();
    // Found by name through the find bar, a network is shown on its own.
    m_window->findBar()->open();
    QTest::keyClicks(m_window->findBar()->edit(), "network csv");
    QTest::keyClick(m_window->findBar()->edit(), Qt::Key_Return);
    QCOMPARE(s->shownNetworks(), std::set<std::string>{"csv"});
    QCOMPARE(s->linkItem("hv01:slot2/p1--sw-csv:Te1/0/1")->opacity(), 1.0);
    QVERIFY(s->linkItem("hv01:lom/nic1--sw-core-1:g1")->opacity() < 0.5);
    QCOMPARE(s->deviceItem("sw-csv")->opacity(), 1.0);
    QCOMPARE(s->deviceItem("hv01")->opacity(), 1.0);
    QVERIFY(s->deviceItem("sw-lm")->opacity() < 0.5);
    auto *button = m_window->findChild<QToolButton *>("shownButton");
    QVERIFY(button && button->isVisible());
    QVERIFY(button->text().replace("&&", "&").contains("CSV & Heartbeat"));
    // A role: every network that has it.
    s->showOnlyRole(Role::IscsiGuest);
    QCOMPARE(s->shownNetworks(), (std::set<std::string>{"iscsi-a", "iscsi-b"}));
    QCOMPARE(s->deviceItem("san01")->opacity(), 1.0);
    QVERIFY(s->deviceItem("sw-csv")->opacity() < 0.5);
    // Paper always shows everything.
    s->setPrinting(true);
    QCOMPARE(s->deviceItem("sw-csv")->opacity(), 1.0);
    s->setPrinting(false);
    QVERIFY(s->deviceItem("sw-csv")->opacity() < 0.5);
    button->click();
    QVERIFY(s->shownNetworks().empty());
    QCOMPARE(s->deviceItem("sw-csv")->opacity(), 1.0);
    QVERIFY(!button->isVisible());
}

void TestCanvas::contextMenusOfDevicePortCableAndCanvas()
{
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    DiagramScene *s = m_window->scene();
    const QRectF port = s->portRect("hv01", "slot2/p1");
    QCOMPARE(s->hitAt(port.center()).kind, CanvasHit::Port);
    QCOMPARE(s->hitAt(port.center()).link, std::string("hv01:slot2/p1--sw-csv:Te1/0/1"));
    const QPointF header =
        s->deviceItem("sw-lm")->mapToScene(s->deviceItem("sw-lm")->geometry().header.center());
    QCOMPARE(s->hitAt(header).kind, CanvasHit::Device);
    QCOMPARE(s->hitAt(QPointF(-500, -500)).kind, CanvasHit::Nothing);
    // The middle of the routed cable's longest stretch.
    const QPolygonF route = s->linkItem("san01:ctrl-a/p1--sw-iscsi-a:g24")->path();
    QLineF cable(route[0], route[1]);
    for (int i = 1; i < route.size(); ++i)
        if (QLineF(route[i - 1], route[i]).length() > cable.length())
            cable = QLineF(route[i - 1], route[i]);
    QCOMPARE(s->hitAt(cable.center()).kind, CanvasHit::Link);

    QStringList seen;
    onNextMenu([&](QMenu *m) { seen = texts(m); });
    m_window->showCanvasMenu(s->hitAt(port.center()), QPoint(100, 100), port.center());
    QVERIFY(seen.contains("Port hv01:slot2/p1"));
    QVERIFY(seen.contains("Go to the Other End (sw-csv:Te1/0/1)"));
    QVERIFY(seen.contains("Remove the Cable"));
    QVERIFY(seen.contains("Duplicate"));

    onNextMenu([&](QMenu *m) { seen = texts(m); });
    m_window->showCanvasMenu(s->hitAt(header), QPoint(100, 100), header);
    QVERIFY(seen.contains("Device sw-lm"));
    QVERIFY(seen.contains("Pinned"));
    QVERIFY(seen.contains("Delete"));

    onNextMenu([&](QMenu *m) { seen = texts(m); });
    m_window->showCanvasMenu(s->hitAt(cable.center()), QPoint(100, 100), cable.center());
    QVERIFY(seen.contains("Go to san01:ctrl-a/p1"));
    QVERIFY(seen.contains("Show Only Network"));

    // The canvas menu adds a device where it was opened.
    onNextMenu([&](QMenu *m) {
        seen = texts(m);
        for (QAction *a : m->actions())
            if (a->menu() && a->text() == "Add Here")
                for (QAction *b : a->menu()->actions())
                    if (b->text() == "Storage")
                        b->trigger();
    });
    m_window->showCanvasMenu(CanvasHit{}, QPoint(100, 100), QPointF(2000, 1200));
    QVERIFY(seen.contains("Arrange Automatically"));
    QVERIFY(seen.contains("Paste"));
    const auto added = s->selectedDeviceIds();
    QCOMPARE(added.size(), std::size_t(1));
    QCOMPARE(s->deviceItem(added.front())->pos(), QPointF(2000, 1200));
}

void TestCanvas::connectToFromAPortMenu()
{
    // Cabling without drawing: a free port's menu lists the free ports of other devices.
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    DiagramScene *s = m_window->scene();
    const QRectF port = s->portRect("hv01", "lom/nic4");
    const CanvasHit hit = s->hitAt(port.center());
    QCOMPARE(hit.kind, CanvasHit::Port);
    QVERIFY(hit.link.empty());
    onNextMenu([&](QMenu *m) {
        for (QAction *a : m->actions())
            if (a->menu() && a->text() == "Connect To")
                for (QAction *d : a->menu()->actions())
                    if (d->menu() && d->text() == "sw-core-2")
                        for (QAction *p : d->menu()->actions()) {
                            QVERIFY(p->text() != "g1"); // used by hv01:slot1/p1
                            if (p->text() == "g12")
                                p->trigger();
                        }
    });
    m_window->showCanvasMenu(hit, QPoint(100, 100), port.center());
    QVERIFY(m_window->document()->design().findLink("hv01:lom/nic4--sw-core-2:g12"));
    QVERIFY(s->linkItem("hv01:lom/nic4--sw-core-2:g12"));
}

void TestCanvas::overviewMovesTheView()
{
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    m_window->view()->setZoom(1.5);
    auto *overview = m_window->findChild<Overview *>();
    QVERIFY(overview);
    QVERIFY(overview->isVisible());
    // Wait for its picture (drawn a moment after the design settles).
    QTRY_VERIFY(!overview->toScene(overview->rect().center()).isNull());
    const QPoint at(overview->width() / 2, overview->height() - 10);
    QTest::mouseClick(overview, Qt::LeftButton, {}, at);
    QVERIFY(QLineF(centreOfView(*m_window), overview->toScene(at)).length() *
                m_window->view()->zoom() <
            3);
}

void TestCanvas::movesAreNotValidatedAgain()
{
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    DesignDocument *doc = m_window->document();
    doc->waitForFindings();
    QSignalSpy findings(doc, &DesignDocument::findingsChanged);
    QSignalSpy design(doc, &DesignDocument::designChanged);
    QSignalSpy layout(doc, &DesignDocument::layoutChanged);
    drag(*m_window, "sw-lm", QPoint(60, 40));
    m_window->scene()->setPinned({"sw-lm"}, true);
    QCOMPARE(layout.count(), 2);
    QCOMPARE(design.count(), 0);
    QVERIFY(doc->findingsCurrent());
    QTest::qWait(50);
    QCOMPARE(findings.count(), 0);
    // Any other edit is.
    doc->apply(withoutLinks(doc->design(), {"hv01:lom/nic1--sw-core-1:g1"}), "remove");
    QCOMPARE(design.count(), 1);
    QVERIFY(!doc->findingsCurrent());
    doc->waitForFindings();
    QCOMPARE(findings.count(), 1);
}

void TestCanvas::validationRunsOffTheGuiThreadAndDropsStaleRuns()
{
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    DesignDocument *doc = m_window->document();
    doc->waitForFindings();
    QSignalSpy findings(doc, &DesignDocument::findingsChanged);
    // Five edits in a row: the findings shown are never those of a design in between.
    const char *cables[] = {"hv01:lom/nic1--sw-core-1:g1", "hv01:lom/nic3--sw-core-1:g2",
                            "hv02:lom/nic1--sw-core-1:g3", "hv02:lom/nic3--sw-core-1:g4",
                            "hv01:slot1/p1--sw-core-2:g1"};
    for (const char *c : cables)
        QVERIFY(doc->apply(withoutLinks(doc->design(), {c}), "remove").isEmpty());
    QVERIFY(!doc->findingsCurrent());
    QTRY_VERIFY(doc->findingsCurrent());
    QTest::qWait(50);
    QVERIFY(findings.count() >= 1);
    QVERIFY(findings.count() <= 2); // the run busy when the edits began, and the last one
    const auto expected = validate(doc->design(), doc->templates());
    QCOMPARE(doc->findings().size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QCOMPARE(doc->findings()[i].message, expected[i].message);
    // The findings panel (which replaces only the rows that changed) and the canvas's marks
    // follow, also when undo brings findings back.
    auto listed = [this] {
        QStringList rows;
        const QTreeWidget *list = m_window->findings()->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            rows << list->topLevelItem(i)->text(1);
        return rows;
    };
    auto messages = [doc] {
        QStringList rows;
        for (const Finding &f : doc->findings())
            rows << QString::fromStdString(f.message);
        return rows;
    };
    QCOMPARE(listed(), messages());
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    doc->waitForFindings();
    QCOMPARE(listed(), messages());
    doc->undoStack()->redo();
    doc->waitForFindings();
    QCOMPARE(listed(), messages());
    std::set<std::string> spofs;
    for (const Finding &f : doc->findings())
        if (f.rule == "spof")
            spofs.insert(f.elements.begin(), f.elements.end());
    QVERIFY(!spofs.empty());
    for (const auto &[id, item] : m_window->scene()->deviceItems())
        QCOMPARE(item->marks().spof, spofs.count(id) == 1);
    for (const auto &[name, item] : m_window->scene()->linkItems())
        QCOMPARE(item->look().spof, spofs.count(name) == 1);
}

void TestCanvas::anEditRestylesOnlyTheLinksItChanged()
{
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    DesignDocument *doc = m_window->document();
    DiagramScene *s = m_window->scene();
    doc->waitForFindings();
    std::map<std::string, const LinkItem *> items;
    std::map<std::string, LinkLook> looks;
    for (const auto &[name, item] : s->linkItems()) {
        items[name] = item;
        looks[name] = item->look();
    }
    // Unbinding CSV from hv01's port greys that cable only.
    Design next = doc->design();
    Device *hv01 = next.findDevice("hv01");
    for (Binding &b : hv01->bindings)
        b.networks.erase(std::remove(b.networks.begin(), b.networks.end(), "csv"),
                         b.networks.end());
    hv01->bindings.erase(std::remove_if(hv01->bindings.begin(), hv01->bindings.end(),
                                        [](const Binding &b) { return b.networks.empty(); }),
                         hv01->bindings.end());
    QVERIFY(doc->apply(next, "unbind").isEmpty());
    // What links carry comes with the findings, from the analysis off the GUI thread.
    doc->waitForFindings();
    const std::string csv = "hv01:slot2/p1--sw-csv:Te1/0/1";
    int changed = 0;
    for (const auto &[name, item] : s->linkItems()) {
        QCOMPARE(item, items.at(name)); // the same items
        changed += item->look().pens != looks.at(name).pens;
    }
    QVERIFY(s->linkItem(csv)->look().pens != looks.at(csv).pens);
    QCOMPARE(changed, 1);
    // A cable removed goes at once; drawn again, it is there at once, and coloured by what
    // it carries when the analysis is in.
    const std::string iscsi = "hv01:lom/nic2--sw-iscsi-a:g1";
    QVERIFY(doc->apply(withoutLinks(doc->design(), {iscsi}), "remove").isEmpty());
    QVERIFY(!s->linkItem(iscsi));
    Link again;
    again.a = "hv01:lom/nic2";
    again.b = "sw-iscsi-a:g1";
    QVERIFY(doc->apply(withLink(doc->design(), again), "add").isEmpty());
    LinkItem *added = s->linkItem(iscsi);
    QVERIFY(added);
    QVERIFY(added->line().length() > 0);
    QVERIFY(s->linkNetworks(iscsi).empty());
    doc->waitForFindings();
    QCOMPARE(s->linkItem(iscsi), added);
    QCOMPARE(s->linkNetworks(iscsi), std::vector<std::string>{"iscsi-a"});
    QVERIFY(added->look().pens == looks.at(iscsi).pens);
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
