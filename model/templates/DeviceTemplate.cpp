#include "templates/DeviceTemplate.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace cn
{
namespace
{

bool equalsNoCase(const std::string &a, const std::string &b)
{
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
               return std::tolower(x) == std::tolower(y);
           });
}

// The numbers in a port name: "TenGigabitEthernet1/1/3" -> 1, 1, 3.
std::vector<std::string> numbersIn(const std::string &name)
{
    std::vector<std::string> out;
    std::string cur;
    for (char c : name) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            cur += c;
        } else if (!cur.empty()) {
            out.push_back(cur);
            cur.clear();
        }
    }
    if (!cur.empty())
        out.push_back(cur);
    return out;
}

} // namespace

const Interface *DeviceTemplate::findInterface(const std::string &name) const
{
    for (const auto &i : interfaces)
        if (i.name == name)
            return &i;
    return nullptr;
}

bool DeviceTemplate::matches(const std::string &modelOrSlug) const
{
    return equalsNoCase(modelOrSlug, model) || (!slug.empty() && equalsNoCase(modelOrSlug, slug));
}

bool DeviceTemplate::hasCablableOob() const
{
    return std::any_of(interfaces.begin(), interfaces.end(),
                       [](const Interface &i) { return i.mgmtOnly && i.speedMbps > 0; });
}

std::vector<const ModuleBay *> DeviceTemplate::baysForPort(const std::string &name) const
{
    static const std::regex notForPorts("^(ps|psu|pem|pwr|power|fan)([^a-z]|$)|supply|fan ?tray",
                                        std::regex::icase);
    std::vector<const ModuleBay *> candidates, byPosition;
    const std::vector<std::string> numbers = numbersIn(name);
    for (const ModuleBay &b : moduleBays) {
        if (std::regex_search(b.name, notForPorts))
            continue;
        candidates.push_back(&b);
        if (!b.position.empty() &&
            std::find(numbers.begin(), numbers.end(), b.position) != numbers.end())
            byPosition.push_back(&b);
    }
    return byPosition.empty() ? candidates : byPosition;
}

int speedOfInterfaceType(const std::string &type)
{
    return interfaceTypeInfo(type).speedMbps;
}

std::string mediaOfInterfaceType(const std::string &type)
{
    return interfaceTypeInfo(type).media;
}

} // namespace cn
