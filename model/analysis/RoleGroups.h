#pragma once
// The pairs that matter for each role (RULES.md "Members of a role"): a group per role whose
// members are the endpoints bound to a network carrying it; iSCSI pairs a device that is not
// storage with a storage device; the three cluster roles form one group whose pairs are the
// hosts of one cluster, joined by any network whose cluster_use is not none.

#include "analysis/FabricGraph.h"

#include <map>
#include <string>
#include <vector>

namespace cn {

struct RoleGroup {
    std::vector<Role> roles;
    NetworkSet networks; // the networks that can join its pairs
    bool cluster = false;
    bool iscsi = false;
    DeviceSet members;
};

class RoleGroups
{
public:
    explicit RoleGroups(const DesignIndex &index);

    const std::vector<RoleGroup> &groups() const { return m_groups; }
    const RoleGroup &operator[](std::size_t g) const { return m_groups[g]; }
    std::size_t size() const { return m_groups.size(); }
    bool isPair(std::size_t g, int a, int b) const;
    // The devices a member forms a pair with (itself included when it is in the pool).
    const DeviceSet &partnerPool(std::size_t g, int device) const;
    // The devices bound to a network.
    const DeviceSet &boundTo(int network) const { return m_bound[std::size_t(network)]; }

private:
    const DesignIndex &m_index;
    std::vector<RoleGroup> m_groups;
    DeviceSet m_storage, m_notStorage;
    std::vector<DeviceSet> m_bound;
    std::map<std::string, DeviceSet> m_clusters;
};

} // namespace cn
