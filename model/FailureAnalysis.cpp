#include "FailureAnalysis.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

namespace cn {

struct FailureAnalysis::Effect {
    int net = -1;
    std::vector<int> structural; // switch and trunk-cable vertices taken out
    std::vector<int> terminals;  // terminals lost (an adapter's ports, an access cable's ends)
};

struct FailureAnalysis::NetCut {
    int net = -1;
    std::vector<std::uint64_t> pairs; // sorted pair keys
};

namespace {

std::uint64_t pairKey(int a, int b)
{
    if (a > b)
        std::swap(a, b);
    return (std::uint64_t(std::uint32_t(a)) << 32) | std::uint32_t(b);
}

int keyFirst(std::uint64_t k) { return int(k >> 32); }
int keySecond(std::uint64_t k) { return int(k & 0xffffffffu); }

bool intersects(const std::vector<int> &a, const std::vector<int> &b)
{
    auto i = a.begin(), j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i == *j)
            return true;
        if (*i < *j)
            ++i;
        else
            ++j;
    }
    return false;
}

void sortUnique(std::vector<int> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

} // namespace

FailureAnalysis::FailureAnalysis(const DesignIndex &index) : m_index(index)
{
    const std::size_t networks = index.design().networks.size();
    for (std::size_t n = 0; n < networks; ++n) {
        m_graphs.push_back(std::make_unique<NetworkGraph>(index, int(n)));
        const NetworkGraph &g = *m_graphs.back();
        std::vector<std::vector<int>> labels;
        for (int dev : g.devices()) {
            std::vector<int> l;
            for (int t : g.terminalsOf(dev))
                l.push_back(g.intactLabels()[std::size_t(t)]);
            sortUnique(l);
            labels.push_back(std::move(l));
        }
        m_intactDeviceLabels.push_back(std::move(labels));
        std::vector<int> local(index.design().devices.size(), -1);
        for (std::size_t i = 0; i < g.devices().size(); ++i)
            local[std::size_t(g.devices()[i])] = int(i);
        m_local.push_back(std::move(local));
    }
    buildUnits();
    buildGroups();
}

FailureAnalysis::~FailureAnalysis() = default;

void FailureAnalysis::buildUnits()
{
    const Design &d = m_index.design();
    for (std::size_t i = 0; i < d.devices.size(); ++i) {
        const Device &dev = d.devices[i];
        if (dev.isSwitch()) {
            FailureUnit u;
            u.kind = FailureUnit::Kind::Switch;
            u.device = int(i);
            u.ref = dev.id;
            m_units.push_back(u);
            continue;
        }
        for (const Adapter &a : dev.adapters) {
            FailureUnit u;
            u.kind = FailureUnit::Kind::Adapter;
            u.device = int(i);
            u.adapter = &a;
            u.ref = dev.id + ":" + a.id;
            m_units.push_back(u);
        }
    }
    for (std::size_t l = 0; l < m_index.links().size(); ++l) {
        FailureUnit u;
        u.kind = FailureUnit::Kind::Link;
        u.link = int(l);
        u.ref = m_index.links()[l].name;
        m_units.push_back(u);
    }

    m_effects.resize(m_units.size());
    std::vector<int> access;
    for (std::size_t ui = 0; ui < m_units.size(); ++ui) {
        const FailureUnit &u = m_units[ui];
        for (const auto &gp : m_graphs) {
            const NetworkGraph &g = *gp;
            Effect e;
            e.net = g.network();
            switch (u.kind) {
            case FailureUnit::Kind::Switch:
                if (int v = g.switchVertex(u.device); v >= 0)
                    e.structural.push_back(v);
                break;
            case FailureUnit::Kind::Link:
                if (int v = g.cableVertex(u.link); v >= 0) {
                    if (g.isAccessCable(v, access))
                        e.terminals = access;
                    else
                        e.structural.push_back(v);
                }
                break;
            case FailureUnit::Kind::Adapter:
                for (int t : g.terminalsOf(u.device))
                    if (m_index.ports()[std::size_t(g.terminalPort(t))].adapter == u.adapter)
                        e.terminals.push_back(t);
                break;
            }
            if (!e.structural.empty() || !e.terminals.empty())
                m_effects[ui].push_back(std::move(e));
        }
    }
}

