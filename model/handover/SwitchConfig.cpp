#include "handover/SwitchConfig.h"

#include "design/Subnet.h"
#include "handover/ConfigPlan.h"
#include "report/InterfaceNames.h"
#include "templates/TemplateLibrary.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <set>

namespace cn
{
namespace
{

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// The switches configured together: a stack of one dialect, or one switch.
struct Group {
    std::string name;
    bool stack = false;
    std::vector<int> devices; // unit 1 first
    const DeviceTemplate *tmpl = nullptr;
    ConfigDialect dialect = ConfigDialect::Neutral;
    std::vector<QString> problems;
};

bool stacks(ConfigDialect d)
{
    return d == ConfigDialect::PowerConnect6248 || d == ConfigDialect::PowerConnect8024F;
}

std::vector<Group> groupSwitches(const DesignIndex &index)
{
    const Design &d = index.design();
    std::vector<Group> groups;
    std::map<std::string, std::size_t> stackGroup;
    for (std::size_t di = 0; di < d.devices.size(); ++di) {
        const Device &dev = d.devices[di];
        if (!dev.isSwitch())
            continue;
        const DeviceTemplate *t = index.templateOf(int(di));
        const ConfigDialect dialect = dialectOfModel(t ? t->model : dev.model);
        if (!dev.stack.empty()) {
            auto it = stackGroup.find(dev.stack);
            if (it != stackGroup.end()) {
                Group &g = groups[it->second];
                if (t == g.tmpl ||
                    (t && g.tmpl && dialect == g.dialect && dialect != ConfigDialect::Neutral)) {
                    g.devices.push_back(int(di));
                    continue;
                }
                g.problems.push_back(
                    SwitchConfigText::tr(
                        "%1 is in stack %2 but is a %3, not a %4: it is configured "
                        "on its own")
                        .arg(q(dev.id), q(dev.stack), q(t ? t->model : dev.model),
                             q(g.tmpl ? g.tmpl->model : std::string("?"))));
            } else if (t &&
                       (stacks(dialect) || (dialect == ConfigDialect::Neutral && t->stackable))) {
                stackGroup.emplace(dev.stack, groups.size());
                Group g;
                g.name = dev.stack;
                g.stack = true;
                g.devices.push_back(int(di));
                g.tmpl = t;
                g.dialect = dialect;
                groups.push_back(std::move(g));
                continue;
            }
        }
        Group g;
        g.name = dev.id;
        g.devices.push_back(int(di));
        g.tmpl = t;
        g.dialect = t ? dialect : ConfigDialect::Neutral;
        if (!dev.stack.empty() && t && !stacks(dialect) &&
            !(dialect == ConfigDialect::Neutral && t->stackable))
            g.problems.push_back(
                SwitchConfigText::tr("%1 is in stack %2, but the %3 does not stack: "
                                     "it is configured on its own")
                    .arg(q(dev.id), q(dev.stack), q(t->model)));
        groups.push_back(std::move(g));
    }
    // A stack name that is also a switch's id would give two files of one name.
    std::set<std::string> ids;
    for (const Device &dev : d.devices)
        ids.insert(dev.id);
    for (Group &g : groups)
        if (g.stack && ids.count(g.name))
            g.name += "-stack";
    return groups;
}

// A VLAN name the switches take: letters, digits, spaces and . _ -, at most 32 characters.
std::string vlanName(const Network &n)
{
    std::string out;
    for (char c : n.displayName()) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (ok)
            out += c;
        else if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    if (out.size() > 32)
        out.resize(32);
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out.empty() ? n.id : out;
}

struct Limits {
    int maxVid = 4094;
    int maxVlans = 4094;
    int maxChannels = 1 << 30;
};

// From the CLI references: VLAN ids 2-4094 and 256 VLANs with 8 channels on the 5400 series;
// ids 2-4093 and 1024 VLANs on the 6200 and 8000 series, with 48 and 128 channels.
Limits limitsOf(ConfigDialect d)
{
    switch (d) {
    case ConfigDialect::PowerConnect5424:
        return {4094, 256, 8};
    case ConfigDialect::PowerConnect6248:
        return {4093, 1024, 48};
    case ConfigDialect::PowerConnect8024F:
        return {4093, 1024, 128};
    case ConfigDialect::Neutral:
        break;
    }
    return {};
}

std::string description(const PortPlanEntry &e)
{
    std::string far = e.farDevice;
    if (!e.farPort.empty())
        far += ' ' + (e.farIsSwitch ? abbreviateInterface(e.farPort) : e.farPort);
    std::string text = e.cable.empty() ? far : e.cable + (far.empty() ? "" : " " + far);
    // The switches keep 64 characters of a description.
    if (text.size() > 64)
        text.resize(64);
    return text;
}

std::string origin(const Design &d)
{
    QString text = SwitchConfigText::tr("From design \"%1\"").arg(q(d.title.title));
    if (!d.title.revision.empty())
        text += SwitchConfigText::tr(", revision %1").arg(q(d.title.revision));
    if (!d.title.date.empty())
        text += ", " + q(d.title.date);
    return text.toStdString();
}

class PlanBuilder
{
public:
    PlanBuilder(const DesignIndex &index, const PortPlan &ports,
                const std::map<std::string, std::set<std::string>> &teamGroups)
        : m_index(index), m_ports(ports), m_teamGroups(teamGroups)
    {
    }

