// Recovery that cannot lose work: an editor session killed with unsaved changes leaves a copy
// that is offered when its file is opened or the editor starts, is never overwritten before
// the user chose, and warns when recovering it crashed the editor before. The killed sessions
// are real processes: this test program run in a child mode, killed with SIGKILL.
#include "design/DesignEdits.h"
#include "document/Autosave.h"
#include "document/DesignDocument.h"
#include "io/SafeWrite.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <csignal>
#include <cstdio>

using namespace cn;

namespace
{

QString example(const char *name)
{
    return QStringLiteral(CLUSTERNET_TEST_DATA) + "/examples/" + name + ".cluster.yaml";
}

// Child mode: open `file` (or a new design), add a host named `host`, autosave, report the
// copy's path and wait to be killed.
int childSession(const QString &file, const QString &host)
{
    DesignDocument doc;
    QString error;
    if (!file.isEmpty() && !doc.load(file, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Device dev = makeDevice(doc.design(), DeviceType::Host, {});
    dev.id = host.toStdString();
    doc.apply(withDevice(doc.design(), dev), "add");
    Autosaver saver;
    if (!saver.write(doc.design(), doc.filePath(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s\n", qPrintable(saver.copyPath()));
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

// Runs a child session and kills it (-9) once its copy is written. Returns the copy.
QString killedSession(const QString &file, const QString &host)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {"--child-session", file, host});
    if (!child.waitForReadyRead(60000))
        return {};
    const QString copy = QString::fromUtf8(child.readLine()).trimmed();
    ::kill(pid_t(child.processId()), SIGKILL);
    child.waitForFinished(60000);
    return copy;
}

// Answers every recovery offer with the button named `button`, noting what each offered.
class Answerer : public QObject
{
public:
    explicit Answerer(const QString &button) : m_button(button)
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != "recoveryOffer")
                return;
            texts << box->text();
            defaults << (box->defaultButton() ? box->defaultButton()->objectName() : QString());
            box->findChild<QPushButton *>(m_button)->click();
        });
        m_timer.start(20);
    }
    QStringList texts;
    QStringList defaults;

private:
    QString m_button;
    QTimer m_timer;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void offeredWhenTheFileIsOpened();
    void offeredAtStartWithoutAFile();
    void keptUntilTheUserChose();
    void discardRemovesTheCopy();
    void crashedRecoveryDefaultsToOpenWithout();
    void everyKilledSessionIsOffered();
    void failedAutosaveSaysSo();
    void failedSaveKeepsTheFileAndTheChanges();
};

void TestRecovery::initTestCase()
{
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation).startsWith(QDir::tempPath()));
    // Without an organization, QSettings reports every sync as failed (as the program does not).
    QCoreApplication::setOrganizationName("clusternet-test");
}

void TestRecovery::init()
{
    for (const RecoveryCopy &c : leftCopies())
        removeCopy(c.path);
}

void TestRecovery::offeredWhenTheFileIsOpened()
{
    // The usual way back after a crash: the file from the recent list or a double-click.
    QTemporaryDir dir;
    const QString file = dir.filePath("work.cluster.yaml");
    QVERIFY(QFile::copy(example("converged-10g-blade"), file));
    const QString copy = killedSession(file, "hv-lost");
    QVERIFY(QFileInfo::exists(copy));

    MainWindow window;
    window.show();
    Answerer answer("recoverButton");
    QVERIFY(window.openFile(file));
    QCOMPARE(answer.texts.size(), 1);
    QVERIFY(answer.texts.first().contains(QFileInfo(file).absoluteFilePath()));
    QCOMPARE(answer.defaults.first(), QString("recoverButton"));
    QVERIFY(window.document()->design().findDevice("hv-lost"));
    QVERIFY(window.document()->isModified());
    QCOMPARE(QFileInfo(window.document()->filePath()).absoluteFilePath(),
             QFileInfo(file).absoluteFilePath());
    // The window took the copy over: its autosaves go there, and no one else offers it.
    QCOMPARE(window.autosavePath(), copy);
    QVERIFY(leftCopies().isEmpty());
    window.autosaveNow();
    QVERIFY(readAll(copy).contains("hv-lost"));
    // Saving keeps the work and puts the copy away.
    QVERIFY(window.saveFile(file));
    QVERIFY(readAll(file).contains("hv-lost"));
    QVERIFY(!QFileInfo::exists(copy));
}

void TestRecovery::offeredAtStartWithoutAFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("work.cluster.yaml");
    QVERIFY(QFile::copy(example("converged-10g-blade"), file));
    QVERIFY(!killedSession(file, "hv-a").isEmpty());
    MainWindow window;
    window.show();
    {
        Answerer answer("recoverButton");
        window.offerRecovery();
        QCOMPARE(answer.texts.size(), 1);
    }
    QVERIFY(window.document()->design().findDevice("hv-a"));
    QCOMPARE(QFileInfo(window.document()->filePath()).absoluteFilePath(),
             QFileInfo(file).absoluteFilePath());

    // An untitled design too.
    QVERIFY(!killedSession(QString(), "hv-untitled").isEmpty());
    MainWindow second;
    Answerer again("recoverButton");
    second.offerRecovery();
    QCOMPARE(again.texts.size(), 1);
    QVERIFY(again.texts.first().contains("an unsaved design"));
    QVERIFY(second.document()->design().findDevice("hv-untitled"));
    QVERIFY(second.document()->filePath().isEmpty());
    QVERIFY(second.document()->isModified());
}

void TestRecovery::keptUntilTheUserChose()
{
    // Opened without recovery, the file is edited and autosaved: the old copy stays as it
    // was, and is offered again next time.
    QTemporaryDir dir;
    const QString file = dir.filePath("work.cluster.yaml");
    QVERIFY(QFile::copy(example("converged-10g-blade"), file));
    const QString copy = killedSession(file, "hv-kept");
    const QByteArray kept = readAll(copy);
    {
        MainWindow window;
        Answerer answer("skipButton");
        QVERIFY(window.openFile(file));
        QCOMPARE(answer.texts.size(), 1);
        QVERIFY(!window.document()->design().findDevice("hv-kept"));
        window.addDevice("host", QString());
        window.autosaveNow();
        QVERIFY(!window.autosavePath().isEmpty());
        QVERIFY(window.autosavePath() != copy);
        QCOMPARE(readAll(copy), kept);
        QVERIFY(window.saveFile(file)); // a save of the file puts away this window's copy only
        QCOMPARE(readAll(copy), kept);
    }
    QCOMPARE(leftCopiesOf(file).size(), 1);
    QCOMPARE(leftCopiesOf(file).first().path, copy);
}

void TestRecovery::discardRemovesTheCopy()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("work.cluster.yaml");
    QVERIFY(QFile::copy(example("converged-10g-blade"), file));
    const QString copy = killedSession(file, "hv-gone");
    MainWindow window;
    Answerer answer("discardButton");
    QVERIFY(window.openFile(file));
    QCOMPARE(answer.texts.size(), 1);
    QVERIFY(!window.document()->design().findDevice("hv-gone"));
    QVERIFY(!QFileInfo::exists(copy));
    QVERIFY(leftCopies().isEmpty());
}

