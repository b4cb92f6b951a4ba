#include "RandomDesign.h"

#include <algorithm>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace cn::reference {
namespace {

// Only the raw engine output is used: std::uniform_int_distribution and friends may differ
// between standard libraries, and a failing seed must mean the same design everywhere.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_rng(seed) {}

    int below(int n) { return n <= 1 ? 0 : int(m_rng() % std::uint64_t(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(double p) { return double(m_rng() >> 11) * 0x1.0p-53 < p; }
    template <typename T> const T &pick(const std::vector<T> &v) { return v[below(int(v.size()))]; }
    template <typename T> void shuffle(std::vector<T> &v)
    {
        for (std::size_t i = v.size(); i > 1; --i)
            std::swap(v[i - 1], v[below(int(i))]);
    }
    template <typename T> T take(std::vector<T> &v) // removes and returns a random element
    {
        const int i = below(int(v.size()));
        T out = v[i];
        v.erase(v.begin() + i);
        return out;
    }

private:
    std::mt19937_64 m_rng;
};

struct SwitchSlots {
    std::string id;
    std::string stack;
    std::vector<std::string> freeData; // data ports without a link
    bool oob = false;                  // has an out-of-band port
    bool oobFree = false;
};

// How dense a design is; drawn once per design so that sparse small designs (few terminals
// per network, where index-dependent mistakes show) and dense ones both occur.
struct Style {
    double bind = 0.7;       // chance that a port or team has a binding
    int bindingNetworks = 3; // at most this many networks in one binding
    double cable = 0.72;     // chance that an endpoint port is cabled (switch or endpoint)
    double trunk = 0.55;     // chance that two switches have trunks between them
    bool large = false;      // more switches and hosts
    int maxPorts = 4;        // per adapter
};

class Generator
{
public:
    explicit Generator(std::uint64_t seed) : m_r(seed), m_seed(seed) {}
    Design make();

private:
    void titleAndPolicy();
    void networks();
    void switches();
    void endpoints();
    void endpointDevice(Device &d);
    void teamsAndBindings(Device &d);
    void cableEndpoints();
    void trunks();
    void stacking();
    void outOfBand();

    std::vector<std::string> someNetworks(int lo, int hi);
    std::vector<std::string> boundNetworks(const Device &d, const std::string &adapterPort) const;
    bool takeEndpointPort(std::size_t device, std::string &ref);
    std::string freshLinkId(const char *stem) { return stem + std::to_string(++m_linkCount); }
    void addLink(std::string a, std::string b, std::optional<std::vector<std::string>> networks,
                 LinkKind kind = LinkKind::Cable);

    Random m_r;
    std::uint64_t m_seed;
    Style m_style;
    Design m_d;
    std::vector<SwitchSlots> m_switches;
    std::vector<std::size_t> m_endpoints;                        // indices into m_d.devices
    std::map<std::size_t, std::vector<std::string>> m_freePorts; // device -> "adapter/port"
    int m_linkCount = 0;
};

Design Generator::make()
{
    m_style.bind = m_r.pick(std::vector<double>{0.15, 0.35, 0.6, 0.85});
    m_style.bindingNetworks = m_r.between(1, 3);
    m_style.cable = m_r.pick(std::vector<double>{0.55, 0.75, 0.92});
    m_style.trunk = m_r.pick(std::vector<double>{0.3, 0.55, 0.8});
    m_style.maxPorts = m_r.chance(0.4) ? 2 : 4;
    // One design in ten is larger: enough devices that the analysis shares work between devices
    // that reach the same pieces (it does so only beyond a handful of changed devices).
    m_style.large = m_r.chance(0.1);
    titleAndPolicy();
    networks();
    switches();
    endpoints();
    cableEndpoints();
    trunks();
    stacking();
    outOfBand();
    // The order of networks, devices and links is part of what a user writes, and the
    // analysis must not depend on it.
    m_r.shuffle(m_d.networks);
    m_r.shuffle(m_d.devices);
    m_r.shuffle(m_d.links);
    return m_d;
}

void Generator::titleAndPolicy()
{
    if (m_r.chance(0.5)) {
        m_d.hasTitleBlock = true;
        m_d.title.title = "Random design, seed " + std::to_string(m_seed);
    }
    if (m_r.chance(0.2)) {
        m_d.hasPolicy = true;
        m_d.policy.maxLiveMigrationS = m_r.between(10, 120);
    }
}

void Generator::networks()
{
    static const std::vector<std::string> stems = {"mgmt",  "vm",     "csv", "lm",   "hb",
                                                   "iscsi", "backup", "oob", "net_", "v.lan-"};
    static const std::vector<ClusterUse> uses = {ClusterUse::None, ClusterUse::Cluster,
                                                 ClusterUse::ClusterAndClient};
    const int count = m_r.between(1, 6);
    for (int i = 1; i <= count; ++i) {
        Network n;
        n.id = m_r.pick(stems) + std::to_string(i);
        std::vector<Role> roles = allRoles();
        m_r.shuffle(roles);
        const int k = m_r.chance(0.55) ? 1 : m_r.chance(0.65) ? 2 : m_r.between(3, 4);
        n.roles.assign(roles.begin(), roles.begin() + k);
        if (m_r.chance(0.5))
            n.clusterUse = m_r.pick(uses);
        if (m_r.chance(0.4))
            n.vlan = m_r.between(1, 4094);
        if (m_r.chance(0.3))
            n.subnet = "10." + std::to_string(i) + ".0.0/16";
        if (m_r.chance(0.15))
            n.isolation = m_r.chance(0.7) ? Isolation::Physical : Isolation::Vlan;
        if (m_r.chance(0.1))
            n.loadGbps = m_r.between(1, 8);
        if (m_r.chance(0.3))
            n.name = "Network " + std::to_string(i);
        m_d.networks.push_back(std::move(n));
    }
}

void Generator::switches()
{
    struct Model {
        std::string name, slug;
        bool stackable;
    };
    static const std::vector<Model> models = {
        {"PowerConnect 5424", "dell-powerconnect-5424", false},
        {"PowerConnect 6248", "dell-powerconnect-6248", true},
        {"PowerConnect 8024F", "dell-powerconnect-8024f", true},
    };
    static const std::vector<std::string> stacks = {"stack-a", "stack_b"};
    const int count = m_r.between(1, m_style.large ? 7 : 4);
    for (int i = 1; i <= count; ++i) {
        const int m = m_r.below(3);
        Device d;
        d.id = "sw" + std::to_string(i);
        d.type = DeviceType::Switch;
        d.model = m_r.chance(0.1) ? models[m].slug : models[m].name;
        // 5424s are sometimes stacked too: a load succeeds, stack-unsupported complains.
        if (m_r.chance(models[m].stackable ? 0.5 : 0.15))
            d.stack = m_r.pick(stacks);
        SwitchSlots s;
        s.id = d.id;
        s.stack = d.stack;
        if (m == 0) {
            for (int p = 1; p <= 24; ++p)
                s.freeData.push_back("g" + std::to_string(p));
        } else if (m == 1) {
            for (int p = 1; p <= 48; ++p)
                s.freeData.push_back("g" + std::to_string(p));
            for (int p = 1; p <= 4; ++p)
                s.freeData.push_back("xg" + std::to_string(p));
        } else {
            for (int p = 1; p <= 24; ++p)
                s.freeData.push_back("Te1/0/" + std::to_string(p));
            s.oob = s.oobFree = true;
        }
        m_switches.push_back(std::move(s));
        m_d.devices.push_back(std::move(d));
    }
}

void Generator::endpoints()
{
    const int hosts = m_r.between(1, m_style.large ? 14 : 6);
    const int clusters = m_r.between(0, 2);
    for (int i = 1; i <= hosts; ++i) {
        Device d;
        d.id = "hv" + std::to_string(i);
        d.type = DeviceType::Host;
        if (clusters > 0 && m_r.chance(0.85))
            d.cluster = "clu" + std::to_string(m_r.between(1, clusters));
        if (m_r.chance(0.3)) {
            d.memoryGb = 64 * m_r.between(1, 8);
            for (int v = m_r.between(0, 2); v > 0; --v)
                d.vms.push_back({"vm" + std::to_string(v), double(8 * m_r.between(1, 8)), {}, {}});
        }
        endpointDevice(d);
    }
    for (int i = m_r.between(0, 2); i > 0; --i) {
        Device d;
        d.id = "san" + std::to_string(i);
        d.type = DeviceType::Storage;
        endpointDevice(d);
    }
    static const std::vector<DeviceType> others = {DeviceType::Router, DeviceType::Firewall,
                                                   DeviceType::Other};
    for (int i = m_r.between(0, 2); i > 0; --i) {
        Device d;
        d.type = m_r.pick(others);
        d.id = toString(d.type) + "." + std::to_string(i);
        endpointDevice(d);
    }
}

void Generator::endpointDevice(Device &d)
{
    static const std::vector<std::string> stems = {"lom", "slot", "mezz-", "a", "nic_"};
    const int adapters = (d.type != DeviceType::Host && m_r.chance(0.1)) ? 0 : m_r.between(1, 3);
    std::vector<std::string> refs;
    for (int i = 1; i <= adapters; ++i) {
        Adapter a;
        a.id = m_r.pick(stems) + std::to_string(i);
        if (m_r.chance(0.5))
            a.speedMbps = m_r.pick(designSpeeds());
        for (int p = 1, ports = m_r.between(1, m_style.maxPorts); p <= ports; ++p) {
            Port port;
            port.id = (m_r.chance(0.7) ? "p" : "nic") + std::to_string(p);
            if (m_r.chance(0.1))
                port.speedMbps = m_r.pick(designSpeeds());
            refs.push_back(a.id + "/" + port.id);
            a.ports.push_back(std::move(port));
        }
        d.adapters.push_back(std::move(a));
    }
    teamsAndBindings(d);
    m_freePorts[m_d.devices.size()] = refs;
    m_endpoints.push_back(m_d.devices.size());
    m_d.devices.push_back(std::move(d));
}

void Generator::teamsAndBindings(Device &d)
{
    static const std::vector<TeamMode> modes = {TeamMode::SwitchIndependent, TeamMode::Static,
                                                TeamMode::Lacp};
    std::vector<std::string> alone; // ports in no team
    for (const Adapter &a : d.adapters)
        for (const Port &p : a.ports)
            alone.push_back(a.id + "/" + p.id);
    const int teams = m_r.chance(0.5) ? 0 : m_r.chance(0.7) ? 1 : 2;
    for (int t = 1; t <= teams && !alone.empty(); ++t) {
        Team team;
        team.id = "team" + std::to_string(t);
        const int size = std::min<int>(int(alone.size()), m_r.chance(0.25)   ? 1
                                                          : m_r.chance(0.75) ? 2
                                                                             : 3);
        if (m_r.chance(0.3)) {
            // Within one adapter, when one has enough free ports.
            const std::string first = m_r.pick(alone);
            const std::string adapter = first.substr(0, first.find('/'));
            std::vector<std::string> own;
            for (const auto &ref : alone)
                if (ref.compare(0, adapter.size() + 1, adapter + "/") == 0)
                    own.push_back(ref);
            if (int(own.size()) >= size) {
                m_r.shuffle(own);
                own.resize(size);
                team.members = own;
            }
        }
        if (team.members.empty())
            for (int i = 0; i < size; ++i)
                team.members.push_back(m_r.take(alone));
        for (const auto &m : team.members)
            alone.erase(std::remove(alone.begin(), alone.end(), m), alone.end());
        if (m_r.chance(0.6))
            team.mode = m_r.pick(modes);
        d.teams.push_back(std::move(team));
    }

    std::vector<std::string> vias = alone;
    for (const Team &t : d.teams)
        vias.push_back(t.id);
    for (const auto &via : vias) {
        if (!m_r.chance(m_style.bind))
            continue;
        Binding b;
        b.via = via;
        b.networks = m_r.chance(0.03) ? std::vector<std::string>{}
                                      : someNetworks(1, m_style.bindingNetworks);
        d.bindings.push_back(b);
        if (m_r.chance(0.05)) { // the same port or team in a second binding
            b.networks = someNetworks(1, 2);
            d.bindings.push_back(b);
        }
    }
    m_r.shuffle(d.bindings);
}

std::vector<std::string> Generator::someNetworks(int lo, int hi)
{
    std::vector<std::string> ids;
    for (const Network &n : m_d.networks)
        ids.push_back(n.id);
    m_r.shuffle(ids);
    ids.resize(std::min<std::size_t>(ids.size(), std::size_t(m_r.between(lo, hi))));
    return ids;
}

std::vector<std::string> Generator::boundNetworks(const Device &d,
                                                  const std::string &adapterPort) const
{
    std::vector<std::string> out;
    const Team *team = d.teamOf(adapterPort);
    for (const Binding &b : d.bindings)
        if (b.via == adapterPort || (team && b.via == team->id))
            for (const auto &n : b.networks)
                if (std::find(out.begin(), out.end(), n) == out.end())
                    out.push_back(n);
    return out;
}

bool Generator::takeEndpointPort(std::size_t device, std::string &ref)
{
    auto &free = m_freePorts[device];
    if (free.empty())
        return false;
    ref = m_r.take(free);
    return true;
}

void Generator::addLink(std::string a, std::string b,
                        std::optional<std::vector<std::string>> networks, LinkKind kind)
{
    Link l;
    if (m_r.chance(0.5))
        std::swap(a, b);
    l.a = std::move(a);
    l.b = std::move(b);
    l.networks = std::move(networks);
    l.kind = kind;
    if (m_r.chance(0.5))
        l.id = freshLinkId(kind == LinkKind::Stacking ? "stk" : m_r.chance(0.5) ? "l" : "cable-");
    if (m_r.chance(0.08))
        l.speedMbps = m_r.pick(designSpeeds());
    m_d.links.push_back(std::move(l));
}

void Generator::cableEndpoints()
{
    std::vector<std::pair<std::size_t, std::string>> ports;
    for (std::size_t dev : m_endpoints)
        for (const auto &ref : m_freePorts[dev])
            ports.push_back({dev, ref});
    m_r.shuffle(ports);
    for (const auto &[dev, ref] : ports) {
        auto &free = m_freePorts[dev];
        if (std::find(free.begin(), free.end(), ref) == free.end())
            continue; // already cabled as the far end of another endpoint's link
        const Device &d = m_d.devices[dev];
        const std::string end = d.id + ":" + ref;
        std::optional<std::vector<std::string>> networks;
        if (m_r.chance(0.12)) {
            if (m_r.chance(0.5)) {
                networks = boundNetworks(d, ref); // a subset of what the port is bound to
                m_r.shuffle(*networks);
                networks->resize(std::size_t(m_r.below(int(networks->size()) + 1)));
            } else {
                networks = someNetworks(0, 2);
            }
        }
        // Most cabled ports go to a switch, about one in ten to another endpoint's port.
        const int roll = !m_r.chance(m_style.cable) ? 2 : m_r.chance(0.9) ? 0 : 1;
        if (roll == 0) {
            SwitchSlots &s = m_switches[std::size_t(m_r.below(int(m_switches.size())))];
            if (s.freeData.empty())
                continue;
            free.erase(std::find(free.begin(), free.end(), ref));
            addLink(end, s.id + ":" + m_r.take(s.freeData), networks);
        } else if (roll == 1) {
            std::vector<std::size_t> others;
            for (std::size_t o : m_endpoints)
                if (o != dev && !m_freePorts[o].empty())
                    others.push_back(o);
            if (others.empty())
                continue;
            const std::size_t o = m_r.pick(others);
            std::string far;
            takeEndpointPort(o, far);
            free.erase(std::find(free.begin(), free.end(), ref));
            addLink(end, m_d.devices[o].id + ":" + far, networks);
        }
        // else: left uncabled
    }
}

void Generator::trunks()
{
    for (std::size_t i = 0; i < m_switches.size(); ++i)
        for (std::size_t j = i + 1; j < m_switches.size(); ++j) {
            if (!m_r.chance(m_style.trunk))
                continue;
            for (int n = m_r.chance(0.7) ? 1 : m_r.between(2, 3); n > 0; --n) {
                SwitchSlots &a = m_switches[i], &b = m_switches[j];
                if (a.freeData.empty() || b.freeData.empty())
                    break;
                std::optional<std::vector<std::string>> networks;
                const int roll = m_r.below(10);
                if (roll >= 9)
                    networks = std::vector<std::string>{};
                else if (roll >= 6)
                    networks = someNetworks(1, 3);
                addLink(a.id + ":" + m_r.take(a.freeData), b.id + ":" + m_r.take(b.freeData),
                        networks);
            }
        }
}

void Generator::stacking()
{
    auto stackingLink = [&](SwitchSlots &a, SwitchSlots &b) {
        if (a.freeData.empty() || b.freeData.empty())
            return;
        std::optional<std::vector<std::string>> networks;
        if (m_r.chance(0.1))
            networks = someNetworks(0, 2);
        addLink(a.id + ":" + m_r.take(a.freeData), b.id + ":" + m_r.take(b.freeData), networks,
                LinkKind::Stacking);
    };
    std::map<std::string, std::vector<std::size_t>> stacks;
    for (std::size_t i = 0; i < m_switches.size(); ++i)
        if (!m_switches[i].stack.empty())
            stacks[m_switches[i].stack].push_back(i);
    for (auto &[id, members] : stacks) {
        if (members.size() < 2)
            continue;
        m_r.shuffle(members);
        if (m_r.chance(0.75)) { // a chain, sometimes closed to a ring, sometimes doubled
            for (std::size_t k = 0; k + 1 < members.size(); ++k)
                for (int n = m_r.chance(0.8) ? 1 : 2; n > 0; --n)
                    stackingLink(m_switches[members[k]], m_switches[members[k + 1]]);
            if (members.size() >= 3 && m_r.chance(0.3))
                stackingLink(m_switches[members.back()], m_switches[members.front()]);
        } else { // some pairs, maybe none: a stack that is not joined
            for (std::size_t k = 0; k + 1 < members.size(); ++k)
                if (m_r.chance(0.4))
                    stackingLink(
                        m_switches[members[k]],
                        m_switches[members[m_r.between(int(k) + 1, int(members.size()) - 1)]]);
        }
    }
    // A stacking cable between switches that share no stack id.
    if (m_switches.size() >= 2 && m_r.chance(0.1)) {
        const int a = m_r.below(int(m_switches.size()));
        const int b = (a + 1 + m_r.below(int(m_switches.size()) - 1)) % int(m_switches.size());
        stackingLink(m_switches[std::size_t(a)], m_switches[std::size_t(b)]);
    }
}

void Generator::outOfBand()
{
    for (std::size_t i = 0; i < m_switches.size(); ++i) {
        SwitchSlots &s = m_switches[i];
        if (!s.oobFree || !m_r.chance(0.45))
            continue;
        std::optional<std::vector<std::string>> networks; // carried by no out-of-band link
        if (m_r.chance(0.3))
            networks = someNetworks(1, 2);
        const std::string oob = s.id + ":oob";
        const int target = m_r.below(10);
        if (target < 4) { // a host's or other device's port
            std::vector<std::size_t> withFree;
            for (std::size_t e : m_endpoints)
                if (!m_freePorts[e].empty())
                    withFree.push_back(e);
            if (withFree.empty())
                continue;
            const std::size_t e = m_r.pick(withFree);
            std::string ref;
            takeEndpointPort(e, ref);
            s.oobFree = false;
            addLink(oob, m_d.devices[e].id + ":" + ref, networks);
        } else {
            std::vector<std::size_t> others;
            for (std::size_t o = 0; o < m_switches.size(); ++o)
                if (o != i &&
                    (target < 8 ? !m_switches[o].freeData.empty() : m_switches[o].oobFree))
                    others.push_back(o);
            if (others.empty())
                continue;
            SwitchSlots &o = m_switches[m_r.pick(others)];
            s.oobFree = false;
            if (target < 8) { // another switch's data port
                addLink(oob, o.id + ":" + m_r.take(o.freeData), networks);
            } else { // out-of-band to out-of-band
                o.oobFree = false;
                addLink(oob, o.id + ":oob", networks);
            }
        }
    }
}

} // namespace

Design randomDesign(std::uint64_t seed)
{
    return Generator(seed).make();
}

} // namespace cn::reference
