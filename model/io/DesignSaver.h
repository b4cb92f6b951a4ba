#pragma once
// Writes a Design in the program's canonical form of FORMAT.md §1, keeping list order.

#include "design/Design.h"

#include <string>

namespace cn {

struct SaveOptions {
    bool withTemplateHeader = true;
    // Links without an id get the next free cable id (design/CableIds.h), so every file the
    // program writes names its cables for good.
    bool assignCableIds = true;
};

std::string saveDesignToString(const Design &design, const SaveOptions &options = {});

// Writes atomically (QSaveFile): on failure the old file is untouched. Returns an error text,
// or an empty string on success.
std::string saveDesignToFile(const Design &design, const std::string &path,
                             const SaveOptions &options = {});

} // namespace cn
