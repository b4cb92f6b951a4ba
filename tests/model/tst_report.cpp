// Paper for the network team, in the model: cable ids, accepted risks, the port plan, the VLAN
// and IP plan, optics in the bill of materials and short interface names.
#include "analysis/DesignIndex.h"
#include "analysis/Validator.h"
#include "design/AcceptedRisks.h"
#include "design/CableIds.h"
#include "io/DesignLoader.h"
#include "io/DesignSaver.h"
#include "report/BillOfMaterials.h"
#include "report/InterfaceNames.h"
#include "report/PortPlan.h"
#include "report/VlanPlan.h"
#include "templates/TemplateLibrary.h"

#include <QtTest>

#include <algorithm>
#include <set>

using namespace cn;

namespace
{

QString dataDir()
{
    return QStringLiteral(CLUSTERNET_TEST_DATA);
}

Design loadFile(const QString &path, const TemplateLibrary &lib)
{
    LoadResult r = DesignLoader(lib).loadFile(path.toStdString());
    if (!r.ok())
        qFatal("%s", r.error->format().c_str());
    return std::move(*r.design);
}

Design loadText(const std::string &text, const TemplateLibrary &lib)
{
    LoadResult r = DesignLoader(lib).loadText(text, "test.cluster.yaml");
    if (!r.ok())
        qFatal("%s", r.error->format().c_str());
    return std::move(*r.design);
}

const char *kTrunkDesign = R"(format: clusternet/1
networks:
  - {id: mgmt, roles: [management], vlan: 10}
  - {id: vm, roles: [vm], vlan: 100}
  - {id: native, roles: [backup]}
devices:
  - id: hv1
    type: host
    adapters:
      - {id: a, speed: 10G, ports: [p1, p2]}
      - {id: b, speed: 10G, ports: [p1]}
    teams:
      - {id: t, members: [a/p1, b/p1], mode: lacp}
    bindings:
      - {via: t, networks: [mgmt, vm]}
      - {via: a/p2, networks: [native]}
  - {id: sw1, type: switch, model: PowerConnect 8024F, stack: s}
  - {id: sw2, type: switch, model: PowerConnect 8024F, stack: s}
  - {id: sw3, type: switch, model: PowerConnect 6248}
links:
  - {a: hv1:a/p1, b: sw1:Te1/0/1}
  - {a: hv1:b/p1, b: sw2:Te1/0/1}
  - {a: hv1:a/p2, b: sw1:Te1/0/2}
  - {id: st, a: sw1:Te1/0/24, b: sw2:Te1/0/24, kind: stacking}
  - {id: up, a: sw1:Te1/0/21, b: sw3:xg1}
  - {id: C007, a: sw2:oob, b: sw3:g1}
)";

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private slots:
    void cableIdsKeepFileIdsAndNumberTheRest();
    void saveWritesCableIdsAndAcceptancesFollow();
    void generatedIds();
    void shortInterfaceNames_data();
    void shortInterfaceNames();
    void trunksTagAndChannelsSpanTheStack();
    void outOfBandPortReachesItsNetwork();
    void vlanPlanListsSwitchesTrunksAndBindings();
    void opticsPerMedia();
    void acceptedFindingsAreMarked();
    void acceptanceMatchesElementsInAnyOrderAndLinksByEitherName();
    void staleAcceptanceIsAWarning();
    void acceptanceEdits();
    void acceptedRisksRoundTrip();
    void everyRuleCanBeAccepted();
};

void TestReport::cableIdsKeepFileIdsAndNumberTheRest()
{
    Design d;
    for (const char *id : {"", "C005", "", "uplink", ""}) {
        Link l;
        l.id = id;
        l.a = "x:" + std::to_string(d.links.size());
        l.b = "y:1";
        d.links.push_back(l);
    }
    // After the highest C-number in use, in file order; ids of the file stay.
    QCOMPARE(cableIds(d), (std::vector<std::string>{"C006", "C005", "C007", "uplink", "C008"}));
    // Deleting a cable does not renumber the others once they are saved.
    Design saved = withCableIds(d);
    saved.links.erase(saved.links.begin() + 2);
    Link extra;
    extra.a = "x:9";
    extra.b = "y:9";
    saved.links.push_back(extra);
    QCOMPARE(cableIds(saved), (std::vector<std::string>{"C006", "C005", "uplink", "C008", "C009"}));
}

