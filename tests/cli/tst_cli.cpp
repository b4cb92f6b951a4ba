// The command line as a user runs it: exit codes, messages on standard error, JSON shapes.
#include "RunProgram.h"

#include "../common/SmallTmpfs.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

namespace {

QString dataDir() { return QStringLiteral(CLUSTERNET_TEST_DATA); }

Run run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return runProgram(QStringLiteral(CLUSTERNET_BINARY), args, Platform::Offscreen, env);
}

// Findings as comparable keys: rule, severity and the elements as a set; the list as a multiset.
QStringList findingKeys(const QJsonArray &findings)
{
    QStringList out;
    for (const auto &v : findings) {
        const QJsonObject o = v.toObject();
        QStringList elements;
        for (const auto &e : o.value("elements").toArray())
            elements << e.toString();
        elements.sort();
        out << o.value("rule").toString() + " " + o.value("severity").toString() + " " + elements.join(",");
    }
    out.sort();
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void helpAndVersion();
    void wrongCommandLine();
    void checkLoadsExamples();
    void checkJsonMatchesExpected_data();
    void checkJsonMatchesExpected();
    void checkFailuresTwo();
    void checkJsonShape();
    void checkBadFileExitsTwo();
    void acceptedErrorsDoNotFailTheCheck();
    void staleAcceptanceIsReported();
    void fmtGivesEveryCableAnId();
    void checkWarningsOnStderr();
    void templatesJson();
    void templatesFromEnvironment();
    void newFromEveryTemplate_data();
    void newFromEveryTemplate();
    void newRefusesToOverwrite();
    void fmtIsIdempotent();
    void fmtInPlace();
    void unknownCommandIsAnError();
    void nonRegularFileIsRefusedAtOnce();
    void controlBytesAreEscaped();
    void fmtKeepsComments();
    void failedWritesExitTwo_data();
    void failedWritesExitTwo();
    void fullDiskExitsTwo();
};

void TestCli::helpAndVersion()
{
    Run r = run({"--help"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("clusternet check FILE"));
    r = run({"--version"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("clusternet "));
    r = run({"check", "--help"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("--failures"));
    QVERIFY2(r.out.startsWith("Usage: clusternet check [options] FILE"), qPrintable(r.out)); // not the binary's path
}

void TestCli::wrongCommandLine()
{
    // An unknown option is an error.
    const Run unknownOption = run({"check", "--bogus", "x.cluster.yaml"});
    QCOMPARE(unknownOption.code, 2);
    QVERIFY(unknownOption.err.contains("bogus"));
    QCOMPARE(run({"check"}).code, 2);
    QCOMPARE(run({"check", dataDir() + "/examples/converged-10g-blade.cluster.yaml", "--format", "xml"}).code, 2);
    QCOMPARE(run({"check", dataDir() + "/examples/converged-10g-blade.cluster.yaml", "--failures", "3"}).code, 2);
    QCOMPARE(run({"--frobnicate"}).code, 2);
}

void TestCli::checkLoadsExamples()
{
    // Both examples load and have error findings: exit 1.
    for (const char *f : {"converged-10g-blade", "dedicated-10g-csv-lm"}) {
        const Run r = run({"check", dataDir() + "/examples/" + f + ".cluster.yaml"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(r.out.contains(": error: spof: "));
    }
    // Text output: one line per finding, errors first, then a summary.
    const Run r = run({"check", dataDir() + "/examples/converged-10g-blade.cluster.yaml"});
    const QStringList lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 18 + 1);
    QVERIFY(lines.first().contains(": error: spof: Adapter blade01:mezz-b is a single point of failure"));
    QVERIFY(lines.at(17).contains(": info: no-oob: "));
    QVERIFY(lines.last().endsWith("4 error(s), 12 warning(s), 2 info"));
    // A design with warnings only exits 0.
    const Run quiet = run({"check", dataDir() + "/rules/team-single-adapter-fires.cluster.yaml"});
    QCOMPARE(quiet.code, 0);
    QVERIFY(quiet.out.contains("team-single-adapter"));
}

void TestCli::checkJsonMatchesExpected_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("converged") << "converged-10g-blade";
    QTest::newRow("dedicated") << "dedicated-10g-csv-lm";
}

void TestCli::checkJsonMatchesExpected()
{
    QFETCH(QString, name);
    const Run r = run({"check", dataDir() + "/examples/" + name + ".cluster.yaml", "--format", "json"});
    QCOMPARE(r.code, 1);
    const QJsonObject got = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject want = QJsonDocument::fromJson(readAll(dataDir() + "/examples/" + name + ".expected.json")).object();
    QCOMPARE(got.value("summary").toObject(), want.value("summary").toObject());
    QCOMPARE(findingKeys(got.value("findings").toArray()), findingKeys(want.value("findings").toArray()));
    for (const auto &v : got.value("findings").toArray()) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value("message").toString().isEmpty());
        QVERIFY(o.value("affects").isArray());
        QVERIFY(o.value("roles").isArray());
    }
}

void TestCli::checkFailuresTwo()
{
    const QString file = dataDir() + "/rules/double-fault-two-paths.cluster.yaml";
    const Run one = run({"check", file, "--format", "json"});
    const Run two = run({"check", file, "--format", "json", "--failures", "2"});
    QCOMPARE(one.code, 0);
    QCOMPARE(two.code, 0); // double faults are warnings
    QCOMPARE(QJsonDocument::fromJson(one.out.toUtf8()).object().value("summary").toObject().value("warnings").toInt(), 1);
    QCOMPARE(QJsonDocument::fromJson(two.out.toUtf8()).object().value("summary").toObject().value("warnings").toInt(), 10);
}

void TestCli::checkJsonShape()
{
    const QString file = dataDir() + "/examples/dedicated-10g-csv-lm.cluster.yaml";
    const Run r = run({"check", file, "--format", "json"});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value("file").toString(), file);
    QVERIFY(root.value("summary").isObject());
    for (const char *k : {"errors", "warnings", "info"})
        QVERIFY(root.value("summary").toObject().value(k).isDouble());
    QVERIFY(root.value("findings").isArray());
}

