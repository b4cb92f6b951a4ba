#include "report/PortPlan.h"

#include "report/CableMedia.h"
#include "report/InterfaceNames.h"
#include "templates/TemplateLibrary.h"

#include <map>

namespace cn
{
namespace
{

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// The port-channel numbers of static and LACP teams: one channel per team and switch group
// (a stack is one group: its members share the channel numbers), numbered in the order the
// plan meets them.
class Channels
{
public:
    std::string of(const std::string &group, int device, const std::string &team)
    {
        const std::string key = group + '\n' + std::to_string(device) + '\n' + team;
        auto it = m_number.find(key);
        if (it == m_number.end())
            it = m_number.emplace(key, ++m_last[group]).first;
        return "Po" + std::to_string(it->second);
    }

private:
    std::map<std::string, int> m_number;
    std::map<std::string, int> m_last;
};

void splitByVlan(const Design &d, PortPlanEntry &e)
{
    for (int n : e.networks)
        (d.networks[std::size_t(n)].vlan ? e.tagged : e.untagged).push_back(n);
}

} // namespace

std::string toString(PortMode m)
{
    switch (m) {
    case PortMode::Free:
        return "free";
    case PortMode::Access:
        return "access";
    case PortMode::Trunk:
        return "trunk";
    case PortMode::Stacking:
        return "stacking";
    case PortMode::OutOfBand:
        return "out-of-band";
    case PortMode::Unused:
        return "no-network";
    }
    return {};
}

QString PortPlanText::mode(PortMode m)
{
    switch (m) {
    case PortMode::Free:
        return tr("free");
    case PortMode::Access:
        return tr("access");
    case PortMode::Trunk:
        return tr("trunk");
    case PortMode::Stacking:
        return tr("stacking");
    case PortMode::OutOfBand:
        return tr("out-of-band");
    case PortMode::Unused:
        return tr("no network");
    }
    return {};
}

QString PortPlanText::vlan(const Design &d, int network)
{
    const Network &n = d.networks[std::size_t(network)];
    if (n.vlan)
        return QString::number(*n.vlan) + ' ' + q(n.id);
    return tr("%1 (no VLAN id)").arg(q(n.id));
}

QString PortPlanText::vlans(const Design &d, const std::vector<int> &networks)
{
    QStringList parts;
    for (int n : networks)
        parts << vlan(d, n);
    return parts.join(", ");
}

PortPlan portPlan(const DesignIndex &index, const std::vector<std::string> &cables)
{
    const Design &d = index.design();
    PortPlan plan;
    Channels channels;
    for (std::size_t di = 0; di < d.devices.size(); ++di) {
        const Device &dev = d.devices[di];
        if (!dev.isSwitch())
            continue;
        SwitchPortPlan sw;
        sw.device = int(di);
        sw.id = dev.id;
        sw.name = dev.displayName();
        sw.model = dev.model;
        sw.stack = dev.stack;
        const DeviceTemplate *t = index.templateOf(int(di));
        sw.hasTemplate = t != nullptr;
        if (!t) {
            plan.switches.push_back(std::move(sw));
            continue;
        }
        std::map<const Interface *, int> linkOn;
        for (int li : index.switchLinks(int(di))) {
            const LinkInfo &l = index.links()[std::size_t(li)];
            if (l.switchA == int(di) && l.a.interface)
                linkOn[l.a.interface] = li;
            if (l.switchB == int(di) && l.b.interface)
                linkOn[l.b.interface] = li;
        }
        const std::string group = dev.stack.empty() ? "\x01" + dev.id : dev.stack;
        for (const Interface &itf : t->interfaces) {
            if (!itf.cablable())
                continue;
            PortPlanEntry e;
            e.port = itf.name;
            e.type = itf.type;
            e.mgmtOnly = itf.mgmtOnly;
            auto found = linkOn.find(&itf);
            if (found == linkOn.end()) {
                if (itf.mgmtOnly)
                    e.notes.push_back(
                        PortPlanText::tr("out-of-band management port: not cabled").toStdString());
                ++sw.free;
                sw.ports.push_back(std::move(e));
                continue;
            }
            ++sw.used;
            const LinkInfo &l = index.links()[std::size_t(found->second)];
            const bool weAreA = l.switchA == int(di) && l.a.interface == &itf;
            const ResolvedEndpoint &far = weAreA ? l.b : l.a;
            const int farPortInfo = weAreA ? l.portB : l.portA;
            e.link = found->second;
            e.cable = cables[std::size_t(found->second)];
            if (far.device) {
                e.farDevice = far.device->id;
                e.farPort = far.localName();
                e.farIsSwitch = far.onSwitch();
            }
            e.speed = l.speedMbps > 0 ? speedToString(l.speedMbps) : std::string("?");
            e.media = cableMedia(l).media;

            if (l.link->kind == LinkKind::Stacking) {
                e.mode = PortMode::Stacking;
                sw.ports.push_back(std::move(e));
                continue;
            }
            if (l.outOfBand) {
                // The cable carries nothing in the data plane (RULES.md); the networks it lists
                // are the management network the out-of-band port is to reach.
                if (l.link->networks)
                    for (const auto &id : *l.link->networks)
                        if (int n = index.networkIndex(id); n >= 0)
                            insertSorted(e.networks, n);
                if (itf.mgmtOnly) {
                    e.mode = PortMode::OutOfBand;
                    if (e.networks.empty())
                        e.notes.push_back(
                            PortPlanText::tr("reaches %1 %2; the management network is not given "
                                             "(networks: on the link)")
                                .arg(q(e.farDevice), q(abbreviateInterface(e.farPort)))
                                .toStdString());
                    else
                        e.notes.push_back(PortPlanText::tr("reaches %1 on %2 %3")
                                              .arg(PortPlanText::vlans(d, e.networks),
                                                   q(e.farDevice),
                                                   q(abbreviateInterface(e.farPort)))
                                              .toStdString());
                    sw.ports.push_back(std::move(e));
                    continue;
                }
                e.notes.push_back(PortPlanText::tr("out-of-band management of %1")
                                      .arg(q(e.farDevice))
                                      .toStdString());
            } else {
                e.networks = l.carries;
            }

            if (e.networks.empty()) {
                e.mode = PortMode::Unused;
                e.notes.push_back(
                    l.outOfBand
                        ? PortPlanText::tr("its management network is not given (networks: on "
                                           "the link)")
                              .toStdString()
                        : PortPlanText::tr("the cable carries no network").toStdString());
            } else if ((l.betweenSwitches && !l.outOfBand) || e.networks.size() > 1) {
                e.mode = PortMode::Trunk;
                splitByVlan(d, e);
            } else {
                e.mode = PortMode::Access;
                e.untagged = e.networks;
                if (!d.networks[std::size_t(e.networks.front())].vlan)
                    e.notes.push_back(
                        PortPlanText::tr("the network has no VLAN id: the switch's default VLAN")
                            .toStdString());
            }
            if (e.untagged.size() > 1)
                e.notes.push_back(
                    PortPlanText::tr("several networks without a VLAN id: only one can be untagged")
                        .toStdString());

            if (farPortInfo >= 0) {
                const PortInfo &pi = index.ports()[std::size_t(farPortInfo)];
                if (pi.team) {
                    e.team = e.farDevice + ":" + pi.team->id;
                    e.teamMode = toString(pi.team->effectiveMode());
                    if (pi.team->effectiveMode() != TeamMode::SwitchIndependent) {
                        e.portChannel = channels.of(group, pi.device, pi.team->id);
                        e.channelMode = e.teamMode;
                    }
                }
            }
            sw.ports.push_back(std::move(e));
        }
        plan.switches.push_back(std::move(sw));
    }
    return plan;
}

} // namespace cn
