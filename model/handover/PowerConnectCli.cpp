// The PowerConnect dialects, as their CLI references give them (docs/handover.md lists each
// command and the ones not verified on a switch):
// - 5424 (5400 series): `interface ethernet g1`, `vlan database`, `interface vlan N` + `name`,
//   `switchport mode access|trunk|general`, `channel-group N mode on|auto`.
// - 6248 (6200 series, firmware 3): `interface ethernet 1/g1` (unit/port), general mode for every
//   port that carries more than one VLAN, `stack` + `stack-port 1/xg3 stack`.
// - 8024F (firmware 4/5): `interface Te1/0/1`, `vlan N` + `name`, `switchport mode trunk` with
//   `switchport trunk allowed vlan`, `channel-group N mode active`, `interface out-of-band`.

#include "handover/ConfigPlan.h"
#include "design/Design.h"

#include "templates/DeviceTemplate.h"

#include <QRegularExpression>

namespace cn
{
namespace
{

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string join(const std::vector<int> &vids)
{
    std::string out;
    for (int v : vids)
        out += (out.empty() ? "" : ",") + std::to_string(v);
    return out;
}

std::string quoted(std::string text)
{
    for (char &c : text)
        if (c == '"')
            c = '\'';
    return '"' + text + '"';
}

class Writer
{
public:
    explicit Writer(const ConfigPlan &plan) : m_plan(plan), m_dialect(plan.config->dialect) {}

    void write()
    {
        line("configure");
        stack();
        vlans();
        for (const PlannedChannel &c : m_plan.channels) {
            line("interface port-channel " + std::to_string(c.number));
            line("description " + quoted(c.description));
            vlanCommands(c.vlans);
            line("exit");
        }
        for (const PlannedPort &p : m_plan.ports) {
            const std::string name = portName(p.entry->port, p.unit);
            if (name.empty()) {
                unknownName(p.entry->port, p.switchId);
                continue;
            }
            line("interface " + name);
            if (!p.description.empty())
                line("description " + quoted(p.description));
            if (p.channel > 0)
                line("channel-group " + std::to_string(p.channel) + " mode " +
                     channelMode(p.entry->channelMode));
            else
                vlanCommands(p.vlans);
            if (p.channel == 0 && facesHostOrStorage(*p.entry))
                line("spanning-tree portfast");
            line("exit");
        }
        outOfBand();
        line("exit");

        const SwitchConfig &c = *m_plan.config;
        std::string head =
            (c.stack ? SwitchConfigText::tr("! Switch configuration of stack %1 (%2)")
                     : SwitchConfigText::tr("! Switch configuration of %1 (%2)"))
                .arg(q(c.name), q(c.model))
                .toStdString() +
            '\n';
        if (c.stack)
            for (std::size_t u = 0; u < c.switches.size(); ++u)
                head += SwitchConfigText::tr("! unit %1: %2")
                            .arg(u + 1)
                            .arg(q(c.switches[u]))
                            .toStdString() +
                        '\n';
        head += "! " + m_plan.origin + '\n';
        for (const std::string &p : c.problems)
            head += SwitchConfigText::tr("! PROBLEM: %1").arg(q(p)).toStdString() + '\n';
        m_plan.config->text = head + "!\n" + m_body;
    }

private:
    void line(const std::string &text) { m_body += text + '\n'; }

    // A host's or a storage array's port is an edge port: when its link comes back (a failover,
    // a reboot) it should forward at once, not listen and learn first. Routers, firewalls and
    // other devices may bridge, so their ports keep spanning tree's full start.
    bool facesHostOrStorage(const PortPlanEntry &e) const
    {
        if (e.farIsSwitch || e.farDevice.empty())
            return false;
        const Device *far = m_plan.design->findDevice(e.farDevice);
        return far && (far->type == DeviceType::Host || far->type == DeviceType::Storage);
    }

    // The interface a template port is on this unit; empty when the name is not this dialect's.
    std::string portName(const std::string &port, int unit) const
    {
        static const QRegularExpression g54("^(g|e|fa)(\\d+)$");
        static const QRegularExpression g62("^(x?g)(\\d+)$");
        static const QRegularExpression te("^(?:te|tengigabitethernet)\\s*(\\d+)/(\\d+)/(\\d+)$",
                                           QRegularExpression::CaseInsensitiveOption);
        const QString p = q(port);
        const std::string u = std::to_string(unit);
        switch (m_dialect) {
        case ConfigDialect::PowerConnect5424:
            return g54.match(p).hasMatch() ? "ethernet " + port : std::string();
        case ConfigDialect::PowerConnect6248:
            return g62.match(p).hasMatch() ? "ethernet " + u + "/" + port : std::string();
        case ConfigDialect::PowerConnect8024F: {
            const auto m = te.match(p);
            return m.hasMatch() ? "Te" + u + "/" + m.captured(2).toStdString() + "/" +
                                      m.captured(3).toStdString()
                                : std::string();
        }
        case ConfigDialect::Neutral:
            break;
        }
        return {};
    }

    void unknownName(const std::string &port, const std::string &sw)
    {
        m_plan.problem(SwitchConfigText::tr("port %1 of %2 is not named as the %3 names its ports: "
                                            "it is not configured")
                           .arg(q(port), q(sw), q(toString(m_dialect))));
    }

