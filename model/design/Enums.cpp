#include "design/Enums.h"

#include <array>
#include <utility>

namespace cn {
namespace {

template <typename E, std::size_t N>
std::string nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return name;
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table,
                         const std::string &s)
{
    for (const auto &[e, name] : table)
        if (s == name)
            return e;
    return std::nullopt;
}

const std::array<std::pair<Role, const char *>, 9> kRoles{{
    {Role::Management, "management"},
    {Role::Vm, "vm"},
    {Role::Heartbeat, "heartbeat"},
    {Role::Csv, "csv"},
    {Role::LiveMigration, "live-migration"},
    {Role::IscsiHost, "iscsi-host"},
    {Role::IscsiGuest, "iscsi-guest"},
    {Role::Backup, "backup"},
    {Role::Oob, "oob"},
}};
const std::array<std::pair<ClusterUse, const char *>, 3> kClusterUse{{
    {ClusterUse::None, "none"},
    {ClusterUse::Cluster, "cluster"},
    {ClusterUse::ClusterAndClient, "cluster-and-client"},
}};
const std::array<std::pair<Isolation, const char *>, 2> kIsolation{{
    {Isolation::Vlan, "vlan"},
    {Isolation::Physical, "physical"},
}};
const std::array<std::pair<DeviceType, const char *>, 6> kDeviceTypes{{
    {DeviceType::Host, "host"},
    {DeviceType::Switch, "switch"},
    {DeviceType::Storage, "storage"},
    {DeviceType::Router, "router"},
    {DeviceType::Firewall, "firewall"},
    {DeviceType::Other, "other"},
}};
const std::array<std::pair<TeamMode, const char *>, 3> kTeamModes{{
    {TeamMode::SwitchIndependent, "switch-independent"},
    {TeamMode::Static, "static"},
    {TeamMode::Lacp, "lacp"},
}};
const std::array<std::pair<LinkKind, const char *>, 2> kLinkKinds{{
    {LinkKind::Cable, "cable"},
    {LinkKind::Stacking, "stacking"},
}};
const std::array<std::pair<int, const char *>, 7> kSpeeds{{
    {100, "100M"},
    {1000, "1G"},
    {2500, "2.5G"},
    {10000, "10G"},
    {25000, "25G"},
    {40000, "40G"},
    {100000, "100G"},
}};

} // namespace

const std::vector<Role> &allRoles()
{
    static const std::vector<Role> roles = [] {
        std::vector<Role> r;
        for (const auto &entry : kRoles)
            r.push_back(entry.first);
        return r;
    }();
    return roles;
}

std::string toString(Role r) { return nameOf(kRoles, r); }
std::string toString(ClusterUse c) { return nameOf(kClusterUse, c); }
std::string toString(Isolation i) { return nameOf(kIsolation, i); }
std::string toString(DeviceType t) { return nameOf(kDeviceTypes, t); }
std::string toString(TeamMode m) { return nameOf(kTeamModes, m); }
std::string toString(LinkKind k) { return nameOf(kLinkKinds, k); }

std::optional<Role> roleFromString(const std::string &s) { return valueOf(kRoles, s); }
std::optional<ClusterUse> clusterUseFromString(const std::string &s)
{
    return valueOf(kClusterUse, s);
}
std::optional<Isolation> isolationFromString(const std::string &s)
{
    return valueOf(kIsolation, s);
}
std::optional<DeviceType> deviceTypeFromString(const std::string &s)
{
    return valueOf(kDeviceTypes, s);
}
std::optional<TeamMode> teamModeFromString(const std::string &s) { return valueOf(kTeamModes, s); }
std::optional<LinkKind> linkKindFromString(const std::string &s) { return valueOf(kLinkKinds, s); }

bool isIscsi(Role r) { return r == Role::IscsiHost || r == Role::IscsiGuest; }

std::optional<int> speedFromString(const std::string &s) { return valueOf(kSpeeds, s); }

std::string speedToString(int mbps)
{
    std::string known = nameOf(kSpeeds, mbps);
    if (!known.empty())
        return known;
    if (mbps % 1000 == 0)
        return std::to_string(mbps / 1000) + "G";
    if (mbps > 1000)
        return std::to_string(mbps / 1000) + "." + std::to_string((mbps % 1000) / 100) + "G";
    return std::to_string(mbps) + "M";
}

const std::vector<int> &designSpeeds()
{
    static const std::vector<int> speeds = [] {
        std::vector<int> v;
        for (const auto &entry : kSpeeds)
            v.push_back(entry.first);
        return v;
    }();
    return speeds;
}

} // namespace cn
