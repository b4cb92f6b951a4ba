#include "io/YamlTree.h"

#include "design/Diagnostic.h"
#include "io/YamlChecks.h"

#include <QCoreApplication>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>
#include <unordered_map>

namespace cn
{

namespace
{

class YamlGuard
{
    Q_DECLARE_TR_FUNCTIONS(YamlGuard)
public:
    static QString depthText(int limit) { return tr("nesting deeper than %1 levels").arg(limit); }
    static QString bombText(long limit)
    {
        return tr("more than %1 nodes once aliases are expanded").arg(limit);
    }
    static QString nodesText(long limit)
    {
        return tr("more than %1 YAML nodes (keys, values and list items)").arg(limit);
    }
    static QString documentsText() { return tr("a design file holds one YAML document"); }
    static QString selfAliasText() { return tr("an alias refers to the node that holds it"); }
    static QString unclosedText() { return tr("the quoted value that starts here is never closed"); }
    static QString syntax(const std::string &m)
    {
        return tr("YAML syntax: %1").arg(QString::fromStdString(m));
    }
};

SourcePos placeOf(const YAML::Mark &mark)
{
    if (mark.is_null() || mark.line < 0)
        return {1, 1};
    return {mark.line + 1, mark.column + 1};
}

} // namespace

// Builds the tree from the parser's events. It counts nodes as if every alias were expanded,
// without expanding anything: an anchor's size is known when its node ends, and an alias adds
// that size. An alias shares the node of its anchor.
class TreeBuilder : public YAML::EventHandler
{
public:
    TreeBuilder(YamlDocument &doc, const YamlLimits &limits, const std::string &text)
        : m_doc(doc), m_limits(limits), m_text(text), m_checkQuotes(isUtf8Text(text)),
          m_bom(text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0)
    {
    }

    struct Candidate {
        const YamlNode *node;
        const YamlNode *value; // for a key: its value, once known
    };
    std::vector<Candidate> candidates;    // map keys and list items, in document order
    std::vector<SourcePos> quotedOrBlock; // where a quoted or block scalar starts

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        if (++m_documents > 1)
            throw LoadFailure{placeOf(mark), YamlGuard::documentsText().toStdString()};
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        YamlNode *n = start(mark, YamlNode::Kind::Null);
        count(mark, 1, false);
        finish(n, anchor, 1);
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        if (tag != "?" && m_checkQuotes && mark.pos >= 0 &&
            !quotedScalarClosed(m_text, std::size_t(mark.pos) + m_bom))
            throw LoadFailure{placeOf(mark), YamlGuard::unclosedText().toStdString()};
        YamlNode *n = start(mark, YamlNode::Kind::Scalar);
        n->value = value;
        if (tag != "?") // quoted or block: its text may hold '#' that is no comment
            quotedOrBlock.push_back(n->pos);
        count(mark, 1, false);
        finish(n, anchor, 1);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            throw LoadFailure{placeOf(mark), YamlGuard::selfAliasText().toStdString()};
        count(mark, it->second.size, true);
        attach(it->second.node);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor, YamlNode::Kind::Sequence);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor, YamlNode::Kind::Map);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        YamlNode *node;
        YAML::anchor_t anchor;
        long size;
        const YamlNode *key = nullptr; // a mapping's key waiting for its value
        std::size_t keyCandidate = 0;
    };
    struct Anchor {
        const YamlNode *node;
        long size;
    };

    // A new node; it is a candidate for comments when it is a key or a list item.
    YamlNode *start(const YAML::Mark &mark, YamlNode::Kind kind)
    {
        YamlNode &n = m_doc.m_nodes.emplace_back();
        n.kind = kind;
        n.pos = placeOf(mark);
        n.lastLine = n.pos.line;
        if (!m_stack.empty()) {
            Frame &parent = m_stack.back();
            if (parent.node->isSequence())
                candidates.push_back({&n, nullptr});
            else if (!parent.key) {
                parent.keyCandidate = candidates.size();
                candidates.push_back({&n, nullptr});
            }
        }
        return &n;
    }
    void count(const YAML::Mark &mark, long n, bool alias)
    {
        m_total += n;
        m_viaAlias = m_viaAlias || alias;
        if (m_total > m_limits.maxExpandedNodes) {
            const QString text = m_viaAlias ? YamlGuard::bombText(m_limits.maxExpandedNodes)
                                            : YamlGuard::nodesText(m_limits.maxExpandedNodes);
            throw LoadFailure{placeOf(mark), text.toStdString()};
        }
        if (!m_stack.empty())
            m_stack.back().size += n;
    }
    void finish(YamlNode *n, YAML::anchor_t anchor, long size)
    {
        if (anchor)
            m_anchors[anchor] = {n, size};
        attach(n);
    }
    // Hangs a finished node into its parent.
    void attach(const YamlNode *n)
    {
        if (m_stack.empty()) {
            m_doc.m_root = n;
            return;
        }
        Frame &parent = m_stack.back();
        YamlNode *p = parent.node;
        if (p->isSequence()) {
            p->items.push_back(n);
        } else if (!parent.key) {
            parent.key = n;
        } else {
            p->entries.emplace_back(parent.key, n);
            if (parent.keyCandidate < candidates.size() &&
                candidates[parent.keyCandidate].node == parent.key)
                candidates[parent.keyCandidate].value = n;
            parent.key = nullptr;
        }
        p->lastLine = std::max(p->lastLine, n->lastLine);
    }
    void open(const YAML::Mark &mark, YAML::anchor_t anchor, YamlNode::Kind kind)
    {
        if (int(m_stack.size()) >= m_limits.maxDepth)
            throw LoadFailure{placeOf(mark), YamlGuard::depthText(m_limits.maxDepth).toStdString()};
        YamlNode *n = start(mark, kind);
        count(mark, 1, false);
        m_stack.push_back({n, anchor, 1});
    }
    void close()
    {
        Frame f = m_stack.back();
        m_stack.pop_back();
        if (!m_stack.empty())
            m_stack.back().size += f.size - 1; // the 1 for the node itself was added at open
        finish(f.node, f.anchor, f.size);
    }

    YamlDocument &m_doc;
    const YamlLimits &m_limits;
    const std::string &m_text;
    const bool m_checkQuotes;
    const std::size_t m_bom;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, Anchor> m_anchors;
    long m_total = 0;
    bool m_viaAlias = false;
    int m_documents = 0;
};

