// The loader: every load-error kind with its exact place and text, hostile input, warnings.
#include "io/DesignLoader.h"
#include "design/Diagnostic.h"
#include "templates/TemplateLibrary.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace cn;

namespace {

QString dataDir() { return QStringLiteral(CLUSTERNET_TEST_DATA); }

LoadResult loadText(const std::string &text)
{
    const TemplateLibrary lib = TemplateLibrary::scan({});
    return DesignLoader(lib).loadText(text, "test.cluster.yaml");
}

// The first line of each bad file: "# expect: LINE:COLUMN: error: TEXT".
QString expectationOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString first = QString::fromUtf8(f.readLine()).trimmed();
    return first.startsWith("# expect: ") ? first.mid(10) : QString();
}

} // namespace

class TestLoader : public QObject
{
    Q_OBJECT
private slots:
    void badFiles_data();
    void badFiles();
    void enoughBadFiles();
    void examplesLoadCleanly();
    void unknownKeysWarnWithPlace();
    void deepFlowNesting();
    void deepBlockNesting();
    void nestingAtTheLimitLoads();
    void aliasBomb();
    void oversizedFile();
    void missingFile();
    void nonRegularFilesAreRefused();
    void manyNodesWithoutAliases();
    void controlBytesAreEscaped();
    void hostLinkedToItself();
    void defaultsFromRoles();
    void portMappingsAndSpeeds();
    void subnetsAndIds();
};

void TestLoader::badFiles_data()
{
    QTest::addColumn<QString>("path");
    QDir dir(dataDir() + "/bad");
    for (const QString &name : dir.entryList({"*.cluster.yaml"}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestLoader::badFiles()
{
    QFETCH(QString, path);
    const QString expected = expectationOf(path);
    QVERIFY2(!expected.isEmpty(), "bad file without '# expect:' line");
    const TemplateLibrary lib = TemplateLibrary::forDesign(path.toStdString());
    const LoadResult r = DesignLoader(lib).loadFile(path.toStdString());
    QVERIFY(!r.ok());
    QVERIFY(r.error.has_value());
    QCOMPARE(QString::fromStdString(r.error->file), path);
    const QString got = QString::fromStdString(r.error->format()).mid(path.size() + 1);
    QCOMPARE(got, expected);
}

void TestLoader::enoughBadFiles()
{
    QDir dir(dataDir() + "/bad");
    QVERIFY(dir.entryList({"*.cluster.yaml"}, QDir::Files).size() >= 30);
}

void TestLoader::examplesLoadCleanly()
{
    QDir dir(dataDir() + "/examples");
    const QStringList files = dir.entryList({"*.cluster.yaml"}, QDir::Files);
    QCOMPARE(files.size(), 2);
    for (const QString &name : files) {
        const std::string path = dir.filePath(name).toStdString();
        const TemplateLibrary lib = TemplateLibrary::forDesign(path);
        const LoadResult r = DesignLoader(lib).loadFile(path);
        QVERIFY2(r.ok(), r.error ? r.error->format().c_str() : "");
        QVERIFY(r.warnings.empty());
    }
    const std::string path = (dataDir() + "/examples/dedicated-10g-csv-lm.cluster.yaml").toStdString();
    const TemplateLibrary lib = TemplateLibrary::forDesign(path);
    const Design d = *DesignLoader(lib).loadFile(path).design;
    QCOMPARE(d.networks.size(), std::size_t(6));
    QCOMPARE(d.devices.size(), std::size_t(9));
    QCOMPARE(d.links.size(), std::size_t(20));
    QCOMPARE(d.templateHeader->id, std::string("dedicated-10g-csv-lm"));
    QCOMPARE(d.title.revision, std::string("A"));
    QCOMPARE(d.policy.liveMigrationLimit(), 60.0);
    const Device *hv01 = d.findDevice("hv01");
    QVERIFY(hv01);
    QCOMPARE(hv01->adapters.size(), std::size_t(3));
    QCOMPARE(hv01->adapters[2].portSpeedMbps(hv01->adapters[2].ports[0]), 10000);
    QCOMPARE(hv01->teams[0].members, (std::vector<std::string>{"lom/nic3", "slot1/p1"}));
    QCOMPARE(hv01->vms.size(), std::size_t(3));
    QCOMPARE(toString(d.links[16].kind), std::string("stacking"));
    QCOMPARE(d.links[0].name(), std::string("hv01:lom/nic1--sw-core-1:g1"));
    QCOMPARE(d.links[18].name(), std::string("oob-csv"));
}

void TestLoader::unknownKeysWarnWithPlace()
{
    const LoadResult r = loadText("format: clusternet/1\n"
                                  "networks:\n"
                                  "  - id: mgmt\n"
                                  "    roles: [management]\n"
                                  "    owner: network team\n"
                                  "devices:\n"
                                  "  - {id: h1, type: host, rack: R12}\n");
    QVERIFY(r.ok());
    QCOMPARE(r.warnings.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(r.warnings[0].format()),
             QString("test.cluster.yaml:5:5: warning: unknown key 'owner' in a network (kept, but not used)"));
    QCOMPARE(QString::fromStdString(r.warnings[1].format()),
             QString("test.cluster.yaml:7:26: warning: unknown key 'rack' in a device (kept, but not used)"));
    QCOMPARE(r.design->networks[0].extras.size(), std::size_t(1));
    QCOMPARE(r.design->networks[0].extras[0].key, std::string("owner"));
}

void TestLoader::deepFlowNesting()
{
    const std::string text = "format: clusternet/1\nnetworks: " + std::string(200000, '[') +
                             std::string(200000, ']') + "\n";
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = loadText(text);
    qInfo("deep flow nesting answered in %lld ms", timer.elapsed());
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error->format()),
             QString("test.cluster.yaml:2:74: error: nesting deeper than 64 levels"));
}

void TestLoader::deepBlockNesting()
{
    // "- - - -" nests a sequence per dash on a single line.
    std::string text = "format: clusternet/1\nnetworks:\n";
    for (int i = 0; i < 100000; ++i)
        text += "- ";
    text += "x\n";
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = loadText(text);
    qInfo("deep block nesting answered in %lld ms", timer.elapsed());
    QVERIFY(!r.ok());
    QVERIFY2(r.error->text == "nesting deeper than 64 levels", r.error->text.c_str());
    QCOMPARE(r.error->pos.line, 3);
}

void TestLoader::nestingAtTheLimitLoads()
{
    // 64 levels in all: the root mapping, then 63 more inside an unknown key (a warning).
    const std::string text = "format: clusternet/1\ndesign:\n  title: t\n  deep: " +
                             std::string(62, '[') + std::string(62, ']') + "\n";
    const LoadResult r = loadText(text);
    QVERIFY2(r.ok(), r.error ? r.error->format().c_str() : "");
    const LoadResult over = loadText("format: clusternet/1\ndesign:\n  title: t\n  deep: " +
                                     std::string(63, '[') + std::string(63, ']') + "\n");
    QVERIFY(!over.ok());
}

void TestLoader::aliasBomb()
{
    std::string text = "format: clusternet/1\ndesign:\n  title: t\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i < 10; ++i) {
        text += "  a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
        for (int j = 0; j < 10; ++j)
            text += std::string(j ? ", " : "") + "*a" + std::to_string(i - 1);
        text += "]\n";
    }
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = loadText(text);
    qInfo("alias bomb answered in %lld ms", timer.elapsed());
    QVERIFY(!r.ok());
    QCOMPARE(r.error->text, std::string("more than 1000000 nodes once aliases are expanded"));
    QCOMPARE(r.error->pos.line, 9); // a5 expands to 1111111 nodes
}

