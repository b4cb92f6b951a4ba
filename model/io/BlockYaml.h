#pragma once
// The block-style YAML that the NetBox device-type library is written in, read into the same
// located tree as parseYaml() about ten times faster than yaml-cpp. Anything outside that
// plain subset (flow collections, anchors, aliases, tags, block or multi-line scalars, escapes
// other than \" \\ \n \t, tabs, a second document, a breach of the limits, or a text yaml-cpp
// might read differently) gives nothing: the caller then parses the text with parseYaml(),
// which also gives the located error of a broken text. The subset is read exactly: a tree
// given is the tree parseYaml() gives (tests/model/tst_templates.cpp compares them).

#include "io/YamlTree.h"

#include <optional>
#include <string>

namespace cn
{

std::optional<YamlDocument> parseBlockYaml(const std::string &text, const YamlLimits &limits = {});

} // namespace cn