namespace
{

// The comments of a text and its blank lines, found line by line. Quoted and block scalars
// are masked first: a '#' inside them is text, not a comment.
class CommentScanner
{
public:
    struct Found {
        int line;
        int column;
        std::string text; // empty: a blank line
        bool alone;       // nothing but the comment on its line
        int gap;          // blanks between the line's content and the comment
    };

    explicit CommentScanner(const std::string &text) : m_text(text)
    {
        m_lineStart.push_back(0); // line 0 unused
        m_lineStart.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n')
                m_lineStart.push_back(i + 1);
        m_masked.assign(text.size(), false);
    }

    int lineCount() const { return int(m_lineStart.size()) - 1; }
    int indentOf(int line) const
    {
        std::size_t i = m_lineStart[std::size_t(line)];
        int n = 0;
        while (i < m_text.size() && m_text[i] == ' ') {
            ++i;
            ++n;
        }
        return n;
    }

    void maskScalar(SourcePos pos)
    {
        if (pos.line < 1 || pos.line > lineCount())
            return;
        std::size_t i = m_lineStart[std::size_t(pos.line)] + std::size_t(pos.column - 1);
        // Skip the properties (&anchor, !tag) the place may point at.
        while (i < m_text.size() && (m_text[i] == '&' || m_text[i] == '!')) {
            while (i < m_text.size() && !isBlank(m_text[i]) && m_text[i] != '\n')
                ++i;
            while (i < m_text.size() && isBlank(m_text[i]))
                ++i;
        }
        if (i >= m_text.size())
            return;
        if (m_text[i] == '"' || m_text[i] == '\'')
            maskQuoted(i);
        else if (m_text[i] == '|' || m_text[i] == '>')
            maskBlock(i);
    }