void TestReport::saveWritesCableIdsAndAcceptancesFollow()
{
    const TemplateLibrary lib = TemplateLibrary::scan({});
    const Design d = loadFile(dataDir() + "/accepted/all.cluster.yaml", lib);
    QVERIFY(d.links[0].id.empty());
    const std::string text = saveDesignToString(d);
    const Design back = loadText(text, lib);
    QCOMPARE(back.links[0].id, std::string("C001"));
    QCOMPARE(back.links[1].id, std::string("C002"));
    // The acceptance of the cable named A--B now names it by its id, and still accepts it.
    QCOMPARE(back.acceptedRisks[3].elements, std::vector<std::string>{"C001"});
    const auto findings = validate(back, lib);
    QVERIFY(std::none_of(findings.begin(), findings.end(),
                         [](const Finding &f) { return isOpenError(f); }));
    // A second save changes nothing; without assignment the file keeps its links unnamed.
    QCOMPARE(saveDesignToString(back), text);
    SaveOptions keep;
    keep.assignCableIds = false;
    QVERIFY(saveDesignToString(d, keep).find("C001") == std::string::npos);
    // Before the first save, findings still name the cable as the file does (RULES.md).
    const auto before = validate(d, lib);
    QVERIFY(std::any_of(before.begin(), before.end(), [](const Finding &f) {
        return f.elements == std::vector<std::string>{"hv1:lom/nic1--sw1:g1"} && f.accepted;
    }));
}

void TestReport::generatedIds()
{
    QVERIFY(isGeneratedCableId("C001"));
    QVERIFY(isGeneratedCableId("C12345"));
    QVERIFY(!isGeneratedCableId("C"));
    QVERIFY(!isGeneratedCableId("c001"));
    QVERIFY(!isGeneratedCableId("C01a"));
    QVERIFY(!isGeneratedCableId("uplink"));
}

void TestReport::shortInterfaceNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dell ten") << "TenGigabitEthernet1/0/1"
                              << "Te1/0/1";
    QTest::newRow("dell gig") << "GigabitEthernet1/0/48"
                              << "Gi1/0/48";
    QTest::newRow("spaced") << "Ten-GigabitEthernet 1/0/2"
                            << "Te1/0/2";
    QTest::newRow("forty") << "FortyGigabitEthernet1/1/1"
                           << "Fo1/1/1";
    QTest::newRow("hundred") << "HundredGigE1/0/1"
                             << "Hu1/0/1";
    QTest::newRow("fast") << "FastEthernet0/1"
                          << "Fa0/1";
    QTest::newRow("ethernet") << "Ethernet1/12"
                              << "Eth1/12";
    QTest::newRow("channel") << "Port-channel5"
                             << "Po5";
    QTest::newRow("huawei") << "XGigabitEthernet0/0/1"
                            << "XGE0/0/1";
    QTest::newRow("unknown long") << "Twentyfivegig1"
                                  << "Tw1";
    QTest::newRow("short stays") << "Te1/0/1"
                                 << "Te1/0/1";
    QTest::newRow("g1 stays") << "g1"
                              << "g1";
    QTest::newRow("juniper stays") << "xe-0/0/1"
                                   << "xe-0/0/1";
    QTest::newRow("no number") << "oob"
                               << "oob";
}

void TestReport::shortInterfaceNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(abbreviateInterface(name.toStdString())), expected);
}

