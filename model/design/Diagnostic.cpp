#include "design/Diagnostic.h"

#include <cstdio>

namespace cn {

std::string printable(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    auto hex = [&out](unsigned char c) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\x%02X", c);
        out += buf;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7F) {
            hex(c);
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            // U+0080..U+009F: the C1 controls, CSI among them.
            out += "\\u00";
            char buf[4];
            std::snprintf(buf, sizeof buf, "%02X", static_cast<unsigned char>(text[i + 1]));
            out += buf;
            ++i;
        } else if (c >= 0x80) {
            // Pass valid UTF-8 through; escape stray bytes (a lone 0x9B is CSI to some terminals).
            int len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
            bool ok = len > 0 && c >= 0xC2 && i + std::size_t(len) <= text.size();
            for (int k = 1; ok && k < len; ++k)
                ok = (static_cast<unsigned char>(text[i + std::size_t(k)]) & 0xC0) == 0x80;
            if (ok) {
                out.append(text, i, std::size_t(len));
                i += std::size_t(len) - 1;
            } else {
                hex(c);
            }
        } else {
            out += char(c);
        }
    }
    return out;
}

std::string Diagnostic::format() const
{
    std::string out = printable(file);
    if (pos.known())
        out += ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
    out += severity == Severity::Error ? ": error: " : ": warning: ";
    out += printable(text);
    return out;
}

} // namespace cn
