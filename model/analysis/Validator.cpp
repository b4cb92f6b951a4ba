#include "analysis/Validator.h"

#include "analysis/DesignIndex.h"
#include "analysis/Rules.h"

namespace cn {

std::vector<Finding> validate(const Design &design, const TemplateLibrary &templates,
                              const ValidationOptions &options)
{
    const DesignIndex index(design, templates);
    std::vector<Finding> findings;
    checkConnectivity(index, options.failures, findings);
    checkClusters(index, findings);
    checkTeams(index, findings);
    checkNetworks(index, findings);
    checkCabling(index, findings);
    checkStacks(index, findings);
    checkEstimates(index, findings);
    sortFindings(findings);
    return findings;
}

} // namespace cn