    std::vector<Found> scan() const
    {
        std::vector<Found> out;
        for (int line = 1; line <= lineCount(); ++line) {
            const std::size_t begin = m_lineStart[std::size_t(line)];
            std::size_t end =
                line < lineCount() ? m_lineStart[std::size_t(line) + 1] - 1 : m_text.size();
            bool content = false;
            // An empty line inside a block scalar is its text: its line break is masked.
            bool masked = begin < m_text.size() && m_masked[begin];
            std::size_t i = begin;
            for (; i < end; ++i) {
                if (m_masked[i]) {
                    masked = true;
                    continue;
                }
                const char c = m_text[i];
                if (c == '#' && (i == begin || isBlank(m_text[i - 1])))
                    break;
                if (!isBlank(c) && c != '\r')
                    content = true;
            }
            if (i < end) {
                std::string comment = m_text.substr(i, end - i);
                while (!comment.empty() && (isBlank(comment.back()) || comment.back() == '\r'))
                    comment.pop_back();
                std::size_t gapStart = i;
                while (gapStart > begin && isBlank(m_text[gapStart - 1]))
                    --gapStart;
                out.push_back(
                    {line, int(i - begin), comment, !content && !masked, int(i - gapStart)});
            } else if (!content && !masked && begin <= end) {
                out.push_back({line, 0, std::string(), true, 0});
            }
        }
        return out;
    }

private:
    static bool isBlank(char c) { return c == ' ' || c == '\t'; }

    void maskQuoted(std::size_t i)
    {
        const char quote = m_text[i];
        std::size_t j = i + 1;
        while (j < m_text.size()) {
            if (quote == '"' && m_text[j] == '\\') {
                j += 2;
                continue;
            }
            if (m_text[j] == quote) {
                if (quote == '\'' && j + 1 < m_text.size() && m_text[j + 1] == '\'') {
                    j += 2;
                    continue;
                }
                break;
            }
            ++j;
        }
        for (std::size_t k = i; k <= j && k < m_text.size(); ++k)
            m_masked[k] = true;
    }

    int lineOfOffset(std::size_t offset) const
    {
        auto it = std::upper_bound(m_lineStart.begin() + 1, m_lineStart.end(), offset);
        return int(it - m_lineStart.begin()) - 1;
    }

    bool blankLine(int line) const
    {
        const std::size_t begin = m_lineStart[std::size_t(line)];
        const std::size_t end =
            line < lineCount() ? m_lineStart[std::size_t(line) + 1] - 1 : m_text.size();
        for (std::size_t i = begin; i < end; ++i)
            if (!isBlank(m_text[i]) && m_text[i] != '\r')
                return false;
        return true;
    }

    // A block scalar's text runs over the following lines indented deeper than its parent;
    // its header's indentation indicator, if any, fixes the depth.
    void maskBlock(std::size_t i)
    {
        const int header = lineOfOffset(i);
        int explicitIndent = 0;
        for (std::size_t j = i + 1; j < m_text.size() && m_text[j] != '\n' && !isBlank(m_text[j]);
             ++j)
            if (m_text[j] >= '1' && m_text[j] <= '9')
                explicitIndent = m_text[j] - '0';
        const int parent = indentOf(header);
        int contentIndent = explicitIndent ? parent + explicitIndent : -1;
        int last = header;
        for (int line = header + 1; line <= lineCount(); ++line) {
            if (blankLine(line))
                continue;
            const int indent = indentOf(line);
            if (contentIndent < 0)
                contentIndent = indent;
            if (indent < contentIndent || indent <= parent)
                break;
            last = line;
        }
        if (last == header)
            return;
        const std::size_t from = m_lineStart[std::size_t(header) + 1];
        const std::size_t to =
            last < lineCount() ? m_lineStart[std::size_t(last) + 1] : m_text.size();
        for (std::size_t k = from; k < to; ++k)
            m_masked[k] = true;
    }

    const std::string &m_text;
    std::vector<std::size_t> m_lineStart;
    std::vector<bool> m_masked;
};

} // namespace

