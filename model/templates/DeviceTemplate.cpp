#include "templates/DeviceTemplate.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace cn {
namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

bool startsWith(const std::string &s, const std::string &prefix)
{
    return s.compare(0, prefix.size(), prefix) == 0;
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
    const std::string key = lower(modelOrSlug);
    return key == lower(model) || key == lower(slug);
}

bool DeviceTemplate::hasCablableOob() const
{
    return std::any_of(interfaces.begin(), interfaces.end(),
                       [](const Interface &i) { return i.mgmtOnly && i.cablable(); });
}

int speedOfInterfaceType(const std::string &type)
{
    // Longest prefixes first, so "100gbase" is not read as "100base".
    static const std::vector<std::pair<std::string, int>> prefixes = {
        {"800gbase", 800000}, {"400gbase", 400000}, {"200gbase", 200000},
        {"100gbase", 100000}, {"50gbase", 50000},   {"40gbase", 40000},
        {"25gbase", 25000},   {"10gbase", 10000},   {"5gbase", 5000},
        {"2.5gbase", 2500},   {"1000base", 1000},   {"100base", 100},
        {"10base", 10},
    };
    const std::string t = lower(type);
    for (const auto &[prefix, mbps] : prefixes)
        if (startsWith(t, prefix))
            return mbps;
    return 0;
}

std::string mediaOfInterfaceType(const std::string &type)
{
    const std::string t = lower(type);
    if (speedOfInterfaceType(t) == 0)
        return {};
    auto has = [&](const char *s) { return t.find(s) != std::string::npos; };
    if (has("sfpp") || has("sfp+"))
        return "sfp+";
    if (has("sfp28"))
        return "sfp28";
    if (has("qsfp"))
        return "qsfp";
    if (has("sfp"))
        return "sfp";
    if (has("xfp"))
        return "xfp";
    if (has("cx4"))
        return "cx4";
    if (has("-t") || has("base-tx"))
        return "copper";
    return "fibre";
}

} // namespace cn