void TestRecovery::crashedRecoveryDefaultsToOpenWithout()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("work.cluster.yaml");
    QVERIFY(QFile::copy(example("converged-10g-blade"), file));
    const QString copy = killedSession(file, "hv-loop");
    // While a recovery is under way, a note says so; the editor dying then leaves it behind.
    {
        MainWindow window;
        QVERIFY(window.recoverCopy(copy));
        QVERIFY(QFileInfo::exists(copy + ".recovering"));
        // Once the window has lived with the design a while, the recovery counts as done.
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(copy + ".recovering"), 10000);
    }
    // As if it had crashed: the copy is left (the window above kept it: it was not closed)
    // with the note.
    markRecovering(copy);
    const QList<RecoveryCopy> left = leftCopiesOf(file);
    QCOMPARE(left.size(), 1);
    QVERIFY(left.first().crashedBefore);
    MainWindow window;
    Answerer answer("skipButton");
    QVERIFY(window.openFile(file));
    QCOMPARE(answer.defaults, QStringList{"skipButton"});
    QVERIFY(answer.texts.first().contains("stopped while recovering"));
    QVERIFY(!window.document()->design().findDevice("hv-loop"));
    QVERIFY(QFileInfo::exists(copy)); // still there for later
}

void TestRecovery::everyKilledSessionIsOffered()
{
    QTemporaryDir dir;
    const QString a = dir.filePath("a.cluster.yaml");
    const QString b = dir.filePath("b.cluster.yaml");
    QVERIFY(QFile::copy(example("converged-10g-blade"), a));
    QVERIFY(QFile::copy(example("dedicated-10g-csv-lm"), b));
    const QString copyA = killedSession(a, "hv-a");
    const QString copyB = killedSession(b, "hv-b");
    const QString copyA2 = killedSession(a, "hv-a2"); // a second window on the same file
    QCOMPARE(QSet<QString>({copyA, copyB, copyA2}).size(), 3);
    MainWindow window;
    {
        Answerer answer("skipButton");
        window.offerRecovery();
        QCOMPARE(answer.texts.size(), 3);
        QCOMPARE(answer.texts.filter(QFileInfo(a).absoluteFilePath()).size(), 2);
        QCOMPARE(answer.texts.filter(QFileInfo(b).absoluteFilePath()).size(), 1);
    }
    QCOMPARE(leftCopies().size(), 3);
    // Opening a offers both of its copies, and b's is not among them.
    Answerer onOpen("skipButton");
    QVERIFY(window.openFile(a));
    QCOMPARE(onOpen.texts.size(), 2);
}

void TestRecovery::failedAutosaveSaysSo()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("work.cluster.yaml");
    QVERIFY(QFile::copy(example("converged-10g-blade"), file));
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(file));
    window.addDevice("host", QString());
    window.autosaveNow();
    const QString copy = window.autosavePath();
    const QByteArray before = readAll(copy);
    QVERIFY(!before.isEmpty());
    window.addDevice("host", QString());
    const WriteFaultHook previous =
        setWriteFaultHook([](WriteStage s, const std::string &) { return s == WriteStage::Flush; });
    window.autosaveNow();
    setWriteFaultHook(previous);
    QCOMPARE(readAll(copy), before); // the last good copy stays
    auto *box = window.findChild<QMessageBox *>("autosaveFailed");
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains("No space left on device"));
}

void TestRecovery::failedSaveKeepsTheFileAndTheChanges()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("work.cluster.yaml");
    QVERIFY(QFile::copy(example("converged-10g-blade"), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(file);
    MainWindow window;
    QVERIFY(window.openFile(file));
    window.addDevice("host", QString());
    const WriteFaultHook previous = setWriteFaultHook(
        [](WriteStage s, const std::string &) { return s == WriteStage::Commit; });
    QString shown;
    QTimer::singleShot(0, [&] {
        QTimer::singleShot(50, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
    });
    QVERIFY(!window.saveFile(file));
    setWriteFaultHook(previous);
    QVERIFY(shown.contains("the file is unchanged"));
    QCOMPARE(readAll(file), before);
    QVERIFY(window.document()->isModified());
}

int main(int argc, char **argv)
{
    if (argc == 4 && QByteArray(argv[1]) == "--child-session") {
        QApplication app(argc, argv);
        return childSession(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    // A data and settings folder of its own, which the killed sessions share: the copies of
    // the user (or of other tests running at the same time) are never touched.
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath("data")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath("config")));
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
