// Saving: load -> save -> load keeps the design; saving twice gives the same bytes; the
// canonical file of every key is reproduced exactly; a failed save leaves the old file.
#include "io/DesignLoader.h"
#include "io/DesignSaver.h"
#include "templates/TemplateLibrary.h"

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
    for (std::size_t i = 0; i < original.links.size(); ++i)
        QCOMPARE(again.links[i].name(), original.links[i].name());
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

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
