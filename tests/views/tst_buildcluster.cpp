// The editor without typing: the blog's cluster (dedicated-10g-csv-lm) built from an empty
// design through the window's own gestures and pickers only — palette drops, port-to-port
// drags, networks dropped on ports, check boxes, lists and buttons, duplicate — with names the
// only text typed. The saved file must give the bundled template's findings. Every user action
// is counted; the count is printed and held to the target.
#include "analysis/Validator.h"
#include "canvas/DeviceItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/LinkItem.h"
#include "design/DesignEdits.h"
#include "document/DesignDocument.h"
#include "io/DesignLoader.h"
#include "panels/FailurePanel.h"
#include "panels/NetworksPanel.h"
#include "panels/PalettePanel.h"
#include "panels/TemplateBrowser.h"
#include "panels/PropertiesPanel.h"
#include "templates/TemplateLibrary.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QtTest>

#include <algorithm>

#include <memory>

using namespace cn;

namespace
{

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// Findings as comparable lines: severity, rule, message and the references.
QStringList findingLines(const std::vector<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings) {
        QStringList elements, affects;
        for (const auto &e : f.elements)
            elements << q(e);
        for (const auto &a : f.affects)
            affects << q(a);
        lines << q(toString(f.severity)) + " " + q(f.rule) + ": " + q(f.message) + " [" +
                     elements.join(",") + "] -> [" + affects.join(",") + "]";
    }
    lines.sort();
    return lines;
}

// Each finding as its rule, its references and the devices it affects, all sorted.
QStringList faultPairs(const std::vector<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings) {
        QStringList elements, affects;
        for (const auto &e : f.elements)
            elements << q(e);
        for (const auto &a : f.affects)
            affects << q(a);
        elements.sort();
        affects.sort();
        lines << q(toString(f.severity)) + " " + q(f.rule) + " [" + elements.join(",") + "] -> [" +
                     affects.join(",") + "]";
    }
    lines.sort();
    return lines;
}

} // namespace

class TestBuildCluster : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void buildTheBlogClusterWithTheMouse();
    void teamAndBindingByPickerAreUndoable();
    void severalDevicesEditedAtOnce();
    void duplicateIsBesideWithCabling();
    void linkPickers();
    void failurePanelTellsTheImpact();

private:
    // One user action each.
    void dropFromPalette(const QString &kindAndModel, QPointF scenePos);
    void dropNetwork(const std::string &network, const std::string &device,
                     const std::string &local);
    void drawLink(const std::string &a, const std::string &portA, const std::string &b,
                  const std::string &portB);
    void type(const QString &objectName, const QString &text);
    void click(QAbstractButton *button);
    void tick(QListWidget *list, const QString &data);
    void choose(QComboBox *combo, const QString &text);
    void shortcut(const QString &menuText);

    QRectF rectOf(const std::string &device) const
    {
        return m_w->scene()->deviceItem(device)->sceneBoundingRect();
    }
    void dragEvents(QMimeData *mime, const QPoint &at);

    std::unique_ptr<MainWindow> m_w;
    int m_actions = 0;
};

void TestBuildCluster::init()
{
    m_w = std::make_unique<MainWindow>();
    m_w->resize(1500, 950);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    m_w->document()->newDesign();
    m_actions = 0;
}

void TestBuildCluster::cleanup()
{
    m_w->document()->undoStack()->setClean();
    m_w.reset();
}

void TestBuildCluster::dragEvents(QMimeData *mime, const QPoint &at)
{
    QWidget *vp = m_w->view()->viewport();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &drop);
}

void TestBuildCluster::dropFromPalette(const QString &kindAndModel, QPointF scenePos)
{
    // The MIME data exactly as the palette makes it for a drag of that entry.
    TemplateTree *tree = m_w->palette()->browser()->tree();
    QTreeWidgetItem *found = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it && !found; ++it)
        if ((*it)->data(0, Qt::UserRole).toString() == kindAndModel)
            found = *it;
    QVERIFY2(found, qPrintable(kindAndModel));
    std::unique_ptr<QMimeData> mime(tree->model()->mimeData({tree->indexFromItem(found)}));
    QVERIFY(mime);
    m_w->view()->setZoom(1.0);
    m_w->view()->centerOn(scenePos);
    dragEvents(mime.get(), m_w->view()->mapFromScene(scenePos));
    ++m_actions;
}

