// The NetBox device-type library on the search path (FORMAT.md §2): its layout, the built-ins'
// precedence, every interface type's speed and media, stacking ports, module types, the
// management-port heuristic, the kinds and the index in the cache. The library's files are
// copies in tests/data/netbox-library (a user's clone has no ../shared).
#include "analysis/DesignIndex.h"
#include "analysis/Validator.h"
#include "io/DesignLoader.h"
#include "io/SafeWrite.h"
#include "templates/TemplateIndex.h"
#include "templates/TemplateLibrary.h"
#include "templates/TemplateReader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <functional>

using namespace cn;

namespace
{

QString dataDir()
{
    return QStringLiteral(CLUSTERNET_TEST_DATA);
}
QString libraryDir()
{
    return dataDir() + "/netbox-library";
}

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// A copy of a folder whose files are an hour old: the index keeps only files older than a few
// seconds (a file changed within its time stamp's resolution could change again unseen).
void copyTree(const QString &from, const QString &to)
{
    const QDateTime old = QDateTime::currentDateTime().addSecs(-3600);
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + "/" + QDir(from).relativeFilePath(path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QVERIFY(QFile::copy(path, target));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
    }
}

void age(const QString &path, int seconds = 3600)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-seconds),
                          QFileDevice::FileModificationTime));
}

TemplateLibrary libraryOnPath(const QString &root)
{
    return TemplateLibrary::scan({{root.toStdString(), false}});
}

const DeviceTemplateEntry *entryOf(const TemplateLibrary &lib, const std::string &model)
{
    return lib.findEntry(model);
}

const char *const kStackDesign = R"(format: clusternet/1
networks:
  - {id: mgmt, roles: [management]}
devices:
  - {id: hv1, type: host, adapters: [{id: lom, ports: [p1]}, {id: slot1, ports: [p1]}], teams: [{id: t, members: [lom/p1, slot1/p1]}], bindings: [{via: t, networks: [mgmt]}]}
  - {id: hv2, type: host, adapters: [{id: lom, ports: [p1]}, {id: slot1, ports: [p1]}], teams: [{id: t, members: [lom/p1, slot1/p1]}], bindings: [{via: t, networks: [mgmt]}]}
  - {id: sw1, type: switch, model: Catalyst 9300-48P, stack: core}
  - {id: sw2, type: switch, model: cisco-c9300-48p, stack: core}
links:
  - {a: sw1:StackPort1/1, b: sw2:StackPort1/2, kind: stacking}
  - {a: sw1:StackPort1/2, b: sw2:StackPort1/1, kind: stacking}
  - {a: hv1:lom/p1, b: sw1:GigabitEthernet1/0/1}
  - {a: hv1:slot1/p1, b: sw2:GigabitEthernet1/0/1}
  - {a: hv2:lom/p1, b: sw1:GigabitEthernet1/0/2}
  - {a: hv2:slot1/p1, b: sw2:GigabitEthernet1/0/2}
  - {a: sw1:GigabitEthernet0/0, b: sw2:GigabitEthernet1/0/48}
  - {a: sw2:GigabitEthernet0/0, b: sw1:GigabitEthernet1/0/48}
)";

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("CLUSTERNET_TEMPLATE_PATH", "");
    }
    void init()
    {
        TemplateIndex::setMinimumFilesForCache(48);
        TemplateIndex::forgetMemo();
    }

    void checkoutOnThePathAsItIs();
    void devicesAndDeviceTypesBothRead();
    void moduleTypesAreNotDevices();
    void plainFileDoesNotShadowBuiltin();
    void clusternetMappingReplacesBuiltin();
    void bundledDesignTemplatesLoadWithTheLibrary();
    void mediaOfEveryFormFactor_data();
    void mediaOfEveryFormFactor();
    void everyLibraryTypeIsUnderstood();
    void stackingPortsMakeStackable();
    void cabledStackWiseStackValidatesClean();
    void stackingPortTakesNoCable();
    void modulePortNamesTheBay();
    void managementPortByName_data();
    void managementPortByName();
    void managementHeuristicOnLibraryFiles();
    void oobByNameIsAnInfoFinding();
    void kinds_data();
    void kinds();
    void kindOverride();
    void indexIsKeptAndChecked();
    void indexSeesNewChangedAndRemovedFiles();
    void corruptOrForeignIndexIsNotTrusted();
    void onlyTheNeededFilesAreRead();
    void unwritableCacheIsNoFailure();
    void parallelReadGivesTheOneThreadIndex();
};

void TestLibrary::checkoutOnThePathAsItIs()
{
    const TemplateLibrary lib = libraryOnPath(libraryDir());
    for (const char *model :
         {"Catalyst 9300-48P", "Nexus 93180YC-FX", "SN2010", "PowerSwitch S4048-ON", "EX4500-40F",
          "FortiGate 100F", "PowerEdge R740", "DCS-7050TX-48"})
        QVERIFY2(lib.findDevice(model), model);
    QVERIFY(lib.problems().empty());
    // By slug as well, case-insensitively.
    QCOMPARE(lib.findDevice("CISCO-N9K-C93180YC-FX")->model, std::string("Nexus 93180YC-FX"));
}

