#include "analysis/FailureEvaluator.h"

namespace cn {

FailureAnalysis::Evaluator::Evaluator(const FailureAnalysis &fa)
    : m_fa(fa), m_scenarioOf(fa.m_graphs.size(), -1)
{
    const std::size_t nd = fa.m_index.design().devices.size();
    for (DeviceSet *s : {&m_isCandidate, &m_isOwner, &m_after, &m_tmp, &m_cut})
        s->resize(nd);
}

void FailureAnalysis::Evaluator::prepare(const std::vector<int> &units, Candidates mode)
{
    for (int u : units) {
        assert(u >= 0 && std::size_t(u) < m_fa.m_effects.size());
        for (const Effect &e : m_fa.m_effects[std::size_t(u)]) {
            int &slot = m_scenarioOf[std::size_t(e.net)];
            if (slot < 0) {
                slot = int(m_used);
                if (m_used == m_failures.size())
                    m_failures.emplace_back();
                NetFailure &f = m_failures[m_used++];
                f.net = e.net;
                f.hubs.clear();
                f.killed.clear();
                f.structural = nullptr;
                f.structuralUnits = 0;
            }
            NetFailure &f = m_failures[std::size_t(slot)];
            if (!e.hubs.empty()) {
                f.hubs.insert(f.hubs.end(), e.hubs.begin(), e.hubs.end());
                f.structural = &e;
                ++f.structuralUnits;
            }
            f.killed.insert(f.killed.end(), e.killed.begin(), e.killed.end());
        }
    }
    if (m_scenarios.size() < m_used)
        m_scenarios.resize(m_used);
    for (std::size_t i = 0; i < m_used; ++i) {
        const NetFailure &f = m_failures[i];
        const NetState *state = &m_fa.m_intact[std::size_t(f.net)];
        if (f.structuralUnits == 1 && f.structural->state) {
            state = f.structural->state.get();
        } else if (f.structuralUnits > 1) {
            if (m_jointUsed == m_joint.size())
                m_joint.push_back(std::make_unique<NetState>(m_fa.m_graphs[std::size_t(f.net)]));
            NetState &joint = *m_joint[m_jointUsed++];
            joint.assign(m_fa.m_graphs[std::size_t(f.net)], f.hubs);
            state = &joint;
        }
        assert(state->graph().network() == f.net);
        m_scenarios[i].assign(*state, f.killed);
    }

    for (std::size_t i = 0; i < m_used; ++i) {
        const NetScenario &s = m_scenarios[i];
        const FabricGraph &graph = s.state().graph();
        if (mode == Candidates::Changed)
            for (int local : s.state().changed())
                m_candidates.push_back(graph.devices()[std::size_t(local)]);
        for (int o : s.owners()) {
            const int device = graph.devices()[std::size_t(o)];
            m_isOwner.set(std::size_t(device));
            const auto &before = mode == Candidates::Changed ? graph.piecesOf(o) : s.state().piecesOf(o);
            if (s.piecesOf(o) != before)
                m_candidates.push_back(device);
        }
    }
    sortUnique(m_candidates);
    for (int d : m_candidates)
        m_isCandidate.set(std::size_t(d));
}

void FailureAnalysis::Evaluator::clear()
{
    for (int d : m_candidates)
        m_isCandidate.reset(std::size_t(d));
    for (std::size_t i = 0; i < m_used; ++i) {
        const NetScenario &s = m_scenarios[i];
        for (int o : s.owners())
            m_isOwner.reset(std::size_t(s.state().graph().devices()[std::size_t(o)]));
        m_scenarioOf[std::size_t(m_failures[i].net)] = -1;
    }
    assert(m_isCandidate.none() && m_isOwner.none());
    m_candidates.clear();
    m_used = 0;
    m_jointUsed = 0;
}

void FailureAnalysis::Evaluator::bucket()
{
    m_bucketsUsed = 0;
    m_bucketOf.clear();
    auto add = [&](int device, std::size_t b) {
        if (b == m_bucketsUsed) {
            if (m_bucketsUsed == m_buckets.size())
                m_buckets.emplace_back();
            m_buckets[m_bucketsUsed++].devices.clear();
        }
        m_buckets[b].devices.push_back(device);
    };
    const bool share = m_candidates.size() > 8;
    for (int a : m_candidates) {
        if (!share || m_isOwner.test(std::size_t(a))) {
            add(a, m_bucketsUsed);
            continue;
        }
        signature(a, m_signature);
        const auto [it, fresh] = m_bucketOf.try_emplace(m_signature, m_bucketsUsed);
        add(a, it->second);
    }
}

void FailureAnalysis::Evaluator::signature(int device, std::vector<int> &out) const
{
    out.assign(1, m_fa.m_intactClass[std::size_t(device)]);
    for (std::size_t i = 0; i < m_used; ++i) {
        const NetScenario &s = m_scenarios[i];
        const int local = s.state().graph().localOf(device);
        if (local < 0)
            continue;
        const std::vector<int> &pieces = s.piecesOf(local);
        out.push_back(int(i));
        out.push_back(int(pieces.size()));
        out.insert(out.end(), pieces.begin(), pieces.end());
    }
}

void FailureAnalysis::Evaluator::reach(std::size_t g, int device, DeviceSet &out)
{
    out.resize(m_isCandidate.size());
    out.reset();
    for (int n : m_fa.m_groups[g].networks) {
        const FabricGraph &graph = m_fa.m_graphs[std::size_t(n)];
        const int local = graph.localOf(device);
        if (local < 0)
            continue;
        if (const int s = m_scenarioOf[std::size_t(n)]; s >= 0) {
            assert(m_scenarios[std::size_t(s)].state().graph().network() == n);
            m_scenarios[std::size_t(s)].neighbours(local, m_tmp);
            out |= m_tmp;
        } else {
            for (int l : graph.piecesOf(local))
                out |= graph.members(l);
        }
    }
}

void SummarySink::operator()(int g, int a, const DeviceSet &cut, const DeviceSet &)
{
    summary.affected |= cut;
    summary.affected.set(std::size_t(a));
    auto it = std::lower_bound(summary.groups.begin(), summary.groups.end(), g);
    if (it == summary.groups.end() || *it != g)
        summary.groups.insert(it, g);
    // Every pair found here contains a; all of them contain b too when b is the only one.
    here.assign(1, a);
    if (cut.count() == 1)
        here.push_back(int(cut.find_first()));
    sortUnique(here);
    if (first) {
        common = here;
        first = false;
    } else {
        both.clear();
        std::set_intersection(common.begin(), common.end(), here.begin(), here.end(), std::back_inserter(both));
        common.swap(both);
    }
}

CutSummary SummarySink::take()
{
    if (!summary.any())
        return {};
    CutSummary out = summary;
    out.inEveryPair = common;
    summary.affected.reset();
    summary.groups.clear();
    common.clear();
    first = true;
    return out;
}

} // namespace cn