void TestBuildCluster::dropNetwork(const std::string &network, const std::string &device,
                                   const std::string &local)
{
    QTableWidget *table = m_w->networks()->table();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == q(network))
            row = r;
    QVERIFY2(row >= 0, network.c_str());
    std::unique_ptr<QMimeData> mime(table->model()->mimeData({table->model()->index(row, 0)}));
    QVERIFY(mime);
    DeviceItem *item = m_w->scene()->deviceItem(device);
    QVERIFY(item);
    const PortCell *cell = item->geometry().port(local);
    QVERIFY2(cell, local.c_str());
    m_w->view()->setZoom(1.0);
    m_w->view()->centerOn(item->mapToScene(cell->rect.center()));
    dragEvents(mime.get(), m_w->view()->mapFromScene(item->mapToScene(cell->rect.center())));
    ++m_actions;
}

void TestBuildCluster::drawLink(const std::string &a, const std::string &portA,
                                const std::string &b, const std::string &portB)
{
    // Both ends in sight (navigation is not counted), then one drag from port to port.
    DiagramView *view = m_w->view();
    view->fitInView(rectOf(a).united(rectOf(b)).adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    auto at = [&](const std::string &dev, const std::string &local) {
        DeviceItem *item = m_w->scene()->deviceItem(dev);
        const PortCell *cell = item->geometry().port(local);
        return view->mapFromScene(item->mapToScene(cell->rect.center()));
    };
    QVERIFY(m_w->scene()->deviceItem(a)->geometry().port(portA));
    QVERIFY(m_w->scene()->deviceItem(b)->geometry().port(portB));
    const QPoint pa = at(a, portA), pb = at(b, portB);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, pa);
    QTest::mouseMove(view->viewport(), (pa + pb) / 2);
    QTest::mouseMove(view->viewport(), pb);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, pb);
    ++m_actions;
    const std::string name = a + ":" + portA + "--" + b + ":" + portB;
    QVERIFY2(m_w->document()->design().findLink(name), name.c_str());
}

void TestBuildCluster::type(const QString &objectName, const QString &text)
{
    auto *edit = m_w->findChild<QLineEdit *>(objectName);
    QVERIFY2(edit && edit->isVisible() && edit->isEnabled(), qPrintable(objectName));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    ++m_actions;
}

void TestBuildCluster::click(QAbstractButton *button)
{
    QVERIFY(button && button->isVisible() && button->isEnabled());
    // A check box takes clicks on its box and label, not on the empty rest of its row.
    const QPoint at = qobject_cast<QCheckBox *>(button) ? QPoint(8, button->height() / 2)
                                                        : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, {}, at);
    ++m_actions;
}

void TestBuildCluster::tick(QListWidget *list, const QString &data)
{
    QVERIFY(list && list->isVisible());
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == data) {
            QVERIFY(list->item(i)->flags() & Qt::ItemIsEnabled);
            list->item(i)->setCheckState(list->item(i)->checkState() == Qt::Checked ? Qt::Unchecked
                                                                                    : Qt::Checked);
            QCoreApplication::processEvents();
            ++m_actions;
            return;
        }
    QFAIL(qPrintable("no " + data + " in " + list->objectName()));
}

void TestBuildCluster::choose(QComboBox *combo, const QString &text)
{
    QVERIFY(combo && combo->isVisible());
    const int i = combo->findText(text);
    QVERIFY2(i >= 0, qPrintable(text));
    combo->setCurrentIndex(i);
    emit combo->activated(i);
    QCoreApplication::processEvents();
    ++m_actions;
}

void TestBuildCluster::shortcut(const QString &menuText)
{
    for (QAction *a : m_w->findChildren<QAction *>())
        if (a->text() == menuText) {
            a->trigger();
            ++m_actions;
            return;
        }
    QFAIL(qPrintable("no action " + menuText));
}

