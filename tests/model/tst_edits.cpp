// The pure edits the editor's pickers and copy commands use, and the impact of failed units.
#include "analysis/DesignIndex.h"
#include "analysis/FailureAnalysis.h"
#include "analysis/FailureImpact.h"
#include "analysis/Validator.h"
#include "design/DesignEdits.h"
#include "io/DesignLoader.h"
#include "templates/TemplateLibrary.h"

#include <QtTest>

using namespace cn;

namespace
{

const QString kBlog =
    QStringLiteral(CLUSTERNET_TEST_DATA "/examples/dedicated-10g-csv-lm.cluster.yaml");

struct Loaded {
    TemplateLibrary lib;
    Design design;
};

Loaded load(const QString &path)
{
    Loaded l{TemplateLibrary::forDesign(path.toStdString()), {}};
    const LoadResult r = DesignLoader(l.lib).loadFile(path.toStdString());
    if (!r.ok())
        qFatal("%s", r.error->format().c_str());
    l.design = *r.design;
    return l;
}

const Link *linkFrom(const Design &d, const std::string &end)
{
    for (const Link &l : d.links)
        if (l.a == end || l.b == end)
            return &l;
    return nullptr;
}

std::string otherEnd(const Design &d, const std::string &end)
{
    const Link *l = linkFrom(d, end);
    return !l ? std::string() : l->a == end ? l->b : l->a;
}

const Binding *bindingOf(const Device &dev, const std::string &via)
{
    for (const Binding &b : dev.bindings)
        if (b.via == via)
            return &b;
    return nullptr;
}

} // namespace

class TestEdits : public QObject
{
    Q_OBJECT
private slots:
    void nextFreeIdCountsOn();
    void newAdapterAndNetworkIds();
    void teamTakesOverItsMembersBindings();
    void teamReplacedAndRemoved();
    void bindingNetworksSetAndCleared();
    void networkDroppedOnPortTeamOrCable();
    void linkWithinAStackIsStacking();
    void duplicateCopiesCablingToFreePorts();
    void copiesOfTwoAndPastedElsewhere();
    void copyWithoutFreePortLeavesTheLinkOut();
    void besideNeverOnTop();
    void failedUnitsRemoved();
    void impactOfTheManagementSwitch();
    void impactOfTheLiveMigrationSwitch();
    void impactOfARedundantCableIsBandwidthOnly();
};

void TestEdits::nextFreeIdCountsOn()
{
    QCOMPARE(nextFreeId("hv02", {"hv01", "hv02"}), std::string("hv03"));
    QCOMPARE(nextFreeId("hv02", {"hv02", "hv03"}), std::string("hv04"));
    QCOMPARE(nextFreeId("sw-iscsi-a", {"sw-iscsi-a"}), std::string("sw-iscsi-b"));
    QCOMPARE(nextFreeId("ctrl-a", {"ctrl-a", "ctrl-b"}), std::string("ctrl-c"));
    QCOMPARE(nextFreeId("SW-A", {"SW-A"}), std::string("SW-B"));
    QCOMPARE(nextFreeId("x-z", {"x-z"}), std::string("x-z-2"));
    QCOMPARE(nextFreeId("sw", {"sw"}), std::string("sw-2"));
    QCOMPARE(nextFreeId("free", {"hv01"}), std::string("free"));
}

void TestEdits::newAdapterAndNetworkIds()
{
    Design d;
    Device host = makeDevice(d, DeviceType::Host, "");
    QCOMPARE(host.adapters.front().id, std::string("lom"));
    QCOMPARE(nextAdapterId(host), std::string("slot1"));
    host.adapters.push_back(Adapter{"slot1", "", 1000, {}, {}, {}});
    QCOMPARE(nextAdapterId(host), std::string("slot2"));
    const Device san = makeDevice(d, DeviceType::Storage, "");
    QCOMPARE(san.adapters.size(), std::size_t(2));
    QCOMPARE(san.adapters[1].id, std::string("ctrl-b"));
    QCOMPARE(nextAdapterId(san), std::string("ctrl-c"));
    QCOMPARE(suggestedNetworkId(d, Role::Management), std::string("mgmt"));
    QCOMPARE(suggestedNetworkId(d, Role::LiveMigration), std::string("lm"));
    Network lm;
    lm.id = "lm";
    lm.roles = {Role::LiveMigration};
    d = withNetwork(d, lm);
    QCOMPARE(suggestedNetworkId(d, Role::LiveMigration), std::string("lm-2"));
}

