#pragma once
// Cable ids: every link has one, the `id` of the file or, for a link without, the one the next
// save writes (C001, C002, ... after the highest C-number in use, in file order). Ids in the
// file are never renumbered, so the labels on built cables stay true. The report, the paper
// and the diagram print these; findings name a link by its `id` in the file, or by A--B until
// it has one (RULES.md).

#include "design/Design.h"

#include <string>
#include <vector>

namespace cn
{

// The cable id of each link of `d`, by link index.
std::vector<std::string> cableIds(const Design &d);

// `d` with every link's id set to its cable id; accepted risks that named a link by A--B name
// it by the new id.
Design withCableIds(Design d);

// An id of the form the program assigns (C and digits): a copied link may drop it and get the
// next number on save instead of a renamed copy of the original's.
bool isGeneratedCableId(const std::string &id);

} // namespace cn