    void build(const Group &g, SwitchConfig &config)
    {
        const Design &d = m_index.design();
        ConfigPlan plan;
        plan.config = &config;
        plan.design = &d;
        plan.tmpl = g.tmpl;
        plan.origin = origin(d);
        config.name = g.name;
        config.stack = g.stack;
        config.dialect = g.dialect;
        for (int di : g.devices)
            config.switches.push_back(d.devices[std::size_t(di)].id);
        const Device &first = d.devices[std::size_t(g.devices.front())];
        config.model = !g.tmpl ? first.model
                       : g.tmpl->model.rfind(g.tmpl->manufacturer, 0) == 0
                           ? g.tmpl->model
                           : g.tmpl->manufacturer + " " + g.tmpl->model;
        for (const QString &p : g.problems)
            plan.problem(p);
        if (!g.tmpl)
            plan.problem(
                SwitchConfigText::tr("%1 has no device template (model %2): its ports are "
                                     "unknown")
                    .arg(q(first.id), q(first.model.empty() ? std::string("?") : first.model)));
        m_limits = limitsOf(g.dialect);
        m_plan = &plan;
        m_tooHigh.clear();
        m_reported.clear();

        std::map<int, PlannedChannel> channels;
        std::set<int> vids;
        for (std::size_t u = 0; u < g.devices.size(); ++u) {
            const SwitchPortPlan *sw = planOf(g.devices[u]);
            if (!sw)
                continue;
            for (const PortPlanEntry &e : sw->ports) {
                const UnitPort at{int(u) + 1, sw->id, &e};
                switch (e.mode) {
                case PortMode::Free:
                    continue;
                case PortMode::Stacking:
                    plan.stackPorts.push_back(at);
                    continue;
                case PortMode::OutOfBand:
                    plan.outOfBand.push_back(at);
                    continue;
                default:
                    break;
                }
                m_switch = sw->id;
                PlannedPort p;
                p.unit = at.unit;
                p.switchId = sw->id;
                p.entry = &e;
                p.description = description(e);
                p.vlans = vlansOf(e);
                for (int v : p.vlans.tagged)
                    vids.insert(v);
                if (p.vlans.accessVid)
                    vids.insert(*p.vlans.accessVid);
                if (!e.portChannel.empty() && channelAllowed(e)) {
                    p.channel = std::stoi(e.portChannel.substr(2));
                    auto [it, fresh] = channels.try_emplace(p.channel);
                    PlannedChannel &c = it->second;
                    if (fresh) {
                        c.number = p.channel;
                        c.mode = e.channelMode;
                        std::string team = e.team;
                        std::replace(team.begin(), team.end(), ':', ' ');
                        c.description = team + " (" + e.channelMode + ")";
                        c.vlans = p.vlans;
                    } else if (!(c.vlans == p.vlans)) {
                        plan.problem(SwitchConfigText::tr("the members of port-channel %1 carry "
                                                          "different networks; %2 is set as the "
                                                          "channel's first member")
                                         .arg(c.number)
                                         .arg(q(e.port)));
                    }
                }
                plan.ports.push_back(std::move(p));
            }
        }
        for (auto &[n, c] : channels)
            plan.channels.push_back(c);
        if (int(plan.channels.size()) > m_limits.maxChannels)
            plan.problem(SwitchConfigText::tr("%1 port-channels, but the %2 takes %3: the channels "
                                              "above %3 are configured all the same and will be "
                                              "refused")
                             .arg(plan.channels.size())
                             .arg(q(config.model))
                             .arg(m_limits.maxChannels));
        // Every VLAN the ports use, by id; a VLAN above the model's limit was left out above.
        for (int vid : vids) {
            if (vid == 1)
                continue; // the default VLAN is there already
            int network = -1;
            for (std::size_t n = 0; n < d.networks.size() && network < 0; ++n)
                if (d.networks[n].vlan && *d.networks[n].vlan == vid)
                    network = int(n);
            plan.vlans.push_back(
                {vid, network,
                 network >= 0 ? vlanName(d.networks[std::size_t(network)]) : std::string()});
        }
        if (int(plan.vlans.size()) > m_limits.maxVlans) {
            plan.problem(SwitchConfigText::tr("%1 VLANs, but the %2 takes %3: VLANs above the "
                                              "first %3 are not configured")
                             .arg(plan.vlans.size())
                             .arg(q(config.model))
                             .arg(m_limits.maxVlans));
            plan.vlans.resize(std::size_t(m_limits.maxVlans));
        }
        if (config.dialect == ConfigDialect::Neutral)
            writeNeutralPlan(plan);
        else
            writePowerConnect(plan);
    }

private:
    const SwitchPortPlan *planOf(int device) const
    {
        for (const SwitchPortPlan &sw : m_ports.switches)
            if (sw.device == device)
                return &sw;
        return nullptr;
    }

