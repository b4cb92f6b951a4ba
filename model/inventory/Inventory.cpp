#include "inventory/Inventory.h"

#include <cctype>
#include <cstdlib>

namespace cn
{

const InvAdapter *HostInventory::findAdapter(const std::string &name) const
{
    for (const InvAdapter &a : adapters)
        if (a.name == name)
            return &a;
    return nullptr;
}

const InvAdapter *HostInventory::adapterByDescription(const std::string &description) const
{
    for (const InvAdapter &a : adapters)
        if (a.description == description)
            return &a;
    return nullptr;
}

const InvAdapter *HostInventory::adapterByMac(const std::string &mac) const
{
    if (mac.empty())
        return nullptr;
    for (const InvAdapter &a : adapters)
        if (a.mac == mac)
            return &a;
    return nullptr;
}

const InvTeam *HostInventory::teamOf(const std::string &adapterName) const
{
    for (const InvTeam &t : teams)
        for (const std::string &m : t.members)
            if (m == adapterName)
                return &t;
    return nullptr;
}

const InvNeighbour *HostInventory::neighbourOf(const InvAdapter &a) const
{
    for (const InvNeighbour &n : neighbours)
        if ((!n.interfaceName.empty() && n.interfaceName == a.name) ||
            (n.interfaceName.empty() && n.ifIndex != 0 && n.ifIndex == a.ifIndex))
            return &n;
    return nullptr;
}

std::string normaliseMac(const std::string &text)
{
    std::string hex;
    for (char c : text) {
        if (std::isxdigit(static_cast<unsigned char>(c)))
            hex += char(std::tolower(static_cast<unsigned char>(c)));
        else if (c != '-' && c != ':' && c != '.' && c != ' ')
            return {};
    }
    return hex.size() == 12 ? hex : std::string();
}

std::string idFromName(const std::string &name)
{
    std::string id;
    bool gap = false;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || ((c == '_' || c == '.') && !id.empty())) {
            if (gap && !id.empty())
                id += '-';
            gap = false;
            id += char(std::tolower(u));
        } else {
            gap = true;
        }
    }
    return id;
}

std::optional<int> designSpeedOf(long long bps)
{
    if (bps <= 0)
        return std::nullopt;
    const long long mbps = bps / 1000000;
    int best = 0;
    long long bestDistance = 0;
    for (int s : designSpeeds()) {
        const long long d = std::llabs(mbps - s);
        if (best == 0 || d < bestDistance) {
            best = s;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace cn
