// The editor, offscreen: the scene follows the model through edits, undo and redo; links are
// drawn with the mouse; panel edits are undoable; failure mode reports what a failure cuts.
#include "document/Autosave.h"
#include "document/DesignDocument.h"
#include "io/DesignSaver.h"
#include "io/SafeWrite.h"
#include "design/DesignEdits.h"
#include "canvas/DeviceItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "panels/FailurePanel.h"
#include "panels/FindingsPanel.h"
#include "canvas/LinkItem.h"
#include "window/MainWindow.h"
#include "panels/NetworksPanel.h"
#include "panels/PalettePanel.h"
#include "panels/PropertiesPanel.h"
#include "dialogs/AcceptRiskDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/TemplateDialog.h"

#include <QComboBox>
#include <QCheckBox>
#include <QLabel>
#include <QApplication>
#include <QPlainTextEdit>
#include <QTimer>
#include <QPushButton>
#include <QListWidget>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace cn;

namespace {

QString example(const char *name) { return QStringLiteral(CLUSTERNET_TEST_DATA) + "/examples/" + name + ".cluster.yaml"; }

QPoint portOnView(MainWindow &w, const std::string &device, const std::string &local)
{
    DeviceItem *item = w.scene()->deviceItem(device);
    const PortCell *cell = item->geometry().port(local);
    return w.view()->mapFromScene(item->mapToScene(cell->rect.center()));
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void examplesGiveTheRightItems_data();
    void examplesGiveTheRightItems();
    void sceneFollowsAddMoveDeleteUndoRedo();
    void movesMerge();
    void drawLinkWithTheMouse();
    void refusedLinkSaysWhy();
    void propertiesEditIsUndoable();
    void badPropertiesEditIsRefused();
    void modelPickerOffersTheDevicesKind();
    void networksPanelEdits();
    void findingSelectsItsElements();
    void failureModeListsWhatIsCut();
    void loadErrorKeepsTheOpenDesign();
    void duplicateRenamesTheHost();
    void saveMarksClean();
    void newFromTemplate();
    void rescanFindsADroppedTemplate();
    void settingsStoreTemplateFolders();
    void autosaveAndRecovery();
    void failedSettingsWriteIsReported();
    void editsKeepComments();
    void acceptRiskOnAFinding();
    void saveGivesCablesTheirIds();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Without an organization, QSettings reports every sync as failed (as the program does not).
    QCoreApplication::setOrganizationName("clusternet-test");
}

void TestEditor::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestEditor::examplesGiveTheRightItems_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("devices");
    QTest::addColumn<int>("ports");
    QTest::addColumn<int>("links");
    // Ports: host NICs plus every interface of each switch's template.
    QTest::newRow("dedicated") << example("dedicated-10g-csv-lm") << 9 << (10 + 10 + 2 * 52 + 2 * 25 + 2 * 24 + 4) << 20;
    QTest::newRow("converged") << example("converged-10g-blade") << 6 << (4 * 2 + 2 * 25) << 10;
}

void TestEditor::examplesGiveTheRightItems()
{
    QFETCH(QString, file);
    QFETCH(int, devices);
    QFETCH(int, ports);
    QFETCH(int, links);
    QVERIFY(m_window->openFile(file));
    DiagramScene *s = m_window->scene();
    QCOMPARE(int(s->deviceItems().size()), devices);
    QCOMPARE(s->portCount(), ports);
    QCOMPARE(int(s->linkItems().size()), links);
    int deviceItems = 0, linkItems = 0;
    for (QGraphicsItem *i : s->items()) {
        deviceItems += i->type() == DeviceItem::Type;
        linkItems += i->type() == LinkItem::Type;
    }
    QCOMPARE(deviceItems, devices);
    QCOMPARE(linkItems, links);
    // Positions from the file are kept.
    const Device &first = m_window->document()->design().devices.front();
    QCOMPARE(s->deviceItem(first.id)->pos(), QPointF(first.position->x, first.position->y));
}

