#pragma once
// The traffic roles of a network found on the hosts, guessed from the names the cluster and the
// host interfaces give it ("LiveMigration", "iSCSI-A", "Cluster") and from the cluster
// network's role (0 none, 1 cluster only, 3 cluster and client). A guess, said as one.

#include "design/Enums.h"

#include <optional>
#include <string>
#include <vector>

namespace cn
{

struct RoleGuess {
    std::vector<Role> roles;
    std::string reason; // "the name 'LiveMigration'", "cluster role 3 (cluster and client)"
};

// `names`: the cluster network's name first (when `inCluster`), then the interfaces' names.
RoleGuess guessRoles(const std::vector<std::string> &names, std::optional<int> clusterRole,
                     bool inCluster);

} // namespace cn
