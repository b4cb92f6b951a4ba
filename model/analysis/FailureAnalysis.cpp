#include "analysis/FailureAnalysis.h"

#include "analysis/FailureEvaluator.h"

#include <algorithm>
#include <cassert>
#include <tuple>

namespace cn {

FailureAnalysis::FailureAnalysis(const DesignIndex &index) : m_index(index), m_groups(index)
{
    const std::size_t networks = index.design().networks.size();
    m_graphs.reserve(networks);
    for (std::size_t n = 0; n < networks; ++n)
        m_graphs.emplace_back(index, int(n));
    m_intact.reserve(networks);
    for (const FabricGraph &g : m_graphs)
        m_intact.emplace_back(g);
    buildUnits();
    buildEffects();

    const std::size_t nd = index.design().devices.size();
    std::map<std::vector<int>, int> classes;
    std::vector<int> pieces;
    for (std::size_t d = 0; d < nd; ++d) {
        pieces.clear();
        for (const FabricGraph &g : m_graphs)
            if (const int local = g.localOf(int(d)); local >= 0) {
                pieces.push_back(g.network());
                pieces.push_back(int(g.piecesOf(local).size()));
                pieces.insert(pieces.end(), g.piecesOf(local).begin(), g.piecesOf(local).end());
            }
        m_intactClass.push_back(classes.try_emplace(pieces, int(classes.size())).first->second);
    }
    m_reach.resize(m_groups.size());
    for (std::size_t gi = 0; gi < m_groups.size(); ++gi) {
        const RoleGroup &g = m_groups[gi];
        m_reach[gi].resize(nd);
        for (auto a = g.members.find_first(); a != DeviceSet::npos; a = g.members.find_next(a)) {
            DeviceSet r(nd);
            for (int n : g.networks) {
                const FabricGraph &graph = m_graphs[std::size_t(n)];
                if (const int local = graph.localOf(int(a)); local >= 0)
                    for (int l : graph.piecesOf(local))
                        r |= graph.members(l);
            }
            r &= m_groups.partnerPool(gi, int(a));
            r &= g.members;
            r.reset(a);
            m_reach[gi][a] = std::move(r);
        }
    }
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
            u.structural = true;
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
        const LinkInfo &link = m_index.links()[l];
        FailureUnit u;
        u.kind = FailureUnit::Kind::Link;
        u.link = int(l);
        u.ref = link.name;
        u.structural = link.betweenSwitches;
        m_units.push_back(u);
    }
    for (std::size_t i = 0; i < m_units.size(); ++i)
        m_unitByRef.emplace(m_units[i].ref, int(i));
}

void FailureAnalysis::buildEffects()
{
    m_effects.resize(m_units.size());
    for (std::size_t ui = 0; ui < m_units.size(); ++ui) {
        const FailureUnit &u = m_units[ui];
        for (const FabricGraph &g : m_graphs) {
            Effect e;
            e.net = g.network();
            switch (u.kind) {
            case FailureUnit::Kind::Switch:
                if (const int h = g.switchHub(u.device); h >= 0)
                    e.hubs = {h};
                break;
            case FailureUnit::Kind::Link:
                if (const int h = g.cableHub(u.link); h >= 0 && g.hubKind(h) == FabricGraph::HubKind::Trunk)
                    e.hubs = {h};
                else
                    e.killed = g.terminalsOnLink(u.link);
                break;
            case FailureUnit::Kind::Adapter:
                if (const int local = g.localOf(u.device); local >= 0)
                    for (int t : g.terminalsOf(local))
                        if (m_index.ports()[std::size_t(g.terminals()[std::size_t(t)].port)].adapter == u.adapter)
                            e.killed.push_back(t);
                break;
            }
            sortUnique(e.killed);
            assert(e.hubs.empty() || u.structural);
            assert(!u.structural || e.killed.empty());
            if (e.hubs.empty() && e.killed.empty())
                continue;
            // A trunk that is no articulation point changes nothing alone; a switch always loses
            // the terminals hanging from it.
            if (!e.hubs.empty() && (u.kind == FailureUnit::Kind::Switch || g.isArticulation(e.hubs[0])))
                e.state = std::make_unique<NetState>(g, e.hubs);
            m_effects[ui].push_back(std::move(e));
        }
    }
}

int FailureAnalysis::unitIndex(const std::string &ref) const
{
    auto it = m_unitByRef.find(ref);
    return it == m_unitByRef.end() ? -1 : it->second;
}

int FailureAnalysis::ownerOf(int unit) const
{
    const FailureUnit &u = m_units[std::size_t(unit)];
    if (u.kind == FailureUnit::Kind::Adapter)
        return u.device;
    if (u.kind == FailureUnit::Kind::Link) {
        const LinkInfo &l = m_index.links()[std::size_t(u.link)];
        if ((l.portA >= 0) != (l.portB >= 0))
            return m_index.ports()[std::size_t(l.portA >= 0 ? l.portA : l.portB)].device;
    }
    return -1;
}

std::vector<CutPair> FailureAnalysis::unreachablePairs() const
{
    std::vector<CutPair> out;
    const std::size_t nd = m_index.design().devices.size();
    for (std::size_t gi = 0; gi < m_groups.size(); ++gi) {
        const RoleGroup &g = m_groups[gi];
        for (auto a = g.members.find_first(); a != DeviceSet::npos; a = g.members.find_next(a)) {
            DeviceSet missing = m_groups.partnerPool(gi, int(a)) & g.members;
            missing -= m_reach[gi][a];
            missing.reset(a);
            if (!g.cluster) {
                // Outside clusters a pair only counts when both are bound to one network.
                DeviceSet share(nd);
                for (int n : g.networks)
                    if (m_groups.boundTo(n).test(a))
                        share |= m_groups.boundTo(n);
                missing &= share;
            }
            for (auto b = missing.find_next(a); b != DeviceSet::npos; b = missing.find_next(b))
                out.push_back({int(a), int(b), int(gi)});
        }
    }
    return out;
}

std::vector<CutPair> FailureAnalysis::cutBy(const std::vector<int> &units) const
{
    std::vector<CutPair> out;
    PairSink sink{out};
    Evaluator(*this).run(units, Candidates::Changed, sink);
    std::sort(out.begin(), out.end(), [](const CutPair &x, const CutPair &y) {
        return std::tie(x.group, x.a, x.b) < std::tie(y.group, y.a, y.b);
    });
    return out;
}

std::vector<FailureAnalysis::UnitCut> FailureAnalysis::singleFailures() const
{
    std::vector<UnitCut> out;
    Evaluator evaluator(*this);
    SummarySink sink(m_index.design().devices.size());
    std::vector<int> unit(1);
    for (std::size_t u = 0; u < m_units.size(); ++u) {
        if (m_effects[u].empty())
            continue;
        unit[0] = int(u);
        evaluator.run(unit, Candidates::Changed, sink);
        if (CutSummary s = sink.take(); s.any())
            out.push_back({int(u), std::move(s)});
    }
    return out;
}

} // namespace cn
