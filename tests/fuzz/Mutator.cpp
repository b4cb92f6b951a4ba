#include "Mutator.h"

#include <utility>

namespace cn::fuzz {
namespace {

// What YAML and the design format give meaning to, inserted anywhere.
const std::vector<std::string> kTokens = {
    ":", ": ", "- ", "-", "&a ", "*a", "&a", "*b", "[", "]", "{", "}", "\"", "'", "\t", "#",
    "|", ">", "|-\n", "? ", ",", "!", "!!map ", "!!seq ", "!!str ", "!!int ", "!local ", "%",
    "@", "`", "---\n", "...\n", "--- ", "\n", "\r", "\r\n", " ", "  ", "<<: *a", "<<: ",
    "\xef\xbb\xbf", "\xff\xfe", "\xfe\xff", std::string(1, '\0'), "\\", "\"\\u0000\"",
    "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "\xc3\x28", "\xe2\x80\xa8", "\xc2\x85", ":\n  -",
};

// Values the design format reads as numbers, ids, speeds, addresses, colours or references.
const std::vector<std::string> kValues = {
    "", "~", "null", "[]", "{}", "[a, b]", "{a: 1}", "&a x", "*a", "-1", "0", "1", "4094",
    "4095", "4096", "65536", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
    "99999999999999999999999", "1e309", "-1e309", "1e-320", ".nan", ".inf", "-.inf", "0x10",
    "0o17", "1_000", "true", "yes", "off", "10G", "100G", "0G", "1.5G", "2.5G", "100M", "10g",
    "10.0.0.0/24", "10.0.0.0/33", "10.0.0.0/-1", "300.1.1.1/24", "10.0.0.0", "10.0.0.1/24",
    "::1/128", "fe80::/10", "#ff00ff", "#zzz", "#12345", "red", "hv01", "hv01:lom/nic1",
    "sw1:g1", "hv01:", ":g1", "a/b/c", "hv01:lom/", ".", "..", "-x", "_x", "a..b", "x y",
    "\"quoted\"", "'single'", "\"\\uD800\"", "|\n  block", ">\n  folded", "!!binary aGVsbG8=",
    "!!int x", "!!float 1", "host", "switch", "storage", "cable", "stacking", "lacp",
    "switch-independent", "management", "csv", "live-migration", "iscsi", "vm", "heartbeat",
    "\xc3\x28", "\xf0\x9f\x98\x80", "clusternet/1", "clusternet/2",
};

std::string visible(const std::string &s)
{
    static const char *const hex = "0123456789abcdef";
    std::string out;
    for (unsigned char c : s) {
        if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else if (c < 0x20 || c >= 0x7f)
            out += std::string("\\x") + hex[c >> 4] + hex[c & 15];
        else
            out += char(c);
    }
    return out.size() > 40 ? out.substr(0, 37) + "..." : out;
}

std::vector<std::string> splitLines(const std::string &s)
{
    std::vector<std::string> lines;
    std::size_t begin = 0;
    for (;;) {
        const std::size_t end = s.find('\n', begin);
        if (end == std::string::npos) {
            lines.push_back(s.substr(begin));
            return lines;
        }
        lines.push_back(s.substr(begin, end - begin));
        begin = end + 1;
    }
}

std::string joinLines(const std::vector<std::string> &lines)
{
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i)
            out += '\n';
        out += lines[i];
    }
    return out;
}

} // namespace

Mutator::Mutator(std::uint64_t seed, std::vector<std::string> corpus)
    : m_rng(seed), m_corpus(std::move(corpus))
{
}

std::string Mutator::mutate(std::size_t index, std::string &log)
{
    using Op = std::string (Mutator::*)(std::string &);
    static const Op ops[] = {
        &Mutator::flipBit,       &Mutator::setByte,       &Mutator::insertBytes,
        &Mutator::eraseBytes,    &Mutator::insertToken,   &Mutator::insertToken,
        &Mutator::insertToken,   &Mutator::duplicateLine, &Mutator::deleteLine,
        &Mutator::swapLines,     &Mutator::spliceLines,   &Mutator::crossOver,
        &Mutator::longLine,      &Mutator::deepNesting,   &Mutator::reindent,
        &Mutator::replaceValue,  &Mutator::replaceValue,  &Mutator::replaceValue,
        &Mutator::truncate,      &Mutator::anchorAndAlias, &Mutator::repeatLines,
    };
    std::string s = m_corpus[index];
    // Half of the mutants differ by one mutation, so that some still load and save.
    const std::size_t count = chance(50) ? 1 : 2 + below(3);
    log.clear();
    for (std::size_t i = 0; i < count; ++i) {
        if (i)
            log += "; ";
        log += (this->*ops[below(std::size(ops))])(s);
    }
    return s;
}