void TestLoader::oversizedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("big.cluster.yaml");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("format: clusternet/1\n# ");
    f.write(QByteArray(16 * 1024 * 1024, 'x'));
    f.close();
    const LoadResult r = DesignLoader(TemplateLibrary::scan({})).loadFile(path.toStdString());
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error->format()),
             path + ":1:1: error: file is larger than 16 MiB");
}

void TestLoader::missingFile()
{
    const LoadResult r = DesignLoader(TemplateLibrary::scan({})).loadFile("/nonexistent/x.cluster.yaml");
    QVERIFY(!r.ok());
    QVERIFY(r.error->text.find("cannot read file") == 0);
}

void TestLoader::nonRegularFilesAreRefused()
{
    QTemporaryDir dir;
    // A FIFO with no writer: opening it for reading would block for ever.
    const QString fifo = dir.filePath("pipe.cluster.yaml");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const DesignLoader loader(TemplateLibrary::scan({}));
    LoadResult r = loader.loadFile(fifo.toStdString());
    QVERIFY(!r.ok());
    QCOMPARE(r.error->text, std::string("cannot read file: it is a named pipe (FIFO), not a regular file"));
    r = loader.loadFile(dir.path().toStdString());
    QVERIFY(!r.ok());
    QCOMPARE(r.error->text, std::string("cannot read file: it is a directory, not a regular file"));
    r = loader.loadFile("/dev/null");
    QVERIFY(!r.ok());
    QCOMPARE(r.error->text, std::string("cannot read file: it is a character device, not a regular file"));
}