void TestCli::checkBadFileExitsTwo()
{
    const QString file = dataDir() + "/bad/network-unknown-role.cluster.yaml";
    const Run r = run({"check", file, "--format", "json"});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.trimmed(), file + ":7:26: error: unknown role 'storage'; expected one of management, "
                                     "vm, heartbeat, csv, live-migration, iscsi-host, iscsi-guest, backup, oob");
    QCOMPARE(run({"check", "/nonexistent.cluster.yaml"}).code, 2);
}

void TestCli::acceptedErrorsDoNotFailTheCheck()
{
    // Every error accepted: exit 0, and each accepted finding says so in JSON.
    const Run all = run({"check", dataDir() + "/accepted/all.cluster.yaml", "--format", "json"});
    QCOMPARE(all.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(all.out.toUtf8()).object();
    QCOMPARE(o.value("summary").toObject().value("errors").toInt(), 5); // still listed as errors
    QCOMPARE(o.value("acceptance").toObject().value("accepted").toInt(), 5);
    QCOMPARE(o.value("acceptance").toObject().value("open_errors").toInt(), 0);
    int accepted = 0;
    for (const auto &v : o.value("findings").toArray()) {
        const QJsonObject f = v.toObject();
        QVERIFY(f.value("accepted").isBool());
        if (!f.value("accepted").toBool())
            continue;
        ++accepted;
        QCOMPARE(f.value("severity").toString(), QString("error"));
        QCOMPARE(f.value("accepted_by").toString(), QString("J. Doe"));
        QCOMPARE(f.value("reason").toString(), QString("Management on one port per host, as built."));
    }
    QCOMPARE(accepted, 5);
    // Text: marked, and counted.
    const Run text = run({"check", dataDir() + "/accepted/all.cluster.yaml"});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("error: spof: Switch sw1 is a single point of failure"));
    QVERIFY(text.out.contains("[accepted by J. Doe: Management on one port per host, as built.]"));
    QVERIFY(text.out.trimmed().endsWith("5 error(s), 1 warning(s), 0 info; 5 accepted, 0 open error(s)"));
    // One accepted of five: the others still fail it.
    const Run partly = run({"check", dataDir() + "/accepted/partly.cluster.yaml", "--format", "json"});
    QCOMPARE(partly.code, 1);
    QCOMPARE(QJsonDocument::fromJson(partly.out.toUtf8()).object().value("acceptance").toObject().value("open_errors").toInt(), 4);
    // The same design without its acceptances fails.
    QCOMPARE(run({"check", dataDir() + "/rules/spof-mgmt-one-port.cluster.yaml"}).code, 1);
    // A double fault accepted with its elements in another order.
    const Run doubles = run({"check", dataDir() + "/accepted/double-fault.cluster.yaml", "--format", "json", "--failures", "2"});
    QCOMPARE(doubles.code, 0);
    QCOMPARE(QJsonDocument::fromJson(doubles.out.toUtf8()).object().value("acceptance").toObject().value("accepted").toInt(), 1);
}

