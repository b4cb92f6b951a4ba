#pragma once
// Single and double failures (RULES.md "The failure model"): which pairs of role members each
// failure unit, or pair of units, disconnects. Works on one FabricGraph per network. Everything
// is computed in the constructor or per call: a const FailureAnalysis holds no mutable state,
// so it can run on any thread.

#include "analysis/FabricGraph.h"
#include "analysis/NetState.h"
#include "analysis/RoleGroups.h"

#include <map>
#include <memory>
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
    // Switches and switch-to-switch cables take hubs out of networks; cards and the other
    // cables only take terminals.
    bool structural = false;
};

struct CutPair {
    int a = -1, b = -1; // device indices, a < b
    int group = -1;
};

// What a failure cuts, in short: the devices of the cut pairs and the groups concerned.
struct CutSummary {
    DeviceSet affected;
    std::vector<int> groups; // sorted
    // The devices every cut pair contains (none, one, or both of a single pair).
    std::vector<int> inEveryPair;
    bool any() const { return !groups.empty(); }
};

class FailureAnalysis
{
public:
    explicit FailureAnalysis(const DesignIndex &index);
    ~FailureAnalysis();
    FailureAnalysis(const FailureAnalysis &) = delete;
    FailureAnalysis &operator=(const FailureAnalysis &) = delete;

    const std::vector<FailureUnit> &units() const { return m_units; }
    const std::vector<RoleGroup> &groups() const { return m_groups.groups(); }
    int unitIndex(const std::string &ref) const;
    // The device a unit belongs to when it is one of an endpoint's own (its card, or a cable
    // from one of its ports to a switch), else -1.
    int ownerOf(int unit) const;

    // Pairs of a group that share one of its networks (for clusters: all pairs) but are not
    // connected with nothing failed.
    std::vector<CutPair> unreachablePairs() const;
    // What the joint failure of these units disconnects, among pairs connected when intact.
    std::vector<CutPair> cutBy(const std::vector<int> &units) const;

    struct UnitCut {
        int unit = -1;
        CutSummary cut;
    };
    // Every single unit that disconnects something: the single points of failure.
    std::vector<UnitCut> singleFailures() const;
    struct PairCut {
        int first = -1, second = -1;
        CutSummary cut;
    };
    // Pairs of units, neither a single point of failure, whose joint failure cuts something.
    std::vector<PairCut> doubleFailures(const std::vector<UnitCut> &singles) const;

private:
    // What one unit does to one network.
    struct Effect {
        int net = -1;
        std::vector<int> hubs;      // structural units
        std::vector<int> killed;    // terminals, sorted
        std::unique_ptr<NetState> state; // structural units: the network without the hubs
    };
    // Which devices a run compares: all whose pieces changed, or only those that lost
    // terminals (when the structural part alone is known to cut nothing).
    enum class Candidates { Changed, Owners };
    class Evaluator;

    void buildUnits();
    void buildEffects();
    // The devices each unit touches, and for each the units touching it.
    std::vector<std::vector<int>> touchedDevices() const;
    // Partners with whom a unit alone breaks one of the shared pieces (RULES.md networks and
    // their components), though they may stay connected elsewhere.
    DeviceSet brokenPartners(int unit) const;

    const DesignIndex &m_index;
    std::vector<FabricGraph> m_graphs;
    std::vector<NetState> m_intact;
    std::vector<FailureUnit> m_units;
    std::map<std::string, int> m_unitByRef;
    std::vector<std::vector<Effect>> m_effects; // by unit
    RoleGroups m_groups;
    // Per group, per member: the partners it reaches with nothing failed.
    std::vector<std::vector<DeviceSet>> m_reach;
    // Devices with one class reach the same pieces of every network with nothing failed.
    std::vector<int> m_intactClass;
};

} // namespace cn