void TestBuildCluster::buildTheBlogClusterWithTheMouse()
{
    DesignDocument *doc = m_w->document();
    NetworksPanel *nets = m_w->networks();
    auto role = [&](const char *r) { return nets->findChild<QCheckBox *>(QString("role-") + r); };
    auto addNetwork = [&] { click(nets->findChild<QPushButton *>("addNetwork")); };

    // Networks: "Add network", then the role; the id follows the role.
    addNetwork();
    QVERIFY(nets->findChild<QLabel *>("roleHint")->text().contains("No role"));
    click(role("management"));
    addNetwork();
    click(role("vm"));
    addNetwork();
    click(role("csv"));
    click(role("heartbeat"));
    choose(nets->findChild<QComboBox *>("networkIsolation"), "own switches (physical)");
    addNetwork();
    click(role("live-migration"));
    choose(nets->findChild<QComboBox *>("networkIsolation"), "own switches (physical)");
    addNetwork();
    click(role("iscsi-guest"));
    addNetwork();
    click(role("iscsi-guest"));
    QStringList ids;
    for (const Network &n : doc->design().networks)
        ids << q(n.id);
    QCOMPARE(ids, (QStringList{"mgmt", "vm", "csv", "lm", "iscsi-a", "iscsi-b"}));

    // Switches: drop, name; a copy of a stack member joins its stack.
    dropFromPalette("switch|PowerConnect 6248", {0, 500});
    type("deviceId", "sw-core-1");
    type("deviceStack", "core");
    shortcut("D&uplicate");
    QVERIFY(doc->design().findDevice("sw-core-2"));
    QCOMPARE(doc->design().findDevice("sw-core-2")->stack, std::string("core"));
    const double row2 = rectOf("sw-core-1").bottom() + 80;
    dropFromPalette("switch|PowerConnect 8024F", {0, row2});
    type("deviceId", "sw-csv");
    dropFromPalette("switch|PowerConnect 8024F", {rectOf("sw-csv").right() + 80, row2});
    type("deviceId", "sw-lm");
    const double row3 = rectOf("sw-csv").bottom() + 80;
    dropFromPalette("switch|PowerConnect 5424", {0, row3});
    type("deviceId", "sw-iscsi-a");
    shortcut("D&uplicate");
    QVERIFY(doc->design().findDevice("sw-iscsi-b"));

    // The first host: a card of four 1G ports comes with it; two more cards, one at 10G.
    dropFromPalette("host|PowerEdge R810", {0, 0});
    QCOMPARE(m_w->scene()->selectedDeviceIds(), std::vector<std::string>{"hv01"});
    type("deviceCluster", "sqlclu");
    click(m_w->properties()->findChild<QPushButton *>("adaptersAdd"));
    click(m_w->properties()->findChild<QPushButton *>("adaptersAdd"));
    choose(m_w->properties()->findChild<QComboBox *>("adapterSpeed-slot2"), "10G");
    QCOMPARE(doc->design().findDevice("hv01")->adapters.size(), std::size_t(3));
    QCOMPARE(doc->design().findDevice("hv01")->adapters[2].speedMbps.value_or(0), 10000);
    // The VM team: tick two ports on different cards, create.
    auto *members = m_w->properties()->findChild<QListWidget *>("teamMembers");
    tick(members, "lom/nic3");
    tick(members, "slot1/p1");
    click(m_w->properties()->findChild<QPushButton *>("teamCreate"));
    QCOMPARE(doc->design().findDevice("hv01")->teams.size(), std::size_t(1));
    // Networks dropped on ports; on a member port they bind the team.
    dropNetwork("mgmt", "hv01", "lom/nic1");
    dropNetwork("vm", "hv01", "lom/nic3");
    dropNetwork("csv", "hv01", "slot2/p1");
    dropNetwork("lm", "hv01", "slot2/p2");
    dropNetwork("iscsi-a", "hv01", "lom/nic2");
    dropNetwork("iscsi-b", "hv01", "slot1/p2");
    QCOMPARE(doc->design().findDevice("hv01")->bindings.size(), std::size_t(6));
    // Cabling, port to port.
    drawLink("hv01", "lom/nic1", "sw-core-1", "g1");
    drawLink("hv01", "lom/nic3", "sw-core-1", "g2");
    drawLink("hv01", "slot1/p1", "sw-core-2", "g1");
    drawLink("hv01", "slot2/p1", "sw-csv", "Te1/0/1");
    drawLink("hv01", "slot2/p2", "sw-lm", "Te1/0/1");
    drawLink("hv01", "lom/nic2", "sw-iscsi-a", "g1");
    drawLink("hv01", "slot1/p2", "sw-iscsi-b", "g1");
    // The second host is the first one's pattern: duplicate.
    QCOMPARE(m_w->scene()->selectedDeviceIds(), std::vector<std::string>{"hv01"});
    shortcut("D&uplicate");
    QVERIFY(doc->design().findDevice("hv02"));
    QVERIFY(doc->design().findLink("hv02:lom/nic1--sw-core-1:g3"));
    QVERIFY(doc->design().findLink("hv02:slot2/p2--sw-lm:Te1/0/2"));

    // Storage comes with two controllers.
    dropFromPalette("storage|",
                    {rectOf("sw-iscsi-a").right() - 100, rectOf("sw-iscsi-a").bottom() + 100});
    QVERIFY(doc->design().findDevice("san01"));
    dropNetwork("iscsi-a", "san01", "ctrl-a/p1");
    dropNetwork("iscsi-b", "san01", "ctrl-b/p1");
    drawLink("san01", "ctrl-a/p1", "sw-iscsi-a", "g24");
    drawLink("san01", "ctrl-b/p1", "sw-iscsi-b", "g24");

    // The core stack's stacking cables, and the 10G switches' out-of-band ports on the core,
    // carrying management.
    drawLink("sw-core-1", "xg3", "sw-core-2", "xg3");
    drawLink("sw-core-1", "xg4", "sw-core-2", "xg4");
    QVERIFY(doc->design().findLink("sw-core-1:xg3--sw-core-2:xg3")->kind == LinkKind::Stacking);
    drawLink("sw-csv", "oob", "sw-core-1", "g47");
    drawLink("sw-lm", "oob", "sw-core-2", "g47");
    dropNetwork("mgmt", "sw-csv", "oob");
    dropNetwork("mgmt", "sw-lm", "oob");
    QCOMPARE(*doc->design().findLink("sw-csv:oob--sw-core-1:g47")->networks,
             std::vector<std::string>{"mgmt"});

    // Saved through the window, the file gives the template's findings.
    QTemporaryDir dir;
    const QString path = dir.filePath("built.cluster.yaml");
    QVERIFY(m_w->saveFile(path));
    const TemplateLibrary lib = TemplateLibrary::forDesign(path.toStdString());
    const LoadResult built = DesignLoader(lib).loadFile(path.toStdString());
    QVERIFY2(built.ok(), built.ok() ? "" : built.error->format().c_str());
    const QString bundled = QStringLiteral(CLUSTERNET_SOURCE_DIR
                                           "/templates/designs/dedicated-10g-csv-lm.cluster.yaml");
    const LoadResult tmpl = DesignLoader(lib).loadFile(bundled.toStdString());
    QVERIFY(tmpl.ok());
    const QStringList mine = findingLines(validate(*built.design, lib)),
                      theirs = findingLines(validate(*tmpl.design, lib));
    QCOMPARE(mine, theirs);
    QCOMPARE(mine.size(), 5);
    const ValidationOptions two{2};
    // Double faults too; a pair's two units are named in design order, which differs here
    // (this design lists its switches first), so pairs are compared unordered.
    QCOMPARE(faultPairs(validate(*built.design, lib, two)),
             faultPairs(validate(*tmpl.design, lib, two)));
    // The same devices, links and bindings as the template, apart from what the findings
    // don't depend on (names, VLANs, subnets, VMs, spare ports).
    QCOMPARE(built.design->devices.size(), tmpl.design->devices.size());
    QCOMPARE(built.design->links.size(), tmpl.design->links.size());
    // Links by their ends: both files carry cable ids of their own.
    for (const Link &l : tmpl.design->links)
        QVERIFY2(std::any_of(built.design->links.begin(), built.design->links.end(),
                             [&](const Link &m) { return m.a == l.a && m.b == l.b; }),
                 (l.a + "--" + l.b).c_str());

    qInfo("Built the blog's cluster in %d user actions", m_actions);
    QVERIFY(m_actions <= 60);
}

