#pragma once

#include <string>

namespace cn {

// A display colour as written in a design: #RGB, #RRGGBB, or an SVG colour name.
bool isValidColor(const std::string &text);

} // namespace cn