void TestCli::staleAcceptanceIsReported()
{
    const Run r = run({"check", dataDir() + "/accepted/stale.cluster.yaml", "--format", "json"});
    QCOMPARE(r.code, 0); // a warning
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("acceptance").toObject().value("stale").toInt(), 1);
    QStringList stale;
    for (const auto &v : o.value("findings").toArray())
        if (v.toObject().value("rule").toString() == "stale-acceptance")
            stale << v.toObject().value("severity").toString() + " " + v.toObject().value("elements").toArray().at(0).toString();
    QCOMPARE(stale, QStringList{"warning sw9"});
}

void TestCli::fmtGivesEveryCableAnId()
{
    // The first save of a file whose links have no ids writes them; findings then name the
    // cables by them, and the acceptances that named a cable by A--B follow.
    QTemporaryDir dir;
    const QString file = dir.filePath("d.cluster.yaml");
    QVERIFY(QFile::copy(dataDir() + "/accepted/all.cluster.yaml", file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(run({"fmt", file}).code, 0);
    const QByteArray text = readAll(file);
    QVERIFY(text.contains("- {id: C001, a: hv1:lom/nic1, b: sw1:g1}"));
    QVERIFY(text.contains("- {id: C002, a: hv2:lom/nic1, b: sw1:g2}"));
    QVERIFY(text.contains("elements: [C001]"));
    const Run r = run({"check", file, "--format", "json"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("\"elements\":[\"C002\"]"));
}

void TestCli::checkWarningsOnStderr()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("w.cluster.yaml");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("format: clusternet/1\nnetworks:\n  - {id: a, roles: [vm], owner: me}\n");
    f.close();
    const Run r = run({"check", file});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err.trimmed(), file + ":3:26: warning: unknown key 'owner' in a network (kept, but not used)");
}

void TestCli::templatesJson()
{
    const Run r = run({"templates", "--format", "json"});
    QCOMPARE(r.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QStringList models;
    for (const auto &v : root.value("devices").toArray()) {
        const QJsonObject o = v.toObject();
        for (const char *k : {"model", "slug", "manufacturer", "file"})
            QVERIFY(o.value(k).isString());
        QVERIFY(o.value("shadows").isArray());
        models << o.value("model").toString();
    }
    for (const char *m : {"PowerConnect 5424", "PowerConnect 6248", "PowerConnect 8024F"})
        QVERIFY2(models.contains(m), m);
    QVERIFY(!root.value("designs").toArray().isEmpty());
    for (const auto &v : root.value("designs").toArray())
        for (const char *k : {"id", "title", "description", "file"})
            QVERIFY(v.toObject().value(k).isString());
}

void TestCli::templatesFromEnvironment()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath("devices")));
    for (const QString &name : QDir(dataDir() + "/netbox").entryList(QDir::Files))
        QVERIFY(QFile::copy(dataDir() + "/netbox/" + name, dir.filePath("devices/" + name)));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("CLUSTERNET_TEMPLATE_PATH", dir.path());
    const Run r = run({"templates", "--format", "json"}, env);
    QCOMPARE(r.code, 0);
    QJsonObject pc6248;
    int fromFolder = 0;
    for (const auto &v : QJsonDocument::fromJson(r.out.toUtf8()).object().value("devices").toArray()) {
        const QJsonObject o = v.toObject();
        fromFolder += o.value("file").toString().startsWith(dir.path());
        if (o.value("model").toString() == "PowerConnect 6248")
            pc6248 = o;
    }
    // The library's 6248, R610 and R710 say nothing of clusternet: the curated built-ins of the
    // same models stay, and the library's files are their shadows (FORMAT.md §2).
    QCOMPARE(fromFolder, 4);
    QCOMPARE(pc6248.value("file").toString(), QString("builtin:dell-powerconnect-6248.yaml"));
    QCOMPARE(pc6248.value("shadows").toArray().first().toString(), dir.filePath("devices/PowerConnect-6248.yaml"));
    QCOMPARE(pc6248.value("kind").toString(), QString("switch"));
    const Run text = run({"templates"}, env);
    QVERIFY(text.out.contains("PowerConnect 7048P"));
    QVERIFY(text.out.contains("shadows " + dir.filePath("devices/PowerConnect-6248.yaml")));
}

void TestCli::newFromEveryTemplate_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"baseline-1g", "converged-10g-blade", "dedicated-10g-csv-lm", "stacked-lacp"})
        QTest::newRow(id) << id;
}