void TestBuildCluster::teamAndBindingByPickerAreUndoable()
{
    QVERIFY(m_w->openFile(
        QStringLiteral(CLUSTERNET_TEST_DATA "/examples/dedicated-10g-csv-lm.cluster.yaml")));
    DesignDocument *doc = m_w->document();
    m_w->scene()->deviceItem("hv01")->setSelected(true);
    PropertiesPanel *p = m_w->properties();
    auto *pick = p->findChild<QComboBox *>("teamPick");
    QCOMPARE(pick->count(), 2); // vmteam, New team…
    choose(pick, pick->itemText(1));
    auto *members = p->findChild<QListWidget *>("teamMembers");
    // Ports of the VM team are not offered for another team; each shows speed and cable.
    for (int i = 0; i < members->count(); ++i) {
        const QString data = members->item(i)->data(Qt::UserRole).toString();
        if (data == "lom/nic3")
            QVERIFY(!(members->item(i)->flags() & Qt::ItemIsEnabled));
        if (data == "slot2/p1")
            QVERIFY(members->item(i)->text().contains("10G") &&
                    members->item(i)->text().contains("sw-csv:Te1/0/1"));
    }
    const int before = doc->undoStack()->count();
    tick(members, "slot1/p3");
    tick(members, "slot1/p4");
    QCOMPARE(doc->undoStack()->count(), before); // nothing until created
    choose(p->findChild<QComboBox *>("teamMode"), "LACP");
    click(p->findChild<QPushButton *>("teamCreate"));
    const Team *t = doc->design().findDevice("hv01")->findTeam("team1");
    QVERIFY(t);
    QCOMPARE(t->members, (std::vector<std::string>{"slot1/p3", "slot1/p4"}));
    QVERIFY(t->effectiveMode() == TeamMode::Lacp);
    QCOMPARE(doc->undoStack()->count(), before + 1);
    // Bind networks to the new team by picker.
    auto *via = p->findChild<QComboBox *>("bindVia");
    QCOMPARE(via->currentData().toString(), QString("team1"));
    auto *bindNets = p->findChild<QListWidget *>("bindNetworks");
    tick(bindNets, "vm");
    tick(bindNets, "lm");
    auto bindingOf = [&](const std::string &v) -> const Binding * {
        for (const Binding &b : doc->design().findDevice("hv01")->bindings)
            if (b.via == v)
                return &b;
        return nullptr;
    };
    QVERIFY(bindingOf("team1"));
    QCOMPARE(bindingOf("team1")->networks, (std::vector<std::string>{"vm", "lm"}));
    // Add a member to the existing team: at once, undoably.
    tick(members, "slot1/p3"); // untick: team1 keeps slot1/p4
    QCOMPARE(doc->design().findDevice("hv01")->findTeam("team1")->members,
             std::vector<std::string>{"slot1/p4"});
    tick(members, "slot1/p4"); // the last member stays
    QCOMPARE(doc->design().findDevice("hv01")->findTeam("team1")->members,
             std::vector<std::string>{"slot1/p4"});
    QVERIFY(p->findChild<QLabel *>("teamHint")->text().contains("one member"));
    // All undone, one step each, back to the file's design.
    auto *undo = doc->undoStack();
    undo->undo(); // member out
    QCOMPARE(doc->design().findDevice("hv01")->findTeam("team1")->members.size(), std::size_t(2));
    undo->undo(); // lm
    undo->undo(); // vm
    QVERIFY(!bindingOf("team1"));
    undo->undo(); // team
    QVERIFY(!doc->design().findDevice("hv01")->findTeam("team1"));
    QCOMPARE(undo->count() - undo->index(), 4);
    undo->redo();
    undo->redo();
    QCOMPARE(bindingOf("team1")->networks, std::vector<std::string>{"vm"});
    // A binding by drop is one undoable step as well.
    dropNetwork("csv", "hv01", "slot1/p3"); // a member: the team takes it
    QCOMPARE(bindingOf("team1")->networks, (std::vector<std::string>{"vm", "csv"}));
    undo->undo();
    QCOMPARE(bindingOf("team1")->networks, std::vector<std::string>{"vm"});
}