void TestLibrary::devicesAndDeviceTypesBothRead()
{
    QTemporaryDir dir;
    writeFile(dir.filePath("devices/a.yaml"),
              "manufacturer: T\nmodel: In Devices\nslug: in-devices\n");
    writeFile(dir.filePath("device-types/Maker/b.yml"),
              "manufacturer: T\nmodel: In Device Types\nslug: in-dt\n");
    writeFile(dir.filePath("other/c.yaml"), "manufacturer: T\nmodel: Elsewhere\nslug: elsewhere\n");
    const TemplateLibrary lib = libraryOnPath(dir.path());
    QVERIFY(lib.findDevice("In Devices"));
    QVERIFY(lib.findDevice("in-dt"));
    QVERIFY(!lib.findDevice("Elsewhere")); // only devices/ and device-types/ hold device templates
}

void TestLibrary::moduleTypesAreNotDevices()
{
    const TemplateLibrary lib = libraryOnPath(libraryDir());
    QVERIFY(!lib.findDevice("C9300-NM-8X"));
    // Nor when a checkout is put under devices/ as a whole, or a module file dropped there.
    QTemporaryDir dir;
    copyTree(libraryDir(), dir.filePath("devices/netbox"));
    QFile::copy(libraryDir() + "/module-types/Cisco/C9300-NM-8X.yaml",
                dir.filePath("devices/nm.yaml"));
    const TemplateLibrary moved = libraryOnPath(dir.path());
    QVERIFY(moved.findDevice("Catalyst 9300-48P"));
    QVERIFY(!moved.findDevice("C9300-NM-8X"));
    QVERIFY(moved.problems().empty());
}

void TestLibrary::plainFileDoesNotShadowBuiltin()
{
    const TemplateLibrary lib = libraryOnPath(libraryDir());
    const DeviceTemplate *pc6248 = lib.findDevice("PowerConnect 6248");
    QVERIFY(pc6248);
    QCOMPARE(QString::fromStdString(pc6248->file), QString("builtin:dell-powerconnect-6248.yaml"));
    QVERIFY(pc6248->findInterface("xg4"));
    QVERIFY(pc6248->stackable);
    const DeviceTemplateEntry *e = entryOf(lib, "PowerConnect 6248");
    QCOMPARE(e->shadows.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(e->shadows[0]),
             libraryDir() + "/device-types/Dell/PowerConnect-6248.yaml");
}

void TestLibrary::clusternetMappingReplacesBuiltin()
{
    QTemporaryDir dir;
    QFile original(libraryDir() + "/device-types/Dell/PowerConnect-6248.yaml");
    QVERIFY(original.open(QIODevice::ReadOnly));
    writeFile(dir.filePath("devices/pc6248.yaml"), original.readAll() + "clusternet: {}\n");
    const TemplateLibrary lib = libraryOnPath(dir.path());
    const DeviceTemplate *pc6248 = lib.findDevice("dell-powerconnect-6248");
    QCOMPARE(QString::fromStdString(pc6248->file), dir.filePath("devices/pc6248.yaml"));
    QVERIFY(!pc6248->findInterface("xg1"));
    QVERIFY(!pc6248->stackable);
    QCOMPARE(entryOf(lib, "PowerConnect 6248")->shadows,
             std::vector<std::string>{"builtin:dell-powerconnect-6248.yaml"});
}

void TestLibrary::bundledDesignTemplatesLoadWithTheLibrary()
{
    const TemplateLibrary lib = libraryOnPath(libraryDir());
    QCOMPARE(lib.designs().size(), std::size_t(4));
    for (const DesignTemplateEntry &e : lib.designs()) {
        std::string error;
        const auto text = TemplateLibrary::readDesignText(e.info, error);
        QVERIFY(text);
        const LoadResult r = DesignLoader(lib).loadText(*text, e.info.file);
        QVERIFY2(r.ok(), r.error ? r.error->format().c_str() : "");
    }
}

