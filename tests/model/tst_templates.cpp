// Device templates: the NetBox library files read as they are, the built-ins of FORMAT.md §2,
// and the search path's order and shadowing.
#include "templates/TemplateLibrary.h"
#include "templates/TemplateReader.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace cn;

namespace {

QString dataDir() { return QStringLiteral(CLUSTERNET_TEST_DATA); }

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QByteArray deviceYaml(const char *model, const char *slug, const char *extra = "")
{
    return QByteArray("manufacturer: Test\nmodel: ") + model + "\nslug: " + slug +
           "\ninterfaces:\n  - {name: p1, type: 10gbase-t}\n" + extra;
}

int countSpeed(const DeviceTemplate &t, int mbps)
{
    int n = 0;
    for (const auto &i : t.interfaces)
        n += i.speedMbps == mbps && !i.mgmtOnly;
    return n;
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { qputenv("CLUSTERNET_TEMPLATE_PATH", ""); }
    void netboxFiles_data();
    void netboxFiles();
    void builtinSwitches();
    void builtinHostsAndDesigns();
    void interfaceTypes();
    void searchPathOrder();
    void besideTheDesignComesFirst();
    void brokenTemplateIsReportedNotFatal();
};

void TestTemplates::netboxFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("interfaces");
    QTest::addColumn<int>("gigabit");
    QTest::addColumn<QString>("oob");        // the mgmt_only interface
    QTest::addColumn<bool>("oobCablable"); // false for type virtual
    QTest::newRow("5448") << "PowerConnect-5448.yaml" << "PowerConnect 5448" << 49 << 48 << "Management" << false;
    QTest::newRow("6224") << "PowerConnect-6224.yaml" << "PowerConnect 6224" << 25 << 24 << "Management" << false;
    QTest::newRow("6248") << "PowerConnect-6248.yaml" << "PowerConnect 6248" << 49 << 48 << "Management" << false;
    QTest::newRow("6248P") << "PowerConnect-6248P.yaml" << "PowerConnect 6248P" << 49 << 48 << "Management" << false;
    QTest::newRow("7048P") << "PowerConnect-7048P.yaml" << "PowerConnect 7048P" << 49 << 48 << "OOB" << true;
    QTest::newRow("R610") << "PowerEdge-R610.yaml" << "PowerEdge R610" << 5 << 4 << "iDRAC" << true;
    QTest::newRow("R710") << "PowerEdge-R710.yml" << "PowerEdge R710" << 5 << 4 << "iDRAC" << true;
}

void TestTemplates::netboxFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, model);
    QFETCH(int, interfaces);
    QFETCH(int, gigabit);
    QFETCH(QString, oob);
    QFETCH(bool, oobCablable);
    const DeviceTemplateResult r = readDeviceTemplateFile((dataDir() + "/netbox/" + file).toStdString());
    QVERIFY2(!r.error, r.error ? r.error->format().c_str() : "");
    QVERIFY(r.warnings.empty());
    const DeviceTemplate &t = *r.device;
    QCOMPARE(QString::fromStdString(t.model), model);
    QCOMPARE(QString::fromStdString(t.manufacturer), QString("Dell"));
    QCOMPARE(int(t.interfaces.size()), interfaces);
    QCOMPARE(countSpeed(t, 1000), gigabit);
    QCOMPARE(countSpeed(t, 10000), 0);
    int oobCount = 0;
    for (const auto &i : t.interfaces) {
        if (!i.mgmtOnly)
            continue;
        ++oobCount;
        QCOMPARE(QString::fromStdString(i.name), oob);
        QCOMPARE(i.cablable(), oobCablable);
    }
    QCOMPARE(oobCount, 1);
    QCOMPARE(t.hasCablableOob(), oobCablable);
    QVERIFY(!t.stackable); // the library says nothing of stacking
}