void TestBuildCluster::severalDevicesEditedAtOnce()
{
    QVERIFY(m_w->openFile(
        QStringLiteral(CLUSTERNET_TEST_DATA "/examples/dedicated-10g-csv-lm.cluster.yaml")));
    DesignDocument *doc = m_w->document();
    m_w->scene()->deviceItem("hv01")->setSelected(true);
    m_w->scene()->deviceItem("hv02")->setSelected(true);
    PropertiesPanel *p = m_w->properties();
    QVERIFY(p->findChild<QLabel *>("multiNote")->isVisible());
    auto *cluster = p->findChild<QLineEdit *>("deviceCluster");
    QCOMPARE(cluster->text(), QString("sqlclu"));
    QVERIFY(!p->findChild<QLineEdit *>("deviceId")->isEnabled());
    const int before = doc->undoStack()->count();
    type("deviceCluster", "prod");
    QCOMPARE(doc->design().findDevice("hv01")->cluster, std::string("prod"));
    QCOMPARE(doc->design().findDevice("hv02")->cluster, std::string("prod"));
    QCOMPARE(doc->undoStack()->count(), before + 1);
    // Different values show empty; a value typed there goes to all.
    doc->undoStack()->undo();
    Design d = doc->design();
    d.findDevice("hv02")->memoryGb = 128;
    QVERIFY(doc->apply(d, "memory").isEmpty());
    m_w->scene()->deviceItem("hv01")->setSelected(true);
    m_w->scene()->deviceItem("hv02")->setSelected(true);
    auto *memory = p->findChild<QLineEdit *>("deviceMemory");
    QVERIFY(memory->text().isEmpty());
    QVERIFY(!memory->placeholderText().isEmpty());
    type("deviceMemory", "384");
    QCOMPARE(doc->design().findDevice("hv01")->memoryGb.value_or(0), 384.0);
    QCOMPARE(doc->design().findDevice("hv02")->memoryGb.value_or(0), 384.0);
    QCOMPARE(doc->design().findDevice("hv01")->cluster, std::string("sqlclu")); // untouched
    // Switches: their stack.
    m_w->scene()->clearSelection();
    m_w->scene()->deviceItem("sw-csv")->setSelected(true);
    m_w->scene()->deviceItem("sw-lm")->setSelected(true);
    type("deviceStack", "tengig");
    QCOMPARE(doc->design().findDevice("sw-csv")->stack, std::string("tengig"));
    QCOMPARE(doc->design().findDevice("sw-lm")->stack, std::string("tengig"));
}