void TestLibrary::mediaOfEveryFormFactor_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("speed");
    QTest::addColumn<QString>("media");
    QTest::newRow("sfp") << "1000base-x-sfp" << 1000 << "sfp";
    QTest::newRow("sfp+") << "10gbase-x-sfpp" << 10000 << "sfp+";
    QTest::newRow("sfp28") << "25gbase-x-sfp28" << 25000 << "sfp28";
    QTest::newRow("sfp28 50G") << "50gbase-x-sfp28" << 50000 << "sfp28";
    QTest::newRow("sfp56") << "50gbase-x-sfp56" << 50000 << "sfp56";
    QTest::newRow("qsfp+") << "40gbase-x-qsfpp" << 40000 << "qsfp+";
    QTest::newRow("qsfp28") << "100gbase-x-qsfp28" << 100000 << "qsfp28";
    QTest::newRow("qsfp56") << "200gbase-x-qsfp56" << 200000 << "qsfp56";
    QTest::newRow("qsfp-dd 100G") << "100gbase-x-qsfpdd" << 100000 << "qsfp-dd";
    QTest::newRow("qsfp-dd 400G") << "400gbase-x-qsfpdd" << 400000 << "qsfp-dd";
    QTest::newRow("qsfp-dd 800G") << "800gbase-x-qsfpdd" << 800000 << "qsfp-dd";
    QTest::newRow("osfp") << "400gbase-x-osfp" << 400000 << "osfp";
    QTest::newRow("osfp-rhs") << "400gbase-x-osfp-rhs" << 400000 << "osfp";
    QTest::newRow("osfp 800G") << "800gbase-x-osfp" << 800000 << "osfp";
    QTest::newRow("sfp-dd") << "100gbase-x-sfpdd" << 100000 << "sfp-dd";
    QTest::newRow("cfp") << "100gbase-x-cfp" << 100000 << "cfp";
    QTest::newRow("cfp2") << "200gbase-x-cfp2" << 200000 << "cfp";
    QTest::newRow("cfp4") << "100gbase-x-cfp4" << 100000 << "cfp";
    QTest::newRow("cfp8") << "400gbase-x-cfp8" << 400000 << "cfp";
    QTest::newRow("xfp") << "10gbase-x-xfp" << 10000 << "xfp";
    QTest::newRow("gbic") << "1000base-x-gbic" << 1000 << "gbic";
    QTest::newRow("copper 1G") << "1000base-t" << 1000 << "copper";
    QTest::newRow("copper 100M tx") << "100base-tx" << 100 << "copper";
    QTest::newRow("copper 2.5G") << "2.5gbase-t" << 2500 << "copper";
    QTest::newRow("copper 10G") << "10gbase-t" << 10000 << "copper";
    QTest::newRow("cx4") << "10gbase-cx4" << 10000 << "cx4";
    QTest::newRow("fibre, no form factor") << "1000base-lx" << 1000 << "fibre";
    QTest::newRow("backplane") << "10gbase-kr" << 10000 << "backplane";
    QTest::newRow("stacking") << "cisco-stackwise-480" << 0 << "stacking";
    QTest::newRow("virtual") << "virtual" << 0 << "";
    QTest::newRow("lag") << "lag" << 0 << "";
}

void TestLibrary::mediaOfEveryFormFactor()
{
    QFETCH(QString, type);
    QFETCH(int, speed);
    QFETCH(QString, media);
    const InterfaceTypeInfo info = interfaceTypeInfo(type.toStdString());
    QCOMPARE(info.speedMbps, speed);
    QCOMPARE(QString::fromStdString(info.media), media);
    QCOMPARE(speedOfInterfaceType(type.toStdString()), speed);
    QCOMPARE(QString::fromStdString(mediaOfInterfaceType(type.toStdString())), media);
}

void TestLibrary::everyLibraryTypeIsUnderstood()
{
    int count = 0;
    const char *const *types = libraryInterfaceTypes(count);
    QCOMPARE(count, 132); // schema/generated_schema.json of the library
    for (int i = 0; i < count; ++i) {
        const std::string t = types[i];
        const InterfaceTypeInfo info = interfaceTypeInfo(t);
        const bool base = t.find("base-") != std::string::npos;
        // A *base type has a speed and a media; no other type has a speed.
        QVERIFY2(base == (info.speedMbps > 0), types[i]);
        if (base)
            QVERIFY2(!info.media.empty(), types[i]);
        if (t != "other")
            QVERIFY2(info.family != InterfaceFamily::Other, types[i]);
    }
    // Each read from a file, one interface of each.
    QByteArray yaml = "manufacturer: T\nmodel: Every Type\nslug: every-type\ninterfaces:\n";
    for (int i = 0; i < count; ++i)
        yaml +=
            QByteArray("  - name: if") + QByteArray::number(i) + "\n    type: " + types[i] + "\n";
    const DeviceTemplateResult r = readDeviceTemplate(yaml.toStdString(), "every.yaml");
    QVERIFY(r.device);
    QCOMPARE(int(r.device->interfaces.size()), count);
    QVERIFY(r.device->stackable); // it has stacking ports
}

