#pragma once
// Estimates of RULES.md: live migration per VM and per host drain, failover capacity.

#include "analysis/DesignIndex.h"

#include <string>
#include <vector>

namespace cn {

struct VmMigration {
    int host = -1;
    std::string vm;
    double memoryGb = 0;
    double bandwidthGbps = 0; // the slower of source and the slowest other host
    double seconds = 0;
};

struct HostDrain {
    int host = -1;
    double memoryGb = 0;
    double bandwidthGbps = 0;
    double seconds = 0;
};

struct MigrationEstimates {
    std::vector<VmMigration> vms;
    std::vector<HostDrain> drains;
};

struct NetworkCapacity {
    std::string cluster;
    int network = -1;
    double capacityGbps = 0;
    double loadGbps = 0;
    double roomGbps = 0;
    std::vector<int> hosts; // the cluster's hosts bound to the network
    bool shortOfRoom = false; // has a load and no other cluster network can take it
};

// Seconds to move `memoryGb` at `gbps` (RULES.md: memory × 8.59 / (0.9 × B)).
double migrationSeconds(double memoryGb, double gbps);
// A host's live-migration bandwidth B in Gb/s (0: none cabled).
double migrationBandwidthGbps(const DesignIndex &index, int host);
// Hosts of each cluster, in design order, keyed by cluster id in order of first appearance.
std::vector<std::pair<std::string, std::vector<int>>> clustersOf(const DesignIndex &index);

MigrationEstimates estimateMigrations(const DesignIndex &index);
std::vector<NetworkCapacity> failoverCapacity(const DesignIndex &index);

} // namespace cn