void TestEditor::sceneFollowsAddMoveDeleteUndoRedo()
{
    QVERIFY(m_window->openFile(example("converged-10g-blade")));
    DesignDocument *doc = m_window->document();
    DiagramScene *s = m_window->scene();
    m_window->addDevice("switch", "PowerConnect 5424");
    QVERIFY(s->deviceItem("sw01"));
    QCOMPARE(int(s->deviceItems().size()), 7);

    // Move it with the mouse.
    DeviceItem *item = s->deviceItem("sw01");
    const QPoint from = m_window->view()->mapFromScene(item->mapToScene(item->geometry().header.center()));
    const QPoint to = from + QPoint(120, 60);
    QTest::mousePress(m_window->view()->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_window->view()->viewport(), from + QPoint(40, 20));
    QTest::mouseMove(m_window->view()->viewport(), to);
    QTest::mouseRelease(m_window->view()->viewport(), Qt::LeftButton, {}, to);
    const Device *moved = doc->design().findDevice("sw01");
    QVERIFY(moved && moved->position);
    QCOMPARE(QPointF(moved->position->x, moved->position->y), s->deviceItem("sw01")->pos());
    QVERIFY(s->deviceItem("sw01")->pos() != QPointF(0, 0));

    // Delete blade01: its item and its two links go.
    s->clearSelection();
    s->deviceItem("blade01")->setSelected(true);
    m_window->deleteSelection();
    QVERIFY(!s->deviceItem("blade01"));
    QCOMPARE(int(s->linkItems().size()), 8);
    QCOMPARE(int(doc->design().links.size()), 8);

    doc->undoStack()->undo(); // delete
    QVERIFY(s->deviceItem("blade01"));
    QCOMPARE(int(s->linkItems().size()), 10);
    doc->undoStack()->undo(); // move
    doc->undoStack()->undo(); // add
    QVERIFY(!s->deviceItem("sw01"));
    QCOMPARE(int(s->deviceItems().size()), 6);
    doc->undoStack()->redo();
    QVERIFY(s->deviceItem("sw01"));
    doc->undoStack()->redo();
    doc->undoStack()->redo();
    QVERIFY(!s->deviceItem("blade01"));
    QCOMPARE(int(s->deviceItems().size()), 6);
}

void TestEditor::movesMerge()
{
    QVERIFY(m_window->openFile(example("converged-10g-blade")));
    DesignDocument *doc = m_window->document();
    const int before = doc->undoStack()->count();
    for (int step = 1; step <= 3; ++step) {
        const Design d = withPositions(doc->design(), {{"sw-b1", Position{100.0 + step * 10, 300}}});
        QVERIFY(doc->apply(d, "Move sw-b1", 1, "sw-b1").isEmpty());
    }
    QCOMPARE(doc->undoStack()->count(), before + 1);
    QCOMPARE(doc->design().findDevice("sw-b1")->position->x, 130.0);
    doc->undoStack()->undo();
    QCOMPARE(doc->design().findDevice("sw-b1")->position->x, 100.0);
    QVERIFY(!doc->isModified());
}

void TestEditor::drawLinkWithTheMouse()
{
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    m_window->view()->setZoom(1.0);
    DiagramScene *s = m_window->scene();
    m_window->view()->centerOn(s->deviceItem("hv01"));
    const QPoint a = portOnView(*m_window, "hv01", "lom/nic4");
    QTest::mousePress(m_window->view()->viewport(), Qt::LeftButton, {}, a);
    m_window->view()->centerOn(s->deviceItem("hv01")); // keep both ends visible
    const QPoint b = portOnView(*m_window, "sw-core-2", "g10");
    QTest::mouseMove(m_window->view()->viewport(), (a + b) / 2);
    QTest::mouseMove(m_window->view()->viewport(), b);
    QTest::mouseRelease(m_window->view()->viewport(), Qt::LeftButton, {}, b);
    const Link *l = m_window->document()->design().findLink("hv01:lom/nic4--sw-core-2:g10");
    QVERIFY(l);
    QVERIFY(s->linkItem("hv01:lom/nic4--sw-core-2:g10"));
    QCOMPARE(int(s->linkItems().size()), 21);
    m_window->document()->undoStack()->undo();
    QVERIFY(!s->linkItem("hv01:lom/nic4--sw-core-2:g10"));
}