void TestLibrary::stackingPortsMakeStackable()
{
    const TemplateLibrary lib = libraryOnPath(libraryDir());
    const DeviceTemplate *c9300 = lib.findDevice("Catalyst 9300-48P");
    QVERIFY(c9300->stackable);
    const Interface *sp = c9300->findInterface("StackPort1/1");
    QVERIFY(sp && sp->stacking && sp->cablable() && sp->speedMbps == 0);
    QVERIFY(lib.findDevice("EX4500-40F")->stackable); // juniper-vcp
    QVERIFY(lib.findDevice("EX4500-40F")->findInterface("vcp-0")->stacking);
    QVERIFY(!lib.findDevice("Nexus 93180YC-FX")->stackable);
    // ... unless the clusternet mapping says otherwise.
    QFile f(libraryDir() + "/device-types/Cisco/C9300-48P.yaml");
    QVERIFY(f.open(QIODevice::ReadOnly));
    const DeviceTemplateResult r = readDeviceTemplate(
        (f.readAll() + "clusternet: {stackable: false}\n").toStdString(), "c9300.yaml");
    QVERIFY(r.device && !r.device->stackable);
}

void TestLibrary::cabledStackWiseStackValidatesClean()
{
    const TemplateLibrary lib = libraryOnPath(libraryDir());
    const LoadResult r = DesignLoader(lib).loadText(kStackDesign, "stack.cluster.yaml");
    QVERIFY2(r.ok(), r.error ? r.error->format().c_str() : "");
    for (const Finding &f : validate(*r.design, lib))
        QVERIFY2(f.severity == Severity::Info, (f.rule + ": " + f.message).c_str());
    // Without its stacking links the stack is incomplete, but never unsupported.
    std::string text = kStackDesign;
    for (const char *link : {"  - {a: sw1:StackPort1/1, b: sw2:StackPort1/2, kind: stacking}\n",
                             "  - {a: sw1:StackPort1/2, b: sw2:StackPort1/1, kind: stacking}\n"})
        text.erase(text.find(link), std::strlen(link));
    const LoadResult open = DesignLoader(lib).loadText(text, "open.cluster.yaml");
    QVERIFY(open.ok());
    QStringList rules;
    for (const Finding &f : validate(*open.design, lib))
        rules << QString::fromStdString(f.rule);
    QVERIFY(rules.contains("stack-incomplete"));
    QVERIFY(!rules.contains("stack-unsupported"));
}

void TestLibrary::stackingPortTakesNoCable()
{
    const TemplateLibrary lib = libraryOnPath(libraryDir());
    std::string text = kStackDesign;
    const std::string stacking = "{a: sw1:StackPort1/1, b: sw2:StackPort1/2, kind: stacking}";
    text.replace(text.find(stacking), stacking.size(),
                 "{a: sw1:StackPort1/1, b: sw2:StackPort1/2}");
    const LoadResult r = DesignLoader(lib).loadText(text, "cable.cluster.yaml");
    QVERIFY(!r.ok());
    QVERIFY2(r.error->text.find("stacking port") != std::string::npos, r.error->text.c_str());
    QCOMPARE(r.error->pos.line, 10);
}

void TestLibrary::modulePortNamesTheBay()
{
    const TemplateLibrary lib = libraryOnPath(libraryDir());
    std::string text = kStackDesign;
    const std::string port = "sw1:GigabitEthernet1/0/48";
    text.replace(text.find(port), port.size(), "sw1:TenGigabitEthernet1/1/1");
    const LoadResult r = DesignLoader(lib).loadText(text, "module.cluster.yaml");
    QVERIFY(!r.ok());
    QVERIFY2(r.error->text.find("'Network Module'") != std::string::npos, r.error->text.c_str());
    QVERIFY(r.error->text.find("PS-A") == std::string::npos); // a power bay adds no port
    // A switch with no module bays says only that the port is not there.
    std::string nexus =
        "format: clusternet/1\ndevices:\n  - {id: nx, type: switch, model: Nexus 93180YC-FX}\n"
        "  - {id: nx2, type: switch, model: Nexus 93180YC-FX}\nlinks:\n"
        "  - {a: nx:Ethernet1/99, b: nx2:Ethernet1/1}\n";
    const LoadResult plain = DesignLoader(lib).loadText(nexus, "nx.cluster.yaml");
    QVERIFY(!plain.ok());
    QVERIFY(plain.error->text.find("module") == std::string::npos);
}

void TestLibrary::managementPortByName_data()
{
    QTest::addColumn<QByteArray>("ports"); // name:type, comma-separated
    QTest::addColumn<QString>("marked");   // the port taken as out-of-band, or empty
    const QByteArray data48 = [] {
        QByteArray s;
        for (int i = 1; i <= 12; ++i)
            s += "swp" + QByteArray::number(i) + ":25gbase-x-sfp28,";
        return s;
    }();
    QTest::newRow("eth0 of a switch") << data48 + "eth0:1000base-t"
                                      << "eth0";
    QTest::newRow("mgmt0") << data48 + "mgmt0:1000base-t"
                           << "mgmt0";
    QTest::newRow("Management1") << data48 + "Management1:1000base-t"
                                 << "Management1";
    QTest::newRow("ma1") << data48 + "ma1:1000base-t"
                         << "ma1";
    QTest::newRow("oob") << data48 + "oob:1000base-t"
                         << "oob";
    QTest::newRow("mgmt-1/1/1") << data48 + "mgmt-1/1/1:1000base-t"
                                << "mgmt-1/1/1";
    QTest::newRow("eth0 of a series")
        << QByteArray("eth0:1000base-t,eth1:1000base-t,eth2:1000base-t,eth3:1000base-t,"
                      "eth4:1000base-t,eth5:1000base-t,eth6:1000base-t,eth7:1000base-t,"
                      "eth8:1000base-t")
        << "";
    QTest::newRow("a virtual mgmt") << data48 + "mgmt0:virtual"
                                    << "";
    QTest::newRow("not a switch") << QByteArray("eth0:1000base-t,p1:10gbase-t") << "";
}