void TestTemplates::builtinSwitches()
{
    const TemplateLibrary lib = TemplateLibrary::scan({});
    const DeviceTemplate *pc5424 = lib.findDevice("PowerConnect 5424");
    QVERIFY(pc5424);
    QCOMPARE(pc5424->interfaces.size(), std::size_t(24));
    QCOMPARE(pc5424->interfaces.front().name, std::string("g1"));
    QCOMPARE(pc5424->interfaces.back().name, std::string("g24"));
    QCOMPARE(countSpeed(*pc5424, 1000), 24);
    QVERIFY(!pc5424->stackable);
    QVERIFY(!pc5424->hasCablableOob());
    QCOMPARE(QString::fromStdString(pc5424->file), QString("builtin:dell-powerconnect-5424.yaml"));

    const DeviceTemplate *pc6248 = lib.findDevice("dell-powerconnect-6248");
    QVERIFY(pc6248);
    QCOMPARE(pc6248->interfaces.size(), std::size_t(52));
    QCOMPARE(countSpeed(*pc6248, 1000), 48);
    QCOMPARE(countSpeed(*pc6248, 10000), 4);
    QVERIFY(pc6248->findInterface("g48"));
    QCOMPARE(pc6248->findInterface("xg4")->media, std::string("sfp+"));
    QVERIFY(pc6248->stackable);

    const DeviceTemplate *pc8024 = lib.findDevice("powerconnect 8024f");
    QVERIFY(pc8024);
    QCOMPARE(pc8024->interfaces.size(), std::size_t(25));
    QCOMPARE(countSpeed(*pc8024, 10000), 24);
    QVERIFY(pc8024->findInterface("Te1/0/1"));
    QVERIFY(pc8024->findInterface("Te1/0/24"));
    const Interface *oob = pc8024->findInterface("oob");
    QVERIFY(oob && oob->mgmtOnly && oob->speedMbps == 1000 && oob->type == "1000base-t");
    QVERIFY(pc8024->stackable);
}

void TestTemplates::builtinHostsAndDesigns()
{
    const TemplateLibrary lib = TemplateLibrary::scan({});
    for (const char *m : {"PowerEdge R610", "PowerEdge R710", "PowerEdge R810", "PowerEdge M910"})
        QVERIFY2(lib.findDevice(m), m);
    for (const char *id : {"baseline-1g", "dedicated-10g-csv-lm", "converged-10g-blade", "stacked-lacp"}) {
        const DesignTemplateEntry *e = lib.findDesign(id);
        QVERIFY2(e, id);
        QVERIFY(!e->info.title.empty());
        QVERIFY(!e->info.description.empty());
        std::string error;
        QVERIFY(TemplateLibrary::readDesignText(e->info, error).has_value());
    }
    QVERIFY(lib.problems().empty());
}

void TestTemplates::interfaceTypes()
{
    QCOMPARE(speedOfInterfaceType("1000base-t"), 1000);
    QCOMPARE(speedOfInterfaceType("1000base-x-sfp"), 1000);
    QCOMPARE(speedOfInterfaceType("10gbase-x-sfpp"), 10000);
    QCOMPARE(speedOfInterfaceType("10gbase-t"), 10000);
    QCOMPARE(speedOfInterfaceType("10gbase-cx4"), 10000);
    QCOMPARE(speedOfInterfaceType("10gbase-x-xfp"), 10000);
    QCOMPARE(speedOfInterfaceType("100base-tx"), 100);
    QCOMPARE(speedOfInterfaceType("2.5gbase-t"), 2500);
    QCOMPARE(speedOfInterfaceType("5gbase-t"), 5000);
    QCOMPARE(speedOfInterfaceType("25gbase-x-sfp28"), 25000);
    QCOMPARE(speedOfInterfaceType("40gbase-x-qsfpp"), 40000);
    QCOMPARE(speedOfInterfaceType("50gbase-x-sfp56"), 50000);
    QCOMPARE(speedOfInterfaceType("100gbase-x-qsfp28"), 100000);
    QCOMPARE(speedOfInterfaceType("virtual"), 0);
    QCOMPARE(speedOfInterfaceType("lag"), 0);
    QCOMPARE(mediaOfInterfaceType("1000base-t"), std::string("copper"));
    QCOMPARE(mediaOfInterfaceType("1000base-x-sfp"), std::string("sfp"));
    QCOMPARE(mediaOfInterfaceType("10gbase-x-sfpp"), std::string("sfp+"));
    QCOMPARE(mediaOfInterfaceType("10gbase-cx4"), std::string("cx4"));
    QCOMPARE(mediaOfInterfaceType("10gbase-x-xfp"), std::string("xfp"));
}

