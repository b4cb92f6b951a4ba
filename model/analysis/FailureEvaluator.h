#pragma once
// Private to FailureAnalysis: what one set of failed units cuts. The networks the units touch
// become NetScenarios; the devices that may have lost a partner are compared, per role group,
// with the partners they reach intact. An Evaluator keeps its buffers between runs, so the
// double-failure search allocates almost nothing per pair.

#include "analysis/FailureAnalysis.h"

#include <boost/container_hash/hash.hpp>

#include <algorithm>
#include <cassert>
#include <memory>
#include <unordered_map>

namespace cn {

class FailureAnalysis::Evaluator
{
public:
    explicit Evaluator(const FailureAnalysis &fa);

    // Calls sink(group, device, cut, candidates) for each candidate device that lost partners
    // of a group: `cut` holds them; `candidates` the devices that are reported on their own
    // (a pair of two candidates is reported from both sides).
    template <typename Sink>
    void run(const std::vector<int> &units, Candidates mode, Sink &sink);

private:
    void prepare(const std::vector<int> &units, Candidates mode);
    void clear();
    // Candidates into buckets of devices that reach the same pieces on every network.
    void bucket();
    // What `device` reaches on each network, as network ids and pieces.
    void signature(int device, std::vector<int> &out) const;
    // The partners `device` still reaches for group `g`, into `out`.
    void reach(std::size_t g, int device, DeviceSet &out);

    struct NetFailure {
        int net = -1;
        std::vector<int> hubs, killed;
        const Effect *structural = nullptr;
        int structuralUnits = 0;
    };

    const FailureAnalysis &m_fa;
    std::vector<NetFailure> m_failures; // the first m_used are in use
    std::vector<std::unique_ptr<NetState>> m_joint;
    std::vector<NetScenario> m_scenarios;
    std::size_t m_used = 0, m_jointUsed = 0;
    std::vector<int> m_scenarioOf; // by network
    std::vector<int> m_candidates;
    DeviceSet m_isCandidate, m_isOwner, m_after, m_tmp, m_cut;
    struct Bucket {
        std::vector<int> devices;
    };
    std::vector<Bucket> m_buckets; // the first m_bucketsUsed are in use
    std::size_t m_bucketsUsed = 0;
    std::unordered_map<std::vector<int>, std::size_t, boost::hash<std::vector<int>>> m_bucketOf;
    std::vector<int> m_signature;
};

template <typename Sink>
void FailureAnalysis::Evaluator::run(const std::vector<int> &units, Candidates mode, Sink &sink)
{
    prepare(units, mode);
    // Devices that reach the same pieces on every network reach the same partners: large
    // designs hang many hosts from the same switches, so with many candidates they are bucketed
    // by what they reach and each bucket is worked out once. Devices that lost terminals are
    // always worked out on their own, since the members of their pieces do not know what they
    // lost.
    bucket();
    for (std::size_t gi = 0; gi < m_fa.m_groups.size(); ++gi) {
        const RoleGroup &g = m_fa.m_groups[gi];
        for (std::size_t bi = 0; bi < m_bucketsUsed; ++bi) {
            const Bucket &b = m_buckets[bi];
            bool reached = false;
            for (int a : b.devices) {
                if (!g.members.test(std::size_t(a)))
                    continue;
                if (!reached) {
                    reach(gi, a, m_after);
                    reached = true;
                }
                m_cut = m_fa.m_reach[gi][std::size_t(a)];
                assert(m_cut.size() == m_after.size());
                m_cut -= m_after;
                if (m_cut.any())
                    sink(int(gi), a, m_cut, m_isCandidate);
            }
        }
    }
    clear();
}

struct PairSink {
    std::vector<CutPair> &out;
    void operator()(int g, int a, const DeviceSet &cut, const DeviceSet &candidates)
    {
        for (auto b = cut.find_first(); b != DeviceSet::npos; b = cut.find_next(b))
            if (!candidates.test(b) || std::size_t(a) < b)
                out.push_back({std::min(a, int(b)), std::max(a, int(b)), g});
    }
};

struct SummarySink {
    CutSummary summary;
    std::vector<int> common, here, both;
    bool first = true;

    explicit SummarySink(std::size_t devices) { summary.affected.resize(devices); }
    void operator()(int g, int a, const DeviceSet &cut, const DeviceSet &);
    // The summary so far, and ready for the next run.
    CutSummary take();
};

} // namespace cn