void TestLibrary::managementPortByName()
{
    QFETCH(QByteArray, ports);
    QFETCH(QString, marked);
    QByteArray yaml = "manufacturer: T\nmodel: M\nslug: m\nu_height: 1\ninterfaces:\n";
    for (const QByteArray &p : ports.split(','))
        if (!p.isEmpty())
            yaml += "  - name: " + p.split(':')[0] + "\n    type: " + p.split(':')[1] + "\n";
    const DeviceTemplateResult r = readDeviceTemplate(yaml.toStdString(), "m.yaml");
    QVERIFY(r.device);
    QString found;
    for (const Interface &i : r.device->interfaces) {
        if (i.oobByName) {
            QVERIFY(i.mgmtOnly);
            found = QString::fromStdString(i.name);
        } else {
            QVERIFY(!i.mgmtOnly);
        }
    }
    QCOMPARE(found, marked);
}

void TestLibrary::managementHeuristicOnLibraryFiles()
{
    const TemplateLibrary lib = libraryOnPath(libraryDir());
    const Interface *eth0 = lib.findDevice("SN2010")->findInterface("eth0");
    QVERIFY(eth0 && eth0->mgmtOnly && eth0->oobByName);
    QVERIFY(lib.findDevice("SN2010")->hasCablableOob());
    QVERIFY(lib.findDevice("DCS-7050TX-48")->findInterface("Management1")->oobByName);
    // A file that marks its management port is taken as it is.
    const Interface *mgmt0 = lib.findDevice("Nexus 93180YC-FX")->findInterface("mgmt0");
    QVERIFY(mgmt0->mgmtOnly && !mgmt0->oobByName);
    QCOMPARE(entryOf(lib, "SN2010")->oobByName, std::vector<std::string>{"eth0"});
}

void TestLibrary::oobByNameIsAnInfoFinding()
{
    const TemplateLibrary lib = libraryOnPath(libraryDir());
    const char *text = R"(format: clusternet/1
networks:
  - {id: mgmt, roles: [management]}
devices:
  - {id: leaf1, type: switch, model: SN2010}
  - {id: oob1, type: switch, model: Catalyst 9300-48P}
links:
  - {a: leaf1:eth0, b: oob1:GigabitEthernet1/0/1}
)";
    const LoadResult r = DesignLoader(lib).loadText(text, "sn.cluster.yaml");
    QVERIFY2(r.ok(), r.error ? r.error->format().c_str() : "");
    int infos = 0;
    for (const Finding &f : validate(*r.design, lib)) {
        if (f.rule != "oob-by-name")
            continue;
        ++infos;
        QVERIFY(f.severity == Severity::Info);
        QCOMPARE(f.elements, std::vector<std::string>{"leaf1"});
        QVERIFY(f.message.find("eth0") != std::string::npos);
    }
    QCOMPARE(infos, 1);
    // The link on eth0 is out-of-band: no trunk between the two switches.
    const DesignIndex index(*r.design, lib);
    QVERIFY(index.links().front().a.outOfBand());
}

void TestLibrary::kinds_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("kind");
    QTest::newRow("C9300") << "Catalyst 9300-48P"
                           << "switch";
    QTest::newRow("Nexus") << "Nexus 93180YC-FX"
                           << "switch";
    QTest::newRow("SN2010") << "SN2010"
                            << "switch";
    QTest::newRow("S4048") << "PowerSwitch S4048-ON"
                           << "switch";
    QTest::newRow("EX4500") << "EX4500-40F"
                            << "switch";
    QTest::newRow("FortiGate") << "FortiGate 100F"
                               << "firewall";
    QTest::newRow("R740") << "PowerEdge R740"
                          << "server";
    QTest::newRow("built-in 8024F") << "PowerConnect 8024F"
                                    << "switch";
    QTest::newRow("built-in R610") << "PowerEdge R610"
                                   << "server";
}

void TestLibrary::kinds()
{
    QFETCH(QString, model);
    QFETCH(QString, kind);
    const TemplateLibrary lib = libraryOnPath(libraryDir());
    QCOMPARE(QString::fromStdString(toString(entryOf(lib, model.toStdString())->device.kind)),
             kind);
    QCOMPARE(QString::fromStdString(toString(lib.findDevice(model.toStdString())->kind)), kind);
}

