// iscsi-shared, role-mix, duplicate-subnet, overlapping-subnet, duplicate-vlan.
#include "analysis/FindingText.h"
#include "analysis/Rules.h"
#include "design/Subnet.h"

#include <optional>

namespace cn {
namespace {

bool hasIscsi(const Network &n) { return n.hasRole(Role::IscsiHost) || n.hasRole(Role::IscsiGuest); }

Finding networkPair(const char *rule, Severity s, const Network &a, const Network &b, const QString &message)
{
    Finding f;
    f.rule = rule;
    f.severity = s;
    f.elements = {a.id, b.id};
    f.message = message.toStdString();
    return f;
}

void iscsiShared(const DesignIndex &index, std::vector<Finding> &out)
{
    const Design &d = index.design();
    for (const PortInfo &p : index.ports()) {
        std::vector<std::string> iscsi, others;
        for (int n : p.networks)
            (hasIscsi(d.networks[std::size_t(n)]) ? iscsi : others).push_back(d.networks[std::size_t(n)].id);
        if (iscsi.empty() || iscsi.size() + others.size() < 2)
            continue;
        Finding f;
        f.rule = "iscsi-shared";
        f.severity = Severity::Error;
        f.elements = {p.ref(d)};
        f.affects = {d.devices[std::size_t(p.device)].id};
        for (int n : p.networks)
            for (Role r : d.networks[std::size_t(n)].roles)
                if (isIscsi(r) && std::find(f.roles.begin(), f.roles.end(), r) == f.roles.end())
                    f.roles.push_back(r);
        std::vector<std::string> all = iscsi;
        all.insert(all.end(), others.begin(), others.end());
        f.message = FindingText::tr("Port %1 carries iSCSI network %2 together with %3; iSCSI needs "
                                    "ports of its own")
                        .arg(FindingText::q(f.elements[0]), FindingText::list(iscsi),
                             FindingText::list(std::vector<std::string>(all.begin() + 1, all.end())))
                        .toStdString();
        out.push_back(std::move(f));
    }
    for (const Network &n : d.networks) {
        if (!hasIscsi(n) || n.roles.size() < 2)
            continue;
        Finding f;
        f.rule = "iscsi-shared";
        f.severity = Severity::Error;
        f.elements = {n.id};
        f.roles = n.roles;
        f.message = FindingText::tr("Network %1 mixes iSCSI with other roles (%2); iSCSI networks "
                                    "carry nothing else")
                        .arg(FindingText::q(n.id), FindingText::roles(n.roles))
                        .toStdString();
        out.push_back(std::move(f));
    }
}

void roleMix(const Design &d, std::vector<Finding> &out)
{
    struct Mix {
        Role a, b;
        Severity severity;
        const char *why;
    };
    static const Mix mixes[] = {
        {Role::LiveMigration, Role::Vm, Severity::Error,
         QT_TRANSLATE_NOOP("Findings", "live-migration traffic is unencrypted and must not share a network with VMs")},
        {Role::Management, Role::Vm, Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "management and VM traffic should back each other up on separate networks")},
        {Role::Csv, Role::LiveMigration, Severity::Warning,
         QT_TRANSLATE_NOOP("Findings", "CSV and live migration should back each other up on separate networks")},
    };
    for (const Network &n : d.networks) {
        for (const Mix &m : mixes) {
            if (!n.hasRole(m.a) || !n.hasRole(m.b))
                continue;
            Finding f;
            f.rule = "role-mix";
            f.severity = m.severity;
            f.elements = {n.id};
            f.roles = {m.a, m.b};
            f.message = FindingText::tr("Network %1 carries %2 and %3: %4")
                            .arg(FindingText::q(n.id), FindingText::roleName(m.a),
                                 FindingText::roleName(m.b), FindingText::tr(m.why))
                            .toStdString();
            out.push_back(std::move(f));
        }
    }
}

void subnetsAndVlans(const DesignIndex &index, std::vector<Finding> &out)
{
    const Design &d = index.design();
    std::vector<std::optional<Subnet>> subnets;
    for (const Network &n : d.networks)
        subnets.push_back(n.subnet.empty() ? std::nullopt : parseCidr(n.subnet));
    for (std::size_t i = 0; i < d.networks.size(); ++i) {
        for (std::size_t j = i + 1; j < d.networks.size(); ++j) {
            const Network &a = d.networks[i], &b = d.networks[j];
            if (subnets[i] && subnets[j]) {
                if (*subnets[i] == *subnets[j])
                    out.push_back(networkPair("duplicate-subnet", Severity::Error, a, b,
                                              FindingText::tr("Networks %1 and %2 have the same subnet "
                                                              "%3: the cluster sees one network")
                                                  .arg(FindingText::q(a.id), FindingText::q(b.id),
                                                       FindingText::q(a.subnet))));
                else if (subnets[i]->contains(*subnets[j]) || subnets[j]->contains(*subnets[i]))
                    out.push_back(networkPair("overlapping-subnet", Severity::Warning, a, b,
                                              FindingText::tr("The subnets of networks %1 (%2) and %3 "
                                                              "(%4) overlap")
                                                  .arg(FindingText::q(a.id), FindingText::q(a.subnet),
                                                       FindingText::q(b.id), FindingText::q(b.subnet))));
            }
            if (!a.vlan || !b.vlan || *a.vlan != *b.vlan)
                continue;
            std::vector<std::string> meet;
            for (std::size_t s = 0; s < d.devices.size(); ++s)
                if (d.devices[s].isSwitch() && contains(index.switchNetworks(int(s)), int(i)) &&
                    contains(index.switchNetworks(int(s)), int(j)))
                    meet.push_back(d.devices[s].id);
            if (meet.empty())
                continue;
            Finding f = networkPair("duplicate-vlan", Severity::Error, a, b,
                                    FindingText::tr("Networks %1 and %2 both use VLAN %3 and meet on %4")
                                        .arg(FindingText::q(a.id), FindingText::q(b.id))
                                        .arg(*a.vlan)
                                        .arg(FindingText::list(meet)));
            f.affects = meet;
            out.push_back(std::move(f));
        }
    }
}

} // namespace

void checkNetworks(const DesignIndex &index, std::vector<Finding> &out)
{
    iscsiShared(index, out);
    roleMix(index.design(), out);
    subnetsAndVlans(index, out);
}

} // namespace cn