void TestLoader::manyNodesWithoutAliases()
{
    // Under the size limit, over the node limit, and no alias in sight: the message says so.
    std::string text = "format: clusternet/1\ndesign:\n  title: t\n  many: [";
    for (int i = 0; i < 1000001; ++i)
        text += "1,";
    text += "1]\n";
    QVERIFY(text.size() < 16u * 1024 * 1024);
    const LoadResult r = loadText(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->text, std::string("more than 1000000 YAML nodes (keys, values and list items)"));
    QVERIFY(r.error->text.find("alias") == std::string::npos);
}

void TestLoader::controlBytesAreEscaped()
{
    // ESC and NUL reach a value through YAML's escapes (raw ones are refused where they stand),
    // and messages show them only as escapes.
    const std::string text = std::string("format: clusternet/1\nnetworks:\n  - {id: n, roles: [\"\\e[31mred\\0\"]}\n");
    const LoadResult r = loadText(text);
    QVERIFY(!r.ok());
    const std::string shown = r.error->format();
    QVERIFY2(shown.find('\x1b') == std::string::npos, shown.c_str());
    QVERIFY2(shown.find(std::string(1, '\0')) == std::string::npos, shown.c_str());
    QVERIFY2(shown.find("unknown role '\\x1B[31mred\\x00'") != std::string::npos, shown.c_str());
    QCOMPARE(printable("a\x7f\xc2\x9b\xff\xc3\xa9\n"), std::string("a\\x7F\\u009B\\xFF\xc3\xa9\\n"));
}

void TestLoader::hostLinkedToItself()
{
    const LoadResult r = loadText("format: clusternet/1\ndevices:\n"
                                  "  - id: hv1\n    type: host\n    adapters:\n"
                                  "      - {id: lom, ports: [nic1, nic2]}\n"
                                  "links:\n  - {a: hv1:lom/nic1, b: hv1:lom/nic2}\n");
    QVERIFY(!r.ok());
    QCOMPARE(r.error->text, std::string("link 'hv1:lom/nic1--hv1:lom/nic2' joins device 'hv1' to itself; a cable joins two devices"));
    QCOMPARE(r.error->pos.line, 8);
}

void TestLoader::defaultsFromRoles()
{
    const LoadResult r = loadText("format: clusternet/1\n"
                                  "networks:\n"
                                  "  - {id: a, roles: [vm, management]}\n"
                                  "  - {id: b, roles: [heartbeat, vm]}\n"
                                  "  - {id: c, roles: [vm]}\n"
                                  "  - {id: d, roles: [csv], cluster_use: none, isolation: physical}\n");
    QVERIFY(r.ok());
    const auto &n = r.design->networks;
    QVERIFY(n[0].effectiveClusterUse() == ClusterUse::ClusterAndClient);
    QVERIFY(n[1].effectiveClusterUse() == ClusterUse::Cluster);
    QVERIFY(n[2].effectiveClusterUse() == ClusterUse::None);
    QVERIFY(n[3].effectiveClusterUse() == ClusterUse::None);
    QVERIFY(n[3].effectiveIsolation() == Isolation::Physical);
    QCOMPARE(n[0].displayName(), std::string("a"));
}

void TestLoader::portMappingsAndSpeeds()
{
    const LoadResult r = loadText("format: clusternet/1\n"
                                  "devices:\n"
                                  "  - id: h\n"
                                  "    type: host\n"
                                  "    adapters:\n"
                                  "      - {id: a, ports: [p1, {id: p2, speed: 10G}]}\n"
                                  "      - {id: b, speed: 2.5G, ports: [p1]}\n");
    QVERIFY(r.ok());
    const Device &h = r.design->devices[0];
    QCOMPARE(h.adapters[0].portSpeedMbps(h.adapters[0].ports[0]), 1000);
    QCOMPARE(h.adapters[0].portSpeedMbps(h.adapters[0].ports[1]), 10000);
    QCOMPARE(h.adapters[1].portSpeedMbps(h.adapters[1].ports[0]), 2500);
}

void TestLoader::subnetsAndIds()
{
    QVERIFY(isValidId("hv01"));
    QVERIFY(isValidId("sw-core_1.a"));
    QVERIFY(!isValidId("-x"));
    QVERIFY(!isValidId("a b"));
    QVERIFY(!isValidId("a:b"));
    QVERIFY(loadText("format: clusternet/1\nnetworks:\n  - {id: a, roles: [vm], subnet: "
                     "fd00:10::/64}\n")
                .ok());
}

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