    // A channel is written only when every member of the team lands on this configuration.
    bool channelAllowed(const PortPlanEntry &e)
    {
        auto it = m_teamGroups.find(e.team);
        if (it == m_teamGroups.end() || it->second.size() <= 1)
            return true;
        if (m_reported.insert(e.team).second) {
            QStringList where;
            for (const std::string &g : it->second)
                where << q(g);
            m_plan->problem(
                SwitchConfigText::tr("team %1 (%2) is cabled to %3, which are not one "
                                     "stack: a port-channel cannot span them, so its "
                                     "ports here are configured without one")
                    .arg(q(e.team), q(e.teamMode), where.join(SwitchConfigText::tr(" and "))));
        }
        return false;
    }

    // The port's VLANs as the switch is to carry them; a VLAN id above the model's limit is
    // left out, and named once.
    PortVlans vlansOf(const PortPlanEntry &e)
    {
        const Design &d = m_index.design();
        PortVlans v;
        auto usable = [&](int network) -> std::optional<int> {
            const Network &n = d.networks[std::size_t(network)];
            if (!n.vlan)
                return std::nullopt;
            if (*n.vlan > m_limits.maxVid) {
                if (m_tooHigh.insert(network).second)
                    m_plan->problem(
                        SwitchConfigText::tr("network %1 has VLAN %2, but the %3 takes VLAN "
                                             "ids up to %4: it is not configured")
                            .arg(q(n.id))
                            .arg(*n.vlan)
                            .arg(q(m_plan->config->model))
                            .arg(m_limits.maxVid));
                return -1;
            }
            return *n.vlan;
        };
        if (e.mode == PortMode::Access) {
            v.mode = PortVlans::Mode::Access;
            if (!e.untagged.empty()) {
                const auto vid = usable(e.untagged.front());
                if (vid && *vid < 0)
                    v.mode = PortVlans::Mode::None;
                else
                    v.accessVid = vid;
            }
        } else if (e.mode == PortMode::Trunk) {
            v.mode = PortVlans::Mode::Trunk;
            if (e.untagged.size() == 1)
                v.untaggedDefault = true;
            else if (e.untagged.size() > 1) {
                QStringList names;
                for (int n : e.untagged)
                    names << q(d.networks[std::size_t(n)].id);
                m_plan->problem(
                    SwitchConfigText::tr("%1 of %2 carries %3 untagged, but a port has "
                                         "one untagged VLAN: none of them is configured")
                        .arg(q(e.port), q(m_switch), names.join(", ")));
            }
            for (int n : e.tagged)
                if (const auto vid = usable(n); vid && *vid > 0)
                    v.tagged.push_back(*vid);
            std::sort(v.tagged.begin(), v.tagged.end());
            v.tagged.erase(std::unique(v.tagged.begin(), v.tagged.end()), v.tagged.end());
            if (v.tagged.empty() && !v.untaggedDefault)
                v.mode = PortVlans::Mode::None; // nothing left it could carry
        }
        return v;
    }

