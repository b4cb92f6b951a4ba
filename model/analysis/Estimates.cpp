#include "analysis/Estimates.h"

#include <algorithm>

namespace cn {

double migrationSeconds(double memoryGb, double gbps)
{
    return gbps > 0 ? memoryGb * 8.59 / (0.9 * gbps) : 0;
}

double migrationBandwidthGbps(const DesignIndex &index, int host)
{
    const auto &networks = index.design().networks;
    int best = 0;
    for (std::size_t n = 0; n < networks.size(); ++n)
        if (networks[n].hasRole(Role::LiveMigration))
            best = std::max(best, index.bandwidthTo(host, int(n)));
    if (best == 0)
        for (std::size_t n = 0; n < networks.size(); ++n)
            if (networks[n].effectiveClusterUse() != ClusterUse::None)
                best = std::max(best, index.bandwidthTo(host, int(n)));
    return best / 1000.0;
}

std::vector<std::pair<std::string, std::vector<int>>> clustersOf(const DesignIndex &index)
{
    std::vector<std::pair<std::string, std::vector<int>>> clusters;
    const auto &devices = index.design().devices;
    for (std::size_t i = 0; i < devices.size(); ++i) {
        if (devices[i].type != DeviceType::Host || devices[i].cluster.empty())
            continue;
        auto it = std::find_if(clusters.begin(), clusters.end(),
                               [&](const auto &c) { return c.first == devices[i].cluster; });
        if (it == clusters.end())
            clusters.push_back({devices[i].cluster, {int(i)}});
        else
            it->second.push_back(int(i));
    }
    return clusters;
}

MigrationEstimates estimateMigrations(const DesignIndex &index)
{
    MigrationEstimates out;
    const auto &devices = index.design().devices;
    for (const auto &[cluster, hosts] : clustersOf(index)) {
        if (hosts.size() < 2)
            continue;
        std::vector<double> bandwidth;
        for (int h : hosts)
            bandwidth.push_back(migrationBandwidthGbps(index, h));
        for (std::size_t i = 0; i < hosts.size(); ++i) {
            if (bandwidth[i] <= 0)
                continue;
            double slowestOther = 0;
            for (std::size_t j = 0; j < hosts.size(); ++j)
                if (j != i && bandwidth[j] > 0)
                    slowestOther = slowestOther > 0 ? std::min(slowestOther, bandwidth[j]) : bandwidth[j];
            if (slowestOther <= 0)
                continue;
            const double b = std::min(bandwidth[i], slowestOther);
            const Device &host = devices[std::size_t(hosts[i])];
            double total = 0;
            for (const Vm &vm : host.vms) {
                out.vms.push_back({hosts[i], vm.name, vm.memoryGb, b, migrationSeconds(vm.memoryGb, b)});
                total += vm.memoryGb;
            }
            if (!host.vms.empty())
                out.drains.push_back({hosts[i], total, b, migrationSeconds(total, b)});
        }
    }
    return out;
}

std::vector<NetworkCapacity> failoverCapacity(const DesignIndex &index)
{
    std::vector<NetworkCapacity> out;
    const auto &networks = index.design().networks;
    for (const auto &[cluster, hosts] : clustersOf(index)) {
        std::vector<NetworkCapacity> mine;
        for (std::size_t n = 0; n < networks.size(); ++n) {
            if (networks[n].effectiveClusterUse() == ClusterUse::None)
                continue;
            NetworkCapacity c;
            c.cluster = cluster;
            c.network = int(n);
            bool first = true;
            for (int h : hosts) {
                if (!contains(index.boundNetworks(h), int(n)))
                    continue;
                c.hosts.push_back(h);
                const double bw = index.bandwidthTo(h, int(n)) / 1000.0;
                c.capacityGbps = first ? bw : std::min(c.capacityGbps, bw);
                first = false;
            }
            if (c.hosts.empty())
                continue;
            c.loadGbps = networks[n].loadGbps.value_or(0);
            c.roomGbps = c.capacityGbps - c.loadGbps;
            mine.push_back(std::move(c));
        }
        for (auto &f : mine) {
            if (f.loadGbps <= 0)
                continue;
            f.shortOfRoom = std::none_of(mine.begin(), mine.end(), [&](const NetworkCapacity &m) {
                return m.network != f.network && m.roomGbps >= f.loadGbps;
            });
        }
        out.insert(out.end(), mine.begin(), mine.end());
    }
    return out;
}

} // namespace cn
