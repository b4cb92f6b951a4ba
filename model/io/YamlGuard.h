#pragma once
// Stops hostile YAML before yaml-cpp builds a tree of it: files over the size limit, nesting
// deeper than the depth limit (yaml-cpp recurses per level) and alias expansion bombs.

#include "design/Diagnostic.h"

#include <optional>
#include <string>

namespace cn {

struct YamlLimits {
    std::size_t maxBytes = 16u * 1024u * 1024u;
    int maxDepth = 64;
    long maxExpandedNodes = 1000000;
};

// Reads a whole file, refusing one over the size limit without reading it.
// Returns the error text, or nothing on success.
std::optional<std::string> readFileLimited(const std::string &path, std::string &out,
                                           std::size_t maxBytes);

// Walks the event stream of `text` and throws LoadFailure on the first breach of the limits,
// on a control character YAML does not allow (UTF-8 texts),
// on a YAML syntax error, or when the text holds more than one document.
void guardYaml(const std::string &text, const YamlLimits &limits = {});

} // namespace cn
