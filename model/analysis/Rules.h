#pragma once
// The rules of RULES.md, grouped by what they look at. Each appends its findings.

#include "analysis/DesignIndex.h"
#include "analysis/FailureAnalysis.h"
#include "analysis/Finding.h"

#include <vector>

namespace cn {

// unreachable and spof; returns the single failures, which double faults leave out.
std::vector<FailureAnalysis::UnitCut> checkConnectivity(const DesignIndex &index, const FailureAnalysis &analysis,
                                                        std::vector<Finding> &out);
// The double-fault finding of one pair of units.
Finding doubleFaultFinding(const DesignIndex &index, const FailureAnalysis &analysis,
                           const FailureAnalysis::PairCut &pair);
void checkClusters(const DesignIndex &index, std::vector<Finding> &out);
void checkTeams(const DesignIndex &index, std::vector<Finding> &out);
void checkNetworks(const DesignIndex &index, std::vector<Finding> &out);
void checkCabling(const DesignIndex &index, std::vector<Finding> &out);
void checkStacks(const DesignIndex &index, std::vector<Finding> &out);
void checkEstimates(const DesignIndex &index, std::vector<Finding> &out);
// oob-by-name (a rule of this program beyond RULES.md, info only).
void checkTemplates(const DesignIndex &index, std::vector<Finding> &out);

} // namespace cn
