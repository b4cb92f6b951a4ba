#include "analysis/FailureImpact.h"

#include "analysis/DesignIndex.h"
#include "analysis/Estimates.h"
#include "analysis/FailureAnalysis.h"
#include "design/DesignEdits.h"
#include "design/Endpoint.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

namespace cn
{
namespace
{

// Components of the devices joined by the links that carry network `n`.
std::vector<int> components(const DesignIndex &index, int n)
{
    std::vector<int> parent(index.design().devices.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[std::size_t(x)] != x)
            x = parent[std::size_t(x)] = parent[std::size_t(parent[std::size_t(x)])];
        return x;
    };
    for (const LinkInfo &l : index.links()) {
        if (!contains(l.carries, n) || !l.a.device || !l.b.device)
            continue;
        const int a = index.deviceIndex(l.a.device->id), b = index.deviceIndex(l.b.device->id);
        if (a >= 0 && b >= 0)
            parent[std::size_t(find(a))] = find(b);
    }
    for (std::size_t i = 0; i < parent.size(); ++i)
        parent[i] = find(int(i));
    return parent;
}

struct Joined {
    int pairs = 0;
    std::map<std::string, int> partners; // bound device -> how many bound devices it reaches
};

Joined joined(const DesignIndex &index, const std::string &networkId)
{
    Joined j;
    const int n = index.networkIndex(networkId);
    if (n < 0)
        return j;
    const auto comp = components(index, n);
    std::map<int, std::vector<int>> bound;
    const auto &devices = index.design().devices;
    for (std::size_t i = 0; i < devices.size(); ++i)
        if (!devices[i].isSwitch() && contains(index.boundNetworks(int(i)), n))
            bound[comp[i]].push_back(int(i));
    for (const auto &[c, members] : bound) {
        const int k = int(members.size());
        j.pairs += k * (k - 1) / 2;
        for (int m : members)
            j.partners[devices[std::size_t(m)].id] = k - 1;
    }
    return j;
}

int cabledMbps(const DesignIndex &index, int device)
{
    int sum = 0;
    for (int p : index.portsOf(device)) {
        const PortInfo &port = index.ports()[std::size_t(p)];
        if (port.link >= 0)
            sum += index.links()[std::size_t(port.link)].speedMbps;
    }
    return sum;
}

} // namespace

Design withoutFailedUnits(Design d, const std::vector<std::string> &unitRefs)
{
    std::set<std::string> switches, links, cards;
    for (const std::string &ref : unitRefs) {
        if (const Device *dev = d.findDevice(ref)) {
            if (dev->isSwitch())
                switches.insert(ref);
        } else if (d.findLink(ref)) {
            links.insert(ref);
        } else {
            cards.insert(ref + "/");
        }
    }
    auto onCard = [&](const std::string &end) {
        for (const std::string &c : cards)
            if (end.compare(0, c.size(), c) == 0)
                return true;
        return false;
    };
    for (const Link &l : d.links)
        if (onCard(l.a) || onCard(l.b))
            links.insert(l.name());
    d = withoutLinks(std::move(d), links);
    return withoutDevices(std::move(d), switches);
}

FailureImpact failureImpact(const DesignIndex &index, const FailureAnalysis &analysis,
                            const std::vector<std::string> &unitRefs)
{
    FailureImpact r;
    const Design &d = index.design();
    r.failed = unitRefs;

    std::vector<int> units;
    for (const auto &ref : unitRefs)
        if (const int u = analysis.unitIndex(ref); u >= 0)
            units.push_back(u);
    std::map<std::string, std::size_t> clusterAt;
    for (const CutPair &c : analysis.cutBy(units)) {
        const Device &a = d.devices[std::size_t(c.a)], &b = d.devices[std::size_t(c.b)];
        r.cutPairs.emplace_back(a.id, b.id);
        const bool sameCluster =
            index.isHost(c.a) && index.isHost(c.b) && !a.cluster.empty() && a.cluster == b.cluster;
        const std::string cluster = sameCluster ? a.cluster : std::string();
        auto it = clusterAt.find(cluster);
        if (it == clusterAt.end()) {
            it = clusterAt.emplace(cluster, r.clusters.size()).first;
            r.clusters.push_back(ClusterLoss{cluster, {}, {}});
        }
        ClusterLoss &loss = r.clusters[it->second];
        for (Role role : analysis.groups()[std::size_t(c.group)].roles)
            if (std::find(loss.roles.begin(), loss.roles.end(), role) == loss.roles.end())
                loss.roles.push_back(role);
        loss.pairs.emplace_back(a.id, b.id);
    }

    const Design reduced = withoutFailedUnits(d, unitRefs);
    const DesignIndex after(reduced, index.templates());

    for (const Network &n : d.networks) {
        const Joined before = joined(index, n.id), now = joined(after, n.id);
        if (now.pairs >= before.pairs)
            continue;
        NetworkImpact impact;
        impact.network = n.id;
        impact.pairsBefore = before.pairs;
        impact.pairsAfter = now.pairs;
        for (const auto &[dev, partners] : before.partners) {
            auto it = now.partners.find(dev);
            if (partners > 0 && (it == now.partners.end() || it->second == 0))
                impact.cutOff.push_back(dev);
        }
        r.networks.push_back(std::move(impact));
    }

    for (std::size_t i = 0; i < d.devices.size(); ++i) {
        const Device &dev = d.devices[i];
        const int j = after.deviceIndex(dev.id);
        if (dev.isSwitch() || j < 0)
            continue;
        const int before = cabledMbps(index, int(i)), now = cabledMbps(after, j);
        if (now < before)
            r.bandwidth.push_back(BandwidthLoss{dev.id, {}, before, now});
        for (const Team &t : dev.teams) {
            const int tb = index.bindingBandwidth(int(i), t.id),
                      tn = after.bindingBandwidth(j, t.id);
            if (tn < tb)
                r.bandwidth.push_back(BandwidthLoss{dev.id, t.id, tb, tn});
        }
    }

    const MigrationEstimates lmBefore = estimateMigrations(index),
                             lmAfter = estimateMigrations(after);
    std::map<std::string, const HostDrain *> drainAfter;
    for (const HostDrain &h : lmAfter.drains)
        drainAfter[reduced.devices[std::size_t(h.host)].id] = &h;
    for (const HostDrain &h : lmBefore.drains) {
        const std::string &id = d.devices[std::size_t(h.host)].id;
        auto it = drainAfter.find(id);
        const double afterS = it == drainAfter.end() ? 0 : it->second->seconds;
        const double afterB = it == drainAfter.end() ? 0 : it->second->bandwidthGbps;
        r.drains.push_back(DrainChange{id, h.seconds, afterS, h.bandwidthGbps, afterB});
    }

    std::map<std::pair<std::string, std::string>, const NetworkCapacity *> capAfter;
    const auto capsAfter = failoverCapacity(after);
    for (const NetworkCapacity &c : capsAfter)
        capAfter[{c.cluster, reduced.networks[std::size_t(c.network)].id}] = &c;
    for (const NetworkCapacity &c : failoverCapacity(index)) {
        const std::string &net = d.networks[std::size_t(c.network)].id;
        auto it = capAfter.find({c.cluster, net});
        const double room = it == capAfter.end() ? 0 : it->second->roomGbps;
        const bool shortAfter = it == capAfter.end() ? c.loadGbps > 0 : it->second->shortOfRoom;
        r.capacity.push_back(
            CapacityChange{c.cluster, net, c.roomGbps, room, c.shortOfRoom, shortAfter});
    }
    return r;
}

} // namespace cn
