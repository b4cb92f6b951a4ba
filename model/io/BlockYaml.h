#pragma once
// The block-style YAML that the NetBox device-type library is written in, read into the same
// located tree as parseYaml() about eight times faster than yaml-cpp: block mappings and
// sequences, plain and quoted scalars (also over several lines), literal and folded block
// scalars, comments. Anything outside that subset (flow collections, anchors, aliases, tags,
// tabs, indentation indicators, a second document, a breach of the limits, or a text yaml-cpp
// might read differently) gives nothing: the caller then parses the text with parseYaml(),
// which also gives the located error of a broken text. The subset is read exactly: a tree
// given is the tree parseYaml() gives (tests/model/tst_library.cpp and bench_templates
// --verify compare them).

#include "io/YamlTree.h"

#include <optional>
#include <string>

namespace cn
{

std::optional<YamlDocument> parseBlockYaml(const std::string &text, const YamlLimits &limits = {});

} // namespace cn
