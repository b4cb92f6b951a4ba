#pragma once
// The checks of a loaded design that need the whole file: unique ids, references between
// elements, switch models, ports used once. Throws LoadFailure at the offending node.

#include "design/Design.h"

namespace cn {

class TemplateLibrary;

void checkReferences(const Design &design, const TemplateLibrary &templates);

} // namespace cn
