#pragma once
// What failed units do, told in full for failure mode: the pairs they cut (FailureAnalysis),
// the networks that go down or split, the roles each cluster loses, the bandwidth each host
// and team loses, and the live-migration and failover-capacity estimates with the units gone.
// The estimates under a failure are the same estimates run on the design without the failed
// units (withoutFailedUnits), so they follow RULES.md exactly as the intact ones do.

#include "design/Design.h"

#include <string>
#include <vector>

namespace cn
{

class DesignIndex;
class FailureAnalysis;

// The design with failed units taken out: a switch with its links, a card's links (the card
// stays, so bindings keep their ports), a link. Unknown references change nothing.
Design withoutFailedUnits(Design d, const std::vector<std::string> &unitRefs);

struct NetworkImpact {
    std::string network;
    int pairsBefore = 0;             // pairs of devices bound to it that it joins, intact
    int pairsAfter = 0;              // ... and with the units failed
    std::vector<std::string> cutOff; // devices it joined to someone, now to no one
    bool down() const { return pairsBefore > 0 && pairsAfter == 0; }
};

struct ClusterLoss {
    std::string cluster; // empty: pairs that are not two hosts of one cluster
    std::vector<Role> roles;
    std::vector<std::pair<std::string, std::string>> pairs;
};

struct BandwidthLoss {
    std::string device;
    std::string team; // empty: all the device's cabled ports
    int beforeMbps = 0;
    int afterMbps = 0;
};

struct DrainChange {
    std::string host;
    double beforeS = 0;
    double afterS = 0; // 0 with no live-migration path left
    double beforeGbps = 0;
    double afterGbps = 0;
    bool changed() const { return afterGbps < beforeGbps - 1e-9 || afterGbps > beforeGbps + 1e-9; }
};

struct CapacityChange {
    std::string cluster;
    std::string network;
    double roomBeforeGbps = 0;
    double roomAfterGbps = 0;
    bool shortBefore = false;
    bool shortAfter = false;
    bool changed() const
    {
        return shortAfter != shortBefore || roomAfterGbps < roomBeforeGbps - 1e-9 ||
               roomAfterGbps > roomBeforeGbps + 1e-9;
    }
};

struct FailureImpact {
    std::vector<std::string> failed;
    std::vector<std::pair<std::string, std::string>> cutPairs;
    std::vector<NetworkImpact> networks; // only those that lost pairs
    std::vector<ClusterLoss> clusters;
    std::vector<BandwidthLoss> bandwidth; // only losses
    std::vector<DrainChange> drains;      // every host drain, intact and failed
    std::vector<CapacityChange> capacity; // every cluster network's room, intact and failed
    // True only when the failure takes nothing away at all.
    bool nothingLost() const
    {
        return cutPairs.empty() && networks.empty() && bandwidth.empty() && !estimatesChange();
    }
    bool estimatesChange() const
    {
        for (const DrainChange &d : drains)
            if (d.changed())
                return true;
        for (const CapacityChange &c : capacity)
            if (c.changed())
                return true;
        return false;
    }
};

// `analysis` is the failure analysis of `index`, the intact design.
FailureImpact failureImpact(const DesignIndex &index, const FailureAnalysis &analysis,
                            const std::vector<std::string> &unitRefs);

} // namespace cn
