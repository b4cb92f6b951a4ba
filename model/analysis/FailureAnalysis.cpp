#include "analysis/FailureAnalysis.h"

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

using Reduced = std::vector<std::pair<int, std::vector<int>>>;

template <typename State>
const std::vector<int> &piecesAfter(const State &st, const Reduced &reduced, int device)
{
    for (const auto &r : reduced)
        if (r.first == device)
            return r.second;
    return st.pieces[std::size_t(device)];
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

FailureAnalysis::NetState FailureAnalysis::makeState(int net, const std::vector<int> &structural) const
{
    const NetworkGraph &g = *m_graphs[std::size_t(net)];
    const auto &intact = g.intactLabels();
    NetState st;
    const bool splits = structural.size() > 1 || (structural.size() == 1 && g.isArticulation(structural[0]));
    if (!splits) {
        st.pieces = m_intactDeviceLabels[std::size_t(net)];
        return st;
    }
    st.labels = g.labelsWithout(structural);
    const std::size_t n = g.devices().size();
    st.pieces.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        for (int t : g.terminalsOf(g.devices()[i]))
            if (st.labels[std::size_t(t)] >= 0)
                st.pieces[i].push_back(st.labels[std::size_t(t)]);
        sortUnique(st.pieces[i]);
    }
    // Within each component the failure splits, devices that reach the piece most devices
    // reach stay connected to each other; only the others can have lost a partner.
    std::vector<int> comps;
    for (int v : structural)
        comps.push_back(intact[std::size_t(v)]);
    sortUnique(comps);
    for (int comp : comps) {
        std::map<int, int> devicesPerPiece;
        std::vector<std::vector<int>> inComp(n);
        for (std::size_t i = 0; i < n; ++i) {
            for (int t : g.terminalsOf(g.devices()[i]))
                if (intact[std::size_t(t)] == comp)
                    inComp[i].push_back(st.labels[std::size_t(t)]);
            sortUnique(inComp[i]);
            for (int p : inComp[i])
                ++devicesPerPiece[p];
        }
        int main = -1, best = -1;
        for (auto [piece, count] : devicesPerPiece)
            if (count > best)
                best = count, main = piece;
        for (std::size_t i = 0; i < n; ++i)
            if (!inComp[i].empty() && !std::binary_search(inComp[i].begin(), inComp[i].end(), main))
                st.changed.push_back(int(i));
    }
    return st;
}

const FailureAnalysis::NetState &FailureAnalysis::stateOf(int net, const std::vector<int> &structural) const
{
    if (structural.size() > 1) {
        m_scratch = makeState(net, structural);
        return m_scratch;
    }
    const std::uint64_t key = pairKey(net, structural.empty() ? -1 : structural[0]);
    auto it = m_states.find(key);
    if (it == m_states.end())
        it = m_states.emplace(key, makeState(net, structural)).first;
    return it->second;
}

// The pieces each owner of a lost terminal still reaches, where that differs from `st`.
std::vector<std::pair<int, std::vector<int>>> FailureAnalysis::reducedPieces(int net, const NetState &st,
                                                                             const std::vector<int> &removed) const
{
    const NetworkGraph &g = *m_graphs[std::size_t(net)];
    const auto &labels = st.labels.empty() ? g.intactLabels() : st.labels;
    const auto &local = m_local[std::size_t(net)];
    std::vector<int> owners;
    for (int t : removed)
        owners.push_back(local[std::size_t(g.terminalOwner(t))]);
    sortUnique(owners);
    std::vector<std::pair<int, std::vector<int>>> reduced;
    for (int o : owners) {
        std::vector<int> pieces;
        for (int t : g.terminalsOf(g.devices()[std::size_t(o)]))
            if (labels[std::size_t(t)] >= 0 && !std::binary_search(removed.begin(), removed.end(), t))
                pieces.push_back(labels[std::size_t(t)]);
        sortUnique(pieces);
        if (pieces != st.pieces[std::size_t(o)])
            reduced.emplace_back(o, std::move(pieces));
    }
    return reduced;
}

