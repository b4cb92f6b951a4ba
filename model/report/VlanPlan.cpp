#include "report/VlanPlan.h"

#include <algorithm>

namespace cn
{

VlanPlan vlanPlan(const DesignIndex &index, const std::vector<std::string> &cables)
{
    const Design &d = index.design();
    VlanPlan plan;
    plan.networks.resize(d.networks.size());
    for (std::size_t n = 0; n < d.networks.size(); ++n)
        plan.networks[n].network = int(n);

    for (std::size_t di = 0; di < d.devices.size(); ++di)
        if (d.devices[di].isSwitch())
            for (int n : index.switchNetworks(int(di)))
                plan.networks[std::size_t(n)].switches.push_back(d.devices[di].id);

    for (std::size_t li = 0; li < index.links().size(); ++li) {
        const LinkInfo &l = index.links()[li];
        if (!l.betweenSwitches && l.link->kind != LinkKind::Stacking)
            continue;
        for (int n : l.carries)
            plan.networks[std::size_t(n)].trunks.push_back(
                {cables[li], l.link->a, l.link->b, l.link->kind == LinkKind::Stacking});
    }

    for (std::size_t di = 0; di < d.devices.size(); ++di) {
        const Device &dev = d.devices[di];
        for (const Binding &b : dev.bindings) {
            std::vector<std::string> ports;
            std::string teamMode;
            if (const Team *t = dev.findTeam(b.via)) {
                ports = t->members;
                teamMode = toString(t->effectiveMode());
            } else {
                ports = {b.via};
            }
            VlanPlanBinding row;
            row.device = dev.id;
            row.via = b.via;
            row.teamMode = teamMode;
            for (const std::string &local : ports) {
                VlanPlanMember m;
                m.port = local;
                const int p = index.portIndex(int(di), local);
                const int li = p >= 0 ? index.ports()[std::size_t(p)].link : -1;
                if (li >= 0) {
                    const LinkInfo &l = index.links()[std::size_t(li)];
                    m.cable = cables[std::size_t(li)];
                    m.switchPort = l.portA == p ? l.link->b : l.link->a;
                    m.tagged = l.carries.size() > 1;
                }
                row.members.push_back(std::move(m));
            }
            for (const std::string &id : b.networks) {
                const int n = index.networkIndex(id);
                if (n < 0)
                    continue;
                VlanPlanBinding copy = row;
                for (VlanPlanMember &m : copy.members)
                    m.tagged = m.tagged && d.networks[std::size_t(n)].vlan.has_value();
                plan.networks[std::size_t(n)].bindings.push_back(std::move(copy));
            }
        }
    }
    for (std::size_t li = 0; li < index.links().size(); ++li) {
        const LinkInfo &l = index.links()[li];
        if (!l.outOfBand || !l.link->networks)
            continue;
        const bool aIsOob = l.a.outOfBand();
        const ResolvedEndpoint &oob = aIsOob ? l.a : l.b;
        VlanPlanBinding row;
        row.device = oob.device->id;
        row.via = oob.localName();
        row.outOfBand = true;
        row.members.push_back({row.via, cables[li], aIsOob ? l.link->b : l.link->a, false});
        for (const std::string &id : *l.link->networks)
            if (const int n = index.networkIndex(id); n >= 0)
                plan.networks[std::size_t(n)].bindings.push_back(row);
    }
    return plan;
}

} // namespace cn
