#include "design/Diagnostic.h"

namespace cn {
namespace {

// A message quotes what it found in the file (a value, or yaml-cpp the character it stopped
// at), which may hold a line break or another control character; shown as an escape, the
// message stays the one line that FILE:LINE:COLUMN: error: TEXT promises.
std::string oneLine(const std::string &text)
{
    static const char *const hex = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (u < 0x20 || u == 0x7f)
            out += std::string("\\x") + hex[u >> 4] + hex[u & 15];
        else
            out += c;
    }
    return out;
}

} // namespace

std::string Diagnostic::format() const
{
    std::string out = file;
    if (pos.known())
        out += ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
    out += severity == Severity::Error ? ": error: " : ": warning: ";
    out += oneLine(text);
    return out;
}

} // namespace cn