std::string Mutator::flipBit(std::string &s)
{
    if (s.empty())
        return "flip (empty)";
    const std::size_t at = below(s.size());
    s[at] = char(s[at] ^ (1u << below(8)));
    return "flip@" + std::to_string(at);
}

std::string Mutator::setByte(std::string &s)
{
    if (s.empty())
        return "byte (empty)";
    const std::size_t at = below(s.size());
    s[at] = char(below(256));
    return "byte@" + std::to_string(at);
}

std::string Mutator::insertBytes(std::string &s)
{
    const std::size_t at = below(s.size() + 1);
    std::string bytes;
    for (std::size_t n = 1 + below(8); n > 0; --n)
        bytes += char(below(256));
    s.insert(at, bytes);
    return "bytes '" + visible(bytes) + "'@" + std::to_string(at);
}

std::string Mutator::eraseBytes(std::string &s)
{
    if (s.empty())
        return "erase (empty)";
    const std::size_t at = below(s.size());
    const std::size_t n = 1 + below(32);
    s.erase(at, n);
    return "erase " + std::to_string(n) + "@" + std::to_string(at);
}

std::string Mutator::insertToken(std::string &s)
{
    const std::string &token = pick(kTokens);
    std::size_t at = below(s.size() + 1);
    // Half of them where YAML looks hardest: at the start of a line's content.
    if (chance(50)) {
        const std::size_t lineStart = at == 0 ? 0 : s.rfind('\n', at - 1) + 1;
        at = s.find_first_not_of(' ', lineStart);
        if (at == std::string::npos)
            at = s.size();
    }
    s.insert(at, token);
    return "token '" + visible(token) + "'@" + std::to_string(at);
}

std::string Mutator::duplicateLine(std::string &s)
{
    auto lines = splitLines(s);
    const std::size_t i = below(lines.size());
    lines.insert(lines.begin() + std::ptrdiff_t(i), lines[i]);
    s = joinLines(lines);
    return "dup-line " + std::to_string(i + 1);
}

std::string Mutator::deleteLine(std::string &s)
{
    auto lines = splitLines(s);
    const std::size_t i = below(lines.size());
    lines.erase(lines.begin() + std::ptrdiff_t(i));
    s = joinLines(lines);
    return "drop-line " + std::to_string(i + 1);
}

std::string Mutator::swapLines(std::string &s)
{
    auto lines = splitLines(s);
    const std::size_t i = below(lines.size());
    const std::size_t j = below(lines.size());
    std::swap(lines[i], lines[j]);
    s = joinLines(lines);
    return "swap-lines " + std::to_string(i + 1) + "," + std::to_string(j + 1);
}

std::string Mutator::spliceLines(std::string &s)
{
    const std::size_t from = below(m_corpus.size());
    const auto donor = splitLines(m_corpus[from]);
    const std::size_t first = below(donor.size());
    const std::size_t n = 1 + below(10);
    auto lines = splitLines(s);
    const std::size_t at = below(lines.size() + 1);
    lines.insert(lines.begin() + std::ptrdiff_t(at), donor.begin() + std::ptrdiff_t(first),
                 donor.begin() + std::ptrdiff_t(std::min(donor.size(), first + n)));
    s = joinLines(lines);
    return "splice " + std::to_string(n) + " lines of #" + std::to_string(from) + " at line " +
           std::to_string(at + 1);
}

std::string Mutator::crossOver(std::string &s)
{
    const std::size_t from = below(m_corpus.size());
    const std::string &donor = m_corpus[from];
    const std::size_t cut = below(s.size() + 1);
    const std::size_t donorCut = below(donor.size() + 1);
    s = s.substr(0, cut) + donor.substr(donorCut);
    return "cross " + std::to_string(cut) + " + #" + std::to_string(from) + " from " +
           std::to_string(donorCut);
}

std::string Mutator::longLine(std::string &s)
{
    const std::size_t length = std::size_t(1000) << below(7); // 1 000 .. 64 000
    std::string line;
    if (chance(50)) {
        line.assign(length, char('a' + below(26)));
    } else {
        const std::string &token = pick(kTokens);
        while (line.size() < length)
            line += token.empty() ? std::string("x") : token;
    }
    auto lines = splitLines(s);
    const std::size_t at = below(lines.size() + 1);
    // Either a line of its own or a very long value of an existing key.
    if (at < lines.size() && chance(50))
        lines[at] += line;
    else
        lines.insert(lines.begin() + std::ptrdiff_t(at), line);
    s = joinLines(lines);
    return "long-line " + std::to_string(length) + " at line " + std::to_string(at + 1);
}

