#include "design/ColorName.h"

#include <cctype>

namespace cn {

bool isValidColor(const std::string &text)
{
    if (text.empty())
        return false;
    if (text[0] == '#') {
        if (text.size() != 4 && text.size() != 7)
            return false;
        for (std::size_t i = 1; i < text.size(); ++i)
            if (!std::isxdigit(static_cast<unsigned char>(text[i])))
                return false;
        return true;
    }
    // Colour names are checked against the SVG list by the views; here only their shape.
    for (char c : text)
        if (!std::isalpha(static_cast<unsigned char>(c)))
            return false;
    return text.size() <= 32;
}

} // namespace cn