void TestLibrary::kindOverride()
{
    const std::string base =
        "manufacturer: T\nmodel: Box\nslug: box\ninterfaces:\n  - {name: p1, type: 10gbase-t}\n";
    DeviceTemplateResult r = readDeviceTemplate(base + "clusternet: {kind: storage}\n", "box.yaml");
    QVERIFY(r.device);
    QVERIFY(r.device->kind == DeviceKind::Storage);
    r = readDeviceTemplate(base + "clusternet: {kind: toaster}\n", "box.yaml");
    QVERIFY(r.error);
    QCOMPARE(r.error->pos.line, 6);
}

void TestLibrary::indexIsKeptAndChecked()
{
    TemplateIndex::setMinimumFilesForCache(1);
    QTemporaryDir dir;
    copyTree(libraryDir(), dir.path());
    const std::string root = dir.path().toStdString();
    QFile::remove(QString::fromStdString(TemplateIndex::cacheFileFor(root)));
    TemplateIndexStats first;
    const auto a = TemplateIndex::load(root, &first);
    QCOMPARE(first.files, 9);
    QCOMPARE(first.parsed, 9);
    QVERIFY(!first.cacheUsed);
    QVERIFY(first.cacheWritten);
    TemplateIndex::forgetMemo(); // the index file, not what this process remembers
    TemplateIndexStats second;
    const auto b = TemplateIndex::load(root, &second);
    QVERIFY(second.cacheUsed);
    QCOMPARE(second.parsed, 0);
    QVERIFY(!second.cacheWritten);
    QCOMPARE(a->size(), b->size());
    for (std::size_t i = 0; i < a->size(); ++i) {
        QCOMPARE((*a)[i].path, (*b)[i].path);
        QCOMPARE((*a)[i].header.model, (*b)[i].header.model);
        QVERIFY((*a)[i].header.kind == (*b)[i].header.kind);
        QCOMPARE((*a)[i].ports.size(), (*b)[i].ports.size());
        QCOMPARE((*a)[i].oobByName, (*b)[i].oobByName);
    }
    // Within the process, a folder as it was is not even read from the index file again.
    TemplateIndexStats third;
    QCOMPARE(TemplateIndex::load(root, &third).get(), b.get());
    QVERIFY(third.memoUsed);
}

void TestLibrary::indexSeesNewChangedAndRemovedFiles()
{
    TemplateIndex::setMinimumFilesForCache(1);
    QTemporaryDir dir;
    copyTree(libraryDir(), dir.path());
    const QString root = dir.path();
    TemplateIndex::load(root.toStdString());
    // A changed file (same name, new model), a new file and a removed one.
    const QString nexus = root + "/device-types/Cisco/N9K-C93180YC-FX.yaml";
    QFile f(nexus);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    text.replace("model: Nexus 93180YC-FX", "model: Nexus 93180YC-FX Renamed");
    writeFile(nexus, text);
    age(nexus, 1800);
    writeFile(root + "/devices/new.yaml", "manufacturer: T\nmodel: Newcomer\nslug: newcomer\n");
    age(root + "/devices/new.yaml");
    QVERIFY(QFile::remove(root + "/device-types/Fortinet/FG-100F.yaml"));
    TemplateIndex::forgetMemo();
    TemplateIndexStats stats;
    TemplateIndex::load(root.toStdString(), &stats);
    QVERIFY(stats.cacheUsed);
    QCOMPARE(stats.parsed, 2);
    QVERIFY(stats.cacheWritten);
    const TemplateLibrary lib = libraryOnPath(root);
    QVERIFY(lib.findDevice("Nexus 93180YC-FX Renamed"));
    QVERIFY(!lib.findDevice("Nexus 93180YC-FX"));
    QVERIFY(lib.findDevice("Newcomer"));
    QVERIFY(!lib.findDevice("FortiGate 100F"));
    // A file changed a moment ago is read again next time, not trusted from the index.
    writeFile(root + "/devices/new.yaml", "manufacturer: T\nmodel: Newest\nslug: newest\n");
    TemplateIndex::load(root.toStdString());
    TemplateIndexStats again;
    TemplateIndex::load(root.toStdString(), &again);
    QCOMPARE(again.parsed, 1);
}