void TestReport::trunksTagAndChannelsSpanTheStack()
{
    const TemplateLibrary lib = TemplateLibrary::scan({});
    const Design d = loadText(kTrunkDesign, lib);
    const DesignIndex index(d, lib);
    const PortPlan plan = portPlan(index, cableIds(d));
    QCOMPARE(int(plan.switches.size()), 3);
    auto port = [&](int sw, const std::string &name) {
        const auto &ports = plan.switches[std::size_t(sw)].ports;
        return *std::find_if(ports.begin(), ports.end(),
                             [&](const PortPlanEntry &e) { return e.port == name; });
    };
    // The LACP team carries two networks: a trunk with both tagged, one channel on both members
    // of the stack.
    const PortPlanEntry a = port(0, "Te1/0/1"), b = port(1, "Te1/0/1");
    QCOMPARE(toString(a.mode), std::string("trunk"));
    QCOMPARE(a.tagged, (std::vector<int>{0, 1}));
    QVERIFY(a.untagged.empty());
    QCOMPARE(a.portChannel, std::string("Po1"));
    QCOMPARE(b.portChannel, std::string("Po1"));
    QCOMPARE(a.channelMode, std::string("lacp"));
    QCOMPARE(a.team, std::string("hv1:t"));
    QCOMPARE(a.cable, std::string("C008")); // after C007, the highest in the file
    // One network without a VLAN id: an access port on the switch's default VLAN, said so.
    const PortPlanEntry native = port(0, "Te1/0/2");
    QCOMPARE(toString(native.mode), std::string("access"));
    QCOMPARE(native.untagged, std::vector<int>{2});
    QCOMPARE(int(native.notes.size()), 1);
    // The uplink between switches is a trunk with every network of the fabric tagged.
    const PortPlanEntry up = port(0, "Te1/0/21");
    QCOMPARE(toString(up.mode), std::string("trunk"));
    QCOMPARE(up.farDevice, std::string("sw3"));
    QCOMPARE(up.farPort, std::string("xg1"));
    QCOMPARE(up.tagged, (std::vector<int>{0, 1}));
    QCOMPARE(up.untagged, std::vector<int>{2});
    QCOMPARE(toString(port(0, "Te1/0/24").mode), std::string("stacking"));
    QCOMPARE(toString(port(0, "Te1/0/3").mode), std::string("free"));
    QCOMPARE(plan.switches[0].used, 4);
    QCOMPARE(plan.switches[0].free, 21);
    // An out-of-band cable without networks: the switch port on the other end carries nothing.
    QCOMPARE(toString(port(1, "oob").mode), std::string("out-of-band"));
    QCOMPARE(toString(port(2, "g1").mode), std::string("no-network"));
}

void TestReport::outOfBandPortReachesItsNetwork()
{
    const TemplateLibrary lib = TemplateLibrary::scan({});
    const Design d = loadFile(QStringLiteral(CLUSTERNET_SOURCE_DIR) +
                                  "/templates/designs/dedicated-10g-csv-lm.cluster.yaml",
                              lib);
    const DesignIndex index(d, lib);
    const PortPlan plan = portPlan(index, cableIds(d));
    const SwitchPortPlan &csv = plan.switches[2];
    QCOMPARE(csv.id, std::string("sw-csv"));
    const PortPlanEntry &oob = csv.ports.back();
    QCOMPARE(oob.port, std::string("oob"));
    QCOMPARE(toString(oob.mode), std::string("out-of-band"));
    QCOMPARE(oob.farDevice, std::string("sw-core-1"));
    QCOMPARE(oob.farPort, std::string("g47"));
    QCOMPARE(oob.networks, std::vector<int>{0});
    QVERIFY(QString::fromStdString(oob.notes.at(0)).contains("10 mgmt"));
}

void TestReport::vlanPlanListsSwitchesTrunksAndBindings()
{
    const TemplateLibrary lib = TemplateLibrary::scan({});
    const Design d = loadText(kTrunkDesign, lib);
    const DesignIndex index(d, lib);
    const VlanPlan plan = vlanPlan(index, cableIds(d));
    const VlanPlanNetwork &mgmt = plan.networks[0];
    QCOMPARE(mgmt.switches, (std::vector<std::string>{"sw1", "sw2", "sw3"}));
    QCOMPARE(int(mgmt.trunks.size()), 2); // the stacking link and the uplink
    QCOMPARE(mgmt.trunks[1].cable, std::string("up"));
    QVERIFY(mgmt.trunks[0].stacking);
    QCOMPARE(int(mgmt.bindings.size()), 1);
    const VlanPlanBinding &team = mgmt.bindings[0];
    QCOMPARE(team.via, std::string("t"));
    QCOMPARE(team.teamMode, std::string("lacp"));
    QCOMPARE(int(team.members.size()), 2);
    QCOMPARE(team.members[0].switchPort, std::string("sw1:Te1/0/1"));
    QCOMPARE(team.members[1].switchPort, std::string("sw2:Te1/0/1"));
    QVERIFY(team.members[0].tagged);
    // The network without a VLAN id arrives untagged on its access port.
    QVERIFY(!plan.networks[2].bindings.at(0).members.at(0).tagged);
    // The blog design: the management network reaches the out-of-band ports of the 10G switches.
    const Design blog = loadFile(QStringLiteral(CLUSTERNET_SOURCE_DIR) +
                                     "/templates/designs/dedicated-10g-csv-lm.cluster.yaml",
                                 lib);
    const DesignIndex blogIndex(blog, lib);
    const VlanPlan blogPlan = vlanPlan(blogIndex, cableIds(blog));
    int oob = 0;
    for (const VlanPlanBinding &b : blogPlan.networks[0].bindings)
        oob += b.outOfBand ? 1 : 0;
    QCOMPARE(oob, 2);
}

