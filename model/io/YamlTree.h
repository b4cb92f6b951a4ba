#pragma once
// A located YAML tree built in one pass over yaml-cpp's parser events. The same pass stops
// hostile input (nesting deeper than the depth limit, alias expansion bombs, a second
// document), so the text is parsed once. Every node keeps its place for FILE:LINE:COLUMN
// messages, and the comments of the text are attached to the map key or list item they stand
// before (or at the end of whose line they stand), for the readers to keep.

#include "design/Comments.h"
#include "design/SourcePos.h"
#include "io/YamlGuard.h"

#include <deque>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace cn
{

struct YamlNode {
    enum class Kind { Null, Scalar, Sequence, Map };
    Kind kind = Kind::Null;
    std::string value; // a scalar's text
    SourcePos pos;
    int lastLine = 0; // the last line on which this node or a node inside it starts
    std::vector<const YamlNode *> items;                                // a sequence
    std::vector<std::pair<const YamlNode *, const YamlNode *>> entries; // a mapping, in file order

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMap() const { return kind == Kind::Map; }
};

class YamlDocument
{
public:
    YamlDocument() = default;
    YamlDocument(YamlDocument &&) = default;
    YamlDocument &operator=(YamlDocument &&) = default;

    // The root node; nullptr for an empty text.
    const YamlNode *root() const { return m_root; }

    // The comments standing before `anchor` (a map key or list item) or at the end of its line,
    // with indents relative to the line it starts. Each comment is handed out once.
    Comment commentOf(const YamlNode *anchor) const;
    // Every comment attached to the nodes inside `node`, as lines standing before it: for
    // values the program writes back in a form of its own (flow lists, unknown keys).
    std::vector<CommentLine> commentsWithin(const YamlNode *node, const YamlNode *anchor) const;
    // Comments after the last node, relative to column 0.
    std::vector<CommentLine> footer() const;

private:
    friend class TreeBuilder;
    friend YamlDocument parseYaml(const std::string &, const YamlLimits &, bool);

    struct Raw {
        int line = 0;   // 1-based
        int column = 0; // 0-based; the text of a blank line is empty
        std::string text;
        int gap = 2; // of a comment at the end of a line: the spaces before it
    };
    struct Attached {
        std::vector<Raw> before;
        Raw trailing;
        bool hasTrailing = false;
    };
    int indentOfLine(int line) const;
    CommentLine relative(const Raw &raw, const YamlNode *anchor) const;

    std::deque<YamlNode> m_nodes;
    const YamlNode *m_root = nullptr;
    std::vector<int> m_lineIndent; // leading spaces of each line, 1-based index
    std::map<const YamlNode *, Attached> m_comments;
    std::vector<Raw> m_footer;
    mutable std::set<const YamlNode *> m_taken;
};

// Parses one YAML document; throws LoadFailure with the place of a syntax error or of the first
// breach of `limits`. `keepComments` false skips the comment scan (device templates).
YamlDocument parseYaml(const std::string &text, const YamlLimits &limits = {},
                       bool keepComments = true);

} // namespace cn
