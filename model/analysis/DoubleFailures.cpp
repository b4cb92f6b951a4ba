#include "analysis/FailureAnalysis.h"

#include "analysis/FailureEvaluator.h"

#include <algorithm>
#include <iterator>
#include <thread>
#include <tuple>

namespace cn {

std::vector<std::vector<int>> FailureAnalysis::touchedDevices() const
{
    std::vector<std::vector<int>> touched(m_units.size());
    for (std::size_t u = 0; u < m_units.size(); ++u) {
        auto &out = touched[u];
        for (const Effect &e : m_effects[u]) {
            const FabricGraph &g = m_graphs[std::size_t(e.net)];
            if (e.state)
                for (int local : e.state->touched())
                    out.push_back(g.devices()[std::size_t(local)]);
            for (int t : e.killed)
                out.push_back(g.terminals()[std::size_t(t)].device);
        }
        sortUnique(out);
    }
    return touched;
}

DeviceSet FailureAnalysis::brokenPartners(int unit) const
{
    const std::size_t nd = m_index.design().devices.size();
    DeviceSet out(nd), lost(nd), kept(nd), partners(nd);
    for (const Effect &e : m_effects[std::size_t(unit)]) {
        const FabricGraph &g = m_graphs[std::size_t(e.net)];
        const NetState &state = e.state ? *e.state : m_intact[std::size_t(e.net)];
        NetScenario scenario;
        scenario.assign(state, e.killed);
        std::vector<int> locals = state.changed();
        locals.insert(locals.end(), scenario.owners().begin(), scenario.owners().end());
        sortUnique(locals);
        for (int c : locals) {
            const int device = g.devices()[std::size_t(c)];
            const std::vector<int> &now = scenario.piecesOf(c);
            lost.reset();
            for (int p : g.piecesOf(c)) {
                kept.reset();
                for (int q : now)
                    if (state.parent(q) == p)
                        kept |= state.members(q);
                lost |= g.members(p) - kept;
            }
            partners.reset();
            for (std::size_t gi = 0; gi < m_groups.size(); ++gi) {
                const RoleGroup &grp = m_groups[gi];
                if (grp.members.test(std::size_t(device)) && contains(grp.networks, e.net))
                    partners |= m_reach[gi][std::size_t(device)];
            }
            out |= lost & partners;
        }
    }
    return out;
}

std::vector<FailureAnalysis::PairCut>
FailureAnalysis::doubleFailures(const std::vector<UnitCut> &singles) const
{
    const std::size_t nu = m_units.size();
    std::vector<char> eligible(nu, 0);
    for (std::size_t u = 0; u < nu; ++u)
        eligible[u] = !m_effects[u].empty();
    for (const UnitCut &s : singles)
        eligible[std::size_t(s.unit)] = 0;

    // Two units that cut a pair together, neither alone, both touch one of its two devices (its
    // terminals lose their hub, their card or cable, or move off the main piece of a split), or
    // are both structural in one network, or one breaks a piece the two devices share and the
    // other touches the second device (see docs/analysis.md). Candidates are built from these.
    const auto touched = touchedDevices();
    std::vector<std::vector<int>> touching(m_index.design().devices.size());
    for (std::size_t u = 0; u < nu; ++u)
        if (eligible[u])
            for (int d : touched[u])
                touching[std::size_t(d)].push_back(int(u));
    std::vector<std::vector<int>> structuralOn(m_graphs.size());
    for (std::size_t u = 0; u < nu; ++u)
        if (eligible[u] && m_units[u].structural)
            for (const Effect &e : m_effects[u])
                structuralOn[std::size_t(e.net)].push_back(int(u));

    std::vector<boost::dynamic_bitset<std::uint64_t>> candidates(nu);
    for (std::size_t x = 0; x < nu; ++x) {
        if (!eligible[x])
            continue;
        auto &c = candidates[x];
        c.resize(nu);
        for (int a : touched[x])
            for (int y : touching[std::size_t(a)])
                c.set(std::size_t(y));
        const DeviceSet broken = brokenPartners(int(x));
        for (auto b = broken.find_first(); b != DeviceSet::npos; b = broken.find_next(b))
            for (int y : touching[b])
                c.set(std::size_t(y));
        if (m_units[x].structural)
            for (const Effect &e : m_effects[x])
                for (int y : structuralOn[std::size_t(e.net)])
                    c.set(std::size_t(y));
        c.reset(x);
    }

    // The pairs are independent: each thread takes every n-th first unit with an evaluator of
    // its own (the analysis itself is read-only), and the results are put in order after.
    auto search = [&](std::size_t first, std::size_t step, std::vector<PairCut> &found) {
        Evaluator evaluator(*this);
        SummarySink sink(m_index.design().devices.size());
        std::vector<int> pair(2);
        for (std::size_t x = first; x < nu; x += step) {
            if (!eligible[x])
                continue;
            const auto &c = candidates[x];
            for (auto y = c.find_first(); y != DeviceSet::npos; y = c.find_next(y)) {
                if (y < x && candidates[y].test(x))
                    continue; // evaluated from y's side
                const bool both = m_units[x].structural && m_units[y].structural;
                pair[0] = int(x);
                pair[1] = int(y);
                evaluator.run(pair, both ? Candidates::Changed : Candidates::Owners, sink);
                CutSummary s = sink.take();
                if (s.any())
                    found.push_back({int(std::min(x, y)), int(std::max(x, y)), std::move(s)});
            }
        }
    };
    // Threads only pay off on large designs (a thread costs about as much as a few hundred
    // small evaluations).
    std::size_t evaluations = 0;
    for (const auto &c : candidates)
        evaluations += c.count();
    const std::size_t threads =
        evaluations < 20000 ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    std::vector<std::vector<PairCut>> found(threads);
    std::vector<std::thread> workers;
    for (std::size_t i = 1; i < threads; ++i)
        workers.emplace_back(search, i, threads, std::ref(found[i]));
    search(0, threads, found[0]);
    for (std::thread &w : workers)
        w.join();
    std::vector<PairCut> out;
    for (auto &f : found)
        std::move(f.begin(), f.end(), std::back_inserter(out));
    std::sort(out.begin(), out.end(),
              [](const PairCut &p, const PairCut &q) { return std::tie(p.first, p.second) < std::tie(q.first, q.second); });
    return out;
}

} // namespace cn