void TestReport::opticsPerMedia()
{
    const TemplateLibrary lib = TemplateLibrary::scan({});
    const Design d = loadFile(QStringLiteral(CLUSTERNET_SOURCE_DIR) +
                                  "/templates/designs/dedicated-10g-csv-lm.cluster.yaml",
                              lib);
    const DesignIndex index(d, lib);
    const BillOfMaterials bom = billOfMaterials(index);
    QCOMPARE(int(bom.optics.size()), 2);
    // 14 copper 1G cables (hosts, SAN, out-of-band); the 4 host cables to the 8024Fs and the two
    // SFP+ stacking cables take an SFP+ module at each end, or a DAC.
    QCOMPARE(bom.optics[0].media, std::string("1000BASE-T"));
    QCOMPARE(bom.optics[0].cables, 14);
    QCOMPARE(bom.optics[0].transceivers, 0);
    QCOMPARE(bom.optics[1].media, std::string("SFP+ SR or DAC"));
    QCOMPARE(bom.optics[1].cables, 6);
    QCOMPARE(bom.optics[1].transceivers, 12);
    // The schedule: cable ids, and what the out-of-band cables are for.
    QCOMPARE(bom.schedule[0].id, std::string("C001"));
    QCOMPARE(bom.schedule[0].length, std::string("≤ 100 m"));
    const CableRow &oob = bom.schedule[18];
    QCOMPARE(oob.id, std::string("oob-csv"));
    QCOMPARE(oob.kind, std::string("out-of-band"));
    QVERIFY(oob.networks.empty());
    QCOMPARE(oob.management, std::vector<std::string>{"mgmt"});
}

void TestReport::acceptedFindingsAreMarked()
{
    const TemplateLibrary lib = TemplateLibrary::scan({});
    const Design d = loadFile(dataDir() + "/accepted/partly.cluster.yaml", lib);
    const auto findings = validate(d, lib);
    int accepted = 0, open = 0;
    for (const Finding &f : findings) {
        if (f.accepted) {
            ++accepted;
            QCOMPARE(f.elements, std::vector<std::string>{"sw1"});
            QCOMPARE(f.acceptedBy, std::string("J. Doe"));
            QCOMPARE(f.acceptedReason, std::string("Management on one port per host, as built."));
            QCOMPARE(f.acceptedRisk, 0);
            QVERIFY(f.severity == Severity::Error); // still an error, listed as one
        }
        open += isOpenError(f) ? 1 : 0;
    }
    QCOMPARE(accepted, 1);
    QCOMPARE(open, 4);
}

void TestReport::acceptanceMatchesElementsInAnyOrderAndLinksByEitherName()
{
    const TemplateLibrary lib = TemplateLibrary::scan({});
    const Design d = loadFile(dataDir() + "/accepted/double-fault.cluster.yaml", lib);
    ValidationOptions two;
    two.failures = 2;
    const auto findings = validate(d, lib, two);
    const auto accepted = std::count_if(findings.begin(), findings.end(),
                                        [](const Finding &f) { return f.accepted; });
    QCOMPARE(int(accepted), 1);
    // Without double faults the acceptance of one is not judged: no stale warning.
    const auto one = validate(d, lib);
    QVERIFY(std::none_of(one.begin(), one.end(),
                         [](const Finding &f) { return f.rule == kStaleAcceptanceRule; }));
    // A link accepted by its id matches the finding that names it by id, and A--B still works
    // once the link has an id.
    Design named = withCableIds(loadFile(dataDir() + "/accepted/all.cluster.yaml", lib));
    named.acceptedRisks[3].elements = {"hv1:lom/nic1--sw1:g1"};
    const auto again = validate(named, lib);
    QVERIFY(
        std::none_of(again.begin(), again.end(), [](const Finding &f) { return isOpenError(f); }));
}