void TestEditor::refusedLinkSaysWhy()
{
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    m_window->view()->setZoom(1.0);
    DiagramScene *s = m_window->scene();
    m_window->view()->centerOn(s->deviceItem("hv01"));
    QSignalSpy messages(s, &DiagramScene::statusMessage);
    const QPoint a = portOnView(*m_window, "hv01", "lom/nic4");
    const QPoint b = portOnView(*m_window, "sw-core-1", "g1"); // taken by hv01:lom/nic1
    QTest::mousePress(m_window->view()->viewport(), Qt::LeftButton, {}, a);
    QTest::mouseMove(m_window->view()->viewport(), b);
    QTest::mouseRelease(m_window->view()->viewport(), Qt::LeftButton, {}, b);
    QCOMPARE(int(m_window->document()->design().links.size()), 20);
    QVERIFY(!messages.isEmpty());
    QVERIFY(messages.last().first().toString().contains("already used"));
}

void TestEditor::propertiesEditIsUndoable()
{
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    DiagramScene *s = m_window->scene();
    s->deviceItem("hv01")->setSelected(true);
    auto *name = m_window->properties()->findChild<QLineEdit *>("deviceName");
    QVERIFY(name);
    QCOMPARE(name->text(), QString("HV01"));
    name->setText("Hyper-V 01");
    emit name->editingFinished();
    QCOMPARE(m_window->document()->design().findDevice("hv01")->name, std::string("Hyper-V 01"));
    QVERIFY(m_window->document()->isModified());
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->design().findDevice("hv01")->name, std::string("HV01"));
    QCOMPARE(name->text(), QString("HV01"));

    // Renaming the id follows through the links.
    auto *id = m_window->properties()->findChild<QLineEdit *>("deviceId");
    id->setText("hv11");
    emit id->editingFinished();
    QVERIFY(m_window->document()->design().findDevice("hv11"));
    QVERIFY(m_window->document()->design().findLink("hv11:lom/nic1--sw-core-1:g1"));
    QVERIFY(s->deviceItem("hv11"));

    // Adapters table: a port added to an adapter.
    auto *adapters = m_window->properties()->findChild<QTableWidget *>("adapters");
    QVERIFY(adapters && adapters->rowCount() == 3);
    adapters->item(2, 3)->setText("p1, p2, p3:1G");
    const Adapter *slot2 = m_window->document()->design().findDevice("hv11")->findAdapter("slot2");
    QCOMPARE(slot2->ports.size(), std::size_t(3));
    QCOMPARE(slot2->ports[2].speedMbps.value(), 1000);
}

void TestEditor::modelPickerOffersTheDevicesKind()
{
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    DiagramScene *s = m_window->scene();
    auto *model = m_window->properties()->findChild<QComboBox *>("deviceModel");
    QVERIFY(model);
    const auto items = [model] {
        QStringList l;
        for (int i = 0; i < model->count(); ++i)
            l << model->itemText(i);
        return l;
    };
    s->deviceItem("sw-core-1")->setSelected(true);
    QCOMPARE(model->currentText(), QString("PowerConnect 6248"));
    QVERIFY(items().contains("PowerConnect 8024F"));
    QVERIFY(!items().contains("PowerEdge R810")); // a server is no switch model
    s->clearSelection();
    s->deviceItem("hv01")->setSelected(true);
    QCOMPARE(model->currentText(), QString("PowerEdge R810"));
    QVERIFY(!items().contains("PowerConnect 6248"));
    QCOMPARE(items().count("PowerEdge R810"), 1);
    // A model the library lacks stays shown, once, and goes when another device is chosen.
    auto *type = m_window->properties()->findChild<QComboBox *>("deviceType");
    QCOMPARE(type->currentText(), QString("host"));
    Design d = m_window->document()->design();
    d.findDevice("hv02")->model = "Custom Box 9000";
    QCOMPARE(m_window->document()->apply(d, "test"), QString());
    s->clearSelection();
    s->deviceItem("hv02")->setSelected(true);
    QCOMPARE(model->currentText(), QString("Custom Box 9000"));
    QCOMPARE(items().count("Custom Box 9000"), 1);
    s->clearSelection();
    s->deviceItem("hv01")->setSelected(true);
    QVERIFY(!items().contains("Custom Box 9000"));
}

