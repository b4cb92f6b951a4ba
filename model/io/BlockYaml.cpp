#include "io/BlockYaml.h"

#include <cstring>
#include <string_view>
#include <vector>

namespace cn
{

namespace
{

struct Line {
    int number = 0;        // 1-based
    int indent = 0;        // leading spaces
    std::string_view text; // after the indent, trailing blanks removed; never empty
};

// Thrown inside the parser when the text leaves the subset; never escapes parseBlockYaml().
struct OutsideSubset {
};

bool isIndicator(char c)
{
    return std::strchr("-?:,[]{}#&*!|>'\"%@`", c) != nullptr;
}

} // namespace

class BlockYamlParser
{
public:
    BlockYamlParser(YamlDocument &doc, const YamlLimits &limits) : m_doc(doc), m_limits(limits) {}

    bool split(const std::string &text)
    {
        m_text = &text;
        if (text.find('\t') != std::string::npos || text.find('\r') != std::string::npos)
            return false;
        if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF)
            return false; // a byte order mark
        std::size_t pos = 0;
        int number = 0;
        bool content = false;
        while (pos <= text.size()) {
            std::size_t end = text.find('\n', pos);
            if (end == std::string::npos)
                end = text.size();
            ++number;
            m_rawLines.push_back({pos, end});
            std::string_view line(text.data() + pos, end - pos);
            std::size_t indent = 0;
            while (indent < line.size() && line[indent] == ' ')
                ++indent;
            std::string_view rest = line.substr(indent);
            while (!rest.empty() && rest.back() == ' ')
                rest.remove_suffix(1);
            if (!rest.empty() && rest.front() != '#') {
                if (indent == 0 && (rest.substr(0, 3) == "---" || rest.substr(0, 3) == "...")) {
                    // A document start before any content is allowed; anything else is not plain.
                    if (content || rest != "---")
                        return false;
                } else if (rest.front() == '%' && indent == 0) {
                    return false;
                } else {
                    m_lines.push_back({number, int(indent), rest});
                    content = true;
                }
            }
            if (end == text.size())
                break;
            pos = end + 1;
        }
        return true;
    }

    void parse()
    {
        if (m_lines.empty())
            return; // an empty text: no root, as parseYaml() gives
        std::size_t i = 0;
        m_doc.m_root = node(i, 0);
        if (i != m_lines.size())
            throw OutsideSubset{};
    }

private:
    YamlNode *make(YamlNode::Kind kind, int line, int column)
    {
        if (++m_count > m_limits.maxExpandedNodes)
            throw OutsideSubset{};
        YamlNode &n = m_doc.m_nodes.emplace_back();
        n.kind = kind;
        n.pos = {line, column};
        n.lastLine = line;
        return &n;
    }

    static bool isSequenceItem(std::string_view text)
    {
        return text.front() == '-' && (text.size() == 1 || text[1] == ' ');
    }