void TestReport::staleAcceptanceIsAWarning()
{
    const TemplateLibrary lib = TemplateLibrary::scan({});
    const Design d = loadFile(dataDir() + "/accepted/stale.cluster.yaml", lib);
    const auto findings = validate(d, lib);
    const auto stale = std::find_if(findings.begin(), findings.end(), [](const Finding &f) {
        return f.rule == kStaleAcceptanceRule;
    });
    QVERIFY(stale != findings.end());
    QVERIFY(stale->severity == Severity::Warning);
    QCOMPARE(stale->elements, std::vector<std::string>{"sw9"});
    QCOMPARE(stale->acceptedRisk, 5);
    // Warnings come before info, after the errors.
    QVERIFY(findings.front().severity == Severity::Error);
}

void TestReport::acceptanceEdits()
{
    const TemplateLibrary lib = TemplateLibrary::scan({});
    const Design d = loadFile(dataDir() + "/accepted/partly.cluster.yaml", lib);
    AcceptedRisk r;
    r.rule = "spof";
    r.elements = {"hv1:lom"};
    r.reason = "First card.";
    r.by = "A";
    Design more = withAcceptedRisk(d, r);
    QCOMPARE(int(more.acceptedRisks.size()), 2);
    r.reason = "Second thoughts.";
    more = withAcceptedRisk(more, r); // the same rule and elements: replaced
    QCOMPARE(int(more.acceptedRisks.size()), 2);
    QCOMPARE(more.acceptedRisks[1].reason, std::string("Second thoughts."));
    more = withoutAcceptedRisk(more, 0);
    QCOMPARE(int(more.acceptedRisks.size()), 1);
    QCOMPARE(more.acceptedRisks[0].elements, std::vector<std::string>{"hv1:lom"});
    QCOMPARE(int(withoutAcceptedRisk(more, 7).acceptedRisks.size()), 1);
}

void TestReport::acceptedRisksRoundTrip()
{
    const TemplateLibrary lib = TemplateLibrary::scan({});
    const std::string text = R"(format: clusternet/1
devices:
  - {id: sw1, type: switch, model: PowerConnect 6248}
# Accepted by the network team on 31 January.
accepted_risks:
  # The only switch.
  - rule: spof
    elements: [sw1]
    reason: |
      One switch for now;
      the second comes with the next budget.
    by: J. Doe  # network team
    date: 2024-01-31
    ticket: NET-42
)";
    const Design d = loadText(text, lib);
    QCOMPARE(int(d.acceptedRisks.size()), 1);
    QCOMPARE(d.acceptedRisks[0].reason,
             std::string("One switch for now;\nthe second comes with the next budget."));
    QCOMPARE(d.acceptedRisks[0].extras.at(0).key, std::string("ticket"));
    // Canonical form, comments and the unknown key kept.
    QCOMPARE(saveDesignToString(d), text);
}

void TestReport::everyRuleCanBeAccepted()
{
    // Every rule the validator reports on the shipped and test designs is one a design may accept.
    QStringList files;
    for (const QString &dir :
         {dataDir() + "/rules", QStringLiteral(CLUSTERNET_SOURCE_DIR) + "/templates/designs"})
        for (const QString &name : QDir(dir).entryList({"*.cluster.yaml"}))
            files << dir + "/" + name;
    QVERIFY(files.size() > 40);
    std::set<std::string> seen;
    ValidationOptions two;
    two.failures = 2;
    for (const QString &f : files) {
        const TemplateLibrary own = TemplateLibrary::forDesign(f.toStdString());
        for (const Finding &finding : validate(loadFile(f, own), own, two))
            seen.insert(finding.rule);
    }
    const auto &rules = acceptableRules();
    for (const std::string &rule : seen)
        QVERIFY2(std::find(rules.begin(), rules.end(), rule) != rules.end(), rule.c_str());
    QVERIFY(seen.size() >= 20);
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
