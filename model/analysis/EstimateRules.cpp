// live-migration-slow and failover-capacity.
#include "analysis/Estimates.h"
#include "analysis/FindingText.h"
#include "analysis/Rules.h"

namespace cn {
namespace {

Finding slowMigration(const std::string &host, const QString &message)
{
    Finding f;
    f.rule = "live-migration-slow";
    f.severity = Severity::Warning;
    f.elements = {host};
    f.affects = f.elements;
    f.roles = {Role::LiveMigration};
    f.message = message.toStdString();
    return f;
}

} // namespace

void checkEstimates(const DesignIndex &index, std::vector<Finding> &out)
{
    const Design &d = index.design();
    const MigrationEstimates m = estimateMigrations(index);
    const double vmLimit = d.policy.liveMigrationLimit();
    for (const VmMigration &v : m.vms) {
        if (v.seconds <= vmLimit)
            continue;
        const std::string &host = d.devices[std::size_t(v.host)].id;
        out.push_back(slowMigration(host, FindingText::tr("Live migration of VM %1 (%2 GB) from %3 takes about %4 s at %5 "
                                                          "Gb/s, over the %6 s limit")
                                              .arg(FindingText::q(v.vm), FindingText::gbps(v.memoryGb),
                                                   FindingText::q(host), FindingText::seconds(v.seconds),
                                                   FindingText::gbps(v.bandwidthGbps), FindingText::gbps(vmLimit))));
    }
    const double drainLimit = d.policy.evacuationLimit();
    for (const HostDrain &h : m.drains) {
        if (h.seconds <= drainLimit)
            continue;
        const std::string &host = d.devices[std::size_t(h.host)].id;
        out.push_back(slowMigration(host, FindingText::tr("Draining host %1 (%2 GB of VMs) takes about %3 s at %4 Gb/s, "
                                                          "over the %5 s limit")
                                              .arg(FindingText::q(host), FindingText::gbps(h.memoryGb),
                                                   FindingText::seconds(h.seconds), FindingText::gbps(h.bandwidthGbps),
                                                   FindingText::gbps(drainLimit))));
    }
    for (const NetworkCapacity &c : failoverCapacity(index)) {
        if (!c.shortOfRoom)
            continue;
        const Network &n = d.networks[std::size_t(c.network)];
        Finding f;
        f.rule = "failover-capacity";
        f.severity = Severity::Warning;
        f.elements = {n.id};
        for (int h : c.hosts)
            f.affects.push_back(d.devices[std::size_t(h)].id);
        f.roles = n.roles;
        f.message = FindingText::tr("If network %1 fails, no other cluster network of cluster %2 has "
                                    "room for its %3 Gb/s")
                        .arg(FindingText::q(n.id), FindingText::q(c.cluster), FindingText::gbps(c.loadGbps))
                        .toStdString();
        out.push_back(std::move(f));
    }
}

} // namespace cn
