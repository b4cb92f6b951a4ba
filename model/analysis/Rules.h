#pragma once
// The rules of RULES.md, grouped by what they look at. Each appends its findings.

#include "analysis/DesignIndex.h"
#include "analysis/Finding.h"

#include <vector>

namespace cn {

void checkConnectivity(const DesignIndex &index, int failures, std::vector<Finding> &out);
void checkClusters(const DesignIndex &index, std::vector<Finding> &out);
void checkTeams(const DesignIndex &index, std::vector<Finding> &out);
void checkNetworks(const DesignIndex &index, std::vector<Finding> &out);
void checkCabling(const DesignIndex &index, std::vector<Finding> &out);
void checkStacks(const DesignIndex &index, std::vector<Finding> &out);
void checkEstimates(const DesignIndex &index, std::vector<Finding> &out);

} // namespace cn
