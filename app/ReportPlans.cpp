#include "ReportPlans.h"

#include "analysis/FindingText.h"
#include "report/InterfaceNames.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cn::cli
{
namespace
{

class ReportPlans
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

QJsonValue orNull(const std::string &s)
{
    return s.empty() ? QJsonValue() : QJsonValue(q(s));
}

QJsonArray strings(const std::vector<std::string> &v)
{
    QJsonArray a;
    for (const auto &s : v)
        a.append(q(s));
    return a;
}

QJsonArray vlanArray(const Design &d, const std::vector<int> &networks)
{
    QJsonArray a;
    for (int n : networks) {
        const Network &net = d.networks[std::size_t(n)];
        a.append(QJsonObject{{"network", q(net.id)},
                             {"vlan", net.vlan ? QJsonValue(*net.vlan) : QJsonValue()}});
    }
    return a;
}

QString joinIds(const Design &d, const std::vector<int> &networks, bool vlans)
{
    QStringList out;
    for (int n : networks) {
        const Network &net = d.networks[std::size_t(n)];
        if (!vlans)
            out << q(net.id);
        else if (net.vlan)
            out << QString::number(*net.vlan);
    }
    return out.join(' ');
}

// Rows of cells printed in columns as wide as their longest cell, two spaces apart.
void printColumns(const std::vector<QStringList> &rows, const QString &indent, Io io)
{
    std::vector<int> widths;
    for (const QStringList &r : rows)
        for (int c = 0; c < r.size(); ++c) {
            if (std::size_t(c) >= widths.size())
                widths.resize(std::size_t(c) + 1, 0);
            widths[std::size_t(c)] = std::max(widths[std::size_t(c)], int(r.at(c).size()));
        }
    for (const QStringList &r : rows) {
        QString line = indent;
        for (int c = 0; c < r.size(); ++c)
            line += c + 1 < r.size() ? r.at(c).leftJustified(widths[std::size_t(c)] + 2) : r.at(c);
        while (line.endsWith(' '))
            line.chop(1);
        io.out << line << '\n';
    }
}

QString farEnd(const PortPlanEntry &e)
{
    if (e.farDevice.empty())
        return {};
    return q(e.farDevice) + ' ' + q(e.farIsSwitch ? abbreviateInterface(e.farPort) : e.farPort);
}

QString channel(const PortPlanEntry &e)
{
    return e.portChannel.empty() ? QString() : q(e.portChannel) + " (" + q(e.channelMode) + ')';
}

} // namespace

QString csvField(const QString &s)
{
    if (!s.contains(',') && !s.contains('"') && !s.contains('\n'))
        return s;
    QString e = s;
    e.replace('"', "\"\"");
    return '"' + e + '"';
}

QJsonArray portPlanJson(const Design &d, const PortPlan &plan)
{
    QJsonArray switches;
    for (const SwitchPortPlan &sw : plan.switches) {
        QJsonArray ports;
        for (const PortPlanEntry &e : sw.ports) {
            QJsonObject far;
            if (!e.farDevice.empty())
                far = QJsonObject{
                    {"device", q(e.farDevice)}, {"port", q(e.farPort)}, {"switch", e.farIsSwitch}};
            ports.append(QJsonObject{{"port", q(e.port)},
                                     {"short", q(abbreviateInterface(e.port))},
                                     {"type", q(e.type)},
                                     {"mgmt_only", e.mgmtOnly},
                                     {"mode", q(toString(e.mode))},
                                     {"cable", orNull(e.cable)},
                                     {"far", far.isEmpty() ? QJsonValue() : QJsonValue(far)},
                                     {"speed", orNull(e.speed)},
                                     {"media", orNull(e.media)},
                                     {"networks", vlanArray(d, e.networks)},
                                     {"untagged", vlanArray(d, e.untagged)},
                                     {"tagged", vlanArray(d, e.tagged)},
                                     {"port_channel", orNull(e.portChannel)},
                                     {"channel_mode", orNull(e.channelMode)},
                                     {"team", orNull(e.team)},
                                     {"team_mode", orNull(e.teamMode)},
                                     {"notes", strings(e.notes)}});
        }
        switches.append(QJsonObject{{"switch", q(sw.id)},
                                    {"name", q(sw.name)},
                                    {"model", q(sw.model)},
                                    {"stack", orNull(sw.stack)},
                                    {"used", sw.used},
                                    {"free", sw.free},
                                    {"ports", ports}});
    }
    return switches;
}

void printPortPlanText(const Design &d, const PortPlan &plan, Io io)
{
    io.out << ReportPlans::tr("Port plan: %1").arg(q(d.title.title)) << '\n';
    for (const SwitchPortPlan &sw : plan.switches) {
        io.out << '\n' << q(sw.id) << " · " << q(sw.model);
        if (!sw.stack.empty())
            io.out << " · " << ReportPlans::tr("stack %1").arg(q(sw.stack));
        io.out << " · " << ReportPlans::tr("%1 used, %2 free").arg(sw.used).arg(sw.free) << '\n';
        if (!sw.hasTemplate) {
            io.out << "  " << ReportPlans::tr("(no device template: its ports are unknown)")
                   << '\n';
            continue;
        }
        std::vector<QStringList> rows;
        rows.push_back({ReportPlans::tr("port"), ReportPlans::tr("mode"),
                        ReportPlans::tr("untagged"), ReportPlans::tr("tagged"),
                        ReportPlans::tr("channel"), ReportPlans::tr("cable"),
                        ReportPlans::tr("far end"), ReportPlans::tr("media"),
                        ReportPlans::tr("speed"), ReportPlans::tr("notes")});
        for (std::size_t i = 0; i < sw.ports.size(); ++i) {
            const PortPlanEntry &e = sw.ports[i];
            // Free ports in a row run together: "g5–g46  free  (42 ports)".
            if (e.mode == PortMode::Free && e.notes.empty()) {
                std::size_t last = i;
                while (last + 1 < sw.ports.size() && sw.ports[last + 1].mode == PortMode::Free &&
                       sw.ports[last + 1].notes.empty() && sw.ports[last + 1].type == e.type)
                    ++last;
                const QString ports = last == i ? q(abbreviateInterface(e.port))
                                                : q(abbreviateInterface(e.port)) + "–" +
                                                      q(abbreviateInterface(sw.ports[last].port));
                rows.push_back(
                    {ports,
                     PortPlanText::mode(e.mode),
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     {},
                     last == i ? QString() : ReportPlans::tr("%1 ports").arg(last - i + 1)});
                i = last;
                continue;
            }
            QStringList notes;
            if (!e.team.empty())
                notes << ReportPlans::tr("team %1 (%2)").arg(q(e.team), q(e.teamMode));
            for (const auto &n : e.notes)
                notes << q(n);
            rows.push_back({q(abbreviateInterface(e.port)), PortPlanText::mode(e.mode),
                            PortPlanText::vlans(d, e.untagged), PortPlanText::vlans(d, e.tagged),
                            channel(e), q(e.cable), farEnd(e), q(e.media), q(e.speed),
                            notes.join("; ")});
        }
        printColumns(rows, "  ", io);
    }
}

void printPortPlanCsv(const Design &d, const PortPlan &plan, Io io)
{
    io.out << "switch,port,type,mode,untagged,untagged_vlan,tagged,tagged_vlans,port_channel,"
              "channel_mode,cable,"
              "far_device,far_port,speed,media,team,team_mode,notes\n";
    for (const SwitchPortPlan &sw : plan.switches)
        for (const PortPlanEntry &e : sw.ports) {
            QStringList notes;
            for (const auto &n : e.notes)
                notes << q(n);
            const QStringList cells = {q(sw.id),
                                       q(e.port),
                                       q(e.type),
                                       q(toString(e.mode)),
                                       joinIds(d, e.untagged, false),
                                       joinIds(d, e.untagged, true),
                                       joinIds(d, e.tagged, false),
                                       joinIds(d, e.tagged, true),
                                       q(e.portChannel),
                                       q(e.channelMode),
                                       q(e.cable),
                                       q(e.farDevice),
                                       q(e.farPort),
                                       q(e.speed),
                                       q(e.media),
                                       q(e.team),
                                       q(e.teamMode),
                                       notes.join("; ")};
            QStringList escaped;
            for (const QString &c : cells)
                escaped << csvField(c);
            io.out << escaped.join(',') << '\n';
        }
}

QJsonArray vlanPlanJson(const Design &d, const VlanPlan &plan)
{
    QJsonArray networks;
    for (const VlanPlanNetwork &vn : plan.networks) {
        const Network &n = d.networks[std::size_t(vn.network)];
        QJsonArray roles, trunks, bindings;
        for (Role r : n.roles)
            roles.append(q(toString(r)));
        for (const VlanPlanTrunk &t : vn.trunks)
            trunks.append(QJsonObject{
                {"cable", q(t.cable)}, {"a", q(t.a)}, {"b", q(t.b)}, {"stacking", t.stacking}});
        for (const VlanPlanBinding &b : vn.bindings) {
            QJsonArray ports;
            for (const VlanPlanMember &m : b.members)
                ports.append(QJsonObject{{"port", q(m.port)},
                                         {"cable", orNull(m.cable)},
                                         {"far", orNull(m.switchPort)},
                                         {"tagged", m.tagged}});
            bindings.append(QJsonObject{{"device", q(b.device)},
                                        {"via", q(b.via)},
                                        {"team_mode", orNull(b.teamMode)},
                                        {"out_of_band", b.outOfBand},
                                        {"ports", ports}});
        }
        networks.append(QJsonObject{{"network", q(n.id)},
                                    {"name", q(n.displayName())},
                                    {"vlan", n.vlan ? QJsonValue(*n.vlan) : QJsonValue()},
                                    {"subnet", orNull(n.subnet)},
                                    {"roles", roles},
                                    {"cluster_use", q(toString(n.effectiveClusterUse()))},
                                    {"isolation", q(toString(n.effectiveIsolation()))},
                                    {"switches", strings(vn.switches)},
                                    {"trunks", trunks},
                                    {"bindings", bindings}});
    }
    return networks;
}

namespace
{

// A team's member names its port; a port binding's one member is the binding itself.
QString memberText(const VlanPlanBinding &b, const VlanPlanMember &m)
{
    const QString port = b.teamMode.empty() ? QString() : q(m.port) + ' ';
    if (m.cable.empty())
        return port + ReportPlans::tr("(not cabled)");
    return port + ReportPlans::tr("→ %1 (%2, %3)")
                      .arg(q(m.switchPort), q(m.cable),
                           m.tagged ? ReportPlans::tr("tagged") : ReportPlans::tr("untagged"));
}

} // namespace

void printVlanPlanText(const Design &d, const VlanPlan &plan, Io io)
{
    io.out << ReportPlans::tr("VLAN and IP plan: %1").arg(q(d.title.title)) << '\n';
    for (const VlanPlanNetwork &vn : plan.networks) {
        const Network &n = d.networks[std::size_t(vn.network)];
        io.out << '\n'
               << (n.vlan ? ReportPlans::tr("VLAN %1").arg(*n.vlan) : ReportPlans::tr("no VLAN id"))
               << " · " << q(n.id);
        if (!n.name.empty())
            io.out << " (" << q(n.name) << ')';
        io.out << " · " << (n.subnet.empty() ? ReportPlans::tr("no subnet") : q(n.subnet)) << " · "
               << FindingText::roles(n.roles) << " · "
               << ReportPlans::tr("cluster use: %1").arg(q(toString(n.effectiveClusterUse())));
        if (n.effectiveIsolation() == Isolation::Physical)
            io.out << " · " << ReportPlans::tr("physically isolated");
        io.out << '\n';
        io.out << "  "
               << ReportPlans::tr("switches: %1")
                      .arg(vn.switches.empty() ? ReportPlans::tr("(none)")
                                               : FindingText::list(vn.switches))
               << '\n';
        // Stacking links carry every VLAN without configuration: counted, not listed.
        int stacking = 0;
        for (const VlanPlanTrunk &t : vn.trunks) {
            if (t.stacking)
                ++stacking;
            else
                io.out << "  "
                       << ReportPlans::tr("trunk %1: %2 — %3").arg(q(t.cable), q(t.a), q(t.b))
                       << '\n';
        }
        if (stacking > 0)
            io.out << "  " << ReportPlans::tr("and %n stacking link(s)", nullptr, stacking) << '\n';
        std::vector<QStringList> rows;
        for (const VlanPlanBinding &b : vn.bindings) {
            QStringList members;
            for (const VlanPlanMember &m : b.members)
                members << memberText(b, m);
            const QString via = b.outOfBand ? ReportPlans::tr("%1 (out-of-band)").arg(q(b.via))
                                : b.teamMode.empty() ? q(b.via)
                                                     : q(b.via) + " (" + q(b.teamMode) + ')';
            rows.push_back({q(b.device), via, members.join("; ")});
        }
        if (rows.empty())
            io.out << "  " << ReportPlans::tr("(no device is bound to it)") << '\n';
        else
            printColumns(rows, "  ", io);
    }
}

void printVlanPlanCsv(const Design &d, const VlanPlan &plan, Io io)
{
    io.out << "network,vlan,subnet,roles,cluster_use,isolation,switches,device,via,team_mode,port,"
              "cable,far,tagged\n";
    for (const VlanPlanNetwork &vn : plan.networks) {
        const Network &n = d.networks[std::size_t(vn.network)];
        QStringList roles;
        for (Role r : n.roles)
            roles << q(toString(r));
        QStringList switches;
        for (const auto &s : vn.switches)
            switches << q(s);
        const QStringList head = {q(n.id),
                                  n.vlan ? QString::number(*n.vlan) : QString(),
                                  q(n.subnet),
                                  roles.join(' '),
                                  q(toString(n.effectiveClusterUse())),
                                  q(toString(n.effectiveIsolation())),
                                  switches.join(' ')};
        auto line = [&](const QStringList &tail) {
            QStringList escaped;
            for (const QString &c : head + tail)
                escaped << csvField(c);
            io.out << escaped.join(',') << '\n';
        };
        if (vn.bindings.empty())
            line({{}, {}, {}, {}, {}, {}, {}});
        for (const VlanPlanBinding &b : vn.bindings)
            for (const VlanPlanMember &m : b.members)
                line({q(b.device), q(b.via), q(b.teamMode), q(m.port), q(m.cable), q(m.switchPort),
                      m.cable.empty() ? QString() : (m.tagged ? "tagged" : "untagged")});
    }
}

} // namespace cn::cli