void TestCli::newFromEveryTemplate()
{
    // A new design from each shipped template loads, carries no template header, and has the
    // findings its notes explain (tests/data/template-findings).
    QFETCH(QString, id);
    QTemporaryDir dir;
    const QString file = dir.filePath("new.cluster.yaml");
    const Run made = run({"new", id, "-o", file});
    QCOMPARE(made.code, 0);
    QVERIFY(made.out.contains("builtin:" + id + ".cluster.yaml"));
    QVERIFY(!readAll(file).contains("template:"));
    const Run checked = run({"check", file, "--format", "json"});
    QVERIFY2(checked.code == 0 || checked.code == 1, qPrintable(checked.err));
    QVERIFY(checked.err.isEmpty());
    const QJsonObject got = QJsonDocument::fromJson(checked.out.toUtf8()).object();
    const QJsonObject want = QJsonDocument::fromJson(readAll(dataDir() + "/template-findings/" + id + ".json")).object();
    QCOMPARE(got.value("summary").toObject(), want.value("summary").toObject());
    QCOMPARE(findingKeys(got.value("findings").toArray()), findingKeys(want.value("findings").toArray()));
}

void TestCli::newRefusesToOverwrite()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("keep.cluster.yaml");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    const Run r = run({"new", "baseline-1g", "-o", file});
    QCOMPARE(r.code, 2);
    QCOMPARE(readAll(file), QByteArray("precious"));
    QCOMPARE(run({"new", "no-such-template", "-o", dir.filePath("x.cluster.yaml")}).code, 2);
    QCOMPARE(run({"new", "baseline-1g", "-o", file, "--force"}).code, 0);
}

void TestCli::fmtIsIdempotent()
{
    QTemporaryDir dir;
    for (const char *f : {"converged-10g-blade", "dedicated-10g-csv-lm"}) {
        const QString once = dir.filePath(QString(f) + ".1.yaml");
        const QString twice = dir.filePath(QString(f) + ".2.yaml");
        QCOMPARE(run({"fmt", dataDir() + "/examples/" + f + ".cluster.yaml", "-o", once}).code, 0);
        QCOMPARE(run({"fmt", once, "-o", twice}).code, 0);
        QCOMPARE(readAll(twice), readAll(once));
        QVERIFY(!readAll(once).isEmpty());
    }
}

void TestCli::fmtInPlace()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("d.cluster.yaml");
    QVERIFY(QFile::copy(dataDir() + "/roundtrip/all-keys.src.yaml", file));
    QCOMPARE(run({"fmt", file}).code, 0);
    QCOMPARE(readAll(file), readAll(dataDir() + "/roundtrip/all-keys.cluster.yaml"));
    const QByteArray before = readAll(file);
    // A file that does not load is left untouched.
    const QString bad = dir.filePath("bad.cluster.yaml");
    QVERIFY(QFile::copy(dataDir() + "/bad/vlan-out-of-range.cluster.yaml", bad));
    const QByteArray badBefore = readAll(bad);
    QCOMPARE(run({"fmt", bad}).code, 2);
    QCOMPARE(readAll(bad), badBefore);
    QCOMPARE(readAll(file), before);
}

void TestCli::unknownCommandIsAnError()
{
    // Not a file for the editor (which, offscreen, would never return): an error naming the
    // commands there are.
    for (const QStringList &args : {QStringList{"merge", "a.cluster.yaml", "b.cluster.yaml"}, QStringList{"verify"}}) {
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith("clusternet: unknown command '" + args.first() +
                                  "'; the commands are: check, templates, fmt, export, report, new, import, audit, "
                                  "config, diff\n"),
                 qPrintable(r.err));
        QVERIFY(r.err.contains("Usage: clusternet"));
        QVERIFY(r.out.isEmpty());
    }
}

void TestCli::nonRegularFileIsRefusedAtOnce()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath("pipe.cluster.yaml");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    Run r = run({"check", fifo}); // no writer: open() would block for ever
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err, fifo + ":1:1: error: cannot read file: it is a named pipe (FIFO), not a regular file\n");
    r = run({"check", dir.path()});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err, dir.path() + ":1:1: error: cannot read file: it is a directory, not a regular file\n");
    r = run({"fmt", fifo});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("named pipe"));
    // Nor is one written: no temporary file renamed over a FIFO, a directory or a device.
    const QString design = dataDir() + "/examples/converged-10g-blade.cluster.yaml";
    for (const QString &target : {fifo, dir.path(), QStringLiteral("/dev/null")}) {
        r = run({"fmt", design, "-o", target});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("not a regular file"), qPrintable(r.err));
    }
    QVERIFY(QFileInfo(fifo).isFile() == false && QFileInfo::exists(fifo));
    QVERIFY(!QFileInfo("/dev/null").isFile());
}

