#include "design/Diagnostic.h"

namespace cn {

std::string Diagnostic::format() const
{
    std::string out = file;
    if (pos.known())
        out += ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
    out += severity == Severity::Error ? ": error: " : ": warning: ";
    out += text;
    return out;
}

} // namespace cn
