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
    // Set when the design's accepted_risks accept this finding: it stays listed with its
    // severity but no longer fails `check`.
    bool accepted = false;
    std::string acceptedBy;
    std::string acceptedReason;
    // The index in Design::acceptedRisks of the acceptance that accepts this finding, or that
    // a stale-acceptance finding is about; -1 for none.
    int acceptedRisk = -1;
};

// An error that is not accepted: what makes `check` exit 1.
bool isOpenError(const Finding &f);

struct FindingCounts {
    int errors = 0;
    int warnings = 0;
    int info = 0;
    int accepted = 0;   // of all three
    int openErrors = 0; // errors not accepted (isOpenError)
    int stale = 0;      // stale-acceptance warnings

    // Counts one more (the command line counts findings as they stream).
    void add(const Finding &f);
};

// The rule id of a finding that says an accepted risk no longer occurs.
extern const char *const kStaleAcceptanceRule;
// Every rule id a design may accept (RULES.md's and the program's own, not the stale one).
const std::vector<std::string> &acceptableRules();

FindingCounts countFindings(const std::vector<Finding> &findings);
// Errors first, then warnings, then info; stable within a severity.
void sortFindings(std::vector<Finding> &findings);

} // namespace cn