    const DesignIndex &m_index;
    const PortPlan &m_ports;
    const std::map<std::string, std::set<std::string>> &m_teamGroups;
    Limits m_limits;
    ConfigPlan *m_plan = nullptr;
    std::string m_switch;
    std::set<int> m_tooHigh;
    std::set<std::string> m_reported;
};

} // namespace

ConfigDialect dialectOfModel(const std::string &model)
{
    static const QRegularExpression pc54("^(dell\\s+)?powerconnect\\s+54(24|48)p?$",
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pc62("^(dell\\s+)?powerconnect\\s+62(24|48)[pf]?$",
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pc80("^(dell\\s+)?powerconnect\\s+8024f?$",
                                         QRegularExpression::CaseInsensitiveOption);
    const QString m = q(model).trimmed();
    if (pc54.match(m).hasMatch())
        return ConfigDialect::PowerConnect5424;
    if (pc62.match(m).hasMatch())
        return ConfigDialect::PowerConnect6248;
    if (pc80.match(m).hasMatch())
        return ConfigDialect::PowerConnect8024F;
    return ConfigDialect::Neutral;
}

std::string toString(ConfigDialect d)
{
    switch (d) {
    case ConfigDialect::PowerConnect5424:
        return "PowerConnect 5424";
    case ConfigDialect::PowerConnect6248:
        return "PowerConnect 6248";
    case ConfigDialect::PowerConnect8024F:
        return "PowerConnect 8024F";
    case ConfigDialect::Neutral:
        break;
    }
    return "vendor-neutral plan";
}

std::string SwitchConfig::fileName() const
{
    return name + (dialect == ConfigDialect::Neutral ? ".md" : ".cfg");
}

std::string SwitchConfig::csvFileName() const
{
    return dialect == ConfigDialect::Neutral ? name + ".csv" : std::string();
}

std::vector<SwitchConfig> switchConfigs(const DesignIndex &index,
                                        const std::vector<std::string> &cables)
{
    const PortPlan ports = portPlan(index, cables);
    const std::vector<Group> groups = groupSwitches(index);
    // The configurations each static or LACP team is cabled to: more than one and no channel
    // can hold the team.
    std::map<int, std::string> groupOfDevice;
    for (const Group &g : groups)
        for (int di : g.devices)
            groupOfDevice[di] = g.name;
    std::map<std::string, std::set<std::string>> teamGroups;
    for (const SwitchPortPlan &sw : ports.switches)
        for (const PortPlanEntry &e : sw.ports)
            if (!e.portChannel.empty())
                teamGroups[e.team].insert(groupOfDevice[sw.device]);

    std::vector<SwitchConfig> configs(groups.size());
    PlanBuilder builder(index, ports, teamGroups);
    for (std::size_t i = 0; i < groups.size(); ++i)
        builder.build(groups[i], configs[i]);
    return configs;
}

const SwitchConfig *configOfSwitch(const std::vector<SwitchConfig> &configs, const std::string &id)
{
    for (const SwitchConfig &c : configs)
        if (std::find(c.switches.begin(), c.switches.end(), id) != c.switches.end())
            return &c;
    return nullptr;
}

QString outOfBandReach(const ConfigPlan &plan, const UnitPort &p)
{
    const Design &d = *plan.design;
    const PortPlanEntry &e = *p.entry;
    QString text;
    if (plan.config->stack)
        text = SwitchConfigText::tr("unit %1, ").arg(p.unit);
    text += SwitchConfigText::tr("cable %1 to %2 %3")
                .arg(q(e.cable), q(e.farDevice),
                     q(e.farIsSwitch ? abbreviateInterface(e.farPort) : e.farPort));
    if (e.networks.empty())
        return text + SwitchConfigText::tr(
                          ": its management network is not given (networks: on the link)");
    QStringList reached;
    for (int n : e.networks) {
        const Network &net = d.networks[std::size_t(n)];
        reached << (net.subnet.empty()
                        ? q(net.displayName())
                        : QStringLiteral("%1 (%2)").arg(q(net.displayName()), q(net.subnet)));
    }
    return text + SwitchConfigText::tr(" reaches %1").arg(reached.join(", "));
}

std::string outOfBandSubnet(const ConfigPlan &plan)
{
    for (const UnitPort &p : plan.outOfBand)
        for (int n : p.entry->networks)
            if (!plan.design->networks[std::size_t(n)].subnet.empty())
                return plan.design->networks[std::size_t(n)].subnet;
    return {};
}

std::string ipv4Mask(const std::string &cidr)
{
    const auto s = parseCidr(cidr);
    if (!s || s->v6)
        return {};
    const unsigned bits = s->prefix <= 0 ? 0u : (0xffffffffu << (32 - std::min(32, s->prefix)));
    return std::to_string(bits >> 24) + "." + std::to_string((bits >> 16) & 255) + "." +
           std::to_string((bits >> 8) & 255) + "." + std::to_string(bits & 255);
}

} // namespace cn