void TestEditor::badPropertiesEditIsRefused()
{
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    m_window->scene()->deviceItem("hv01")->setSelected(true);
    const int commands = m_window->document()->undoStack()->count();
    auto *adapters = m_window->properties()->findChild<QTableWidget *>("adapters");
    // Removing port nic1 would leave its link and binding dangling.
    adapters->item(0, 3)->setText("nic2, nic3, nic4");
    QCOMPARE(m_window->document()->undoStack()->count(), commands);
    QCOMPARE(m_window->document()->design().findDevice("hv01")->adapters[0].ports.size(), std::size_t(4));
    auto *error = m_window->properties()->findChild<QLabel *>("propertiesError");
    QVERIFY(error->isVisibleTo(m_window.get()));
    QVERIFY(error->text().contains("nic1"));
}

void TestEditor::networksPanelEdits()
{
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    NetworksPanel *panel = m_window->networks();
    QTableWidget *t = panel->table();
    QCOMPARE(t->rowCount(), 6);
    t->selectRow(1); // vm
    QCOMPARE(panel->current(), std::string("vm"));
    auto *vlan = panel->findChild<QLineEdit *>("networkVlan");
    auto *problem = panel->findChild<QLabel *>("networkVlanProblem");
    QCOMPARE(vlan->text(), QString("100"));
    vlan->setText("200");
    emit vlan->editingFinished();
    QCOMPARE(m_window->document()->design().networks[1].vlan.value(), 200);
    // A bad VLAN says why in place, keeps what was typed, and changes nothing.
    const int height = problem->height();
    vlan->setFocus();
    vlan->selectAll();
    QTest::keyClicks(vlan, "5000");
    QVERIFY(problem->text().contains("4094"));
    QCOMPARE(problem->height(), height);
    emit vlan->editingFinished();
    QCOMPARE(m_window->document()->design().networks[1].vlan.value(), 200);
    QCOMPARE(vlan->text(), QString("5000"));
    QTest::keyClicks(vlan, "\b\b\b");
    QVERIFY(problem->text().isEmpty());
    emit vlan->editingFinished();
    QCOMPARE(m_window->document()->design().networks[1].vlan.value(), 5);
    auto *subnet = panel->findChild<QLineEdit *>("networkSubnet");
    subnet->setFocus();
    QTest::keyClicks(subnet, "10.1.0.0");
    QVERIFY(panel->findChild<QLabel *>("networkSubnetProblem")->text().contains("prefix"));
    QTest::keyClicks(subnet, "/16");
    QVERIFY(panel->findChild<QLabel *>("networkSubnetProblem")->text().isEmpty());
    emit subnet->editingFinished();
    QCOMPARE(m_window->document()->design().networks[1].subnet, std::string("10.1.0.0/16"));

    // A new network has no role until one is chosen, and is not in the design until then.
    panel->addNetwork();
    QCOMPARE(int(m_window->document()->design().networks.size()), 6);
    QVERIFY(!panel->findChild<QLabel *>("roleHint")->text().isEmpty());
    auto *backup = panel->findChild<QCheckBox *>("role-backup");
    QVERIFY(backup && !backup->isChecked());
    QTest::mouseClick(backup, Qt::LeftButton, {}, QPoint(8, backup->height() / 2));
    QCOMPARE(int(m_window->document()->design().networks.size()), 7);
    const Network &added = m_window->document()->design().networks.back();
    QCOMPARE(added.id, std::string("backup"));
    QVERIFY(added.roles == std::vector<Role>{Role::Backup});
    QCOMPARE(panel->current(), std::string("backup"));
    // Roles are ticked on and off; the last one stays.
    QTest::mouseClick(panel->findChild<QCheckBox *>("role-management"), Qt::LeftButton, {}, QPoint(8, 8));
    QCOMPARE(m_window->document()->design().networks.back().roles.size(), std::size_t(2));
    QTest::mouseClick(panel->findChild<QCheckBox *>("role-management"), Qt::LeftButton, {}, QPoint(8, 8));
    QTest::mouseClick(backup, Qt::LeftButton, {}, QPoint(8, backup->height() / 2));
    QVERIFY(backup->isChecked());
    QVERIFY(m_window->document()->design().networks.back().roles == std::vector<Role>{Role::Backup});
    auto *undo = m_window->document()->undoStack();
    undo->undo();
    undo->undo();
    undo->undo();
    QCOMPARE(int(m_window->document()->design().networks.size()), 6);
    undo->undo();
    undo->undo();
    QCOMPARE(m_window->document()->design().networks[1].vlan.value(), 200);
    undo->undo();
    QCOMPARE(m_window->document()->design().networks[1].vlan.value(), 100);
}

