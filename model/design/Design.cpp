#include "design/Design.h"

#include <algorithm>

namespace cn {

bool Network::hasRole(Role r) const
{
    return std::find(roles.begin(), roles.end(), r) != roles.end();
}

ClusterUse Network::effectiveClusterUse() const
{
    if (clusterUse)
        return *clusterUse;
    if (hasRole(Role::Management))
        return ClusterUse::ClusterAndClient;
    if (hasRole(Role::Heartbeat) || hasRole(Role::Csv) || hasRole(Role::LiveMigration))
        return ClusterUse::Cluster;
    return ClusterUse::None;
}

const Port *Adapter::findPort(const std::string &portId) const
{
    for (const auto &p : ports)
        if (p.id == portId)
            return &p;
    return nullptr;
}

const Adapter *Device::findAdapter(const std::string &adapterId) const
{
    for (const auto &a : adapters)
        if (a.id == adapterId)
            return &a;
    return nullptr;
}

const Team *Device::findTeam(const std::string &teamId) const
{
    for (const auto &t : teams)
        if (t.id == teamId)
            return &t;
    return nullptr;
}

const Team *Device::teamOf(const std::string &adapterPort) const
{
    for (const auto &t : teams)
        if (std::find(t.members.begin(), t.members.end(), adapterPort) != t.members.end())
            return &t;
    return nullptr;
}

const Network *Design::findNetwork(const std::string &id) const
{
    for (const auto &n : networks)
        if (n.id == id)
            return &n;
    return nullptr;
}

const Device *Design::findDevice(const std::string &id) const
{
    for (const auto &d : devices)
        if (d.id == id)
            return &d;
    return nullptr;
}

Device *Design::findDevice(const std::string &id)
{
    for (auto &d : devices)
        if (d.id == id)
            return &d;
    return nullptr;
}

const Link *Design::findLink(const std::string &name) const
{
    for (const auto &l : links)
        if (l.name() == name)
            return &l;
    return nullptr;
}


bool Comments::empty() const
{
    if (!self.empty())
        return false;
    for (const auto &[name, c] : keys)
        if (!c.empty())
            return false;
    return true;
}

const Comment *Comments::key(const std::string &name) const
{
    auto it = keys.find(name);
    return it == keys.end() ? nullptr : &it->second;
}

} // namespace cn