void FailureAnalysis::buildGroups()
{
    const Design &d = m_index.design();
    const std::size_t nd = d.devices.size();
    for (Role r : allRoles()) {
        if (r == Role::Heartbeat || r == Role::Csv || r == Role::LiveMigration)
            continue;
        RoleGroup g;
        g.roles = {r};
        g.iscsi = isIscsi(r);
        for (std::size_t n = 0; n < d.networks.size(); ++n)
            if (d.networks[n].hasRole(r))
                g.networks.push_back(int(n));
        if (g.networks.empty())
            continue;
        g.member.assign(nd, 0);
        for (std::size_t dev = 0; dev < nd; ++dev)
            for (int n : g.networks)
                if (contains(m_index.boundNetworks(int(dev)), n))
                    g.member[dev] = 1;
        m_groups.push_back(std::move(g));
    }
    RoleGroup cluster;
    cluster.roles = {Role::Heartbeat, Role::Csv, Role::LiveMigration};
    cluster.cluster = true;
    for (std::size_t n = 0; n < d.networks.size(); ++n)
        if (d.networks[n].effectiveClusterUse() != ClusterUse::None)
            cluster.networks.push_back(int(n));
    cluster.member.assign(nd, 0);
    for (std::size_t dev = 0; dev < nd; ++dev)
        cluster.member[dev] = m_index.isHost(int(dev)) && !d.devices[dev].cluster.empty();
    m_groups.push_back(std::move(cluster));
}

int FailureAnalysis::unitIndex(const std::string &ref) const
{
    for (std::size_t i = 0; i < m_units.size(); ++i)
        if (m_units[i].ref == ref)
            return int(i);
    return -1;
}

bool FailureAnalysis::isPair(const RoleGroup &g, int a, int b) const
{
    if (a == b || !g.member[std::size_t(a)] || !g.member[std::size_t(b)])
        return false;
    const Design &d = m_index.design();
    if (g.cluster)
        return d.devices[std::size_t(a)].cluster == d.devices[std::size_t(b)].cluster;
    if (g.iscsi)
        return (d.devices[std::size_t(a)].type == DeviceType::Storage) !=
               (d.devices[std::size_t(b)].type == DeviceType::Storage);
    return true;
}

bool FailureAnalysis::connectedOn(int net, int a, int b) const
{
    const auto &local = m_local[std::size_t(net)];
    const int la = local[std::size_t(a)], lb = local[std::size_t(b)];
    if (la < 0 || lb < 0)
        return false;
    const auto &labels = m_intactDeviceLabels[std::size_t(net)];
    return intersects(labels[std::size_t(la)], labels[std::size_t(lb)]);
}

bool FailureAnalysis::connectedIntact(const RoleGroup &g, int a, int b) const
{
    for (int n : g.networks)
        if (connectedOn(n, a, b))
            return true;
    return false;
}

std::vector<CutPair> FailureAnalysis::unreachablePairs() const
{
    std::vector<CutPair> out;
    const std::size_t nd = m_index.design().devices.size();
    for (std::size_t gi = 0; gi < m_groups.size(); ++gi) {
        const RoleGroup &g = m_groups[gi];
        for (std::size_t a = 0; a < nd; ++a) {
            for (std::size_t b = a + 1; b < nd; ++b) {
                if (!isPair(g, int(a), int(b)) || connectedIntact(g, int(a), int(b)))
                    continue;
                bool share = g.cluster;
                for (int n : g.networks)
                    share = share || (contains(m_index.boundNetworks(int(a)), n) &&
                                      contains(m_index.boundNetworks(int(b)), n));
                if (share)
                    out.push_back({int(a), int(b), int(gi)});
            }
        }
    }
    return out;
}

