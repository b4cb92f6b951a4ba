#include "io/YamlGuard.h"

#include "io/YamlAccess.h"

#include <QCoreApplication>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace cn {
namespace {

class YamlGuard
{
    Q_DECLARE_TR_FUNCTIONS(YamlGuard)
public:
    // QString, not std::string, in these signatures: lupdate reads "std::" as a class.
    static QString depthText(int limit) { return tr("nesting deeper than %1 levels").arg(limit); }
    static QString bombText(long limit) { return tr("more than %1 nodes once aliases are expanded").arg(limit); }
    static QString sizeText(qulonglong bytes) { return tr("file is larger than %1 MiB").arg(bytes / (1024 * 1024)); }
    static QString unreadable() { return tr("cannot read file: no such file, or not readable"); }
    static QString unsized() { return tr("cannot read file: its size is unknown"); }
    static QString readFailed() { return tr("cannot read file: reading failed"); }
    static QString documentsText() { return tr("a design file holds one YAML document"); }
    static QString unclosedText() { return tr("the quoted value that starts here is never closed"); }
    static QString controlText(int code)
    {
        return tr("control character U+%1 is not allowed in a YAML file")
            .arg(QString::number(code, 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
};

// Counts nodes as if every alias were expanded, without expanding anything: an anchor's size
// is known when its node ends, and an alias adds that size.
class CountingHandler : public YAML::EventHandler
{
public:
    explicit CountingHandler(const YamlLimits &limits) : m_limits(limits) {}

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        if (++m_documents > 1)
            throw LoadFailure{toPos(mark), YamlGuard::documentsText().toStdString()};
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override { leaf(mark, anchor, 1); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                  const std::string &) override
    {
        leaf(mark, anchor, 1);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        auto it = m_anchorSize.find(anchor);
        leaf(mark, 0, it == m_anchorSize.end() ? 1 : it->second);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        YAML::anchor_t anchor;
        long size;
    };

    void add(const YAML::Mark &mark, long n)
    {
        m_total += n;
        if (m_total > m_limits.maxExpandedNodes)
            throw LoadFailure{toPos(mark), YamlGuard::bombText(m_limits.maxExpandedNodes).toStdString()};
        if (!m_stack.empty())
            m_stack.back().size += n;
    }
    void leaf(const YAML::Mark &mark, YAML::anchor_t anchor, long n)
    {
        add(mark, n);
        if (anchor)
            m_anchorSize[anchor] = n;
    }
    void open(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (int(m_stack.size()) >= m_limits.maxDepth)
            throw LoadFailure{toPos(mark), YamlGuard::depthText(m_limits.maxDepth).toStdString()};
        add(mark, 1);
        m_stack.push_back({anchor, 1});
    }
    void close()
    {
        Frame f = m_stack.back();
        m_stack.pop_back();
        if (f.anchor)
            m_anchorSize[f.anchor] = f.size;
        if (!m_stack.empty())
            m_stack.back().size += f.size - 1; // the 1 for the node itself was added at open
    }

    const YamlLimits &m_limits;
    std::vector<Frame> m_stack;
    std::unordered_map<YAML::anchor_t, long> m_anchorSize;
    long m_total = 0;
    int m_documents = 0;
};

// YAML allows no C0 control character but tab and line breaks, nor DEL. yaml-cpp takes some
// of them for the end of its input and then reports a wrong error at a wrong place, so they
// are refused first, where they are. Only for UTF-8: a UTF-16 or UTF-32 text (a byte-order
// mark, or a NUL in its first two bytes, as yaml-cpp detects it) holds NULs of its own.
bool isUtf8(const std::string &text)
{
    const auto byte = [&text](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    if (text.size() < 2)
        return true;
    const bool bom16 = (byte(0) == 0xFE && byte(1) == 0xFF) || (byte(0) == 0xFF && byte(1) == 0xFE);
    return !bom16 && byte(0) != 0 && byte(1) != 0;
}

void refuseControlCharacters(const std::string &text)
{
    if (!isUtf8(text))
        return;
    const auto byte = [&text](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    int line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = byte(i);
        if (c == '\n') {
            ++line;
            lineStart = i + 1;
        } else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
            throw LoadFailure{{line, int(i - lineStart) + 1},
                              YamlGuard::controlText(c).toStdString()};
        }
    }
}

// yaml-cpp reads a marker character past the end of its input; an error found there (a text
// ending in a backslash inside double quotes) comes with a column past the end of the last
// line. The place given is kept inside the text: at most just after the end of its line.
SourcePos insideText(const std::string &text, SourcePos pos)
{
    std::size_t lineStart = 0;
    int line = 1;
    for (; line < pos.line; ++line) {
        const std::size_t end = text.find('\n', lineStart);
        if (end == std::string::npos)
            break;
        lineStart = end + 1;
    }
    const std::size_t lineEnd = std::min(text.find('\n', lineStart), text.size());
    const int lastColumn = int(lineEnd - lineStart) + 1;
    if (line < pos.line)
        return {line, lastColumn};
    return {line, std::min(pos.column, lastColumn)};
}

// yaml-cpp 0.7 ends a quoted scalar that is never closed at the end of the input, without an
// error, when the input ends in a line break: one stray quote took the rest of a design into a
// single value or key. Each quoted scalar must find its closing quote. (UTF-8 only: yaml-cpp's
// marks count bytes there, after a byte-order mark.)
class QuoteCheckingHandler : public CountingHandler
{
public:
    QuoteCheckingHandler(const YamlLimits &limits, const std::string &text)
        : CountingHandler(limits), m_text(text), m_check(isUtf8(text)),
          m_bom(text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0)
    {
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        if (m_check && mark.pos >= 0 && !closed(std::size_t(mark.pos) + m_bom))
            throw LoadFailure{toPos(mark), YamlGuard::unclosedText().toStdString()};
        CountingHandler::OnScalar(mark, tag, anchor, value);
    }

private:
    // Whether the scalar at byte `i` (its properties first: &anchor, !tag) is plain, a block
    // scalar, or quoted with its closing quote.
    bool closed(std::size_t i) const
    {
        const std::string &t = m_text;
        while (i < t.size() && (t[i] == '&' || t[i] == '!')) {
            i = t.find_first_of(" \t\r\n", i);
            i = i == std::string::npos ? i : t.find_first_not_of(" \t\r\n", i);
        }
        if (i >= t.size() || (t[i] != '"' && t[i] != '\''))
            return true;
        const char quote = t[i];
        for (std::size_t j = i + 1; j < t.size(); ++j) {
            if (quote == '"' && t[j] == '\\')
                ++j; // an escape: the next character is never the end
            else if (quote == '\'' && t[j] == '\'' && j + 1 < t.size() && t[j + 1] == '\'')
                ++j; // '' is a quote inside single quotes
            else if (t[j] == quote)
                return true;
        }
        return false;
    }

    const std::string &m_text;
    const bool m_check;
    const std::size_t m_bom;
};

} // namespace

std::optional<std::string> readFileLimited(const std::string &path, std::string &out,
                                           std::size_t maxBytes)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return YamlGuard::unreadable().toStdString();
    in.seekg(0, std::ios::end);
    const auto size = in.tellg();
    if (size < 0)
        return YamlGuard::unsized().toStdString();
    if (std::size_t(size) > maxBytes)
        return YamlGuard::sizeText(maxBytes).toStdString();
    in.seekg(0, std::ios::beg);
    out.assign(std::size_t(size), '\0');
    in.read(out.data(), size);
    if (!in)
        return YamlGuard::readFailed().toStdString();
    return std::nullopt;
}

void guardYaml(const std::string &text, const YamlLimits &limits)
{
    if (text.size() > limits.maxBytes)
        throw LoadFailure{{1, 1}, YamlGuard::sizeText(limits.maxBytes).toStdString()};
    refuseControlCharacters(text);
    std::istringstream in(text);
    QuoteCheckingHandler handler(limits, text);
    try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(handler)) {
        }
    } catch (const YAML::Exception &e) {
        throw LoadFailure{insideText(text, toPos(e.mark)), syntaxText(e.msg)};
    }
}

} // namespace cn
