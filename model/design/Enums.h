#pragma once
// The closed vocabularies of FORMAT.md and their spelling in the file.

#include <optional>
#include <string>
#include <vector>

namespace cn {

enum class Role { Management, Vm, Heartbeat, Csv, LiveMigration, IscsiHost, IscsiGuest, Backup, Oob };
enum class ClusterUse { None, Cluster, ClusterAndClient };
enum class Isolation { Vlan, Physical };
enum class DeviceType { Host, Switch, Storage, Router, Firewall, Other };
enum class TeamMode { SwitchIndependent, Static, Lacp };
enum class LinkKind { Cable, Stacking };

const std::vector<Role> &allRoles();
std::string toString(Role r);
std::string toString(ClusterUse c);
std::string toString(Isolation i);
std::string toString(DeviceType t);
std::string toString(TeamMode m);
std::string toString(LinkKind k);

std::optional<Role> roleFromString(const std::string &s);
std::optional<ClusterUse> clusterUseFromString(const std::string &s);
std::optional<Isolation> isolationFromString(const std::string &s);
std::optional<DeviceType> deviceTypeFromString(const std::string &s);
std::optional<TeamMode> teamModeFromString(const std::string &s);
std::optional<LinkKind> linkKindFromString(const std::string &s);

bool isIscsi(Role r);

// Port speeds of a design file: 100M | 1G | 2.5G | 10G | 25G | 40G | 100G, kept in Mb/s.
std::optional<int> speedFromString(const std::string &s);
std::string speedToString(int mbps);
const std::vector<int> &designSpeeds();

} // namespace cn