void TestLibrary::corruptOrForeignIndexIsNotTrusted()
{
    TemplateIndex::setMinimumFilesForCache(1);
    QTemporaryDir dir, other;
    copyTree(libraryDir(), dir.path());
    copyTree(libraryDir(), other.path());
    const std::string root = dir.path().toStdString();
    const QString cache = QString::fromStdString(TemplateIndex::cacheFileFor(root));
    TemplateIndex::load(root);
    // One byte changed: the checksum fails and the files are read again.
    QFile f(cache);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
    f.seek(0);
    f.write(bytes);
    f.close();
    TemplateIndex::forgetMemo();
    TemplateIndexStats stats;
    TemplateIndex::load(root, &stats);
    QVERIFY(!stats.cacheUsed);
    QCOMPARE(stats.parsed, 9);
    QVERIFY(!stats.cacheProblem.empty());
    // Another folder's index (valid in itself) under this folder's name is not taken either.
    TemplateIndex::load(other.path().toStdString());
    QFile::remove(cache);
    QVERIFY(QFile::copy(
        QString::fromStdString(TemplateIndex::cacheFileFor(other.path().toStdString())), cache));
    TemplateIndex::forgetMemo();
    TemplateIndexStats foreign;
    TemplateIndex::load(root, &foreign);
    QVERIFY(!foreign.cacheUsed);
    QCOMPARE(foreign.parsed, 9);
    // Nor one made to look right (its checksum matches) that claims four billion entries.
    QByteArray forged("CNTIDX\n\0", 8);
    auto u32 = [&](quint32 v) {
        for (int i = 0; i < 4; ++i)
            forged.append(char((v >> (8 * i)) & 0xff));
    };
    u32(4);
    const QByteArray rootBytes = QFileInfo(dir.path()).absoluteFilePath().toUtf8();
    u32(quint32(rootBytes.size()));
    forged += rootBytes;
    u32(0xffffffffu);
    forged += QCryptographicHash::hash(forged, QCryptographicHash::Sha1);
    writeFile(cache, forged);
    TemplateIndex::forgetMemo();
    TemplateIndexStats forgedStats;
    QCOMPARE(int(TemplateIndex::load(root, &forgedStats)->size()), 9);
    QVERIFY(!forgedStats.cacheUsed);
    QCOMPARE(QString::fromStdString(forgedStats.cacheProblem), QString("index damaged"));
    // Nor a file of garbage.
    writeFile(cache, QByteArray(100, 'x'));
    TemplateIndex::forgetMemo();
    TemplateIndexStats garbage;
    const auto entries = TemplateIndex::load(root, &garbage);
    QVERIFY(!garbage.cacheUsed);
    QCOMPARE(int(entries->size()), 9);
}

void TestLibrary::onlyTheNeededFilesAreRead()
{
    TemplateIndex::setMinimumFilesForCache(1);
    QTemporaryDir dir;
    copyTree(libraryDir(), dir.path());
    TemplateIndex::load(dir.path().toStdString());
    // With the index built, listing the templates reads no file: one made unreadable as YAML
    // (same size and time) is only noticed when a design asks for its model.
    const QString fortinet = dir.filePath("device-types/Fortinet/FG-100F.yaml");
    QFile f(fortinet);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QDateTime time = f.fileTime(QFileDevice::FileModificationTime);
    QByteArray bytes = f.readAll();
    bytes.replace("model: FortiGate 100F", "model: [FortiGate 100"); // the same size
    f.seek(0);
    f.write(bytes);
    f.flush();
    QVERIFY(f.setFileTime(time, QFileDevice::FileModificationTime));
    f.close();
    TemplateIndex::forgetMemo();
    const TemplateLibrary lib = libraryOnPath(dir.path());
    QVERIFY(lib.findEntry("FortiGate 100F"));
    QVERIFY(lib.problems().empty());
    QVERIFY(lib.findDevice("Nexus 93180YC-FX"));
    QVERIFY(lib.problems().empty());
    QVERIFY(!lib.findDevice("FortiGate 100F")); // read now, and found broken
    QCOMPARE(lib.problems().size(), std::size_t(1));
}

void TestLibrary::unwritableCacheIsNoFailure()
{
    TemplateIndex::setMinimumFilesForCache(1);
    QTemporaryDir dir;
    copyTree(libraryDir(), dir.path());
    const std::string root = dir.path().toStdString();
    QFile::remove(QString::fromStdString(TemplateIndex::cacheFileFor(root)));
    const WriteFaultHook previous = setWriteFaultHook([](WriteStage stage, const std::string &) {
        return stage == WriteStage::Sync; // as if the disk were full
    });
    TemplateIndexStats stats;
    const auto entries = TemplateIndex::load(root, &stats);
    setWriteFaultHook(previous);
    QCOMPARE(int(entries->size()), 9);
    QVERIFY(!stats.cacheWritten);
    QVERIFY(!stats.cacheProblem.empty());
    QVERIFY(!QFile::exists(QString::fromStdString(TemplateIndex::cacheFileFor(root))));
    TemplateIndex::forgetMemo();
    QVERIFY(libraryOnPath(dir.path()).findDevice("SN2010"));
}