std::vector<std::uint64_t> FailureAnalysis::cutOnNetwork(int net, const std::vector<int> &structural,
                                                         const std::vector<int> &terminals) const
{
    const NetworkGraph &g = *m_graphs[std::size_t(net)];
    const auto &intact = g.intactLabels();
    std::vector<int> split;
    const std::vector<int> *labels = &intact;
    if (structural.size() > 1 || (structural.size() == 1 && g.isArticulation(structural[0]))) {
        split = g.labelsWithout(structural);
        labels = &split;
    }
    const auto &local = m_local[std::size_t(net)];
    std::vector<int> removed = terminals;
    sortUnique(removed);

    std::vector<int> changed; // local device indices
    for (int t : removed)
        changed.push_back(local[std::size_t(g.terminalOwner(t))]);
    if (labels != &intact) {
        // Within each component the failure splits, devices that reach the piece most devices
        // reach stay connected to each other; only the others can have lost a partner.
        std::vector<int> comps;
        for (int v : structural)
            comps.push_back(intact[std::size_t(v)]);
        sortUnique(comps);
        for (int comp : comps) {
            std::map<int, int> devicesPerPiece;
            std::vector<std::vector<int>> pieces(g.devices().size());
            for (std::size_t i = 0; i < g.devices().size(); ++i) {
                for (int t : g.terminalsOf(g.devices()[i]))
                    if (intact[std::size_t(t)] == comp)
                        pieces[i].push_back((*labels)[std::size_t(t)]);
                sortUnique(pieces[i]);
                for (int p : pieces[i])
                    ++devicesPerPiece[p];
            }
            int main = -1, best = -1;
            for (auto [piece, count] : devicesPerPiece)
                if (count > best)
                    best = count, main = piece;
            for (std::size_t i = 0; i < pieces.size(); ++i)
                if (!pieces[i].empty() && !std::binary_search(pieces[i].begin(), pieces[i].end(), main))
                    changed.push_back(int(i));
        }
    }
    if (changed.empty())
        return {};
    sortUnique(changed);

    std::vector<std::vector<int>> after(g.devices().size());
    for (std::size_t i = 0; i < g.devices().size(); ++i) {
        for (int t : g.terminalsOf(g.devices()[i]))
            if ((*labels)[std::size_t(t)] >= 0 && !std::binary_search(removed.begin(), removed.end(), t))
                after[i].push_back((*labels)[std::size_t(t)]);
        sortUnique(after[i]);
    }
    const auto &intactLabels = m_intactDeviceLabels[std::size_t(net)];
    std::vector<std::uint64_t> cut;
    for (int c : changed) {
        for (std::size_t w = 0; w < g.devices().size(); ++w) {
            if (int(w) == c || !intersects(intactLabels[std::size_t(c)], intactLabels[w]))
                continue;
            if (!intersects(after[std::size_t(c)], after[w]))
                cut.push_back(pairKey(g.devices()[std::size_t(c)], g.devices()[w]));
        }
    }
    std::sort(cut.begin(), cut.end());
    cut.erase(std::unique(cut.begin(), cut.end()), cut.end());
    return cut;
}

std::vector<FailureAnalysis::NetCut> FailureAnalysis::cutsPerNetwork(const std::vector<int> &units) const
{
    std::vector<Effect> merged;
    for (int u : units) {
        for (const Effect &e : m_effects[std::size_t(u)]) {
            auto it = std::find_if(merged.begin(), merged.end(), [&](const Effect &m) { return m.net == e.net; });
            if (it == merged.end()) {
                merged.push_back(e);
                continue;
            }
            it->structural.insert(it->structural.end(), e.structural.begin(), e.structural.end());
            it->terminals.insert(it->terminals.end(), e.terminals.begin(), e.terminals.end());
        }
    }
    std::vector<NetCut> out;
    for (Effect &e : merged) {
        sortUnique(e.structural);
        NetCut c{e.net, cutOnNetwork(e.net, e.structural, e.terminals)};
        if (!c.pairs.empty())
            out.push_back(std::move(c));
    }
    return out;
}

std::vector<CutPair> FailureAnalysis::groupCuts(const std::vector<NetCut> &perNetwork) const
{
    std::vector<std::uint64_t> candidates;
    for (const auto &c : perNetwork)
        candidates.insert(candidates.end(), c.pairs.begin(), c.pairs.end());
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    auto cutOn = [&](int net, std::uint64_t key) {
        for (const auto &c : perNetwork)
            if (c.net == net)
                return std::binary_search(c.pairs.begin(), c.pairs.end(), key);
        return false;
    };
    std::vector<CutPair> out;
    for (std::uint64_t key : candidates) {
        const int a = keyFirst(key), b = keySecond(key);
        for (std::size_t gi = 0; gi < m_groups.size(); ++gi) {
            const RoleGroup &g = m_groups[gi];
            if (!isPair(g, a, b))
                continue;
            bool intact = false, after = false;
            for (int n : g.networks) {
                if (!connectedOn(n, a, b))
                    continue;
                intact = true;
                if (!cutOn(n, key)) {
                    after = true;
                    break;
                }
            }
            if (intact && !after)
                out.push_back({a, b, int(gi)});
        }
    }
    return out;
}

std::vector<CutPair> FailureAnalysis::cutBy(const std::vector<int> &units) const
{
    return groupCuts(cutsPerNetwork(units));
}

