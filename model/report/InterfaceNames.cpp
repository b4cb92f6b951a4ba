#include "report/InterfaceNames.h"

#include <cctype>
#include <map>

namespace cn
{

std::string abbreviateInterface(const std::string &name)
{
    // The word before the first digit, compared without case, dashes or spaces.
    std::size_t digit = 0;
    while (digit < name.size() && !std::isdigit(static_cast<unsigned char>(name[digit])))
        ++digit;
    if (digit == 0 || digit == name.size())
        return name;
    std::string word;
    for (std::size_t i = 0; i < digit; ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (std::isalpha(c))
            word += char(std::tolower(c));
        else if (c != '-' && c != ' ' && c != '_')
            return name; // "xe-0/0/1" style and anything with other marks stays
    }
    static const std::map<std::string, std::string> known = {
        {"hundredgigabitethernet", "Hu"},
        {"hundredgige", "Hu"},
        {"fortygigabitethernet", "Fo"},
        {"fortygige", "Fo"},
        {"twentyfivegigabitethernet", "Twe"},
        {"twentyfivegige", "Twe"},
        {"tengigabitethernet", "Te"},
        {"tengige", "Te"},
        {"xgigabitethernet", "XGE"},
        {"gigabitethernet", "Gi"},
        {"gige", "Gi"},
        {"fastethernet", "Fa"},
        {"ethernet", "Eth"},
        {"portchannel", "Po"},
        {"management", "Mgmt"},
    };
    const std::string rest = name.substr(digit);
    if (auto it = known.find(word); it != known.end())
        return it->second + rest;
    if (word.size() < 6)
        return name;
    std::string shortWord;
    shortWord += char(std::toupper(static_cast<unsigned char>(word[0])));
    shortWord += word[1];
    return shortWord + rest;
}

} // namespace cn