void TestEdits::teamTakesOverItsMembersBindings()
{
    Loaded l = load(kBlog);
    // Unteam hv01's VM team: its binding goes with it.
    Design d = withoutTeam(l.design, "hv01", "vmteam");
    QVERIFY(!d.findDevice("hv01")->findTeam("vmteam"));
    QVERIFY(!bindingOf(*d.findDevice("hv01"), "vmteam"));
    // Bind the members alone, then team them: the team takes their networks.
    d = withBindingNetworks(d, "hv01", "lom/nic3", {"vm"});
    d = withBindingNetworks(d, "hv01", "slot1/p1", {"vm", "mgmt"});
    Team t;
    t.id = "team1";
    t.members = {"lom/nic3", "slot1/p1"};
    t.mode = TeamMode::Lacp;
    d = withTeam(d, "hv01", t);
    const Device &hv = *d.findDevice("hv01");
    QVERIFY(hv.findTeam("team1"));
    QVERIFY(!bindingOf(hv, "lom/nic3"));
    QVERIFY(!bindingOf(hv, "slot1/p1"));
    QVERIFY(bindingOf(hv, "team1"));
    QCOMPARE(bindingOf(hv, "team1")->networks, (std::vector<std::string>{"vm", "mgmt"}));
    // The result is a design the validator takes without a team-member finding.
    for (const Finding &f : validate(d, l.lib))
        QVERIFY2(f.rule.rfind("team", 0) != 0, f.rule.c_str());
}

void TestEdits::teamReplacedAndRemoved()
{
    Loaded l = load(kBlog);
    Team t = *l.design.findDevice("hv02")->findTeam("vmteam");
    t.id = "vm-team";
    t.members.push_back("slot1/p3");
    t.mode = TeamMode::Static;
    Design d = withTeamReplaced(l.design, "hv02", "vmteam", t);
    const Device &hv = *d.findDevice("hv02");
    QVERIFY(!hv.findTeam("vmteam"));
    QCOMPARE(hv.findTeam("vm-team")->members.size(), std::size_t(3));
    QVERIFY(hv.findTeam("vm-team")->effectiveMode() == TeamMode::Static);
    QVERIFY(bindingOf(hv, "vm-team"));
    QVERIFY(!bindingOf(hv, "vmteam"));
    d = withoutTeam(d, "hv02", "vm-team");
    QVERIFY(d.findDevice("hv02")->teams.empty());
}

void TestEdits::bindingNetworksSetAndCleared()
{
    Loaded l = load(kBlog);
    Design d = withBindingNetworks(l.design, "hv01", "slot1/p4", {"vm", "lm"});
    QCOMPARE(bindingOf(*d.findDevice("hv01"), "slot1/p4")->networks,
             (std::vector<std::string>{"vm", "lm"}));
    d = withBindingNetworks(d, "hv01", "slot1/p4", {});
    QVERIFY(!bindingOf(*d.findDevice("hv01"), "slot1/p4"));
    QCOMPARE(d.findDevice("hv01")->bindings.size(), l.design.findDevice("hv01")->bindings.size());
}

void TestEdits::networkDroppedOnPortTeamOrCable()
{
    Loaded l = load(kBlog);
    std::string error, what;
    // A free port: its own binding.
    Design d = withNetworkDroppedOn(l.design, "hv01", "slot1/p4", "backup-none", &error);
    QVERIFY(!error.empty());
    error.clear();
    d = withNetworkDroppedOn(l.design, "hv01", "slot1/p4", "vm", &error, &what);
    QVERIFY2(error.empty(), error.c_str());
    QCOMPARE(what, std::string("hv01:slot1/p4"));
    QCOMPARE(bindingOf(*d.findDevice("hv01"), "slot1/p4")->networks,
             std::vector<std::string>{"vm"});
    // A team member: the team.
    d = withNetworkDroppedOn(d, "hv01", "lom/nic3", "iscsi-a", &error, &what);
    QCOMPARE(what, std::string("hv01:vmteam"));
    QCOMPARE(bindingOf(*d.findDevice("hv01"), "vmteam")->networks,
             (std::vector<std::string>{"vm", "iscsi-a"}));
    QVERIFY(!bindingOf(*d.findDevice("hv01"), "lom/nic3"));
    // Twice is once.
    d = withNetworkDroppedOn(d, "hv01", "lom/nic3", "iscsi-a", &error);
    QCOMPARE(bindingOf(*d.findDevice("hv01"), "vmteam")->networks.size(), std::size_t(2));
    // A switch port cabled to a host binds the host's end.
    d = withNetworkDroppedOn(d, "sw-csv", "Te1/0/2", "lm", &error, &what);
    QCOMPARE(what, std::string("hv02:slot2/p1"));
    QCOMPARE(bindingOf(*d.findDevice("hv02"), "slot2/p1")->networks,
             (std::vector<std::string>{"csv", "lm"}));
    // A switch-to-switch cable: the cable's networks.
    d = withNetworkDroppedOn(d, "sw-lm", "oob", "vm", &error, &what);
    QCOMPARE(what, std::string("link oob-lm"));
    QCOMPARE(*d.findLink("oob-lm")->networks, (std::vector<std::string>{"mgmt", "vm"}));
    // A switch port without a cable is refused with the reason.
    error.clear();
    const Design same = withNetworkDroppedOn(d, "sw-lm", "Te1/0/20", "lm", &error);
    QVERIFY(error.find("no cable") != std::string::npos);
    QCOMPARE(same.links.size(), d.links.size());
}

