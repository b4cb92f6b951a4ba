// Design ▸ Switch Configuration…: the read-only pane shows what clusternet config writes (the
// golden files), copies and saves it, follows edits of the design and says what it left out.
#include "canvas/DeviceItem.h"
#include "canvas/DiagramScene.h"
#include "dialogs/SwitchConfigDialog.h"
#include "document/DesignDocument.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace cn;

namespace
{

QString golden(const QString &path)
{
    QFile f(QStringLiteral(CLUSTERNET_TEST_DATA) + "/handover/config/" + path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

QString templatePath(const QString &name)
{
    return QStringLiteral(CLUSTERNET_SOURCE_DIR) + "/templates/designs/" + name + ".cluster.yaml";
}

} // namespace

class TestSwitchConfigDialog : public QObject
{
    Q_OBJECT
private slots:
    void showsCopiesAndSaves();
    void followsTheDesign();
    void saysWhatItLeftOut();
    void openedFromTheDesignMenu();
};

void TestSwitchConfigDialog::showsCopiesAndSaves()
{
    DesignDocument doc;
    QString error;
    QVERIFY2(doc.load(templatePath("stacked-lacp"), &error), qPrintable(error));
    SwitchConfigDialog dialog(&doc, "sw-b");
    QCOMPARE(dialog.switchBox()->count(), 2);
    QCOMPARE(dialog.currentFileName(), QString("stack10.cfg"));
    QCOMPARE(dialog.currentText(), golden("stacked-lacp/stack10.cfg"));
    QVERIFY(dialog.textView()->isReadOnly());
    QVERIFY(dialog.problemsLabel()->text().isEmpty());

    dialog.copyToClipboard();
    QCOMPARE(QApplication::clipboard()->text(), golden("stacked-lacp/stack10.cfg"));

    QVERIFY(dialog.selectSwitch("sw-mgmt"));
    QCOMPARE(dialog.currentText(), golden("stacked-lacp/sw-mgmt.cfg"));
    QVERIFY(!dialog.selectSwitch("hv01"));
    QCOMPARE(dialog.currentFileName(), QString("sw-mgmt.cfg"));

    QTemporaryDir dir;
    const QString path = dir.filePath("sw-mgmt.cfg");
    QVERIFY2(dialog.saveTo(path, &error), qPrintable(error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), golden("stacked-lacp/sw-mgmt.cfg"));
    // A folder that does not exist: nothing written, the reason given.
    QVERIFY(!dialog.saveTo(dir.filePath("missing/sw-mgmt.cfg"), &error));
    QVERIFY(!error.isEmpty());
}

void TestSwitchConfigDialog::followsTheDesign()
{
    DesignDocument doc;
    QString error;
    QVERIFY2(doc.load(templatePath("dedicated-10g-csv-lm"), &error), qPrintable(error));
    SwitchConfigDialog dialog(&doc, "sw-csv");
    QVERIFY(dialog.currentText().contains("vlan 20\nname \"CSV Heartbeat\""));
    Design next = doc.design();
    for (Network &n : next.networks)
        if (n.id == "csv")
            n.vlan = 220;
    QVERIFY(doc.apply(next, "vlan").isEmpty());
    // Still the same switch, now with the new VLAN.
    QCOMPARE(dialog.currentFileName(), QString("sw-csv.cfg"));
    QVERIFY(dialog.currentText().contains("vlan 220\nname \"CSV Heartbeat\""));
    QVERIFY(dialog.currentText().contains("switchport access vlan 220\n"));
    doc.undoStack()->undo();
    QCOMPARE(dialog.currentText(), golden("dedicated-10g-csv-lm/sw-csv.cfg"));
}

void TestSwitchConfigDialog::saysWhatItLeftOut()
{
    DesignDocument doc;
    QString error;
    QVERIFY2(
        doc.load(QStringLiteral(CLUSTERNET_TEST_DATA) + "/handover/edge/edge.cluster.yaml", &error),
        qPrintable(error));
    SwitchConfigDialog dialog(&doc, "sw-2");
    QCOMPARE(dialog.currentText(), golden("edge/sw-2.cfg"));
    QVERIFY(dialog.problemsLabel()->text().contains("hv01:t1 (lacp)"));
    QVERIFY(dialog.problemsLabel()->text().contains("VLAN 4094"));
    // The vendor-neutral plan: Markdown in the pane, CSV when saved as .csv.
    QVERIFY(dialog.selectSwitch("sw-3"));
    QCOMPARE(dialog.currentText(), golden("edge/sw-3.md"));
    QTemporaryDir dir;
    QVERIFY(dialog.saveTo(dir.filePath("plan.csv"), &error));
    QFile csv(dir.filePath("plan.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(csv.readAll()), golden("edge/sw-3.csv"));
}

void TestSwitchConfigDialog::openedFromTheDesignMenu()
{
    MainWindow w;
    QVERIFY(w.openFile(templatePath("baseline-1g")));
    QAction *open = nullptr;
    for (QAction *menu : w.menuBar()->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (a->text() == SwitchConfigDialog::tr("Switch &Configuration…"))
                    open = a;
    QVERIFY(open);
    // With a switch selected, its configuration opens.
    w.scene()->deviceItem("sw-iscsi-b")->setSelected(true);
    open->trigger();
    auto *dialog = w.findChild<SwitchConfigDialog *>("switchConfigDialog");
    QVERIFY(dialog);
    QCOMPARE(dialog->currentText(), golden("baseline-1g/sw-iscsi-b.cfg"));
    dialog->close();
}

QTEST_MAIN(TestSwitchConfigDialog)
#include "tst_switch_config_dialog.moc"