    // Where the key of "key: value" or "key:" ends, or npos when `text` is not a key line.
    static std::size_t keyEnd(std::string_view text)
    {
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == ':' && (i + 1 == text.size() || text[i + 1] == ' '))
                return i;
            if (text[i] == '#' && i > 0 && text[i - 1] == ' ')
                return std::string_view::npos;
        }
        return std::string_view::npos;
    }

    // The node whose first line is m_lines[i], at indent `indent` or deeper.
    YamlNode *node(std::size_t &i, int depth)
    {
        if (depth >= m_limits.maxDepth)
            throw OutsideSubset{};
        const Line &l = m_lines[i];
        if (isSequenceItem(l.text))
            return sequence(i, l.indent, depth);
        if (keyEnd(l.text) != std::string_view::npos)
            return mapping(i, l.indent, 0, depth);
        YamlNode *s = scalar(l.text, l.number, l.indent + 1);
        ++i;
        return s;
    }

    // A block sequence whose items start with '-' at column `indent`.
    YamlNode *sequence(std::size_t &i, int indent, int depth)
    {
        YamlNode *seq = make(YamlNode::Kind::Sequence, m_lines[i].number, indent + 1);
        while (i < m_lines.size() && m_lines[i].indent == indent &&
               isSequenceItem(m_lines[i].text)) {
            const Line &l = m_lines[i];
            std::size_t skip = 1;
            while (skip < l.text.size() && l.text[skip] == ' ')
                ++skip;
            std::string_view rest = l.text.substr(skip);
            const YamlNode *item = nullptr;
            if (rest.empty() || rest.front() == '#') {
                ++i;
                if (i < m_lines.size() && m_lines[i].indent > indent)
                    item = node(i, depth + 1);
                else
                    item = make(YamlNode::Kind::Null, l.number, l.indent + 2);
            } else if (isSequenceItem(rest)) {
                throw OutsideSubset{}; // "- - x"
            } else if (keyEnd(rest) != std::string_view::npos) {
                item = mapping(i, indent + int(skip), skip, depth + 1);
            } else {
                item = scalar(rest, l.number, indent + int(skip) + 1);
                ++i;
                if (i < m_lines.size() && m_lines[i].indent > indent)
                    throw OutsideSubset{}; // a scalar continued on the next line
            }
            seq->items.push_back(item);
            seq->lastLine = std::max(seq->lastLine, item->lastLine);
        }
        if (i < m_lines.size() && m_lines[i].indent > indent)
            throw OutsideSubset{};
        return seq;
    }

    // A block mapping whose keys start at column `indent`; its first key may stand after a
    // sequence item's "- " (`offset` characters into its line).
    YamlNode *mapping(std::size_t &i, int indent, std::size_t offset, int depth)
    {
        YamlNode *map = make(YamlNode::Kind::Map, m_lines[i].number, indent + 1);
        bool first = true;
        while (i < m_lines.size()) {
            const Line &l = m_lines[i];
            std::string_view text;
            if (first) {
                text = l.text.substr(offset);
            } else {
                if (l.indent != indent || isSequenceItem(l.text))
                    break;
                text = l.text;
            }
            first = false;
            const std::size_t colon = keyEnd(text);
            if (colon == std::string_view::npos || colon == 0)
                throw OutsideSubset{};
            std::string_view keyText = text.substr(0, colon);
            while (!keyText.empty() && keyText.back() == ' ')
                keyText.remove_suffix(1);
            if (keyText.empty() || isIndicator(keyText.front()) ||
                keyText.find(" #") != std::string_view::npos)
                throw OutsideSubset{};
            YamlNode *key = make(YamlNode::Kind::Scalar, l.number, indent + 1);
            key->value = std::string(keyText);
            if (isNullText(key->value))
                throw OutsideSubset{}; // a null key: leave it to yaml-cpp
            std::size_t v = colon + 1;
            while (v < text.size() && text[v] == ' ')
                ++v;
            std::string_view rest = text.substr(v);
            const int valueColumn = indent + int(v) + 1;
            const YamlNode *value = nullptr;
            ++i;
            if (rest.empty() || rest.front() == '#') {
                if (i < m_lines.size() && m_lines[i].indent > indent)
                    value = node(i, depth + 1);
                else if (i < m_lines.size() && m_lines[i].indent == indent &&
                         isSequenceItem(m_lines[i].text))
                    value = sequence(i, indent, depth + 1); // a list at the indent of its key
                else
                    throw OutsideSubset{}; // an empty value: yaml-cpp places its null elsewhere
            } else if (rest.front() == '|' || rest.front() == '>') {
                value = blockScalar(rest, l.number, valueColumn, indent);
                while (i < m_lines.size() && m_lines[i].number <= m_blockEnd)
                    ++i;
            } else {
                value = rest.front() == '\'' || rest.front() == '"'
                            ? quotedScalar(l.number, valueColumn, indent)
                            : plainScalar(rest, l.number, valueColumn, indent);
                while (i < m_lines.size() && m_lines[i].number <= m_blockEnd)
                    ++i;
                if (i < m_lines.size() && m_lines[i].indent > indent)
                    throw OutsideSubset{};
            }
            map->entries.emplace_back(key, value);
            map->lastLine = std::max(map->lastLine, value->lastLine);
        }
        if (i < m_lines.size() && m_lines[i].indent > indent)
            throw OutsideSubset{};
        return map;
    }

    // A literal (|) or folded (>) block scalar after a key at column `parent`, with clip, strip
    // (-) or keep (+) chomping; its lines must be indented alike (no indentation indicator, no
    // more-indented lines in a folded one, no leading blank lines, a line break at its end).
    YamlNode *blockScalar(std::string_view header, int line, int column, int parent)
    {
        const bool folded = header.front() == '>';
        char chomp = 'c';
        std::size_t h = 1;
        if (h < header.size() && (header[h] == '-' || header[h] == '+'))
            chomp = header[h++];
        while (h < header.size() && header[h] == ' ')
            ++h;
        if (h < header.size() && (header[h] != '#' || header[h - 1] != ' '))
            throw OutsideSubset{}; // an indentation indicator, or text after the header
        std::vector<std::string_view> lines;
        int indent = -1;
        int last = line;
        for (std::size_t r = std::size_t(line); r < m_rawLines.size(); ++r) {
            const std::string_view raw(m_text->data() + m_rawLines[r].first,
                                       m_rawLines[r].second - m_rawLines[r].first);
            std::size_t spaces = 0;
            while (spaces < raw.size() && raw[spaces] == ' ')
                ++spaces;
            if (spaces == raw.size()) { // a blank line
                if (indent < 0 || int(spaces) > indent)
                    throw OutsideSubset{}; // leading blank lines, or blanks that are text
                lines.push_back({});
                continue;
            }
            if (indent < 0) {
                if (int(spaces) <= parent)
                    throw OutsideSubset{}; // an empty block scalar
                indent = int(spaces);
            }
            if (int(spaces) < indent)
                break;
            if (int(spaces) > indent && folded)
                throw OutsideSubset{};
            if (r + 1 == m_rawLines.size() && m_rawLines[r].second == m_text->size())
                throw OutsideSubset{}; // no line break at the end of the text
            lines.push_back(raw.substr(std::size_t(indent)));
            last = int(r) + 1;
        }
        if (indent < 0)
            throw OutsideSubset{};
        // Blank lines after the last line of text belong to the chomping, not the text.
        std::size_t end = lines.size();
        while (end > 0 && lines[end - 1].empty())
            --end;
        const std::size_t trailing = lines.size() - end;
        std::string value;
        if (!folded) {
            for (std::size_t k = 0; k < end; ++k) {
                if (k > 0)
                    value += '\n';
                value.append(lines[k]);
            }
        } else {
            // Lines of text join with a blank; a run of m blank lines between them is m breaks.
            for (std::size_t k = 0; k < end;) {
                value.append(lines[k]);
                std::size_t blanks = 0;
                while (k + 1 + blanks < end && lines[k + 1 + blanks].empty())
                    ++blanks;
                if (k + 1 + blanks < end)
                    value += blanks == 0 ? std::string(" ") : std::string(blanks, '\n');
                k += 1 + blanks;
            }
        }
        if (chomp != '-')
            value += '\n';
        if (chomp == '+')
            value.append(trailing, '\n');
        m_blockEnd = last; // blank lines after it are no significant lines anyway
        YamlNode *n = make(YamlNode::Kind::Scalar, line, column);
        n->value = std::move(value);
        n->lastLine = last;
        return n;
    }

    std::string_view rawLine(int number) const
    {
        const auto &[begin, end] = m_rawLines[std::size_t(number - 1)];
        return std::string_view(m_text->data() + begin, end - begin);
    }

    // A plain scalar that is a mapping's value, continued on the lines after it that are
    // indented more than its key (at `parent`): each line break folds to a blank, and a run of
    // empty lines to that many line breaks.
    YamlNode *plainScalar(std::string_view first, int line, int column, int parent)
    {
        YamlNode *n = scalar(first, line, column);
        m_blockEnd = line;
        std::string value = n->value;
        std::size_t empties = 0;
        for (int r = line + 1; r <= int(m_rawLines.size()); ++r) {
            std::string_view raw = rawLine(r);
            std::size_t spaces = 0;
            while (spaces < raw.size() && raw[spaces] == ' ')
                ++spaces;
            if (spaces == raw.size()) {
                ++empties;
                continue;
            }
            if (int(spaces) <= parent)
                break;
            std::string_view content = raw.substr(spaces);
            while (!content.empty() && content.back() == ' ')
                content.remove_suffix(1);
            // A comment ends a plain scalar; one that goes on after it is left to yaml-cpp, as
            // are lines that could read as something else.
            if (n->isNull() || first.find(" #") != std::string_view::npos ||
                content.front() == '#' || content.find(" #") != std::string_view::npos ||
                content.find(": ") != std::string_view::npos || content.back() == ':' ||
                (content.size() >= 2 && std::strchr("-?:", content[0]) && content[1] == ' ') ||
                content == "-")
                throw OutsideSubset{};
            value += empties > 0 ? std::string(empties, '\n') : std::string(" ");
            value.append(content);
            empties = 0;
            m_blockEnd = r;
        }
        n->value = std::move(value);
        n->lastLine = m_blockEnd;
        return n;
    }

    static void appendUtf8(std::string &out, unsigned long cp)
    {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    // The escape at t[p] (after its backslash) into `out`; returns the characters it took.
    static std::size_t escape(const std::string &t, std::size_t p, std::string &out)
    {
        static const char simple[][2] = {{'0', '\0'},   {'a', '\a'}, {'b', '\b'}, {'t', '\t'},
                                         {'n', '\n'},   {'v', '\v'}, {'f', '\f'}, {'r', '\r'},
                                         {'e', '\x1b'}, {'"', '"'},  {'/', '/'},  {'\\', '\\'},
                                         {' ', ' '}};
        for (const auto &e : simple)
            if (t[p] == e[0]) {
                out += e[1];
                return 1;
            }
        int digits = t[p] == 'x' ? 2 : t[p] == 'u' ? 4 : t[p] == 'U' ? 8 : 0;
        if (t[p] == 'N' || t[p] == '_' || t[p] == 'L' || t[p] == 'P') {
            appendUtf8(out, t[p] == 'N'   ? 0x85
                            : t[p] == '_' ? 0xA0
                            : t[p] == 'L' ? 0x2028
                                          : 0x2029);
            return 1;
        }
        if (digits == 0 || p + std::size_t(digits) >= t.size())
            throw OutsideSubset{};
        unsigned long cp = 0;
        for (int k = 1; k <= digits; ++k) {
            const char h = t[p + std::size_t(k)];
            const int v = h >= '0' && h <= '9'   ? h - '0'
                          : h >= 'a' && h <= 'f' ? h - 'a' + 10
                          : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                 : -1;
            if (v < 0)
                throw OutsideSubset{};
            cp = cp * 16 + unsigned(v);
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            throw OutsideSubset{};
        appendUtf8(out, cp);
        return std::size_t(digits) + 1;
    }

    // A 'single' or "double" quoted scalar that is a mapping's value, on one line or more (its
    // further lines indented more than its key at `parent`), folded as YAML folds it.
    YamlNode *quotedScalar(int line, int column, int parent)
    {
        const std::string &t = *m_text;
        std::size_t p = m_rawLines[std::size_t(line - 1)].first + std::size_t(column - 1);
        const char q = t[p++];
        int current = line;
        std::string value;
        std::size_t keep = 0; // the value up to its last character that is no trailing blank
        // Past a line break: the next lines' indents go; empty lines count.
        auto nextLine = [&](std::size_t &empties) {
            empties = 0;
            for (;;) {
                std::size_t spaces = 0;
                while (p + spaces < t.size() && t[p + spaces] == ' ')
                    ++spaces;
                if (p + spaces >= t.size())
                    throw OutsideSubset{};
                if (t[p + spaces] == '\n') {
                    ++empties;
                    p += spaces + 1;
                    ++current;
                    continue;
                }
                if (int(spaces) <= parent)
                    throw OutsideSubset{};
                p += spaces;
                return;
            }
        };
        for (;;) {
            if (p >= t.size())
                throw OutsideSubset{};
            const char ch = t[p];
            if (ch == '\n') {
                value.resize(keep);
                ++p;
                ++current;
                std::size_t empties = 0;
                nextLine(empties);
                value += empties > 0 ? std::string(empties, '\n') : std::string(" ");
                keep = value.size();
                continue;
            }
            if (q == '\'' && ch == '\'') {
                if (p + 1 < t.size() && t[p + 1] == '\'') {
                    value += '\'';
                    p += 2;
                    keep = value.size();
                    continue;
                }
                ++p;
                break;
            }
            if (q == '"' && ch == '"') {
                ++p;
                break;
            }
            if (q == '"' && ch == '\\') {
                if (p + 1 >= t.size())
                    throw OutsideSubset{};
                if (t[p + 1] == '\n') { // an escaped line break joins the lines as they are
                    p += 2;
                    ++current;
                    std::size_t empties = 0;
                    nextLine(empties);
                    if (empties > 0)
                        throw OutsideSubset{};
                    keep = value.size();
                    continue;
                }
                p += 1 + escape(t, p + 1, value);
                keep = value.size();
                continue;
            }
            value += ch;
            ++p;
            if (ch != ' ')
                keep = value.size();
        }
        // After the closing quote: blanks and a comment only.
        std::size_t end = t.find('\n', p);
        std::string_view after(t.data() + p, (end == std::string::npos ? t.size() : end) - p);
        if (!after.empty() && after.front() != ' ')
            throw OutsideSubset{};
        while (!after.empty() && after.front() == ' ')
            after.remove_prefix(1);
        if (!after.empty() && after.front() != '#')
            throw OutsideSubset{};
        m_blockEnd = current;
        YamlNode *n = make(YamlNode::Kind::Scalar, line, column);
        n->value = std::move(value);
        n->lastLine = current;
        return n;
    }

    static bool isNullText(const std::string &s)
    {
        return s == "~" || s == "null" || s == "Null" || s == "NULL";
    }

    // A scalar on one line: plain, 'single' or "double" quoted, with an optional comment after.
    YamlNode *scalar(std::string_view text, int line, int column)
    {
        const char c = text.front();
        if (c == '\'' || c == '"') {
            std::string value;
            std::size_t j = 1;
            bool closed = false;
            while (j < text.size()) {
                const char ch = text[j];
                if (c == '\'' && ch == '\'') {
                    if (j + 1 < text.size() && text[j + 1] == '\'') {
                        value += '\'';
                        j += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (c == '"' && ch == '"') {
                    closed = true;
                    break;
                }
                if (c == '"' && ch == '\\') {
                    if (j + 1 >= text.size())
                        throw OutsideSubset{};
                    switch (text[j + 1]) {
                    case '"':
                        value += '"';
                        break;
                    case '\\':
                        value += '\\';
                        break;
                    case '/':
                        value += '/';
                        break;
                    case 'n':
                        value += '\n';
                        break;
                    case 't':
                        value += '\t';
                        break;
                    default:
                        throw OutsideSubset{};
                    }
                    j += 2;
                    continue;
                }
                value += ch;
                ++j;
            }
            if (!closed)
                throw OutsideSubset{};
            std::string_view after = text.substr(j + 1);
            if (!after.empty() && after.front() != ' ')
                throw OutsideSubset{};
            while (!after.empty() && after.front() == ' ')
                after.remove_prefix(1);
            if (!after.empty() && after.front() != '#')
                throw OutsideSubset{};
            YamlNode *n = make(YamlNode::Kind::Scalar, line, column);
            n->value = std::move(value);
            return n;
        }
        if (isIndicator(c) && !(c == '-' && text.size() > 1 && text[1] != ' '))
            throw OutsideSubset{};
        // A plain scalar ends at a comment; ": " inside it is a mapping yaml-cpp rejects.
        std::size_t end = text.size();
        for (std::size_t j = 1; j < text.size(); ++j) {
            if (text[j] == '#' && text[j - 1] == ' ') {
                end = j;
                break;
            }
            if (text[j] == ':' && (j + 1 == text.size() || text[j + 1] == ' '))
                throw OutsideSubset{};
        }
        std::string_view plain = text.substr(0, end);
        while (!plain.empty() && plain.back() == ' ')
            plain.remove_suffix(1);
        std::string value(plain);
        if (isNullText(value))
            return make(YamlNode::Kind::Null, line, column);
        YamlNode *n = make(YamlNode::Kind::Scalar, line, column);
        n->value = std::move(value);
        return n;
    }

    YamlDocument &m_doc;
    const YamlLimits &m_limits;
    std::vector<Line> m_lines;
    const std::string *m_text = nullptr;
    std::vector<std::pair<std::size_t, std::size_t>>
        m_rawLines;     // begin and end of each line, 0-based
    int m_blockEnd = 0; // the last line of the last block scalar read
    long m_count = 0;
};

std::optional<YamlDocument> parseBlockYaml(const std::string &text, const YamlLimits &limits)
{
    if (text.size() > limits.maxBytes)
        return std::nullopt;
    YamlDocument doc;
    BlockYamlParser parser(doc, limits);
    if (!parser.split(text))
        return std::nullopt;
    try {
        parser.parse();
    } catch (const OutsideSubset &) {
        return std::nullopt;
    }
    return doc;
}

} // namespace cn