void TestCli::controlBytesAreEscaped()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("esc.cluster.yaml");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // Through YAML's escapes: raw control characters are refused where they stand.
    f.write("format: clusternet/1\ndesign:\n  title: t\n  \"\\e]0;owned\\a\": 1\n");
    f.close();
    Run r = run({"check", file});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains("unknown key '\\x1B]0;owned\\x07' in design"), qPrintable(r.err));
    for (const QString &text : {r.err, r.out})
        for (QChar c : text)
            QVERIFY2(c.unicode() >= 0x20 || c == '\n', qPrintable(text));
    // A file name is the user's, but a terminal must not run it either.
    r = run({"check", dir.filePath("\x1b[2J.cluster.yaml")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("\\x1B[2J.cluster.yaml"), qPrintable(r.err));
    QVERIFY(!r.err.contains(QChar(0x1b)));
}

void TestCli::fmtKeepsComments()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("commented.cluster.yaml");
    QVERIFY(QFile::copy(dataDir() + "/comments/commented.cluster.yaml", file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(file);
    QCOMPARE(run({"fmt", file}).code, 0);
    QCOMPARE(readAll(file), before);
}

void TestCli::failedWritesExitTwo_data()
{
    QTest::addColumn<QString>("stage");
    for (const char *stage : {"open", "write", "flush", "sync", "commit"})
        QTest::newRow(stage) << QString(stage);
}

void TestCli::failedWritesExitTwo()
{
    // Through the test seam: every writing command keeps what was there and says why.
    QFETCH(QString, stage);
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("CLUSTERNET_FAIL_WRITE", stage);
    const QString file = dir.filePath("d.cluster.yaml");
    QVERIFY(QFile::copy(dataDir() + "/comments/commented.cluster.yaml", file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(file);
    const QString out = dir.filePath("out.cluster.yaml");
    const QString old = dir.filePath("old.cluster.yaml");
    QVERIFY(QFile::copy(file, old));
    QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);

    const QList<QStringList> commands = {{"fmt", file},
                                         {"fmt", file, "-o", out},
                                         {"fmt", file, "-o", old},
                                         {"new", "baseline-1g", "-o", out},
                                         {"new", "baseline-1g", "-o", old, "--force"},
                                         {"export", file, "-o", dir.filePath("d.svg")},
                                         {"export", file, "-o", dir.filePath("d.png")},
                                         {"export", file, "-o", dir.filePath("d.pdf")}};
    for (const QStringList &args : commands) {
        const Run r = run(args, env);
        QVERIFY2(r.code == 2, qPrintable(args.join(' ') + ": " + r.err));
        QVERIFY2(r.err.contains("No space left on device") && r.err.contains("cannot write"), qPrintable(r.err));
    }
    QCOMPARE(readAll(file), before);
    QCOMPARE(readAll(old), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{"d.cluster.yaml", "old.cluster.yaml"}));
}

void TestCli::fullDiskExitsTwo()
{
    const SmallTmpfs dir;
    if (dir.whyNot())
        QSKIP(dir.whyNot());
    const QString file = dir.filePath("d.cluster.yaml");
    QVERIFY(QFile::copy(dataDir() + "/comments/commented.cluster.yaml", file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(file);
    QFile filler(dir.filePath("filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray block(1024, 'x');
    while (filler.write(block) == block.size()) {
    }
    filler.close();
    // Under 16 KiB, as in the report: QSaveFile buffered these and lost the failed flush.
    QVERIFY(before.size() < 16 * 1024);
    const QString out = dir.filePath("out.cluster.yaml");
    for (const QStringList &args : {QStringList{"fmt", file}, QStringList{"fmt", file, "-o", out},
                                    QStringList{"new", "baseline-1g", "-o", out},
                                    QStringList{"export", file, "-o", dir.filePath("d.svg")}}) {
        const Run r = run(args);
        QVERIFY2(r.code == 2, qPrintable(args.join(' ') + ": " + r.err));
        QVERIFY2(r.err.contains("No space left on device"), qPrintable(r.err));
    }
    QCOMPARE(readAll(file), before);
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(dir.filePath("d.svg")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
