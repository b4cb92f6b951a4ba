#pragma once
// What yaml-cpp 0.7 would misread in a text, checked around the one parse (YamlTree):
// control characters YAML does not allow, quoted values never closed, and error places past
// the end of the text. UTF-8 texts only: a UTF-16 or UTF-32 text holds NULs of its own, and
// yaml-cpp's marks count bytes only in UTF-8.

#include "design/SourcePos.h"

#include <cstddef>
#include <string>

namespace cn {

// False for a text with a UTF-16 byte-order mark or a NUL in its first two bytes (how yaml-cpp
// detects UTF-16 and UTF-32).
bool isUtf8Text(const std::string &text);

// Throws LoadFailure at the first C0 control character other than tab and line breaks, or DEL.
void refuseControlCharacters(const std::string &text);

// Whether the scalar starting at byte `i` (after its &anchor and !tag) is plain, a block scalar,
// or quoted and closed. yaml-cpp ends a quoted scalar that is never closed at the end of an
// input ending in a line break, without an error: one stray quote took the rest of a design.
bool quotedScalarClosed(const std::string &text, std::size_t i);

// yaml-cpp reads a marker past the end of its input; an error found there (a text ending in a
// backslash inside double quotes) comes with a column past its line. The place is kept inside
// the text: at most just after the end of its line.
SourcePos insideText(const std::string &text, SourcePos pos);

} // namespace cn
