// Saving: load -> save -> load keeps the design; saving twice gives the same bytes; the
// canonical file of every key is reproduced exactly; a failed save leaves the old file.
#include "io/DesignLoader.h"
#include "io/DesignSaver.h"
#include "io/SafeWrite.h"
#include "design/CableIds.h"
#include "design/DesignEdits.h"
#include "templates/TemplateLibrary.h"

#include "../common/SmallTmpfs.h"
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>


using namespace cn;

namespace {

QString dataDir() { return QStringLiteral(CLUSTERNET_TEST_DATA); }

Design load(const QString &path)
{
    const TemplateLibrary lib = TemplateLibrary::forDesign(path.toStdString());
    LoadResult r = DesignLoader(lib).loadFile(path.toStdString());
    if (!r.ok())
        qFatal("%s", r.error->format().c_str());
    return std::move(*r.design);
}

Design loadText(const std::string &text)
{
    const TemplateLibrary lib = TemplateLibrary::scan({});
    LoadResult r = DesignLoader(lib).loadText(text, "saved.cluster.yaml");
    if (!r.ok())
        qFatal("%s", r.error->format().c_str());
    return std::move(*r.design);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void canonicalFileIsReproduced();
    void everyKeySurvives();
    void templateHeaderCanBeDropped();
    void saveIsAtomic();
    void saveToMissingFolderFails();
    void bundledTemplatesAreCanonical_data();
    void bundledTemplatesAreCanonical();
    void commentedDesignIsReproduced();
    void commentsFollowEdits();
    void messyCommentsSurviveAndSettle();
    void failedWriteKeepsTheOriginal_data();
    void failedWriteKeepsTheOriginal();
    void fullDiskKeepsTheOriginal();
};

void TestRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    for (const char *f : {"examples/dedicated-10g-csv-lm.cluster.yaml",
                          "examples/converged-10g-blade.cluster.yaml",
                          "roundtrip/all-keys.src.yaml"})
        QTest::newRow(f) << dataDir() + "/" + f;
}

void TestRoundTrip::roundTrip()
{
    QFETCH(QString, path);
    const Design original = load(path);
    const std::string first = saveDesignToString(original);
    const Design again = loadText(first);
    const std::string second = saveDesignToString(again);
    QCOMPARE(QString::fromStdString(second), QString::fromStdString(first));
    // The same design, element by element.
    QCOMPARE(again.networks.size(), original.networks.size());
    QCOMPARE(again.devices.size(), original.devices.size());
    QCOMPARE(again.links.size(), original.links.size());
    // Each link keeps its id, or has the cable id the save gave it.
    const std::vector<std::string> ids = cableIds(original);
    for (std::size_t i = 0; i < original.links.size(); ++i)
        QCOMPARE(again.links[i].id, ids[i]);
    for (std::size_t i = 0; i < original.devices.size(); ++i) {
        QCOMPARE(again.devices[i].id, original.devices[i].id);
        QCOMPARE(again.devices[i].adapters.size(), original.devices[i].adapters.size());
        QCOMPARE(again.devices[i].bindings.size(), original.devices[i].bindings.size());
        QVERIFY(again.devices[i].position == original.devices[i].position);
    }
    QCOMPARE(again.title.title, original.title.title);
    QCOMPARE(again.title.notes, original.title.notes);
}

void TestRoundTrip::canonicalFileIsReproduced()
{
    const QString path = dataDir() + "/roundtrip/all-keys.cluster.yaml";
    QCOMPARE(QByteArray::fromStdString(saveDesignToString(load(path))), readAll(path));
}

void TestRoundTrip::everyKeySurvives()
{
    const Design d = load(dataDir() + "/roundtrip/all-keys.src.yaml");
    const std::string saved = saveDesignToString(d);
    QCOMPARE(QByteArray::fromStdString(saved), readAll(dataDir() + "/roundtrip/all-keys.cluster.yaml"));
    const Design back = loadText(saved);
    QCOMPARE(back.title.revision, std::string("7"));
    QCOMPARE(back.title.notes, std::string("Two lines of notes,\nkept as written."));
    QCOMPARE(*back.policy.maxLiveMigrationS, 45.5);
    QCOMPARE(back.networks[1].subnet, std::string("fd00:20::/64"));
    QCOMPARE(back.networks[1].extras.at(0).key, std::string("owner"));
    QCOMPARE(back.devices[0].position->x, 120.5);
    QCOMPARE(back.devices[0].adapters[0].ports[2].speedMbps.value(), 100);
    QVERIFY(back.devices[0].teams[0].mode == TeamMode::Lacp);
    QVERIFY(!back.devices[0].teams[1].mode.has_value());
    QCOMPARE(back.devices[0].vms[1].name, std::string("web: front"));
    QCOMPARE(back.devices[0].extras.at(0).key, std::string("rack"));
    QVERIFY(back.links[2].networks.has_value() && back.links[2].networks->empty());
    QVERIFY(!back.links[3].networks.has_value());
    QVERIFY(back.links[5].kind == LinkKind::Stacking);
    QCOMPARE(back.links[4].extras.at(0).key, std::string("label"));
}

