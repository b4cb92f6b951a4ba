#pragma once
// Reads a design file (FORMAT.md §1) into a Design, stopping at the first error with its place.

#include "design/Design.h"
#include "design/Diagnostic.h"

#include <optional>
#include <string>
#include <vector>

namespace cn {

class TemplateLibrary;

struct LoadResult {
    std::optional<Design> design;
    std::optional<Diagnostic> error;
    std::vector<Diagnostic> warnings;

    bool ok() const { return design.has_value(); }
};

class DesignLoader
{
public:
    explicit DesignLoader(const TemplateLibrary &templates) : m_templates(templates) {}

    LoadResult loadFile(const std::string &path) const;
    // `label` is the file name used in messages.
    LoadResult loadText(const std::string &text, const std::string &label) const;

private:
    const TemplateLibrary &m_templates;
};

// Ids of FORMAT.md §1: [A-Za-z0-9][A-Za-z0-9_.-]*
bool isValidId(const std::string &id);

} // namespace cn