void TestEdits::linkWithinAStackIsStacking()
{
    Loaded l = load(kBlog);
    QVERIFY(makeLink(l.design, "sw-core-1:xg1", "sw-core-2:xg1").kind == LinkKind::Stacking);
    QVERIFY(makeLink(l.design, "sw-core-1:g40", "sw-csv:Te1/0/20").kind == LinkKind::Cable);
    QVERIFY(makeLink(l.design, "hv01:slot1/p4", "sw-core-2:g30").kind == LinkKind::Cable);
}

void TestEdits::duplicateCopiesCablingToFreePorts()
{
    Loaded l = load(kBlog);
    CopyResult r;
    const Design d = withCopies(l.design, l.design, {"hv02"}, l.lib, Position{400, 0}, &r);
    QCOMPARE(r.added, std::vector<std::string>{"hv03"});
    QVERIFY(r.uncopied.empty());
    const Device &hv03 = *d.findDevice("hv03");
    const Device &hv02 = *d.findDevice("hv02");
    QCOMPARE(hv03.name, std::string("HV03"));
    QCOMPARE(hv03.adapters.size(), hv02.adapters.size());
    QCOMPARE(hv03.teams.size(), std::size_t(1));
    QCOMPARE(hv03.bindings.size(), hv02.bindings.size());
    QCOMPARE(hv03.cluster, hv02.cluster);
    QCOMPARE(hv03.position->x, 800.0);
    // The same switches, on the next free ports of the same kind.
    QCOMPARE(otherEnd(d, "hv03:lom/nic1"), std::string("sw-core-1:g5"));
    QCOMPARE(otherEnd(d, "hv03:lom/nic3"), std::string("sw-core-1:g6"));
    QCOMPARE(otherEnd(d, "hv03:slot1/p1"), std::string("sw-core-2:g3"));
    QCOMPARE(otherEnd(d, "hv03:slot2/p1"), std::string("sw-csv:Te1/0/3"));
    QCOMPARE(otherEnd(d, "hv03:slot2/p2"), std::string("sw-lm:Te1/0/3"));
    QCOMPARE(otherEnd(d, "hv03:lom/nic2"), std::string("sw-iscsi-a:g3"));
    QCOMPARE(otherEnd(d, "hv03:slot1/p2"), std::string("sw-iscsi-b:g3"));
    QCOMPARE(d.links.size(), l.design.links.size() + 7);
    // The originals keep theirs, and the copy is as sound as the original: no new finding
    // other than the ones naming hv03 as hv02's findings name hv02.
    QCOMPARE(otherEnd(d, "hv02:lom/nic1"), std::string("sw-core-1:g3"));
    const auto before = validate(l.design, l.lib), after = validate(d, l.lib);
    QCOMPARE(after.size(), before.size() + 2); // hv03's management card and cable, like hv02's
}