std::vector<std::uint64_t> FailureAnalysis::cutOnNetwork(int net, const std::vector<int> &structural,
                                                         const std::vector<int> &terminals) const
{
    const NetworkGraph &g = *m_graphs[std::size_t(net)];
    const NetState &st = stateOf(net, structural);
    std::vector<int> changed = st.changed;
    std::vector<int> removed = terminals;
    sortUnique(removed);
    const auto reduced = reducedPieces(net, st, removed);
    for (const auto &r : reduced)
        changed.push_back(r.first);
    if (changed.empty())
        return {};
    sortUnique(changed);
    auto piecesOf = [&](int i) -> const std::vector<int> & { return piecesAfter(st, reduced, i); };
    const auto &intactLabels = m_intactDeviceLabels[std::size_t(net)];
    std::vector<std::uint64_t> cut;
    for (int c : changed) {
        const auto &mine = piecesOf(c);
        for (std::size_t w = 0; w < g.devices().size(); ++w) {
            if (int(w) == c || !intersects(intactLabels[std::size_t(c)], intactLabels[w]))
                continue;
            if (!intersects(mine, piecesOf(int(w))))
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
    return groupCutsOf(candidates, [&](int net, std::uint64_t key) {
        for (const auto &c : perNetwork)
            if (c.net == net)
                return std::binary_search(c.pairs.begin(), c.pairs.end(), key);
        return false;
    });
}

template <typename IsCut>
std::vector<CutPair> FailureAnalysis::groupCutsOf(const std::vector<std::uint64_t> &candidates,
                                                  IsCut isCut) const
{
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
                if (!isCut(n, key)) {
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

std::vector<std::uint64_t> FailureAnalysis::jointNew(int net, const Effect &x, const Effect &y,
                                                     const std::vector<std::uint64_t> *ownX,
                                                     const std::vector<std::uint64_t> *ownY) const
{
    std::vector<std::uint64_t> joint;
    if (!x.structural.empty() && !y.structural.empty()) {
        std::vector<int> structural = x.structural, terminals = x.terminals;
        structural.insert(structural.end(), y.structural.begin(), y.structural.end());
        terminals.insert(terminals.end(), y.terminals.begin(), y.terminals.end());
        sortUnique(structural);
        joint = cutOnNetwork(net, structural, terminals);
    } else {
        // At most one structural failure: what it cuts alone is in its own cut, so only the
        // devices that lose terminals can lose a partner beyond that.
        const NetworkGraph &g = *m_graphs[std::size_t(net)];
        const NetState &st = stateOf(net, x.structural.empty() ? y.structural : x.structural);
        std::vector<int> removed = x.terminals;
        removed.insert(removed.end(), y.terminals.begin(), y.terminals.end());
        sortUnique(removed);
        const auto reduced = reducedPieces(net, st, removed);
        auto piecesOf = [&](int i) -> const std::vector<int> & { return piecesAfter(st, reduced, i); };
        const auto &intactLabels = m_intactDeviceLabels[std::size_t(net)];
        for (const auto &[o, pieces] : reduced)
            for (std::size_t w = 0; w < g.devices().size(); ++w)
                if (int(w) != o && intersects(intactLabels[std::size_t(o)], intactLabels[w]) &&
                    !intersects(pieces, piecesOf(int(w))))
                    joint.push_back(pairKey(g.devices()[std::size_t(o)], g.devices()[w]));
        std::sort(joint.begin(), joint.end());
        joint.erase(std::unique(joint.begin(), joint.end()), joint.end());
    }
    auto known = [&](std::uint64_t k) {
        return (ownX && std::binary_search(ownX->begin(), ownX->end(), k)) ||
               (ownY && std::binary_search(ownY->begin(), ownY->end(), k));
    };
    joint.erase(std::remove_if(joint.begin(), joint.end(), known), joint.end());
    return joint;
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

    // Each unit's own cuts per network, computed once.
    std::vector<std::vector<NetCut>> own(m_units.size());
    for (std::size_t u = 0; u < m_units.size(); ++u)
        if (!spof[u] && !m_effects[u].empty())
            own[u] = cutsPerNetwork({int(u)});
    auto ownCut = [&](int unit, int net) -> const std::vector<std::uint64_t> * {
        for (const NetCut &c : own[std::size_t(unit)])
            if (c.net == net)
                return &c.pairs;
        return nullptr;
    };

    // Two failures in one network can cut there what neither cuts alone: those pairs of units
    // are candidates. Terminal losses of two different devices can only separate those two,
    // and only when both had terminals in more than one component.
    for (std::size_t net = 0; net < m_graphs.size(); ++net) {
        const NetworkGraph &g = *m_graphs[net];
        std::vector<std::pair<int, const Effect *>> touching;
        for (std::size_t u = 0; u < m_units.size(); ++u) {
            if (spof[u])
                continue;
            for (const Effect &e : m_effects[u])
                if (e.net == int(net))
                    touching.emplace_back(int(u), &e);
        }
        const auto &local = m_local[net];
        auto owners = [&](const Effect &e) {
            std::vector<int> o;
            for (int t : e.terminals)
                o.push_back(g.terminalOwner(t));
            sortUnique(o);
            return o;
        };
        auto multiHomed = [&](const std::vector<int> &devices) {
            for (int d : devices)
                if (m_intactDeviceLabels[net][std::size_t(local[std::size_t(d)])].size() > 1)
                    return true;
            return false;
        };
        std::vector<std::vector<int>> ownerSets;
        for (const auto &t : touching)
            ownerSets.push_back(owners(*t.second));
        for (std::size_t i = 0; i < touching.size(); ++i) {
            for (std::size_t j = i + 1; j < touching.size(); ++j) {
                const Effect &x = *touching[i].second, &y = *touching[j].second;
                if (x.structural.empty() && y.structural.empty() &&
                    !intersects(ownerSets[i], ownerSets[j]) &&
                    !(multiHomed(ownerSets[i]) && multiHomed(ownerSets[j])))
                    continue;
                const bool more = !jointNew(int(net), x, y, ownCut(touching[i].first, int(net)),
                                            ownCut(touching[j].first, int(net)))
                                       .empty();
                if (more)
                    candidates.insert(pairKey(touching[i].first, touching[j].first));
            }
        }
    }

    // Failures in different networks combine when together they cut every network that
    // connects a pair of a group.
    std::map<std::uint64_t, std::vector<std::pair<int, int>>> cutters; // device pair -> (unit, net)
    for (std::size_t u = 0; u < m_units.size(); ++u) {
        for (const NetCut &c : own[u])
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

    // Every pair a double failure cuts, for a group, is cut on a network by the second unit
    // (or only jointly) as well as by the first: look only at those.
    std::vector<std::vector<std::uint64_t>> ownPairs(m_units.size());
    for (std::size_t u = 0; u < m_units.size(); ++u) {
        for (const NetCut &c : own[u])
            ownPairs[u].insert(ownPairs[u].end(), c.pairs.begin(), c.pairs.end());
        std::sort(ownPairs[u].begin(), ownPairs[u].end());
        ownPairs[u].erase(std::unique(ownPairs[u].begin(), ownPairs[u].end()), ownPairs[u].end());
    }
    std::vector<std::uint64_t> sorted(candidates.begin(), candidates.end());
    std::sort(sorted.begin(), sorted.end());
    std::vector<PairCuts> out;
    for (std::uint64_t key : sorted) {
        const int x = keyFirst(key), y = keySecond(key);
        std::vector<NetCut> joint;
        for (const Effect &ex : m_effects[std::size_t(x)])
            for (const Effect &ey : m_effects[std::size_t(y)])
                if (ex.net == ey.net)
                    joint.push_back({ex.net, jointNew(ex.net, ex, ey, ownCut(x, ex.net), ownCut(y, ex.net))});
        std::vector<std::uint64_t> pairs;
        std::set_intersection(ownPairs[std::size_t(x)].begin(), ownPairs[std::size_t(x)].end(),
                              ownPairs[std::size_t(y)].begin(), ownPairs[std::size_t(y)].end(),
                              std::back_inserter(pairs));
        for (const NetCut &j : joint)
            pairs.insert(pairs.end(), j.pairs.begin(), j.pairs.end());
        std::sort(pairs.begin(), pairs.end());
        pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
        auto isCut = [&](int net, std::uint64_t k) {
            const auto *cx = ownCut(x, net), *cy = ownCut(y, net);
            if ((cx && std::binary_search(cx->begin(), cx->end(), k)) ||
                (cy && std::binary_search(cy->begin(), cy->end(), k)))
                return true;
            for (const NetCut &j : joint)
                if (j.net == net)
                    return std::binary_search(j.pairs.begin(), j.pairs.end(), k);
            return false;
        };
        auto cuts = groupCutsOf(pairs, isCut);
        if (!cuts.empty())
            out.push_back({x, y, std::move(cuts)});
    }
    return out;
}

} // namespace cn