void TestBuildCluster::duplicateIsBesideWithCabling()
{
    QVERIFY(m_w->openFile(
        QStringLiteral(CLUSTERNET_TEST_DATA "/examples/dedicated-10g-csv-lm.cluster.yaml")));
    DesignDocument *doc = m_w->document();
    DiagramScene *s = m_w->scene();
    s->deviceItem("hv02")->setSelected(true);
    m_w->duplicateSelection();
    const Device *hv03 = doc->design().findDevice("hv03");
    QVERIFY(hv03);
    QCOMPARE(hv03->name, std::string("HV03"));
    QCOMPARE(hv03->teams.size(), std::size_t(1));
    QVERIFY(doc->design().findLink("hv03:lom/nic1--sw-core-1:g5"));
    QVERIFY(doc->design().findLink("hv03:slot2/p1--sw-csv:Te1/0/3"));
    QCOMPARE(doc->design().links.size(), std::size_t(27));
    // Beside the original, on nobody.
    const QRectF copy = s->deviceItem("hv03")->sceneBoundingRect();
    QCOMPARE(copy.top(), s->deviceItem("hv02")->sceneBoundingRect().top());
    QVERIFY(copy.left() > s->deviceItem("hv02")->sceneBoundingRect().right());
    for (const auto &[id, item] : s->deviceItems())
        if (id != "hv03")
            QVERIFY2(!item->sceneBoundingRect().intersects(copy), id.c_str());
    // Copy and paste: the same again, as hv04 on the next free ports.
    s->clearSelection();
    s->deviceItem("hv03")->setSelected(true);
    m_w->copySelection();
    m_w->paste();
    QVERIFY(doc->design().findDevice("hv04"));
    QVERIFY(doc->design().findLink("hv04:lom/nic1--sw-core-1:g7"));
    QCOMPARE(s->selectedDeviceIds(), std::vector<std::string>{"hv04"});
    const QRectF pasted = s->deviceItem("hv04")->sceneBoundingRect();
    for (const auto &[id, item] : s->deviceItems())
        if (id != "hv04")
            QVERIFY2(!item->sceneBoundingRect().intersects(pasted), id.c_str());
    // Undo takes the copy and its cables away in one step.
    doc->undoStack()->undo();
    QVERIFY(!doc->design().findDevice("hv04"));
    QCOMPARE(doc->design().links.size(), std::size_t(27));
}