void TestRoundTrip::templateHeaderCanBeDropped()
{
    const Design d = load(dataDir() + "/roundtrip/all-keys.cluster.yaml");
    SaveOptions options;
    options.withTemplateHeader = false;
    const std::string saved = saveDesignToString(d, options);
    QVERIFY(saved.find("template:") == std::string::npos);
    QVERIFY(!loadText(saved).templateHeader.has_value());
}

void TestRoundTrip::saveIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("design.cluster.yaml");
    const Design d = load(dataDir() + "/examples/converged-10g-blade.cluster.yaml");
    QCOMPARE(saveDesignToFile(d, path.toStdString()), std::string());
    const QByteArray first = readAll(path);
    QCOMPARE(first, QByteArray::fromStdString(saveDesignToString(d)));
    // No temporary file is left beside the design.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"design.cluster.yaml"});
    QCOMPARE(saveDesignToFile(d, path.toStdString()), std::string());
    QCOMPARE(readAll(path), first);
}

void TestRoundTrip::saveToMissingFolderFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("no/such/folder/design.cluster.yaml");
    const Design d = load(dataDir() + "/examples/converged-10g-blade.cluster.yaml");
    const std::string error = saveDesignToFile(d, path.toStdString());
    QVERIFY(!error.empty());
    QVERIFY(!QFile::exists(path));
}