void TestEdits::copiesOfTwoAndPastedElsewhere()
{
    Loaded l = load(kBlog);
    // Both hosts at once: the pair's own links (none) and both hosts' switch links.
    CopyResult r;
    Design d = withCopies(l.design, l.design, {"hv01", "hv02"}, l.lib, Position{0, 200}, &r);
    QCOMPARE(r.added, (std::vector<std::string>{"hv03", "hv04"}));
    QCOMPARE(otherEnd(d, "hv03:lom/nic1"), std::string("sw-core-1:g5"));
    QCOMPARE(otherEnd(d, "hv04:lom/nic1"), std::string("sw-core-1:g7"));
    // A switch: its out-of-band cable remade to the core on the next free port.
    d = withCopies(l.design, l.design, {"sw-csv"}, l.lib, Position{0, 0}, &r);
    QCOMPARE(r.added, std::vector<std::string>{"sw-csv-2"});
    QCOMPARE(otherEnd(d, "sw-csv-2:oob"), std::string("sw-core-1:g48"));
    // The hosts' CSV cables come along to the hosts' next free 10G ports: none are free.
    QCOMPARE(r.uncopied.size(), std::size_t(2));
    // Pasted into a design without those switches: the links to them are left out.
    Design empty;
    d = withCopies(empty, l.design, {"hv01"}, l.lib, Position{0, 0}, &r);
    QCOMPARE(r.added, std::vector<std::string>{"hv01"});
    QVERIFY(d.links.empty());
    QCOMPARE(r.uncopied.size(), std::size_t(7));
    // The networks its bindings use come along, and no other.
    QCOMPARE(d.networks.size(), std::size_t(6));
    Design part = l.design;
    part.networks.push_back(Network{"unused", "", {Role::Backup}, {}, {}, {}, {}, {}, {}, {}, {}});
    d = withCopies(empty, part, {"san01"}, l.lib, Position{0, 0}, &r);
    QCOMPARE(d.networks.size(), std::size_t(2));
}

void TestEdits::copyWithoutFreePortLeavesTheLinkOut()
{
    Loaded l = load(kBlog);
    // sw-csv's other 10G ports all taken: the CSV cable of a copy of hv02 cannot be made.
    Design d = l.design;
    for (int p = 3; p <= 24; ++p) {
        Link link;
        link.a = "sw-csv:Te1/0/" + std::to_string(p);
        link.b = "sw-lm:Te1/0/" + std::to_string(p);
        d = withLink(d, link);
    }
    CopyResult r;
    d = withCopies(d, d, {"hv02"}, l.lib, Position{0, 0}, &r);
    QCOMPARE(r.uncopied, (std::vector<std::string>{"hv02:slot2/p1--sw-csv:Te1/0/2",
                                                   "hv02:slot2/p2--sw-lm:Te1/0/2"}));
    QVERIFY(!linkFrom(d, "hv03:slot2/p1"));
    QVERIFY(!linkFrom(d, "hv03:slot2/p2"));
    QVERIFY(linkFrom(d, "hv03:lom/nic1")); // the 1G cables found their ports
}

void TestEdits::besideNeverOnTop()
{
    const Box group{0, 0, 300, 200};
    QCOMPARE(besideOffset(group, {group}).x, 340.0);
    QCOMPARE(besideOffset(group, {group}).y, 0.0);
    // Something in the way on the right: below, the nearest free place.
    const Box blocker{350, 50, 200, 100};
    Position p = besideOffset(group, {group, blocker});
    QCOMPARE(p.x, 0.0);
    QCOMPARE(p.y, 240.0);
    // A grid with no room right or below close by: still never on anything.
    std::vector<Box> grid;
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            grid.push_back(Box{i * 340.0, j * 240.0, 300, 200});
    p = besideOffset(grid[5], grid);
    Box moved = grid[5];
    moved.x += p.x;
    moved.y += p.y;
    for (const Box &b : grid)
        QVERIFY(!moved.overlaps(b, 0));
    QVERIFY(p.x == 0 || p.y == 0);
}

void TestEdits::failedUnitsRemoved()
{
    Loaded l = load(kBlog);
    Design d = withoutFailedUnits(l.design, {"sw-core-1"});
    QVERIFY(!d.findDevice("sw-core-1"));
    QVERIFY(!linkFrom(d, "hv01:lom/nic1"));
    QVERIFY(!d.findLink("stack-1"));
    QCOMPARE(d.links.size(), l.design.links.size() - 7); // four hosts', two stacking, one oob
    d = withoutFailedUnits(l.design, {"hv01:slot2", "oob-lm"});
    QVERIFY(d.findDevice("hv01")->findAdapter("slot2"));
    QVERIFY(!linkFrom(d, "hv01:slot2/p1"));
    QVERIFY(!linkFrom(d, "hv01:slot2/p2"));
    QVERIFY(!d.findLink("oob-lm"));
    QCOMPARE(d.links.size(), l.design.links.size() - 3);
    QCOMPARE(withoutFailedUnits(l.design, {"nothing"}).links.size(), l.design.links.size());
}

