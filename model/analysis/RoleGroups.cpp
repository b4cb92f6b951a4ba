#include "analysis/RoleGroups.h"

#include <cassert>

namespace cn {

RoleGroups::RoleGroups(const DesignIndex &index) : m_index(index)
{
    const Design &d = index.design();
    const std::size_t nd = d.devices.size();
    m_storage.resize(nd);
    m_notStorage.resize(nd);
    m_bound.assign(d.networks.size(), DeviceSet(nd));
    for (std::size_t dev = 0; dev < nd; ++dev) {
        (d.devices[dev].type == DeviceType::Storage ? m_storage : m_notStorage).set(dev);
        for (int n : index.boundNetworks(int(dev)))
            m_bound[std::size_t(n)].set(dev);
        if (index.isHost(int(dev)) && !d.devices[dev].cluster.empty())
            m_clusters.try_emplace(d.devices[dev].cluster, DeviceSet(nd)).first->second.set(dev);
    }

    for (Role r : allRoles()) {
        if (r == Role::Heartbeat || r == Role::Csv || r == Role::LiveMigration)
            continue;
        RoleGroup g;
        g.roles = {r};
        g.iscsi = isIscsi(r);
        g.members.resize(nd);
        for (std::size_t n = 0; n < d.networks.size(); ++n)
            if (d.networks[n].hasRole(r)) {
                g.networks.push_back(int(n));
                g.members |= m_bound[n];
            }
        if (!g.networks.empty())
            m_groups.push_back(std::move(g));
    }
    RoleGroup cluster;
    cluster.roles = {Role::Heartbeat, Role::Csv, Role::LiveMigration};
    cluster.cluster = true;
    cluster.members.resize(nd);
    for (std::size_t n = 0; n < d.networks.size(); ++n)
        if (d.networks[n].effectiveClusterUse() != ClusterUse::None)
            cluster.networks.push_back(int(n));
    for (const auto &[id, hosts] : m_clusters)
        cluster.members |= hosts;
    m_groups.push_back(std::move(cluster));
}

bool RoleGroups::isPair(std::size_t g, int a, int b) const
{
    const RoleGroup &group = m_groups[g];
    if (a == b || !group.members.test(std::size_t(a)) || !group.members.test(std::size_t(b)))
        return false;
    return partnerPool(g, a).test(std::size_t(b));
}

const DeviceSet &RoleGroups::partnerPool(std::size_t g, int device) const
{
    const RoleGroup &group = m_groups[g];
    assert(group.members.test(std::size_t(device)));
    if (group.cluster)
        return m_clusters.at(m_index.design().devices[std::size_t(device)].cluster);
    if (group.iscsi) {
        // iSCSI pairs a storage device with one that is not: the pool is every device on the
        // other side, and callers meet it with the group's members.
        return m_index.design().devices[std::size_t(device)].type == DeviceType::Storage ? m_notStorage : m_storage;
    }
    return group.members;
}

} // namespace cn