void TestTemplates::searchPathOrder()
{
    QTemporaryDir first, second;
    // Files that mean to replace a built-in say so with a clusternet mapping.
    writeFile(first.filePath("devices/Dell/pc8024f.yaml"),
              deviceYaml("PowerConnect 8024F", "dell-powerconnect-8024f", "clusternet: {}\n"));
    writeFile(second.filePath("devices/pc8024f.yml"),
              deviceYaml("PowerConnect 8024F", "dell-powerconnect-8024f", "clusternet: {stackable: false}\n"));
    writeFile(second.filePath("devices/other.yaml"), deviceYaml("Other Switch", "other-switch"));
    writeFile(second.filePath("designs/mine.cluster.yaml"),
              "format: clusternet/1\ntemplate: {id: dedicated-10g-csv-lm, title: Mine}\n");
    qputenv("CLUSTERNET_TEMPLATE_PATH", (first.path() + QDir::listSeparator() + second.path()).toUtf8());

    const TemplateLibrary lib = TemplateLibrary::scan(TemplateLibrary::standardFolders());
    const DeviceTemplate *t = lib.findDevice("PowerConnect 8024F");
    QVERIFY(t);
    QCOMPARE(QString::fromStdString(t->file), first.filePath("devices/Dell/pc8024f.yaml"));
    QCOMPARE(t->interfaces.size(), std::size_t(1));
    const auto &entries = lib.devices();
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [&](const DeviceTemplateEntry &e) { return e.device.file == t->file; });
    QCOMPARE(it->shadows.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(it->shadows[0]), second.filePath("devices/pc8024f.yml"));
    QCOMPARE(it->shadows[1], std::string("builtin:dell-powerconnect-8024f.yaml"));
    QVERIFY(lib.findDevice("other-switch"));
    const DesignTemplateEntry *design = lib.findDesign("dedicated-10g-csv-lm");
    QCOMPARE(QString::fromStdString(design->info.file), second.filePath("designs/mine.cluster.yaml"));
    QCOMPARE(design->shadows, (std::vector<std::string>{"builtin:dedicated-10g-csv-lm.cluster.yaml"}));
}

void TestTemplates::besideTheDesignComesFirst()
{
    QTemporaryDir shared, project;
    writeFile(shared.filePath("devices/a.yaml"), deviceYaml("PowerConnect 5424", "x-5424", "clusternet:\n"));
    writeFile(project.filePath("devices/b.yaml"), deviceYaml("PowerConnect 5424", "y-5424", "clusternet:\n"));
    // Design templates beside a design are not on the search path: only devices/ is.
    writeFile(project.filePath("designs/d.cluster.yaml"),
              "format: clusternet/1\ntemplate: {id: project-only}\n");
    qputenv("CLUSTERNET_TEMPLATE_PATH", shared.path().toUtf8());
    const TemplateLibrary lib =
        TemplateLibrary::forDesign(project.filePath("site.cluster.yaml").toStdString());
    QCOMPARE(lib.findDevice("PowerConnect 5424")->slug, std::string("y-5424"));
    QVERIFY(!lib.findDesign("project-only"));
}

void TestTemplates::brokenTemplateIsReportedNotFatal()
{
    QTemporaryDir dir;
    writeFile(dir.filePath("devices/broken.yaml"), "model: [unclosed\n");
    writeFile(dir.filePath("devices/good.yaml"), deviceYaml("Good", "good"));
    const TemplateLibrary lib = TemplateLibrary::scan({{dir.path().toStdString(), false}});
    QVERIFY(lib.findDevice("good"));
    QCOMPARE(lib.problems().size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(lib.problems()[0].file), dir.filePath("devices/broken.yaml"));
    QVERIFY(lib.problems()[0].pos.line >= 1);
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
