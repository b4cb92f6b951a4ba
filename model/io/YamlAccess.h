#pragma once
// Typed, located access to the nodes of a YamlDocument for the readers: every failure becomes
// a LoadFailure naming the offending node's line and column.

#include "design/Design.h"
#include "design/Diagnostic.h"
#include "io/YamlTree.h"

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cn {

SourcePos posOf(const YamlNode *node, SourcePos fallback = {1, 1});
std::string syntaxText(const std::string &yamlCppMessage);

// A mapping read once, its keys checked for duplicates, each key's place remembered.
class MapReader
{
public:
    // `what` names the element in messages ("network", "device hv01").
    MapReader(const YamlNode *node, std::string what, SourcePos fallback);

    bool has(const std::string &key) const;
    // The value of `key`, or nullptr.
    const YamlNode *get(const std::string &key) const;
    const YamlNode *keyNode(const std::string &key) const;
    SourcePos keyPos(const std::string &key) const;
    SourcePos valuePos(const std::string &key) const;
    SourcePos pos() const { return m_pos; }

    // Required values: a missing key fails at the mapping itself.
    std::string requiredString(const std::string &key) const;
    std::string optionalString(const std::string &key) const;
    std::optional<double> optionalNumber(const std::string &key, double min, double max) const;
    std::optional<int> optionalInt(const std::string &key, int min, int max,
                                   const std::string &rangeText) const;
    std::optional<bool> optionalBool(const std::string &key) const;
    std::vector<std::string> stringList(const std::string &key,
                                        std::vector<SourcePos> *positions = nullptr) const;
    // A sequence (null reads as empty); fails if the value is another kind of node.
    std::vector<const YamlNode *> sequence(const std::string &key) const;

    // The keys not in `known`, in file order, with their key nodes.
    std::vector<std::pair<std::string, const YamlNode *>> unknownKeys(const std::set<std::string> &known) const;
    // Keeps unknown keys as ExtraKeys and reports each through `warn`.
    ExtraKeys extras(const std::set<std::string> &known,
                     const std::function<void(SourcePos, const std::string &)> &warn) const;

    // The comments of this mapping's keys from `doc`; the comments inside the values of keys
    // not in `structured` (read into elements of their own) go with their key.
    std::map<std::string, Comment> keyComments(const YamlDocument &doc,
                                               const std::set<std::string> &structured) const;

private:
    struct Entry {
        std::string key;
        const YamlNode *keyNode;
        const YamlNode *value;
    };
    const Entry *find(const std::string &key) const;

    std::vector<Entry> m_entries;
    std::string m_what;
    SourcePos m_pos;
};

std::string scalarOf(const YamlNode *node, const std::string &what, SourcePos fallback);
std::optional<double> parseNumber(const std::string &text);
std::optional<bool> parseBool(const std::string &text);
// A node as one line of flow YAML ("[a, b]", "{x: 1}").
std::string yamlText(const YamlNode *node);

} // namespace cn