void TestEditor::findingSelectsItsElements()
{
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    m_window->document()->waitForFindings(); // validation runs off the GUI thread
    QTreeWidget *list = m_window->findings()->list();
    QCOMPARE(list->topLevelItemCount(), 5);
    QTreeWidgetItem *sw = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(2) == "sw-core-1")
            sw = list->topLevelItem(i);
    QVERIFY(sw);
    emit list->itemActivated(sw, 0);
    const auto selected = m_window->scene()->selectedDeviceIds();
    QCOMPARE(selected, std::vector<std::string>{"sw-core-1"});
}

void TestEditor::failureModeListsWhatIsCut()
{
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    DiagramScene *s = m_window->scene();
    s->setFailureMode(true);
    // Click the switch's header in failure mode.
    m_window->view()->setZoom(1.0);
    m_window->view()->centerOn(s->deviceItem("sw-csv"));
    DeviceItem *sw = s->deviceItem("sw-csv");
    QTest::mouseClick(m_window->view()->viewport(), Qt::LeftButton, {},
                      m_window->view()->mapFromScene(sw->mapToScene(sw->geometry().header.center())));
    QCOMPARE(s->failureReport().failed, std::vector<std::string>{"sw-csv"});
    QVERIFY(s->failureReport().lostPairs.empty()); // CSV fails over to live migration
    s->toggleFailed("sw-lm");
    QVERIFY(s->failureReport().lostPairs.empty()); // and both to management
    s->toggleFailed("sw-core-1");
    QCOMPARE(s->failureReport().lostPairs.size(), std::size_t(2)); // management, cluster communication
    QVERIFY(s->failureReport().lostRoles[0].contains("management"));
    auto *list = m_window->findChild<FailurePanel *>()->list();
    QTreeWidgetItem *pairs = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(0) == "Pairs cut")
            pairs = list->topLevelItem(i);
    QVERIFY(pairs);
    QCOMPARE(pairs->childCount(), 2);
    s->clearFailures();
    QVERIFY(s->failureReport().failed.empty());
}

void TestEditor::loadErrorKeepsTheOpenDesign()
{
    QVERIFY(m_window->openFile(example("converged-10g-blade")));
    DesignDocument *doc = m_window->document();
    const std::string title = doc->design().title.title;
    QString error;
    const QString bad = QStringLiteral(CLUSTERNET_TEST_DATA) + "/bad/vlan-out-of-range.cluster.yaml";
    QVERIFY(!doc->load(bad, &error));
    QCOMPARE(error, bad + ":6:43: error: VLAN must be an integer from 1 to 4094, not '5000'");
    QCOMPARE(doc->design().title.title, title);
    QCOMPARE(doc->filePath(), example("converged-10g-blade"));
}

void TestEditor::duplicateRenamesTheHost()
{
    QVERIFY(m_window->openFile(example("converged-10g-blade")));
    DiagramScene *s = m_window->scene();
    s->deviceItem("blade04")->setSelected(true);
    m_window->duplicateSelection();
    const Device *copy = m_window->document()->design().findDevice("blade05");
    QVERIFY(copy);
    QCOMPARE(copy->adapters.size(), std::size_t(1));
    QCOMPARE(copy->cluster, std::string("bladeclu"));
    QVERIFY(s->deviceItem("blade05"));
    QCOMPARE(s->selectedDeviceIds(), std::vector<std::string>{"blade05"});
    // Copy and paste a switch pair with the stacking links between them.
    s->clearSelection();
    s->deviceItem("sw-b1")->setSelected(true);
    s->deviceItem("sw-b2")->setSelected(true);
    m_window->copySelection();
    m_window->paste();
    QVERIFY(m_window->document()->design().findDevice("sw-b3"));
    QVERIFY(m_window->document()->design().findDevice("sw-b4"));
    int stacking = 0;
    for (const Link &l : m_window->document()->design().links)
        stacking += l.kind == LinkKind::Stacking && l.a.rfind("sw-b3:", 0) == 0 && l.b.rfind("sw-b4:", 0) == 0;
    QCOMPARE(stacking, 2);
}

