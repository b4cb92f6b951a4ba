// `clusternet import` and `clusternet audit` as a user runs them: files written, exit codes
// (0 done, 1 differences for audit, 2 input not loadable or wrong command line), messages.
#include "RunProgram.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace
{

QString dataDir()
{
    return QStringLiteral(CLUSTERNET_TEST_DATA "/inventory");
}

Run run(const QStringList &args, const QString &workDir = QString())
{
    return runProgram(QStringLiteral(CLUSTERNET_BINARY), args, Platform::Offscreen,
                      QProcessEnvironment::systemEnvironment(), workDir);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList inventories(const char *folder = "")
{
    QStringList out;
    for (const char *name : {"hv01.json", "hv02.json"})
        out << dataDir() + "/" + folder + name;
    out << dataDir() + "/hv03.json";
    return out;
}

} // namespace

class TestInventoryCli : public QObject
{
    Q_OBJECT
private slots:
    void importWritesDesignAndGenericTemplate();
    void importRefusesToOverwrite();
    void importBadInputExitsTwo();
    void auditExitCodes();
    void auditJson();
    void auditBadInput();
    void commandsAreListed();
};

void TestInventoryCli::importWritesDesignAndGenericTemplate()
{
    QTemporaryDir dir;
    // Run where the inventories are, so the notes name the table as the expected design does.
    const Run r = run(QStringList{"import", "hv01.json", "hv02.json", "hv03.json", "--lldp",
                                  "sw-b.txt", "-o", dir.filePath("clu1.cluster.yaml")},
                      dataDir());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(readAll(dir.filePath("clu1.cluster.yaml")),
             readAll(dataDir() + "/expected/clu1.cluster.yaml"));
    QCOMPARE(readAll(dir.filePath("devices/generic-core-x.yaml")),
             readAll(dataDir() + "/expected/devices/generic-core-x.yaml"));
    QVERIFY(r.out.contains(
        "note: network cluster (10.0.20.0/24, VLAN 20): roles heartbeat, csv guessed from the "
        "cluster network's name 'Cluster'"));
    QVERIFY(r.out.contains("3 host(s), 3 switch(es), 6 network(s), 9 cable(s)"));
    // The written design checks (its generic switch found beside it).
    const Run check = run({"check", dir.filePath("clu1.cluster.yaml")});
    QVERIFY2(check.code == 0 || check.code == 1, qPrintable(check.err));
    QVERIFY(check.err.isEmpty());
    // A switch LLDP does not describe, given its model on the command line.
    const Run named =
        run({"import", dataDir() + "/hv03.json", "--lldp", "sw-x=" + dataDir() + "/sw-b.txt",
             "--switch-model", "sw-x=PowerConnect 8024F", "-o", dir.filePath("one.cluster.yaml")});
    QVERIFY2(named.code == 0, qPrintable(named.err));
    const QByteArray one = readAll(dir.filePath("one.cluster.yaml"));
    QVERIFY(one.contains("{id: sw-x, type: switch, model: PowerConnect 8024F}"));
    QVERIFY(one.contains("{id: C001, a: hv03:lom/ethernet, b: sw-x:Te1/0/21}"));
}

void TestInventoryCli::importRefusesToOverwrite()
{
    QTemporaryDir dir;
    const QString out = dir.filePath("x.cluster.yaml");
    QFile f(out);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me\n");
    f.close();
    Run r = run(QStringList{"import"} + inventories() + QStringList{"-o", out});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("exists; give --force"));
    QCOMPARE(readAll(out), QByteArray("keep me\n"));
    // A generic template of other content beside it is not overwritten either.
    QVERIFY(QDir(dir.path()).mkpath("devices"));
    QFile t(dir.filePath("devices/generic-core-x.yaml"));
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("mine\n");
    t.close();
    r = run(QStringList{"import"} + inventories() +
            QStringList{"-o", dir.filePath("y.cluster.yaml")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("generic-core-x.yaml exists with other content"));
    QVERIFY(!QFile::exists(dir.filePath("y.cluster.yaml")));
    r = run(QStringList{"import"} + inventories() + QStringList{"-o", out, "--force"});
    QCOMPARE(r.code, 0);
    QVERIFY(readAll(out).startsWith("format: clusternet/1"));
}

void TestInventoryCli::importBadInputExitsTwo()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath("bad.json");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"ComputerName\": \"HV9\",\n  \"NetAdapter\": [ ,\n}\n");
    f.close();
    Run r = run({"import", bad, "-o", dir.filePath("x.cluster.yaml")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(bad + ":3:"), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath("x.cluster.yaml")));
    r = run({"import", dataDir() + "/hv01.json"});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("-o DESIGN is required"));
    r = run({"import", dataDir() + "/hv01.json", dataDir() + "/drifted/hv01.json", "-o",
             dir.filePath("x.cluster.yaml")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("host HV01 comes twice"));
    r = run({"import", dataDir() + "/hv01.json", "--lldp", dataDir() + "/hv02.json", "-o",
             dir.filePath("x.cluster.yaml")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("no table of 'show lldp remote-device all' here"));
    r = run({"import", "-o", dir.filePath("x.cluster.yaml")});
    QCOMPARE(r.code, 2);
}

void TestInventoryCli::auditExitCodes()
{
    const QString design = dataDir() + "/expected/clu1.cluster.yaml";
    Run r = run(QStringList{"audit", design} + inventories() +
                QStringList{"--lldp", dataDir() + "/sw-b.txt"});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.endsWith("0 difference(s) from 3 inventor(ies)\n"));
    r = run(QStringList{"audit", design} + inventories("drifted/"));
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(
        "HV01: cable-moved: HV01 slot2/slot-2-port-1 is cabled to sw-a:Te1/0/3, designed to "
        "sw-a:Te1/0/1 (LLDP on SLOT 2 Port 1)\n"));
    QVERIFY(r.out.contains(
        "HV02: port-down: HV02 SLOT 3 Port 1 is Disconnected, but the design uses it\n"));
    QVERIFY(r.out.endsWith("6 difference(s) from 3 inventor(ies)\n"));
}