YamlDocument parseYaml(const std::string &text, const YamlLimits &limits, bool keepComments)
{
    if (text.size() > limits.maxBytes)
        throw LoadFailure{{1, 1}, sizeLimitText(limits.maxBytes)};
    refuseControlCharacters(text);
    YamlDocument doc;
    TreeBuilder builder(doc, limits, text);
    try {
        std::istringstream in(text);
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const YAML::Exception &e) {
        throw LoadFailure{insideText(text, placeOf(e.mark)), YamlGuard::syntax(e.msg).toStdString()};
    }
    if (!keepComments)
        return doc;

    CommentScanner scanner(text);
    for (SourcePos p : builder.quotedOrBlock)
        scanner.maskScalar(p);
    doc.m_lineIndent.resize(std::size_t(scanner.lineCount()) + 1);
    for (int line = 1; line <= scanner.lineCount(); ++line)
        doc.m_lineIndent[std::size_t(line)] = scanner.indentOf(line);

    const auto &cands = builder.candidates;
    auto lastLineOf = [](const TreeBuilder::Candidate &c) {
        return c.value ? std::max(c.node->lastLine, c.value->lastLine) : c.node->lastLine;
    };
    std::vector<YamlDocument::Raw> pending;
    std::size_t next = 0; // the first candidate after the current line
    const YamlNode *lastBefore = nullptr;
    for (const auto &f : scanner.scan()) {
        while (next < cands.size() && cands[next].node->pos.line < f.line)
            lastBefore = cands[next++].node;
        const YamlDocument::Raw raw{f.line, f.column, f.text, f.gap};
        if (f.alone) {
            pending.push_back(raw);
            continue;
        }
        // At the end of a line: the outermost key or item wholly on that line, else the
        // innermost that starts there, else the last one before it.
        const YamlNode *owner = nullptr;
        std::size_t k = next;
        for (; k < cands.size() && cands[k].node->pos.line == f.line; ++k)
            if (!owner && lastLineOf(cands[k]) == f.line)
                owner = cands[k].node;
        if (!owner && k > next)
            owner = cands[k - 1].node;
        if (!owner)
            owner = lastBefore;
        if (!owner || doc.m_comments[owner].hasTrailing) {
            pending.push_back(raw);
            continue;
        }
        auto &slot = doc.m_comments[owner];
        slot.trailing = raw;
        slot.hasTrailing = true;
    }
    // Full-line comments belong to the first node that starts after them.
    std::size_t c = 0;
    for (const auto &raw : pending) {
        while (c < cands.size() && cands[c].node->pos.line <= raw.line)
            ++c;
        if (c < cands.size())
            doc.m_comments[cands[c].node].before.push_back(raw);
        else
            doc.m_footer.push_back(raw);
    }
    return doc;
}

int YamlDocument::indentOfLine(int line) const
{
    return line > 0 && std::size_t(line) < m_lineIndent.size() ? m_lineIndent[std::size_t(line)]
                                                               : 0;
}

CommentLine YamlDocument::relative(const Raw &raw, const YamlNode *anchor) const
{
    if (raw.text.empty())
        return {0, std::string()};
    return {raw.column - (anchor ? indentOfLine(anchor->pos.line) : 0), raw.text};
}

Comment YamlDocument::commentOf(const YamlNode *anchor) const
{
    Comment out;
    if (!anchor || m_taken.count(anchor))
        return out;
    auto it = m_comments.find(anchor);
    if (it == m_comments.end())
        return out;
    m_taken.insert(anchor);
    for (const Raw &r : it->second.before)
        out.before.push_back(relative(r, anchor));
    if (it->second.hasTrailing) {
        out.trailing = it->second.trailing.text;
        out.trailingGap = it->second.trailing.gap;
    }
    return out;
}

std::vector<CommentLine> YamlDocument::commentsWithin(const YamlNode *node,
                                                      const YamlNode *anchor) const
{
    std::vector<CommentLine> out;
    if (!node || m_comments.empty())
        return out;
    std::set<const YamlNode *> seen;
    std::vector<const YamlNode *> todo;
    auto push = [&](const YamlNode *n) {
        if (n && seen.insert(n).second)
            todo.push_back(n);
    };
    // Depth first, in file order.
    auto children = [&](const YamlNode *n) {
        std::vector<const YamlNode *> kids;
        for (const YamlNode *i : n->items)
            kids.push_back(i);
        for (const auto &[k, v] : n->entries) {
            kids.push_back(k);
            kids.push_back(v);
        }
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            push(*it);
    };
    children(node);
    while (!todo.empty()) {
        const YamlNode *n = todo.back();
        todo.pop_back();
        auto it = m_comments.find(n);
        if (it != m_comments.end() && m_taken.insert(n).second) {
            for (const Raw &r : it->second.before)
                out.push_back(relative(r, anchor));
            if (it->second.hasTrailing)
                out.push_back({0, it->second.trailing.text});
        }
        children(n);
    }
    return out;
}

std::vector<CommentLine> YamlDocument::footer() const
{
    std::vector<CommentLine> out;
    for (const Raw &r : m_footer)
        out.push_back(relative(r, nullptr));
    return out;
}

} // namespace cn