void TestBuildCluster::linkPickers()
{
    QVERIFY(m_w->openFile(
        QStringLiteral(CLUSTERNET_TEST_DATA "/examples/dedicated-10g-csv-lm.cluster.yaml")));
    DesignDocument *doc = m_w->document();
    m_w->scene()->linkItem("oob-csv")->setSelected(true);
    PropertiesPanel *p = m_w->properties();
    auto *fromBindings = p->findChild<QCheckBox *>("linkFromBindings");
    QVERIFY(!fromBindings->isChecked());
    tick(p->findChild<QListWidget *>("linkNetworks"), "vm");
    QCOMPARE(*doc->design().findLink("oob-csv")->networks,
             (std::vector<std::string>{"mgmt", "vm"}));
    choose(p->findChild<QComboBox *>("linkSpeed"), "100M");
    QCOMPARE(doc->design().findLink("oob-csv")->speedMbps.value_or(0), 100);
    click(fromBindings);
    QVERIFY(!doc->design().findLink("oob-csv")->networks);
    doc->undoStack()->undo();
    QCOMPARE(doc->design().findLink("oob-csv")->networks->size(), std::size_t(2));
}

void TestBuildCluster::failurePanelTellsTheImpact()
{
    QVERIFY(m_w->openFile(
        QStringLiteral(CLUSTERNET_TEST_DATA "/examples/dedicated-10g-csv-lm.cluster.yaml")));
    DiagramScene *s = m_w->scene();
    FailurePanel *panel = m_w->failure();
    s->setFailureMode(true);
    s->toggleFailed("hv01:slot1/p1--sw-core-2:g1");
    // Nothing is cut, but something is lost: it says so.
    QVERIFY(!panel->summary()->text().contains("Nothing is cut"));
    QVERIFY(panel->summary()->text().contains("bandwidth"));
    s->toggleFailed("hv01:slot1/p1--sw-core-2:g1");
    s->toggleFailed("sw-core-1");
    QVERIFY(panel->summary()->text().contains("network(s) down"));
    QStringList sections;
    for (int i = 0; i < panel->list()->topLevelItemCount(); ++i)
        sections << panel->list()->topLevelItem(i)->text(0);
    QVERIFY(sections.contains("Roles lost"));
    QVERIFY(sections.contains("Networks"));
    QVERIFY(sections.contains("Bandwidth"));
    QVERIFY(sections.contains("Live migration (host drain): unchanged"));
    QCOMPARE(panel->impact().networks.front().network, std::string("mgmt"));
    s->toggleFailed("sw-core-1");
    s->toggleFailed("sw-lm");
    s->toggleFailed("sw-csv");
    for (int i = 0; i < panel->list()->topLevelItemCount(); ++i)
        sections << panel->list()->topLevelItem(i)->text(0);
    QVERIFY(sections.contains("Live migration (host drain): 2 host(s) slower"));
    s->clearFailures();
    QVERIFY(panel->summary()->text().contains("click"));
}

QTEST_MAIN(TestBuildCluster)
#include "tst_buildcluster.moc"