void TestRoundTrip::bundledTemplatesAreCanonical_data()
{
    QTest::addColumn<QString>("path");
    QDir dir(QStringLiteral(CLUSTERNET_SOURCE_DIR) + "/templates/designs");
    const QStringList names = dir.entryList({"*.cluster.yaml"}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 4);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestRoundTrip::bundledTemplatesAreCanonical()
{
    // Their comments included: what fmt writes is what is there.
    QFETCH(QString, path);
    const QByteArray original = readAll(path);
    QVERIFY(original.contains('#'));
    QCOMPARE(QByteArray::fromStdString(saveDesignToString(load(path))), original);
}

void TestRoundTrip::commentedDesignIsReproduced()
{
    const QString path = dataDir() + "/comments/commented.cluster.yaml";
    const QByteArray original = readAll(path);
    QVERIFY(original.count('#') > 20);
    QCOMPARE(QByteArray::fromStdString(saveDesignToString(load(path))), original);
}

void TestRoundTrip::commentsFollowEdits()
{
    const Design d = load(dataDir() + "/comments/commented.cluster.yaml");
    Design edited = withDeviceRenamed(d, "hv01", "hv09");
    edited = withoutDevices(edited, {"sw1"});
    Network extra;
    extra.id = "backup";
    extra.roles = {Role::Backup};
    edited = withNetwork(edited, extra);
    const QString text = QString::fromStdString(saveDesignToString(edited));
    // The comments of the renamed host stay with it and its keys.
    QVERIFY(text.contains("  # The first host.\n  - id: hv09  # rack A\n"));
    QVERIFY(text.contains("    # Membership of the SQL cluster.\n    cluster: sql\n"));
    QVERIFY(text.contains("      - {id: slot1, speed: 10G, ports: [p1]}  # the CSV card\n"));
    QVERIFY(text.contains("    # end of hv01\n  - id: hv02\n"));
    // The deleted switch and its links take their comments with them.
    QVERIFY(!text.contains("# Switches."));
    QVERIFY(!text.contains("# core"));
    QVERIFY(!text.contains("# VM traffic"));
    QVERIFY(!text.contains("# Uplinks of hv01."));
    // The rest stays where it was.
    QVERIFY(text.startsWith("# Cluster network for the SQL estate.\n"));
    QVERIFY(text.contains("  - {id: mgmt, name: Host Management, roles: [management], vlan: 10}  # the admin network\n"));
    QVERIFY(text.endsWith("# End of the design.\n"));
    // And it reads back with them.
    QCOMPARE(saveDesignToString(loadText(text.toStdString())), text.toStdString());
}

void TestRoundTrip::messyCommentsSurviveAndSettle()
{
    // Hand-written: another indentation, comments inside lists and flow collections that the
    // canonical form writes on one line, unknown keys, a comment after a block scalar.
    const std::string messy =
        "# head\r\n"
        "format: clusternet/1 # version\r\n"
        "design:\n"
        "    title: 'It''s # here'   # title comment\n"
        "    notes: |\n"
        "        # text, not a comment\n"
        "\n"
        "        more text\n"
        "    # about the author\n"
        "    author: me\n"
        "networks:\n"
        "    -   id: mgmt  # management\n"
        "        roles:\n"
        "            # the only role\n"
        "            - management   # admins\n"
        "        vlan: 10\n"
        "        owner: ops   # an unknown key\n"
        "devices:\n"
        "    - id: hv1\n"
        "      type: host\n"
        "      adapters:\n"
        "        - id: lom\n"
        "          ports: [nic1,   # first\n"
        "                  nic2]   # second\n"
        "      bindings: [{via: lom/nic1, networks: [mgmt]}]  # flow list of bindings\n"
        "# tail 1\n"
        "\n"
        "\n"
        "# tail 2\n";
    const TemplateLibrary lib = TemplateLibrary::scan({});
    LoadResult r = DesignLoader(lib).loadText(messy, "messy.cluster.yaml");
    QVERIFY2(r.ok(), r.error ? r.error->format().c_str() : "");
    QVERIFY(!r.warnings.empty()); // owner
    const std::string once = saveDesignToString(*r.design);
    for (const char *comment : {"# head", "# version", "# title comment", "# about the author", "# management",
                                "# the only role", "# admins", "# an unknown key", "# first", "# second",
                                "# flow list of bindings", "# tail 1", "# tail 2"})
        QVERIFY2(once.find(comment) != std::string::npos, comment);
    QVERIFY(once.find("    # text, not a comment\n") != std::string::npos); // still the notes' text
    QCOMPARE(loadText(once).title.notes, std::string("# text, not a comment\n\nmore text"));
    QCOMPARE(saveDesignToString(loadText(once)), once);
}

void TestRoundTrip::failedWriteKeepsTheOriginal_data()
{
    QTest::addColumn<int>("stage");
    QTest::newRow("open") << int(WriteStage::Open);
    QTest::newRow("write") << int(WriteStage::Write);
    QTest::newRow("flush") << int(WriteStage::Flush);
    QTest::newRow("sync") << int(WriteStage::Sync);
    QTest::newRow("commit") << int(WriteStage::Commit);
}

void TestRoundTrip::failedWriteKeepsTheOriginal()
{
    QFETCH(int, stage);
    QTemporaryDir dir;
    const QString path = dir.filePath("design.cluster.yaml");
    const Design d = load(dataDir() + "/examples/converged-10g-blade.cluster.yaml");
    QVERIFY(QFile::copy(dataDir() + "/comments/commented.cluster.yaml", path));
    const QByteArray before = readAll(path);
    const WriteFaultHook previous = setWriteFaultHook([stage](WriteStage s, const std::string &) { return int(s) == stage; });
    const std::string error = saveDesignToFile(d, path.toStdString());
    setWriteFaultHook(previous);
    QVERIFY(!error.empty());
    QVERIFY2(error.find("the file is unchanged") != std::string::npos, error.c_str());
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"design.cluster.yaml"});
    // A new file is not made at all.
    const QString fresh = dir.filePath("fresh.cluster.yaml");
    setWriteFaultHook([stage](WriteStage s, const std::string &) { return int(s) == stage; });
    const std::string freshError = saveDesignToFile(d, fresh.toStdString());
    setWriteFaultHook(previous);
    QVERIFY(freshError.find("nothing was written") != std::string::npos);
    QVERIFY(!QFile::exists(fresh));
}

void TestRoundTrip::fullDiskKeepsTheOriginal()
{
    const SmallTmpfs dir;
    if (dir.whyNot())
        QSKIP(dir.whyNot());
    const QString path = dir.filePath("design.cluster.yaml");
    QVERIFY(QFile::copy(dataDir() + "/comments/commented.cluster.yaml", path));
    const QByteArray before = readAll(path);
    // Fill what is left.
    QFile filler(dir.filePath("filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size()) {
    }
    filler.close();
    const Design d = load(dataDir() + "/examples/converged-10g-blade.cluster.yaml");
    const std::string error = saveDesignToFile(d, path.toStdString());
    QVERIFY(!error.empty());
    QVERIFY2(error.find("No space left on device") != std::string::npos, error.c_str());
    QCOMPARE(readAll(path), before);
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