std::string Mutator::deepNesting(std::string &s)
{
    static const std::size_t depths[] = {10, 62, 63, 64, 65, 66, 200, 5000};
    const std::size_t depth = depths[below(std::size(depths))];
    std::string nest;
    const unsigned style = unsigned(below(4));
    if (style == 0) {
        nest = std::string(depth, '[') + std::string(depth, ']');
    } else if (style == 1) {
        for (std::size_t i = 0; i < depth; ++i)
            nest += "{a: ";
        nest += "x" + std::string(depth, '}');
    } else if (style == 2) {
        nest = std::string(depth, '['); // never closed
    } else {
        // Block mappings, one level per line and two spaces more each time.
        for (std::size_t i = 0; i < std::min<std::size_t>(depth, 400); ++i)
            nest += std::string(2 * i, ' ') + "k" + std::to_string(i) + ":\n";
    }
    auto lines = splitLines(s);
    const std::size_t at = below(lines.size());
    const std::size_t colon = lines[at].find(": ");
    if (style != 3 && colon != std::string::npos)
        lines[at] = lines[at].substr(0, colon + 2) + nest;
    else
        lines.insert(lines.begin() + std::ptrdiff_t(at), nest);
    s = joinLines(lines);
    return "nest " + std::to_string(depth) + " style " + std::to_string(style) + " at line " +
           std::to_string(at + 1);
}

std::string Mutator::reindent(std::string &s)
{
    auto lines = splitLines(s);
    const std::size_t i = below(lines.size());
    std::string &line = lines[i];
    std::string what;
    switch (below(4)) {
    case 0:
        line.insert(0, std::string(1 + below(4), ' '));
        what = "indent+";
        break;
    case 1: {
        const std::size_t spaces = line.find_first_not_of(' ');
        line.erase(0, std::min(spaces == std::string::npos ? line.size() : spaces, 1 + below(4)));
        what = "indent-";
        break;
    }
    case 2:
        line.insert(0, "\t");
        what = "indent-tab";
        break;
    default:
        line.insert(0, "  - ");
        what = "indent-item";
        break;
    }
    s = joinLines(lines);
    return what + " line " + std::to_string(i + 1);
}

std::string Mutator::replaceValue(std::string &s)
{
    const std::string &value = pick(kValues);
    // A value after "key: ", in block or flow style; any byte when there is none.
    std::vector<std::size_t> starts;
    for (std::size_t at = s.find(": "); at != std::string::npos; at = s.find(": ", at + 1))
        starts.push_back(at + 2);
    if (starts.empty())
        return insertToken(s);
    const std::size_t begin = starts[below(starts.size())];
    std::size_t end = s.find_first_of(",}]\n", begin);
    if (end == std::string::npos)
        end = s.size();
    s.replace(begin, end - begin, value);
    return "value '" + visible(value) + "'@" + std::to_string(begin);
}

std::string Mutator::truncate(std::string &s)
{
    const std::size_t at = below(s.size() + 1);
    s.resize(at);
    return "truncate@" + std::to_string(at);
}

std::string Mutator::anchorAndAlias(std::string &s)
{
    std::vector<std::size_t> starts;
    for (std::size_t at = s.find(": "); at != std::string::npos; at = s.find(": ", at + 1))
        starts.push_back(at + 2);
    if (starts.size() < 2)
        return insertToken(s);
    std::size_t anchor = starts[below(starts.size())];
    std::size_t alias = starts[below(starts.size())];
    // The alias goes in after the anchor so the anchor's offset stays right.
    if (alias < anchor)
        std::swap(alias, anchor);
    std::size_t end = s.find_first_of(",}]\n", alias);
    if (end == std::string::npos)
        end = s.size();
    s.replace(alias, end - alias, "*a");
    s.insert(anchor, "&a ");
    return "anchor@" + std::to_string(anchor) + " alias@" + std::to_string(alias);
}

std::string Mutator::repeatLines(std::string &s)
{
    auto lines = splitLines(s);
    const std::size_t first = below(lines.size());
    const std::size_t n = 1 + below(std::min<std::size_t>(8, lines.size() - first));
    const std::size_t times = 2 + below(30);
    std::vector<std::string> block(lines.begin() + std::ptrdiff_t(first),
                                   lines.begin() + std::ptrdiff_t(first + n));
    for (std::size_t t = 0; t < times; ++t)
        lines.insert(lines.begin() + std::ptrdiff_t(first + n), block.begin(), block.end());
    s = joinLines(lines);
    return "repeat " + std::to_string(n) + " lines from " + std::to_string(first + 1) + " x" +
           std::to_string(times);
}

} // namespace cn::fuzz