void TestEditor::saveMarksClean()
{
    QVERIFY(m_window->openFile(example("converged-10g-blade")));
    m_window->addDevice("host", QString());
    QVERIFY(m_window->document()->isModified());
    QVERIFY(m_window->windowTitle().contains("converged-10g-blade.cluster.yaml"));
    QVERIFY(m_window->isWindowModified());
    QTemporaryDir dir;
    QVERIFY(m_window->saveFile(dir.filePath("out.cluster.yaml")));
    QVERIFY(!m_window->document()->isModified());
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().startsWith("out.cluster.yaml"));
    DesignDocument other;
    QString error;
    QVERIFY2(other.load(dir.filePath("out.cluster.yaml"), &error), qPrintable(error));
    QVERIFY(other.design().findDevice("hv01"));
}

void TestEditor::newFromTemplate()
{
    TemplateDialog dialog(m_window->document()->templates());
    QListWidget *list = dialog.list();
    QVERIFY(list->count() >= 4);
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        ids << list->item(i)->data(Qt::UserRole).toString();
        QVERIFY(!list->item(i)->icon().isNull()); // a rendered thumbnail
        QVERIFY(list->item(i)->text().contains("built into clusternet"));
    }
    QVERIFY(ids.contains("stacked-lacp"));
    QVERIFY(m_window->createFromTemplate("stacked-lacp"));
    DesignDocument *doc = m_window->document();
    QVERIFY(doc->filePath().isEmpty());
    QVERIFY(!doc->design().templateHeader.has_value());
    QCOMPARE(int(m_window->scene()->deviceItems().size()), 8); // 4 hosts, 3 switches, a router
    QVERIFY(doc->findings().empty());
}