void TestEdits::impactOfTheManagementSwitch()
{
    Loaded l = load(kBlog);
    const DesignIndex index(l.design, l.lib);
    const FailureAnalysis analysis(index);
    const FailureImpact r = failureImpact(index, analysis, {"sw-core-1"});
    QVERIFY(!r.nothingLost());
    QCOMPARE(r.cutPairs.size(), std::size_t(1));
    // Management is down: hv01 and hv02 each reached the other only through sw-core-1.
    QCOMPARE(r.networks.size(), std::size_t(1));
    QCOMPARE(r.networks[0].network, std::string("mgmt"));
    QVERIFY(r.networks[0].down());
    QCOMPARE(r.networks[0].cutOff, (std::vector<std::string>{"hv01", "hv02"}));
    QCOMPARE(r.clusters.size(), std::size_t(1));
    QCOMPARE(r.clusters[0].cluster, std::string("sqlclu"));
    QCOMPARE(r.clusters[0].roles, std::vector<Role>{Role::Management});
    // Each host loses two 1G cables; the VM team one of its two.
    bool host = false, team = false;
    for (const BandwidthLoss &b : r.bandwidth) {
        if (b.device == "hv01" && b.team.empty()) {
            host = true;
            QCOMPARE(b.beforeMbps - b.afterMbps, 2000);
        }
        if (b.device == "hv01" && b.team == "vmteam") {
            team = true;
            QCOMPARE(b.beforeMbps, 2000);
            QCOMPARE(b.afterMbps, 1000);
        }
    }
    QVERIFY(host && team);
    // Live migration runs on its own switch: its estimates are there, unchanged.
    QCOMPARE(r.drains.size(), std::size_t(2));
    for (const DrainChange &c : r.drains)
        QVERIFY(!c.changed());
}

void TestEdits::impactOfTheLiveMigrationSwitch()
{
    Loaded l = load(kBlog);
    const DesignIndex index(l.design, l.lib);
    const FailureAnalysis analysis(index);
    const FailureImpact r = failureImpact(index, analysis, {"sw-lm"});
    bool lmDown = false;
    for (const NetworkImpact &n : r.networks)
        lmDown = lmDown || (n.network == "lm" && n.down());
    QVERIFY(lmDown);
    // Live migration falls back to the CSV network, as fast: the drains do not change.
    for (const DrainChange &c : r.drains)
        QVERIFY(!c.changed());
    // With the CSV switch gone as well, the drains lose their 10G path.
    const FailureImpact both = failureImpact(index, analysis, {"sw-lm", "sw-csv"});
    QCOMPARE(both.drains.size(), std::size_t(2));
    for (const DrainChange &c : both.drains) {
        QVERIFY(c.changed());
        QCOMPARE(c.beforeGbps, 10.0);
        QVERIFY(c.afterGbps < c.beforeGbps);
        QVERIFY(c.afterS == 0 || c.afterS > c.beforeS);
    }
}

void TestEdits::impactOfARedundantCableIsBandwidthOnly()
{
    Loaded l = load(kBlog);
    const DesignIndex index(l.design, l.lib);
    const FailureAnalysis analysis(index);
    // One leg of the VM team: nothing is cut, but the team has half its bandwidth.
    const FailureImpact r = failureImpact(index, analysis, {"hv01:slot1/p1--sw-core-2:g1"});
    QVERIFY(r.cutPairs.empty());
    QVERIFY(r.networks.empty());
    QVERIFY(!r.nothingLost());
    QCOMPARE(r.bandwidth.size(), std::size_t(2));
    // A cable no network uses still takes bandwidth from its host.
    Design d = withLink(l.design, makeLink(l.design, "hv01:slot1/p4", "sw-core-2:g30"));
    const DesignIndex index2(d, l.lib);
    const FailureAnalysis analysis2(index2);
    const FailureImpact spare = failureImpact(index2, analysis2, {"hv01:slot1/p4--sw-core-2:g30"});
    QVERIFY(spare.cutPairs.empty());
    QCOMPARE(spare.bandwidth.size(), std::size_t(1));
    // A card with no cables: nothing at all is lost.
    Device hv = *d.findDevice("hv01");
    hv.adapters.push_back(Adapter{"slot3", "", 1000, {Port{"p1", {}, {}, {}}}, {}, {}});
    d = withDeviceReplaced(d, "hv01", hv);
    const DesignIndex index3(d, l.lib);
    const FailureAnalysis analysis3(index3);
    QVERIFY(failureImpact(index3, analysis3, {"hv01:slot3"}).nothingLost());
}

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
