#pragma once
// Single and double failures (RULES.md "The failure model"): which pairs of role members each
// failure unit, or pair of units, disconnects. Works on one NetworkGraph per network.

#include "analysis/DesignIndex.h"
#include "analysis/NetworkGraph.h"

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <string>
#include <vector>

namespace cn {

struct FailureUnit {
    enum class Kind { Switch, Adapter, Link };
    Kind kind = Kind::Switch;
    int device = -1;                  // switch or adapter's device
    const Adapter *adapter = nullptr; // adapters
    int link = -1;                    // links
    std::string ref;                  // switch id, DEVICE:ADAPTER or link name
};

// The pairs that matter for a role (RULES.md "Members of a role"); the three cluster roles
// form one group whose pairs are the hosts of one cluster.
struct RoleGroup {
    std::vector<Role> roles;
    NetworkSet networks; // the networks that can connect its pairs
    bool cluster = false;
    bool iscsi = false;
    std::vector<char> member; // by device index
};

struct CutPair {
    int a = -1, b = -1; // device indices, a < b
    int group = -1;
};

class FailureAnalysis
{
public:
    explicit FailureAnalysis(const DesignIndex &index);
    ~FailureAnalysis();

    const std::vector<FailureUnit> &units() const { return m_units; }
    const std::vector<RoleGroup> &groups() const { return m_groups; }
    int unitIndex(const std::string &ref) const;

    bool isPair(const RoleGroup &g, int a, int b) const;
    bool connectedIntact(const RoleGroup &g, int a, int b) const;
    // Pairs of a group that share one of its networks (for clusters: all pairs) but are not
    // connected with nothing failed.
    std::vector<CutPair> unreachablePairs() const;
    // What the joint failure of these units disconnects, among pairs connected when intact.
    std::vector<CutPair> cutBy(const std::vector<int> &units) const;

    struct UnitCuts {
        int unit = -1;
        std::vector<CutPair> cuts;
    };
    // Every single unit that disconnects something: the single points of failure.
    std::vector<UnitCuts> singleFailures() const;
    struct PairCuts {
        int first = -1, second = -1;
        std::vector<CutPair> cuts;
    };
    // Pairs of units, neither a single point of failure, whose joint failure cuts something.
    std::vector<PairCuts> doubleFailures(const std::vector<UnitCuts> &singles) const;

private:
    struct Effect;
    struct NetCut;
    // The connectivity of one network with some switches or trunk cables taken out: component
    // labels (empty: as intact), the devices that may have lost a partner, each device's pieces.
    struct NetState {
        std::vector<int> labels;
        std::vector<int> changed;             // local device indices
        std::vector<std::vector<int>> pieces; // by local device
    };
    NetState makeState(int net, const std::vector<int> &structural) const;
    const NetState &stateOf(int net, const std::vector<int> &structural) const;
    std::vector<std::pair<int, std::vector<int>>> reducedPieces(int net, const NetState &st,
                                                                const std::vector<int> &removed) const;
    void buildUnits();
    void buildGroups();
    std::vector<NetCut> cutsPerNetwork(const std::vector<int> &units) const;
    std::vector<std::uint64_t> cutOnNetwork(int net, const std::vector<int> &structural,
                                            const std::vector<int> &terminals) const;
    std::vector<CutPair> groupCuts(const std::vector<NetCut> &perNetwork) const;
    template <typename IsCut>
    std::vector<CutPair> groupCutsOf(const std::vector<std::uint64_t> &candidates, IsCut isCut) const;
    // Pairs that x and y, failing together in one network, cut there beyond their own cuts.
    std::vector<std::uint64_t> jointNew(int net, const Effect &x, const Effect &y,
                                        const std::vector<std::uint64_t> *ownX,
                                        const std::vector<std::uint64_t> *ownY) const;
    bool connectedOn(int net, int a, int b) const;

    const DesignIndex &m_index;
    std::vector<std::unique_ptr<NetworkGraph>> m_graphs;
    std::vector<FailureUnit> m_units;
    std::vector<std::vector<Effect>> m_effects; // by unit
    std::vector<RoleGroup> m_groups;
    std::vector<std::vector<std::vector<int>>> m_intactDeviceLabels; // net -> local device -> labels
    std::vector<std::vector<int>> m_local; // net -> device index -> local index or -1
    // States after one switch or trunk fails, computed once: (net, vertex) -> state.
    mutable std::unordered_map<std::uint64_t, NetState> m_states;
    mutable NetState m_scratch;
};

} // namespace cn