void TestInventoryCli::auditJson()
{
    const QString design = dataDir() + "/expected/clu1.cluster.yaml";
    const Run r = run(QStringList{"audit", design} + inventories("drifted/") +
                      QStringList{"--format", "json"});
    QCOMPARE(r.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("design").toString(), design);
    QCOMPARE(o.value("inventories").toArray().size(), 3);
    QCOMPARE(o.value("summary").toObject().value("differences").toInt(), 6);
    const QJsonArray differences = o.value("differences").toArray();
    QCOMPARE(differences.size(), 6);
    const QJsonObject first = differences.at(0).toObject();
    QCOMPARE(first.value("kind").toString(), QString("port-speed"));
    QCOMPARE(first.value("host").toString(), QString("HV01"));
    QCOMPARE(first.value("elements").toArray(), QJsonArray{"hv01:slot3/slot-3-port-2"});
    QCOMPARE(first.value("message").toString(),
             QString("HV01 SLOT 3 Port 2 runs at 1G, designed 10G"));
}

void TestInventoryCli::auditBadInput()
{
    QTemporaryDir dir;
    Run r = run({"audit", dataDir() + "/expected/clu1.cluster.yaml"});
    QCOMPARE(r.code, 2); // no inventory
    r = run({"audit", dataDir() + "/hv01.json", dataDir() + "/hv01.json"});
    QCOMPARE(r.code, 2); // a JSON file is no design
    r = run({"audit", dataDir() + "/expected/clu1.cluster.yaml", dir.filePath("missing.json")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.startsWith(dir.filePath("missing.json") + ": error:"));
    r = run({"audit", dataDir() + "/expected/clu1.cluster.yaml", dataDir() + "/hv01.json",
             "--format", "xml"});
    QCOMPARE(r.code, 2);
}

void TestInventoryCli::commandsAreListed()
{
    const Run r = run({"--help"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("clusternet import FILE.json... -o DESIGN"));
    QVERIFY(r.out.contains("clusternet audit DESIGN FILE.json..."));
    const Run wrong = run({"inport"});
    QCOMPARE(wrong.code, 2);
    QVERIFY(wrong.err.contains("import, audit"));
}

QTEST_GUILESS_MAIN(TestInventoryCli)
#include "tst_inventory_cli.moc"
