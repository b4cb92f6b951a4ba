// Host inventories (resources/collect-inventory.ps1): reading both PowerShell shapes, grouping
// ports into cards, importing a design, and auditing a design against drifted inventories.
// The inventories in tests/data/inventory are written by hand from the cmdlets' documented
// output: HV01 as Windows PowerShell 5.1 writes it (LBFO, LLDP), HV02 as PowerShell 7 does
// (SET, LLDP), HV03 as 5.1 with one adapter and no LLDP.
#include "design/Enums.h"
#include "inventory/HostFacts.h"
#include "inventory/InventoryAudit.h"
#include "inventory/InventoryImport.h"
#include "inventory/InventoryReader.h"
#include "inventory/NeighbourTable.h"
#include "inventory/RoleGuess.h"
#include "inventory/SwitchPorts.h"
#include "io/DesignLoader.h"
#include "io/DesignSaver.h"
#include "templates/TemplateLibrary.h"

#include <QFile>
#include <QtTest>

using namespace cn;

namespace
{

QString dataDir()
{
    return QStringLiteral(CLUSTERNET_TEST_DATA "/inventory");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

HostInventory load(const QString &name)
{
    const InventoryLoad r = readInventoryFile((dataDir() + "/" + name).toStdString());
    if (!r.ok())
        qFatal("%s", r.error->format().c_str());
    return *r.inventory;
}

std::vector<HostInventory> built()
{
    return {load("hv01.json"), load("hv02.json"), load("hv03.json")};
}

NeighbourTable swB()
{
    const NeighbourTableLoad t =
        readNeighbourTableText(readAll(dataDir() + "/sw-b.txt").toStdString(), "sw-b.txt", "sw-b");
    if (!t.table)
        qFatal("%s", t.error->format().c_str());
    return *t.table;
}

std::vector<std::string> names(const std::vector<CardGroup> &cards)
{
    std::vector<std::string> out;
    for (const CardGroup &c : cards) {
        std::string line = c.id + ":";
        for (const std::string &p : c.ports)
            line += " " + p;
        out.push_back(line);
    }
    return out;
}

InvAdapter adapter(const char *name, int bus, int device, int function, std::optional<int> slot,
                   const char *label = "")
{
    InvAdapter a;
    a.name = name;
    a.description = "NIC";
    a.hasPci = bus >= 0;
    a.bus = bus;
    a.device = device;
    a.function = function;
    a.slot = slot;
    a.pciLabel = label;
    return a;
}

Design expectedDesign(const TemplateLibrary &lib)
{
    const std::string path = (dataDir() + "/expected/clu1.cluster.yaml").toStdString();
    const LoadResult r = DesignLoader(lib).loadFile(path);
    if (!r.ok())
        qFatal("%s", r.error->format().c_str());
    return *r.design;
}

} // namespace

class TestInventory : public QObject
{
    Q_OBJECT
private slots:
    void readsWindowsPowerShell51Shapes();
    void readsPowerShell7Shapes();
    void readsSingleItemsAndNulls();
    void readsUtf16WithByteOrderMark();
    void errorsAndWarningsHavePlaces();
    void macAddressesAndIds();
    void cardsFromPciPlaces();
    void interfacesSitOnPortsAndTeams();
    void neighbourTable();
    void switchPortsFromLldp();
    void rolesGuessedFromNames();
    void importGivesTheExpectedDesign();
    void auditOfTheBuiltClusterFindsNothing();
    void auditListsExactlyTheDrift();
    void auditOfAHandDrawnDesign();
};

void TestInventory::readsWindowsPowerShell51Shapes()
{
    const HostInventory h = load("hv01.json");
    QCOMPARE(h.hostName, std::string("HV01"));
    QCOMPARE(h.clusterName, std::string("CLU1"));
    QCOMPARE(h.memoryBytes, 274877906944LL);
    // NetAdapter as {"value": [...], "Count": 6}
    QCOMPARE(h.adapters.size(), std::size_t(6));
    QCOMPARE(h.adapters[2].name, std::string("SLOT 2 Port 1"));
    QCOMPARE(h.adapters[2].mac, std::string("90e2ba110201"));
    QCOMPARE(h.adapters[2].speedMbps(), 10000);
    QCOMPARE(h.adapters[2].state, LinkState::Up);
    QCOMPARE(h.adapters[1].state, LinkState::Down);
    // Get-NetAdapterHardwareInfo, the last entry with only LocationInformationString
    QCOMPARE(h.adapters[5].bus, 5);
    QCOMPARE(h.adapters[5].function, 1);
    QCOMPARE(h.adapters[5].slot, std::optional<int>(3));
    QVERIFY(!h.adapters[0].slot);
    // NetLbfoTeam as one object, its Members as {value, Count}, TeamingMode 1
    QCOMPARE(h.teams.size(), std::size_t(1));
    QCOMPARE(h.teams[0].members, (std::vector<std::string>{"SLOT 2 Port 1", "SLOT 3 Port 1"}));
    QCOMPARE(h.teams[0].mode, std::optional<TeamMode>(TeamMode::SwitchIndependent));
    QCOMPARE(h.teamNics.size(), std::size_t(1));
    QVERIFY(!h.teamNics[0].vlan);
    // VMSwitch as one object, SwitchType 2; VMSwitchTeam as an empty {value, Count}
    QCOMPARE(h.vmSwitches.size(), std::size_t(1));
    QCOMPARE(h.vmSwitches[0].type, InvVmSwitch::Type::External);
    // OperationMode 1 (Access)
    QCOMPARE(h.hostVnics.size(), std::size_t(3));
    QCOMPARE(h.hostVnics[2].vlanMode, std::string("Access"));
    QCOMPARE(h.hostVnics[2].vlan, std::optional<int>(30));
    // Link-local (with its zone) and loopback addresses are left out; AddressFamily 2
    QCOMPARE(h.addresses.size(), std::size_t(5));
    QVERIFY(!h.addresses[0].v6);
    // ClusterNetwork as {value, Count}, Role as numbers
    QCOMPARE(h.clusterNetworks.size(), std::size_t(4));
    QCOMPARE(h.clusterNetworks[0].role, std::optional<int>(3));
    QCOMPARE(h.clusterNetworks[3].role, std::optional<int>(0));
    QCOMPARE(h.clusterNetworks[1].subnet, std::string("10.0.20.0/24"));
    // Get-FabricInfo's "Information Not Provided By Switch" is nothing heard
    QCOMPARE(h.neighbours.size(), std::size_t(5));
    QCOMPARE(h.neighbours[0].systemName, std::string("core-x"));
    QCOMPARE(h.neighbours[0].nativeVlan, std::optional<int>(10));
    QVERIFY(h.problems.empty());
}

void TestInventory::readsPowerShell7Shapes()
{
    const HostInventory h = load("hv02.json");
    QCOMPARE(h.psVersion, std::string("7.4.2"));
    QCOMPARE(h.adapters.size(), std::size_t(6));
    QCOMPARE(h.adapters[1].state, LinkState::Down);
    QVERIFY(h.virtualAdapters.size() == 3);
    // VMSwitchTeam: members from their interface descriptions, TeamingMode by name
    QCOMPARE(h.teams.size(), std::size_t(1));
    QCOMPARE(h.teams[0].kind, InvTeam::Kind::Set);
    QCOMPARE(h.teams[0].members, (std::vector<std::string>{"SLOT 2 Port 1", "SLOT 3 Port 1"}));
    QCOMPARE(h.teams[0].mode, std::optional<TeamMode>(TeamMode::SwitchIndependent));
    QVERIFY(h.vmSwitches[0].embeddedTeaming);
    QCOMPARE(h.vmSwitches[0].type, InvVmSwitch::Type::External);
    QCOMPARE(h.hostVnics[0].vlan, std::optional<int>(10));
    QCOMPARE(h.clusterNetworks[0].role, std::optional<int>(3));
    QCOMPARE(h.clusterNetworks[1].role, std::optional<int>(1));
    QCOMPARE(h.clusterNetworks[3].role, std::optional<int>(0));
    QCOMPARE(h.neighbours.size(), std::size_t(3));
}

void TestInventory::readsSingleItemsAndNulls()
{
    const HostInventory h = load("hv03.json");
    QCOMPARE(h.adapters.size(), std::size_t(1)); // NetAdapter as one object
    QCOMPARE(h.adapters[0].name, std::string("Ethernet"));
    QVERIFY(h.adapters[0].hasPci);
    QCOMPARE(h.addresses.size(), std::size_t(1)); // NetIPAddress as one object
    QVERIFY(h.clusterName.empty());               // null
    QVERIFY(h.teams.empty() && h.vmSwitches.empty() && h.neighbours.empty());
    QCOMPARE(h.problems.size(), std::size_t(1)); // one string, not a list
    QVERIFY(
        QString::fromStdString(h.problems[0]).startsWith("Get-VMSwitch: The term 'Get-VMSwitch'"));
}

void TestInventory::readsUtf16WithByteOrderMark()
{
    // Windows PowerShell 5.1's `> file` writes UTF-16 LE with a byte-order mark.
    const QString text = QString::fromUtf8(readAll(dataDir() + "/hv03.json"));
    QByteArray utf16("\xFF\xFE", 2);
    for (QChar c : text) {
        utf16 += char(c.unicode() & 0xFF);
        utf16 += char(c.unicode() >> 8);
    }
    const InventoryLoad r = readInventoryText(utf16.toStdString(), "hv03-utf16.json");
    QVERIFY(r.ok());
    QCOMPARE(r.inventory->hostName, std::string("HV03"));
    QCOMPARE(r.inventory->addresses[0].address, std::string("10.0.10.13"));
    // and UTF-8 with a byte-order mark (Out-File -Encoding utf8)
    const InventoryLoad bom =
        readInventoryText("\xEF\xBB\xBF" + readAll(dataDir() + "/hv03.json").toStdString(), "x");
    QVERIFY(bom.ok());
}

void TestInventory::errorsAndWarningsHavePlaces()
{
    InventoryLoad r = readInventoryText(
        "{\n  \"ComputerName\": \"HV9\",\n  \"NetAdapter\": [ {\"Name\": } ]\n}", "bad.json");
    QVERIFY(!r.ok());
    QVERIFY2(QString::fromStdString(r.error->format()).startsWith("bad.json:3:"),
             r.error->format().c_str());

    r = readInventoryText("{\n  \"NetAdapter\": []\n}", "nohost.json");
    QVERIFY(!r.ok());
    QCOMPARE(
        QString::fromStdString(r.error->format()),
        QString("nohost.json:1:1: error: no ComputerName: this is not an inventory of a host"));

    r = readInventoryText("[1, 2]", "array.json");
    QVERIFY(!r.ok());

    r = readInventoryText("{\"ComputerName\": \"HV9\", \"Format\": \"clusternet-inventory/2\"}",
                          "v2.json");
    QVERIFY(!r.ok());
    QVERIFY(QString::fromStdString(r.error->format()).startsWith("v2.json:1:35: error: format"));

    r = readInventoryText(
        "{\n  \"ComputerName\": \"HV9\",\n  \"NetAdapter\": {\n    \"value\": [\n      {\"Name\": "
        "\"A\"},\n"
        "      {\"InterfaceDescription\": \"no name\"}\n    ],\n    \"Count\": 2\n  }\n}",
        "warn.json");
    QVERIFY(r.ok());
    QCOMPARE(r.inventory->adapters.size(), std::size_t(1));
    QCOMPARE(r.warnings.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(r.warnings[0].format()),
             QString("warn.json:6:7: warning: an entry of NetAdapter without a name is left out"));

    r = readInventoryFile("/nonexistent/hv.json");
    QVERIFY(!r.ok());
    QVERIFY(QString::fromStdString(r.error->format()).startsWith("/nonexistent/hv.json: error:"));
}

void TestInventory::macAddressesAndIds()
{
    QCOMPARE(normaliseMac("00-15-5D-01-02-03"), std::string("00155d010203"));
    QCOMPARE(normaliseMac("00:15:5d:01:02:03"), std::string("00155d010203"));
    QCOMPARE(normaliseMac("0015.5d01.0203"), std::string("00155d010203"));
    QCOMPARE(normaliseMac("00155D010203"), std::string("00155d010203"));
    QCOMPARE(normaliseMac("Te1/0/1"), std::string());
    QCOMPARE(normaliseMac("00-15-5D-01-02"), std::string());
    QCOMPARE(idFromName("SLOT 2 Port 1"), std::string("slot-2-port-1"));
    QCOMPARE(idFromName("vEthernet (Live Migration)"), std::string("vethernet-live-migration"));
    QCOMPARE(idFromName("  _NIC.1 "), std::string("nic.1"));
    QCOMPARE(designSpeedOf(10000000000LL), std::optional<int>(10000));
    QCOMPARE(designSpeedOf(1000000000LL), std::optional<int>(1000));
    QCOMPARE(designSpeedOf(0), std::optional<int>());
    QCOMPARE(subnetOf("10.0.20.11", 24), std::string("10.0.20.0/24"));
    QCOMPARE(subnetOf("2001:db8::5", 64), std::string("2001:db8::/64"));
    QCOMPARE(prefixOfMask("255.255.252.0"), 22);
    QCOMPARE(prefixOfMask("255.0.255.0"), -1);
}

void TestInventory::cardsFromPciPlaces()
{
    QCOMPARE(names(analyseHost(load("hv01.json")).cards),
             (std::vector<std::string>{"lom: NIC1 NIC2", "slot2: SLOT 2 Port 1 SLOT 2 Port 2",
                                       "slot3: SLOT 3 Port 1 SLOT 3 Port 2"}));

    HostInventory h;
    // A quad-port card whose two controllers sit on two buses behind one slot: one card.
    h.adapters.push_back(adapter("Q1", 7, 0, 0, 4));
    h.adapters.push_back(adapter("Q2", 7, 0, 1, 4));
    h.adapters.push_back(adapter("Q3", 8, 0, 0, 4));
    h.adapters.push_back(adapter("Q4", 8, 0, 1, 4));
    // Two embedded chips: two cards (each chip fails on its own).
    h.adapters.push_back(adapter("E1", 1, 0, 0, std::nullopt, "Embedded NIC 1"));
    h.adapters.push_back(adapter("E2", 1, 0, 1, std::nullopt, "Embedded NIC 2"));
    h.adapters.push_back(adapter("E3", 2, 0, 0, std::nullopt, "Embedded NIC 3"));
    // No slot, no label: the PCI device; two devices on one bus are two cards.
    h.adapters.push_back(adapter("P1", 9, 0, 0, std::nullopt));
    h.adapters.push_back(adapter("P2", 9, 1, 0, std::nullopt));
    // No hardware information: a card of its own.
    h.adapters.push_back(adapter("X", -1, 0, 0, std::nullopt));
    QCOMPARE(names(analyseHost(h).cards),
             (std::vector<std::string>{"lom: E1 E2", "lom2: E3", "slot4: Q1 Q2 Q3 Q4", "pci9-0: P1",
                                       "pci9-1: P2", "card-x: X"}));
}

void TestInventory::interfacesSitOnPortsAndTeams()
{
    const HostFacts f1 = analyseHost(load("hv01.json"));
    QCOMPARE(f1.interfaces.size(), std::size_t(5));
    // A vNIC on a VM switch over an LBFO team's interface sits on the team.
    QCOMPARE(f1.interfaces[0].alias, std::string("vEthernet (Management)"));
    QCOMPARE(f1.interfaces[0].on, (Attachment{Attachment::Kind::Team, "Team1"}));
    QCOMPARE(f1.interfaces[0].vlan, std::optional<int>(10));
    QCOMPARE(f1.interfaces[0].clusterNetwork, std::string("Management"));
    QCOMPARE(f1.interfaces[3].on, (Attachment{Attachment::Kind::Port, "SLOT 2 Port 2"}));
    QCOMPARE(f1.interfaces[3].subnet, std::string("10.0.40.0/24"));
    QCOMPARE(f1.vmUplinks.size(), std::size_t(1));
    QCOMPARE(f1.vmUplinks[0].on, (Attachment{Attachment::Kind::Team, "Team1"}));
    // On a SET switch: the switch is the team.
    const HostFacts f2 = analyseHost(load("hv02.json"));
    QCOMPARE(f2.interfaces[1].on, (Attachment{Attachment::Kind::Team, "SETswitch"}));
    QCOMPARE(f2.interfaces[1].clusterRole, std::optional<int>(1));
    QVERIFY(f2.unresolved.empty());
}

void TestInventory::neighbourTable()
{
    const NeighbourTable t = swB();
    QCOMPARE(t.rows.size(), std::size_t(5)); // Te1/0/3 and Te1/0/4 have no neighbour
    QCOMPARE(t.rows[0].localInterface, std::string("Te1/0/1"));
    QCOMPARE(t.rows[0].chassisId, std::string("90:E2:BA:11:03:01"));
    QCOMPARE(t.rows[0].systemName, std::string("HV01"));
    QCOMPARE(t.rows[4].portId, std::string("Te1/0/24"));
    QCOMPARE(t.rows[4].line, 14);
    // Without the line of dashes, columns split at spaces; a system name may hold spaces.
    const auto loose = readNeighbourTableText("Interface RemID Chassis ID Port ID System Name\n"
                                              "1/g5 1 00:1B:21:AA:00:10 00:1B:21:AA:00:10 HV 01\n",
                                              "loose.txt", "sw");
    QVERIFY(loose.table);
    QCOMPARE(loose.table->rows.size(), std::size_t(1));
    QCOMPARE(loose.table->rows[0].systemName, std::string("HV 01"));
    const auto none = readNeighbourTableText("console#show vlan\n", "vlan.txt", "sw");
    QVERIFY(!none.table);
    QVERIFY(
        QString::fromStdString(none.error->format()).startsWith("vlan.txt:1:1: error: no table"));
}

void TestInventory::switchPortsFromLldp()
{
    const TemplateLibrary lib = TemplateLibrary::scan({});
    const DeviceTemplate *pc8024 =
        templateFromDescription(lib, "PowerConnect 8024F, 5.1.0.1, VxWorks 6.6");
    QVERIFY(pc8024);
    QCOMPARE(pc8024->model, std::string("PowerConnect 8024F"));
    const DeviceTemplate *pc6248 =
        templateFromDescription(lib, "PowerConnect 6248, 3.3.9.1, VxWorks 6.5");
    QVERIFY(pc6248);
    QCOMPARE(pc6248->model, std::string("PowerConnect 6248"));
    QVERIFY(!templateFromDescription(lib, "Acme SwitchOS 7.2"));
    QCOMPARE(templatePortOf(*pc8024, "te1/0/7", ""), std::string("Te1/0/7"));
    QCOMPARE(templatePortOf(*pc8024, "00:1E:C9:BB:00:1A", "Unit: 1 Slot: 0 Port: 12 10G - Level"),
             std::string("Te1/0/12"));
    QCOMPARE(templatePortOf(*pc6248, "1/g5", ""), std::string("g5"));
    QCOMPARE(templatePortOf(*pc6248, "1/xg2", ""), std::string("xg2"));
    QCOMPARE(templatePortOf(*pc6248, "ge-0/0/1", "uplink"), std::string());
    QCOMPARE(genericPortName("00:11:22:33:44:55", "ge-0/0/5"), std::string("ge-0/0/5"));
    QCOMPARE(genericPortName("ge-0/0/5", "uplink hv01"), std::string("ge-0/0/5"));
}

void TestInventory::rolesGuessedFromNames()
{
    QCOMPARE(guessRoles({"LiveMigration"}, 1, true).roles, std::vector<Role>{Role::LiveMigration});
    QCOMPARE(guessRoles({"LM"}, std::nullopt, false).roles, std::vector<Role>{Role::LiveMigration});
    QCOMPARE(guessRoles({"Cluster"}, 1, true).roles,
             (std::vector<Role>{Role::Heartbeat, Role::Csv}));
    QCOMPARE(guessRoles({"iSCSI-B"}, 0, true).roles, std::vector<Role>{Role::IscsiHost});
    QCOMPARE(guessRoles({"Host Management"}, 3, true).roles, std::vector<Role>{Role::Management});
    QCOMPARE(guessRoles({"CSV"}, 1, true).roles, std::vector<Role>{Role::Csv});
    // No name that says anything: the cluster role decides, and says so.
    const RoleGuess byRole = guessRoles({"Cluster Network 3", "vEthernet (X)"}, 0, true);
    QCOMPARE(byRole.roles, (std::vector<Role>{Role::Heartbeat, Role::Csv}));
    const RoleGuess none = guessRoles({"Network 3"}, 0, true);
    QCOMPARE(none.roles, std::vector<Role>{Role::IscsiHost});
    QCOMPARE(none.reason, std::string("cluster role 0 (none)"));
    QCOMPARE(guessRoles({"Net 7"}, 1, true).roles, std::vector<Role>{Role::Heartbeat});
    QCOMPARE(guessRoles({"Net 7"}, 3, true).roles, std::vector<Role>{Role::Management});
    QCOMPARE(guessRoles({"Net 7"}, std::nullopt, false).roles, std::vector<Role>{Role::Management});
}

void TestInventory::importGivesTheExpectedDesign()
{
    ImportOptions options;
    options.tables.push_back(swB());
    const ImportResult r = importInventories(built(), TemplateLibrary::scan({}), options);
    QCOMPARE(QString::fromStdString(saveDesignToString(r.design)),
             QString::fromUtf8(readAll(dataDir() + "/expected/clu1.cluster.yaml")));
    QCOMPARE(r.templates.size(), std::size_t(1));
    QCOMPARE(r.templates[0].fileName, std::string("devices/generic-core-x.yaml"));
    QCOMPARE(QString::fromStdString(r.templates[0].text),
             QString::fromUtf8(readAll(dataDir() + "/expected/devices/generic-core-x.yaml")));
    // Every guess is said.
    QVERIFY(std::any_of(r.notes.begin(), r.notes.end(), [](const std::string &n) {
        return n == "network iscsi (10.0.40.0/24, untagged): roles iscsi-host guessed from the "
                    "cluster network's "
                    "name 'iSCSI'";
    }));
    // The expected design loads with its generated template beside it, and checks out.
    const TemplateLibrary lib =
        TemplateLibrary::forDesign((dataDir() + "/expected/clu1.cluster.yaml").toStdString());
    const Design d = expectedDesign(lib);
    QCOMPARE(d.links.size(), std::size_t(9));
    QCOMPARE(d.findDevice("core-x")->model, std::string("generic-core-x"));
}

void TestInventory::auditOfTheBuiltClusterFindsNothing()
{
    const TemplateLibrary lib =
        TemplateLibrary::forDesign((dataDir() + "/expected/clu1.cluster.yaml").toStdString());
    const AuditResult r = auditDesign(expectedDesign(lib), lib, built(), {swB()});
    for (const AuditDifference &d : r.differences)
        qWarning("%s: %s: %s", d.host.c_str(), d.kind.c_str(), d.message.c_str());
    QVERIFY(r.differences.empty());
    QVERIFY(r.notes.empty());
}

void TestInventory::auditListsExactlyTheDrift()
{
    // HV01: a cable moved to another switch port, the LiveMigration vNIC lost its VLAN, a 10G
    // port runs at 1G. HV02: the SET team was built over one card, a teamed port is down, a card
    // was added. HV03 is as built.
    const TemplateLibrary lib =
        TemplateLibrary::forDesign((dataDir() + "/expected/clu1.cluster.yaml").toStdString());
    const AuditResult r = auditDesign(
        expectedDesign(lib), lib,
        {load("drifted/hv01.json"), load("drifted/hv02.json"), load("hv03.json")}, {swB()});
    std::vector<std::string> got;
    for (const AuditDifference &d : r.differences) {
        std::string line = d.host + " " + d.kind + ":";
        for (const std::string &e : d.elements)
            line += " " + e;
        got.push_back(line);
    }
    const std::vector<std::string> expected = {
        "HV01 port-speed: hv01:slot3/slot-3-port-2",
        "HV01 vlan-differs: hv01:team1 livemigration",
        "HV01 cable-moved: C002 hv01:slot2/slot-2-port-1 sw-a:Te1/0/3",
        "HV02 adapter-extra: hv02",
        "HV02 port-down: hv02:slot3/slot-3-port-1",
        "HV02 team-members: hv02:setswitch hv02:slot2/slot-2-port-2",
    };
    QCOMPARE(got, expected);
    QCOMPARE(
        QString::fromStdString(r.differences[5].message),
        QString(
            "team setswitch on HV02 has members slot2/slot-2-port-1, slot2/slot-2-port-2, designed "
            "slot2/slot-2-port-1, slot3/slot-3-port-1; all of them on one card (slot2)"));
}

void TestInventory::auditOfAHandDrawnDesign()
{
    // A design drawn before the build: ports named as Windows names them, one network
    // designed on a port that was built on a team, a team the host does not have, a VM network
    // (VLAN 100, no host interface) that the Hyper-V switch on the team carries, and one host
    // the design does not know.
    const std::string text = R"(format: clusternet/1
design: {title: drawn}
networks:
  - {id: mgmt, roles: [management], vlan: 10, subnet: 10.0.10.0/24}
  - {id: iscsi, roles: [iscsi-host], subnet: 10.0.40.0/24}
  - {id: guests, roles: [vm], vlan: 100}
devices:
  - id: HV01
    type: host
    adapters:
      - {id: a, speed: 10G, ports: [SLOT-2-Port-1, SLOT-2-Port-2, SLOT-3-Port-1, SLOT-3-Port-2]}
      - {id: b, speed: 1G, ports: [nic1, nic2, nic3]}
    teams:
      - {id: t, members: [a/SLOT-2-Port-1, a/SLOT-3-Port-1], mode: lacp}
      - {id: spare, members: [b/nic2, b/nic3]}
    bindings:
      - {via: b/nic1, networks: [mgmt]}
      - {via: a/SLOT-2-Port-2, networks: [iscsi]}
      - {via: t, networks: [guests]}
)";
    const TemplateLibrary lib = TemplateLibrary::scan({});
    const LoadResult loaded = DesignLoader(lib).loadText(text, "drawn.cluster.yaml");
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error->format().c_str());
    const AuditResult r = auditDesign(*loaded.design, lib, {load("hv01.json"), load("hv03.json")});
    std::vector<std::string> got;
    for (const AuditDifference &d : r.differences) {
        std::string line = d.host + " " + d.kind + ":";
        for (const std::string &e : d.elements)
            line += " " + e;
        got.push_back(line);
    }
    const std::vector<std::string> expected = {
        "HV01 port-missing: HV01:b/nic3",
        "HV01 card-differs: HV01:a", // slot 2 and slot 3 drawn as one card
        "HV01 team-missing: HV01:spare",
        "HV01 team-mode: HV01:t", // Team1, matched to t by its members, is switch independent
        "HV01 binding-moved: HV01:b/nic1 mgmt HV01:t",
        "HV01 binding-extra: HV01:t",
        "HV01 binding-extra: HV01:t",
        "HV01 binding-extra: HV01:a/SLOT-3-Port-2 iscsi",
        "HV01 cable-extra: HV01:b/nic1",
        "HV01 cable-extra: HV01:a/SLOT-2-Port-1",
        "HV01 cable-extra: HV01:a/SLOT-2-Port-2",
        "HV01 cable-extra: HV01:a/SLOT-3-Port-1",
        "HV01 cable-extra: HV01:a/SLOT-3-Port-2",
        "HV03 host-extra:",
    };
    QCOMPARE(got, expected);
    QCOMPARE(QString::fromStdString(r.differences[8].message),
             QString("HV01 b/nic1 is cabled to switch core-x port ge-0/0/5, which is not in the "
                     "design (LLDP on NIC1)"));
}

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
