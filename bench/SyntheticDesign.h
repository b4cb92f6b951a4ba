#pragma once
// A synthetic cluster design for benchmarks: hosts with cabled teams into two switch stacks.

#include "design/Design.h"

namespace cn::bench {

struct SyntheticParams {
    int hosts = 64;
    int adaptersPerHost = 3;
    int portsPerAdapter = 8;
    int switchesPerStack = 0; // 0: enough for the hosts (about 26 host ports per switch)
};

// Each host cables 8 ports: management and VM teams and the two iSCSI paths split over the
// two stacks, CSV on stack A and live migration on stack B. Six networks, one SAN, stacking
// chains in each stack and two trunks between them.
Design makeSyntheticDesign(const SyntheticParams &p);

} // namespace cn::bench
