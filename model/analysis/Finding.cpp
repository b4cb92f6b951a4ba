#include "analysis/Finding.h"

#include <algorithm>

namespace cn {

std::string toString(Severity s)
{
    switch (s) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return {};
}

const char *const kStaleAcceptanceRule = "stale-acceptance";

bool isOpenError(const Finding &f) { return f.severity == Severity::Error && !f.accepted; }

const std::vector<std::string> &acceptableRules()
{
    static const std::vector<std::string> rules = {
        "unreachable", "spof", "double-fault", "single-cluster-network", "node-asymmetry",
        "team-single-adapter", "team-single-switch", "team-mode-stack", "team-mixed-speed",
        "iscsi-teamed", "iscsi-shared", "role-mix", "duplicate-subnet", "overlapping-subnet",
        "duplicate-vlan", "speed-mismatch", "uncabled-binding", "physical-isolation",
        "stack-unsupported", "stack-incomplete", "live-migration-slow", "failover-capacity",
        "no-oob"};
    return rules;
}

void FindingCounts::add(const Finding &f)
{
    if (f.severity == Severity::Error)
        ++errors;
    else if (f.severity == Severity::Warning)
        ++warnings;
    else
        ++info;
    accepted += f.accepted ? 1 : 0;
    openErrors += isOpenError(f) ? 1 : 0;
    stale += f.rule == kStaleAcceptanceRule ? 1 : 0;
}

FindingCounts countFindings(const std::vector<Finding> &findings)
{
    FindingCounts c;
    for (const auto &f : findings)
        c.add(f);
    return c;
}

void sortFindings(std::vector<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) < int(b.severity);
    });
}

} // namespace cn