std::vector<FailureAnalysis::UnitCuts> FailureAnalysis::singleFailures() const
{
    std::vector<UnitCuts> out;
    for (std::size_t u = 0; u < m_units.size(); ++u) {
        if (m_effects[u].empty())
            continue;
        auto cuts = cutBy({int(u)});
        if (!cuts.empty())
            out.push_back({int(u), std::move(cuts)});
    }
    return out;
}

std::vector<FailureAnalysis::PairCuts>
FailureAnalysis::doubleFailures(const std::vector<UnitCuts> &singles) const
{
    std::vector<char> spof(m_units.size(), 0);
    for (const auto &s : singles)
        spof[std::size_t(s.unit)] = 1;
    std::unordered_set<std::uint64_t> candidates;

    // Two failures in one network can cut what neither cuts alone there.
    for (std::size_t net = 0; net < m_graphs.size(); ++net) {
        const NetworkGraph &g = *m_graphs[net];
        struct Touch {
            int unit;
            bool structural;
            std::vector<int> owners;
        };
        std::vector<Touch> touching;
        for (std::size_t u = 0; u < m_units.size(); ++u) {
            if (spof[u])
                continue;
            for (const Effect &e : m_effects[u]) {
                if (e.net != int(net))
                    continue;
                Touch t{int(u), !e.structural.empty(), {}};
                for (int term : e.terminals)
                    t.owners.push_back(g.terminalOwner(term));
                sortUnique(t.owners);
                touching.push_back(std::move(t));
            }
        }
        const auto &local = m_local[net];
        auto multiHomed = [&](int device) {
            return m_intactDeviceLabels[net][std::size_t(local[std::size_t(device)])].size() > 1;
        };
        for (std::size_t i = 0; i < touching.size(); ++i) {
            for (std::size_t j = i + 1; j < touching.size(); ++j) {
                const Touch &x = touching[i], &y = touching[j];
                bool worth = x.structural || y.structural || intersects(x.owners, y.owners);
                // Losing terminals of two different devices can only separate those two, and
                // only when both had terminals in more than one component.
                for (std::size_t k = 0; !worth && k < x.owners.size(); ++k)
                    for (std::size_t m = 0; !worth && m < y.owners.size(); ++m)
                        worth = multiHomed(x.owners[k]) && multiHomed(y.owners[m]);
                if (worth)
                    candidates.insert(pairKey(x.unit, y.unit));
            }
        }
    }

    // Failures in different networks combine when together they cut every network that
    // connects a pair of a group.
    std::map<std::uint64_t, std::vector<std::pair<int, int>>> cutters; // device pair -> (unit, net)
    for (std::size_t u = 0; u < m_units.size(); ++u) {
        if (spof[u] || m_effects[u].empty())
            continue;
        for (const NetCut &c : cutsPerNetwork({int(u)}))
            for (std::uint64_t key : c.pairs)
                cutters[key].push_back({int(u), c.net});
    }
    for (const auto &[key, list] : cutters) {
        const int a = keyFirst(key), b = keySecond(key);
        for (const RoleGroup &g : m_groups) {
            if (!isPair(g, a, b))
                continue;
            std::vector<int> connecting;
            for (int n : g.networks)
                if (connectedOn(n, a, b))
                    connecting.push_back(n);
            if (connecting.size() < 2 || connecting.size() > 64)
                continue;
            std::map<int, std::uint64_t> mask;
            for (auto [unit, net] : list) {
                auto it = std::find(connecting.begin(), connecting.end(), net);
                if (it != connecting.end())
                    mask[unit] |= std::uint64_t(1) << (it - connecting.begin());
            }
            const std::uint64_t full =
                connecting.size() == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << connecting.size()) - 1;
            for (auto i = mask.begin(); i != mask.end(); ++i)
                for (auto j = std::next(i); j != mask.end(); ++j)
                    if ((i->second | j->second) == full)
                        candidates.insert(pairKey(i->first, j->first));
        }
    }

    std::vector<std::uint64_t> sorted(candidates.begin(), candidates.end());
    std::sort(sorted.begin(), sorted.end());
    std::vector<PairCuts> out;
    for (std::uint64_t key : sorted) {
        auto cuts = cutBy({keyFirst(key), keySecond(key)});
        if (!cuts.empty())
            out.push_back({keyFirst(key), keySecond(key), std::move(cuts)});
    }
    return out;
}

} // namespace cn
