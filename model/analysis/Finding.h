#pragma once
// One result of validation (RULES.md): a rule id, its severity and the references it names.

#include "design/Enums.h"

#include <string>
#include <vector>

namespace cn {

enum class Severity { Error, Warning, Info };

std::string toString(Severity s);

struct Finding {
    std::string rule;
    Severity severity = Severity::Error;
    std::string message;
    std::vector<std::string> elements;
    std::vector<std::string> affects;
    std::vector<Role> roles;
    // double-fault only: the device both units belong to (its cards, its cables) when the pair
    // only isolates that device; the text output groups these per device.
    std::string isolatedDevice;
};

struct FindingCounts {
    int errors = 0;
    int warnings = 0;
    int info = 0;
};

FindingCounts countFindings(const std::vector<Finding> &findings);
// Errors first, then warnings, then info; stable within a severity.
void sortFindings(std::vector<Finding> &findings);

} // namespace cn
