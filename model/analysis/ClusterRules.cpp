// single-cluster-network and node-asymmetry.
#include "analysis/Estimates.h"
#include "analysis/FindingText.h"
#include "analysis/Rules.h"

namespace cn {

void checkClusters(const DesignIndex &index, std::vector<Finding> &out)
{
    const Design &d = index.design();
    for (const auto &[cluster, hosts] : clustersOf(index)) {
        std::vector<std::string> hostIds;
        for (int h : hosts)
            hostIds.push_back(d.devices[std::size_t(h)].id);
        std::vector<std::string> shared;
        for (std::size_t n = 0; n < d.networks.size(); ++n) {
            if (d.networks[n].effectiveClusterUse() == ClusterUse::None)
                continue;
            bool all = true;
            for (int h : hosts)
                all = all && contains(index.boundNetworks(h), int(n));
            if (all)
                shared.push_back(d.networks[n].id);
        }
        if (shared.size() < 2) {
            Finding f;
            f.rule = "single-cluster-network";
            f.severity = Severity::Warning;
            f.elements = {cluster};
            f.affects = hostIds;
            f.message = (shared.empty()
                             ? FindingText::tr("Cluster %1 has no cluster network that all its hosts "
                                               "are bound to; it needs two")
                                   .arg(FindingText::q(cluster))
                             : FindingText::tr("Cluster %1 has only one cluster network that all its "
                                               "hosts are bound to (%2); it needs two")
                                   .arg(FindingText::q(cluster), FindingText::q(shared[0])))
                            .toStdString();
            out.push_back(std::move(f));
        }
        if (hosts.size() < 2)
            continue;
        NetworkSet any;
        for (int h : hosts)
            for (int n : index.boundNetworks(h))
                insertSorted(any, n);
        for (int h : hosts) {
            std::vector<std::string> missing;
            std::vector<Role> roles;
            for (int n : any) {
                if (contains(index.boundNetworks(h), n))
                    continue;
                missing.push_back(d.networks[std::size_t(n)].id);
                for (Role r : d.networks[std::size_t(n)].roles)
                    if (std::find(roles.begin(), roles.end(), r) == roles.end())
                        roles.push_back(r);
            }
            if (missing.empty())
                continue;
            Finding f;
            f.rule = "node-asymmetry";
            f.severity = Severity::Warning;
            f.elements = {d.devices[std::size_t(h)].id};
            f.affects = f.elements;
            f.roles = roles;
            f.message = FindingText::tr("Host %1 lacks networks that other hosts of cluster %2 have: %3")
                            .arg(FindingText::q(f.elements[0]), FindingText::q(cluster),
                                 FindingText::list(missing))
                            .toStdString();
            out.push_back(std::move(f));
        }
    }
}

} // namespace cn