    std::string channelMode(const std::string &teamMode) const
    {
        if (teamMode != "lacp")
            return "on";
        return m_dialect == ConfigDialect::PowerConnect8024F ? "active" : "auto";
    }

    void stack()
    {
        if (m_plan.stackPorts.empty())
            return;
        if (m_dialect == ConfigDialect::PowerConnect5424) {
            m_plan.problem(SwitchConfigText::tr("the %1 does not stack: its stacking links are not "
                                                "configured")
                               .arg(q(m_plan.config->model)));
            return;
        }
        line("stack");
        for (const UnitPort &p : m_plan.stackPorts) {
            const std::string name = portName(p.entry->port, p.unit);
            if (name.empty()) {
                unknownName(p.entry->port, p.switchId);
                continue;
            }
            // "ethernet 1/xg3" -> "1/xg3"; "Te1/0/23" -> "tengigabitethernet 1/0/23"
            line("stack-port " +
                 (m_dialect == ConfigDialect::PowerConnect8024F
                      ? "tengigabitethernet " + name.substr(2)
                      : name.substr(9)) +
                 " stack");
        }
        line("exit");
    }

    void vlans()
    {
        if (m_plan.vlans.empty())
            return;
        if (m_dialect == ConfigDialect::PowerConnect8024F) {
            for (const PlannedVlan &v : m_plan.vlans) {
                line("vlan " + std::to_string(v.vid));
                if (!v.name.empty())
                    line("name " + quoted(v.name));
                line("exit");
            }
            return;
        }
        std::vector<int> ids;
        for (const PlannedVlan &v : m_plan.vlans)
            ids.push_back(v.vid);
        line("vlan database");
        line("vlan " + join(ids));
        line("exit");
        for (const PlannedVlan &v : m_plan.vlans) {
            if (v.name.empty())
                continue;
            line("interface vlan " + std::to_string(v.vid));
            line("name " + quoted(v.name));
            line("exit");
        }
    }

    void vlanCommands(const PortVlans &v)
    {
        // VLANs the configuration does not create (above the limit) were left out already.
        std::vector<int> tagged;
        for (int vid : v.tagged)
            if (created(vid))
                tagged.push_back(vid);
        switch (v.mode) {
        case PortVlans::Mode::None:
            return;
        case PortVlans::Mode::Access:
            line("switchport mode access");
            if (v.accessVid && created(*v.accessVid))
                line("switchport access vlan " + std::to_string(*v.accessVid));
            return;
        case PortVlans::Mode::Trunk:
            break;
        }
        switch (m_dialect) {
        case ConfigDialect::PowerConnect5424:
            // Trunk mode carries tagged VLANs only; an untagged network takes general mode.
            if (v.untaggedDefault) {
                line("switchport mode general");
                if (!tagged.empty())
                    line("switchport general allowed vlan add " + join(tagged) + " tagged");
            } else {
                line("switchport mode trunk");
                if (!tagged.empty())
                    line("switchport trunk allowed vlan add " + join(tagged));
            }
            return;
        case ConfigDialect::PowerConnect6248:
            line("switchport mode general");
            if (!v.untaggedDefault)
                line("switchport general allowed vlan remove 1");
            if (!tagged.empty())
                line("switchport general allowed vlan add " + join(tagged) + " tagged");
            return;
        case ConfigDialect::PowerConnect8024F: {
            std::vector<int> allowed = tagged;
            if (v.untaggedDefault)
                allowed.insert(allowed.begin(), 1);
            line("switchport mode trunk");
            line("switchport trunk allowed vlan " + join(allowed));
            return;
        }
        case ConfigDialect::Neutral:
            return;
        }
    }

    bool created(int vid) const
    {
        if (vid == 1)
            return true;
        for (const PlannedVlan &v : m_plan.vlans)
            if (v.vid == vid)
                return true;
        return false;
    }

    void outOfBand()
    {
        if (m_plan.outOfBand.empty())
            return;
        if (m_dialect != ConfigDialect::PowerConnect8024F) {
            for (const UnitPort &p : m_plan.outOfBand)
                line(SwitchConfigText::tr("! out-of-band port %1: %2")
                         .arg(q(p.entry->port), outOfBandReach(m_plan, p))
                         .toStdString());
            return;
        }
        line("interface out-of-band");
        for (const UnitPort &p : m_plan.outOfBand)
            line("! " + outOfBandReach(m_plan, p).toStdString());
        const std::string subnet = outOfBandSubnet(m_plan);
        if (!subnet.empty()) {
            const std::string mask = ipv4Mask(subnet);
            const QString address = SwitchConfigText::tr("<an address of %1>").arg(q(subnet));
            line(mask.empty() ? "! ipv6 address " + address.toStdString()
                              : "! ip address " + address.toStdString() + " " + mask);
        }
        line("exit");
    }

    const ConfigPlan &m_plan;
    ConfigDialect m_dialect;
    std::string m_body;
};

} // namespace

void writePowerConnect(const ConfigPlan &plan)
{
    Writer(plan).write();
}

} // namespace cn