void TestEditor::rescanFindsADroppedTemplate()
{
    QTemporaryDir shared;
    qputenv("CLUSTERNET_TEMPLATE_PATH", shared.path().toUtf8());
    m_window->rescanTemplates();
    auto *palette = m_window->findChild<PalettePanel *>();
    QVERIFY(palette->itemsOf("Nexus 5548").isEmpty());
    QDir().mkpath(shared.filePath("devices"));
    QFile f(shared.filePath("devices/nexus.yaml"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("manufacturer: Cisco\nmodel: Nexus 5548\nslug: cisco-nexus-5548\ninterfaces:\n");
    for (int i = 1; i <= 32; ++i)
        f.write(QString("  - {name: Eth1/%1, type: 10gbase-x-sfpp}\n").arg(i).toUtf8());
    f.close();
    m_window->rescanTemplates();
    QCOMPARE(palette->itemsOf("Nexus 5548").size(), 1);
    m_window->addDevice("switch", "Nexus 5548");
    QVERIFY(m_window->document()->design().findDevice("sw01"));
    QCOMPARE(int(m_window->scene()->deviceItem("sw01")->geometry().ports.size()), 32);
    qunsetenv("CLUSTERNET_TEMPLATE_PATH");
}

void TestEditor::settingsStoreTemplateFolders()
{
    QTemporaryDir shared;
    QDir().mkpath(shared.filePath("designs"));
    QFile f(shared.filePath("designs/team.cluster.yaml"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("format: clusternet/1\ntemplate: {id: team-standard, title: Our standard, description: The team's own}\n"
            "design: {title: Team standard}\n");
    f.close();
    {
        SettingsDialog dialog;
        dialog.folderList()->addItem(shared.path());
        dialog.store();
    }
    QCOMPARE(TemplateLibrary::settingsFolders(), std::vector<std::string>{shared.path().toStdString()});
    m_window->rescanTemplates();
    QVERIFY(m_window->document()->templates().findDesign("team-standard"));
    SettingsDialog again;
    QCOMPARE(again.folders(), QStringList{shared.path()});
    TemplateLibrary::setSettingsFolders({});
}

void TestEditor::autosaveAndRecovery()
{
    for (const RecoveryCopy &c : leftCopies())
        removeCopy(c.path);
    QTemporaryDir dir;
    const QString file = dir.filePath("work.cluster.yaml");
    QVERIFY(QFile::copy(example("converged-10g-blade"), file));
    QVERIFY(m_window->openFile(file));
    m_window->autosaveNow();
    QVERIFY(m_window->autosavePath().isEmpty()); // nothing unsaved, nothing kept
    m_window->addDevice("host", QString());
    m_window->autosaveNow();
    const QString copyPath = m_window->autosavePath();
    QVERIFY(QFileInfo::exists(copyPath));
    QCOMPARE(autosaveOrigin(copyPath), QFileInfo(file).absoluteFilePath());
    QVERIFY(leftCopiesOf(file).isEmpty()); // this running window holds it: not offered

    // The copy is a design: another document recovers it, unsaved, under the original name.
    DesignDocument recovered;
    std::string text;
    QString error;
    QVERIFY(readRecoveryCopy(copyPath, text, &error));
    QVERIFY2(recovered.recover(text, autosaveOrigin(copyPath), &error), qPrintable(error));
    QVERIFY(recovered.design().findDevice("hv01"));
    QVERIFY(recovered.isModified());
    QCOMPARE(recovered.filePath(), QFileInfo(file).absoluteFilePath());
    // The origin line is no comment of the design.
    QVERIFY(!QString::fromStdString(saveDesignToString(recovered.design())).contains("autosave"));

    // Saving puts the copy away.
    QVERIFY(m_window->saveFile(file));
    QVERIFY(!QFileInfo::exists(copyPath));
    QVERIFY(m_window->autosavePath().isEmpty());
}

void TestEditor::failedSettingsWriteIsReported()
{
    SettingsDialog dialog;
    QString error;
    dialog.store(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const WriteFaultHook previous = setWriteFaultHook([](WriteStage s, const std::string &) { return s == WriteStage::Settings; });
    dialog.store(&error);
    setWriteFaultHook(previous);
    QVERIFY(error.contains("cannot save the settings"));
    QVERIFY(error.contains("the previous settings are kept"));
}

void TestEditor::editsKeepComments()
{
    // A hand-written, commented design edited in the editor and saved: the comments stay
    // with their elements and keys.
    QTemporaryDir dir;
    const QString file = dir.filePath("commented.cluster.yaml");
    QVERIFY(QFile::copy(QStringLiteral(CLUSTERNET_TEST_DATA) + "/comments/commented.cluster.yaml", file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(m_window->openFile(file));
    m_window->scene()->deviceItem("hv01")->setSelected(true);
    auto *id = m_window->properties()->findChild<QLineEdit *>("deviceId");
    id->setText("hv11");
    emit id->editingFinished();
    auto *adapters = m_window->properties()->findChild<QTableWidget *>("adapters");
    adapters->item(0, 3)->setText("nic1, nic2, nic3");
    QVERIFY(m_window->document()->design().findDevice("hv11")->findAdapter("lom")->findPort("nic3"));
    QVERIFY(m_window->saveFile(file));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.contains("  # The first host.\n  - id: hv11  # rack A\n"), qPrintable(text));
    QVERIFY(text.contains("      # On-board ports.\n      - {id: lom, speed: 1G, ports: [nic1, nic2, nic3]}\n"));
    QVERIFY(text.contains("    # end of hv01\n"));
    QVERIFY(text.startsWith("# Cluster network for the SQL estate.\n"));
    QCOMPARE(text.count('#'), 23); // every one of the file's
}

void TestEditor::acceptRiskOnAFinding()
{
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    // Validation runs off the GUI thread: each step waits for its findings.
    auto settle = [&] { m_window->document()->waitForFindings(); };
    settle();
    FindingsPanel *panel = m_window->findings();
    QTreeWidget *list = panel->list();
    auto itemOf = [&](const QString &elements) -> QTreeWidgetItem * {
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(2) == elements)
                return list->topLevelItem(i);
        return nullptr;
    };
    QVERIFY(itemOf("sw-core-1"));
    list->setCurrentItem(itemOf("sw-core-1"));
    QVERIFY(panel->acceptAction()->isEnabled());
    QVERIFY(!panel->withdrawAction()->isEnabled());
    // The dialog wants a reason and a name before it accepts.
    bool refusedWithoutReason = false, offeredWithReason = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AcceptRiskDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->nameEdit()->setText("N. Engineer");
        dialog->reasonEdit()->clear();
        refusedWithoutReason = !dialog->acceptButton()->isEnabled();
        dialog->reasonEdit()->setPlainText("The core stack is replaced next year.");
        offeredWithReason = dialog->acceptButton()->isEnabled();
        dialog->acceptButton()->click();
    });
    panel->acceptAction()->trigger();
    settle();
    QVERIFY(refusedWithoutReason);
    QVERIFY(offeredWithReason);
    const Design &d = m_window->document()->design();
    QCOMPARE(int(d.acceptedRisks.size()), 1);
    QCOMPARE(d.acceptedRisks[0].rule, std::string("spof"));
    QCOMPARE(d.acceptedRisks[0].elements, std::vector<std::string>{"sw-core-1"});
    QCOMPARE(d.acceptedRisks[0].by, std::string("N. Engineer"));
    QCOMPARE(d.acceptedRisks[0].reason, std::string("The core stack is replaced next year."));
    // Still listed, marked accepted, and counted.
    QCOMPARE(list->topLevelItemCount(), 5);
    QVERIFY(itemOf("sw-core-1")->text(0).contains("accepted"));
    QVERIFY(itemOf("sw-core-1")->text(1).contains("Accepted by N. Engineer: The core stack is replaced next year."));
    auto *counts = m_window->findChild<QLabel *>("findingCounts");
    QVERIFY(counts && counts->text().contains("(1 accepted)"));
    // Undoable like any edit.
    m_window->document()->undoStack()->undo();
    settle();
    QVERIFY(m_window->document()->design().acceptedRisks.empty());
    QVERIFY(!itemOf("sw-core-1")->text(0).contains("accepted"));
    m_window->document()->undoStack()->redo();
    settle();
    QCOMPARE(int(m_window->document()->design().acceptedRisks.size()), 1);
    // Withdrawn again.
    list->setCurrentItem(itemOf("sw-core-1"));
    QVERIFY(!panel->acceptAction()->isEnabled());
    QVERIFY(panel->withdrawAction()->isEnabled());
    panel->withdrawAction()->trigger();
    QVERIFY(m_window->document()->design().acceptedRisks.empty());
}

void TestEditor::saveGivesCablesTheirIds()
{
    // The example's links have no ids: findings name them A--B until the first save, which
    // writes cable ids into the file and gives them to the open design too.
    QVERIFY(m_window->openFile(example("dedicated-10g-csv-lm")));
    DesignDocument *doc = m_window->document();
    doc->waitForFindings(); // validation runs off the GUI thread
    auto names = [&] {
        QStringList out;
        for (const Finding &f : doc->findings())
            out << QString::fromStdString(f.elements.at(0));
        return out;
    };
    QVERIFY(names().contains("hv01:lom/nic1--sw-core-1:g1"));
    QTemporaryDir dir;
    QVERIFY(m_window->saveFile(dir.filePath("saved.cluster.yaml")));
    QVERIFY(!doc->isModified());
    doc->waitForFindings();
    QCOMPARE(doc->design().links.front().id, std::string("C001"));
    QVERIFY(names().contains("C001"));
    QVERIFY(m_window->scene()->linkItem("C001"));
    DesignDocument again;
    QString error;
    QVERIFY2(again.load(dir.filePath("saved.cluster.yaml"), &error), qPrintable(error));
    QCOMPARE(again.design().links.front().id, std::string("C001"));
    QCOMPARE(again.design().links[15].id, std::string("C016"));
    QCOMPARE(again.design().links[16].id, std::string("stack-1"));
}

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
