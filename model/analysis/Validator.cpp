#include "analysis/Validator.h"

#include "analysis/Acceptances.h"
#include "analysis/DesignIndex.h"
#include "analysis/Rules.h"

namespace cn {

void validate(const Design &design, const TemplateLibrary &templates, const ValidationOptions &options,
              const std::function<void(Finding &&)> &emit)
{
    const DesignIndex index(design, templates);
    const FailureAnalysis analysis(index);
    std::vector<Finding> findings;
    const auto singles = checkConnectivity(index, analysis, findings);
    checkClusters(index, findings);
    checkTeams(index, findings);
    checkNetworks(index, findings);
    checkCabling(index, findings);
    checkStacks(index, findings);
    checkEstimates(index, findings);
    checkTemplates(index, findings);
    sortFindings(findings);
    Acceptances accepted(design);
    for (Finding &f : findings)
        accepted.mark(f);
    auto first = findings.begin();
    for (; first != findings.end() && first->severity != Severity::Info; ++first)
        emit(std::move(*first));
    if (options.failures >= 2)
        for (const auto &pair : analysis.doubleFailures(singles)) {
            Finding f = doubleFaultFinding(index, analysis, pair);
            accepted.mark(f);
            emit(std::move(f));
        }
    // Stale acceptances are warnings: after the double faults, before the info findings.
    for (Finding &f : accepted.staleFindings(options.failures))
        emit(std::move(f));
    for (; first != findings.end(); ++first)
        emit(std::move(*first));
}

std::vector<Finding> validate(const Design &design, const TemplateLibrary &templates,
                              const ValidationOptions &options)
{
    std::vector<Finding> findings;
    validate(design, templates, options, [&](Finding &&f) { findings.push_back(std::move(f)); });
    return findings;
}

} // namespace cn