// Every field an index entry keeps, errors with their places; empty when the same.
QString differenceOf(const IndexedTemplate &a, const IndexedTemplate &b)
{
    const QString path = QString::fromStdString(a.path);
    if (a.path != b.path || a.size != b.size || a.mtimeNs != b.mtimeNs || a.isDevice != b.isDevice)
        return path + ": path, stamp or device";
    const DeviceTemplate &x = a.header, &y = b.header;
    if (x.manufacturer != y.manufacturer || x.model != y.model || x.slug != y.slug ||
        x.partNumber != y.partNumber || x.uHeight != y.uHeight || x.stackable != y.stackable ||
        x.hasClusternet != y.hasClusternet || x.kind != y.kind || (a.isDevice && x.file != y.file))
        return path + ": header";
    if (a.ports.size() != b.ports.size() || a.oobByName != b.oobByName)
        return path + ": ports";
    for (std::size_t i = 0; i < a.ports.size(); ++i)
        if (a.ports[i].speedMbps != b.ports[i].speedMbps || a.ports[i].media != b.ports[i].media ||
            a.ports[i].count != b.ports[i].count)
            return path + ": ports";
    if (a.problems.size() != b.problems.size())
        return path + ": problems";
    for (std::size_t i = 0; i < a.problems.size(); ++i)
        if (a.problems[i].format() != b.problems[i].format() ||
            a.problems[i].severity != b.problems[i].severity)
            return path + ": " + QString::fromStdString(a.problems[i].format()) + " vs " +
                   QString::fromStdString(b.problems[i].format());
    return {};
}

void TestLibrary::parallelReadGivesTheOneThreadIndex()
{
    TemplateIndex::setMinimumFilesForCache(1);
    QTemporaryDir dir;
    copyTree(libraryDir(), dir.path());
    copyTree(libraryDir() + "/device-types", dir.filePath("devices/again"));
    // Broken files among the good ones: their errors must keep their places.
    const QString broken = dir.filePath("devices/broken");
    writeFile(broken + "/syntax.yaml", "manufacturer: T\nmodel: [unclosed\nslug: s\n");
    writeFile(broken + "/no-model.yaml", "manufacturer: T\nslug: no-model\n");
    writeFile(broken + "/twice.yaml", "manufacturer: T\nmodel: Twice\nslug: twice\n"
                                      "interfaces:\n  - {name: p1, type: 10gbase-t}\n"
                                      "  - {name: p1, type: 10gbase-t}\n");
    writeFile(broken + "/kind.yaml",
              "manufacturer: T\nmodel: Toaster\nslug: toaster\nclusternet: {kind: toaster}\n");
    for (const char *name : {"syntax", "no-model", "twice", "kind"})
        age(broken + "/" + QLatin1String(name) + ".yaml");
    const std::string root = dir.path().toStdString();
    const QString cache = QString::fromStdString(TemplateIndex::cacheFileFor(root));
    auto readWith = [&](int threads, TemplateIndexStats &stats, QByteArray &indexFile) {
        QFile::remove(cache);
        TemplateIndex::forgetMemo();
        const auto entries = TemplateIndex::load(root, &stats, threads);
        QFile f(cache);
        if (f.open(QIODevice::ReadOnly))
            indexFile = f.readAll();
        return entries;
    };
    TemplateIndexStats oneStats, manyStats, idealStats;
    QByteArray oneFile, manyFile, idealFile;
    const auto one = readWith(1, oneStats, oneFile);
    const auto many = readWith(4, manyStats, manyFile);
    const auto ideal = readWith(0, idealStats, idealFile);
    QCOMPARE(oneStats.files, 22);
    QCOMPARE(oneStats.parsed, 22);
    QCOMPARE(oneStats.threads, 1);
    QCOMPARE(manyStats.parsed, 22);
    QCOMPARE(manyStats.threads, 4);
    QCOMPARE(idealStats.threads, std::max(1, QThread::idealThreadCount()));
    for (const auto *other : {many.get(), ideal.get()}) {
        QCOMPARE(other->size(), one->size());
        for (std::size_t i = 0; i < one->size(); ++i)
            QCOMPARE(differenceOf((*one)[i], (*other)[i]), QString());
    }
    // The same index file, byte for byte, and it serves the next process as before.
    QVERIFY(!oneFile.isEmpty());
    QCOMPARE(manyFile, oneFile);
    QCOMPARE(idealFile, oneFile);
    TemplateIndex::forgetMemo();
    TemplateIndexStats warm;
    const auto fromIndex = TemplateIndex::load(root, &warm, 4);
    QVERIFY(warm.cacheUsed);
    QCOMPARE(warm.parsed, 0);
    QCOMPARE(warm.threads, 0);
    QCOMPARE(fromIndex->size(), one->size());
    for (std::size_t i = 0; i < one->size(); ++i)
        QCOMPARE(differenceOf((*one)[i], (*fromIndex)[i]), QString());
    // The errors, in listing order, with their FILE:LINE:COLUMN places.
    QStringList errors;
    for (const IndexedTemplate &e : *many)
        for (const Diagnostic &d : e.problems)
            errors << QString::fromStdString(d.format())
                          .remove(dir.path() + "/devices/broken/")
                          .section(": ", 0, 0);
    QCOMPARE(errors, QStringList({"kind.yaml:4:20", "no-model.yaml:1:1", "syntax.yaml:3:5",
                                  "twice.yaml:6:5"}));
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
