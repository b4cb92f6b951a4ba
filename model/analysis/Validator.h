#pragma once
// Runs every rule of RULES.md on a loaded design, marks the findings its accepted_risks accept,
// and adds a stale-acceptance warning for each acceptance that no finding matches.

#include "design/Design.h"
#include "analysis/Finding.h"

#include <functional>
#include <vector>

namespace cn {

class TemplateLibrary;

struct ValidationOptions {
    int failures = 1; // 2 adds double-fault
};

std::vector<Finding> validate(const Design &design, const TemplateLibrary &templates,
                              const ValidationOptions &options = {});

// The same findings, handed over one at a time: errors first, then warnings, then info. Double
// faults, which on large designs are a hundred thousand with long lists of affected devices,
// are made and handed over one by one, so they are never all held at once.
void validate(const Design &design, const TemplateLibrary &templates, const ValidationOptions &options,
              const std::function<void(Finding &&)> &emit);

} // namespace cn
