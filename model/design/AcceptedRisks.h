#pragma once
// Edits of a design's accepted risks (the editor's Accept Risk and Withdraw Acceptance).

#include "design/Design.h"

#include <cstddef>

namespace cn
{

// `d` with `risk` accepted; an acceptance of the same rule and elements (in any order) is
// replaced by it.
Design withAcceptedRisk(Design d, AcceptedRisk risk);
// `d` without its acceptance number `index` (nothing changes when there is none).
Design withoutAcceptedRisk(Design d, std::size_t index);

} // namespace cn
