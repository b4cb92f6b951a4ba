#pragma once
// Runs every rule of RULES.md on a loaded design.

#include "design/Design.h"
#include "analysis/Finding.h"

#include <vector>

namespace cn {

class TemplateLibrary;

struct ValidationOptions {
    int failures = 1; // 2 adds double-fault
};

std::vector<Finding> validate(const Design &design, const TemplateLibrary &templates,
                              const ValidationOptions &options = {});

} // namespace cn
