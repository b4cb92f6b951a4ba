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

FindingCounts countFindings(const std::vector<Finding> &findings)
{
    FindingCounts c;
    for (const auto &f : findings) {
        if (f.severity == Severity::Error)
            ++c.errors;
        else if (f.severity == Severity::Warning)
            ++c.warnings;
        else
            ++c.info;
    }
    return c;
}

void sortFindings(std::vector<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) < int(b.severity);
    });
}

} // namespace cn
