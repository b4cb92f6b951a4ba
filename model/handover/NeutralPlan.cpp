// The plan for a switch no dialect is written for: the VLANs to create and each cabled port's
// mode, VLANs, port-channel and description, as Markdown to read and CSV to work from.

#include "handover/ConfigPlan.h"

#include "handover/Csv.h"
#include "report/InterfaceNames.h"

namespace cn
{
namespace
{

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string join(const std::vector<int> &vids, const char *sep)
{
    std::string out;
    for (int v : vids)
        out += (out.empty() ? "" : sep) + std::to_string(v);
    return out;
}

std::string cell(std::string text)
{
    std::string out;
    for (char c : text) {
        if (c == '|')
            out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

std::string modeWord(const PortVlans &v, const PortPlanEntry &e)
{
    switch (v.mode) {
    case PortVlans::Mode::Access:
        return "access";
    case PortVlans::Mode::Trunk:
        return "trunk";
    case PortVlans::Mode::None:
        break;
    }
    return toString(e.mode);
}

std::string untagged(const PortVlans &v)
{
    if (v.mode == PortVlans::Mode::Access)
        return v.accessVid ? std::to_string(*v.accessVid) : "1";
    return v.untaggedDefault ? "1" : std::string();
}

std::string t(const QString &text)
{
    return text.toStdString();
}

} // namespace

void writeNeutralPlan(const ConfigPlan &plan)
{
    const SwitchConfig &c = *plan.config;
    std::string md =
        (c.stack ? SwitchConfigText::tr("# Switch plan of stack %1 (%2)")
                 : SwitchConfigText::tr("# Switch plan of %1 (%2)"))
            .arg(q(c.name), q(c.model))
            .toStdString() +
        "\n\n" + plan.origin + ". " +
        t(SwitchConfigText::tr(
            "No configuration dialect is written for this model: configure it from this plan.")) +
        "\n\n";
    if (c.stack) {
        for (std::size_t u = 0; u < c.switches.size(); ++u)
            md += SwitchConfigText::tr("- unit %1: %2")
                      .arg(u + 1)
                      .arg(q(c.switches[u]))
                      .toStdString() +
                  '\n';
        md += '\n';
    }
    for (const std::string &p : c.problems)
        md += SwitchConfigText::tr("**Problem:** %1").arg(q(p)).toStdString() + "\n\n";

    md += "## " + t(SwitchConfigText::tr("VLANs")) + "\n\n| VLAN | " +
          t(SwitchConfigText::tr("Name")) + " | " + t(SwitchConfigText::tr("Network")) +
          " |\n| --- | --- | --- |\n";
    for (const PlannedVlan &v : plan.vlans)
        md += "| " + std::to_string(v.vid) + " | " + cell(v.name) + " | " +
              (v.network >= 0 ? cell(plan.design->networks[std::size_t(v.network)].id)
                              : std::string()) +
              " |\n";
    if (plan.vlans.empty())
        md += "| | " + t(SwitchConfigText::tr("(none)")) + " | |\n";

    if (!plan.channels.empty()) {
        md += "\n## " + t(SwitchConfigText::tr("Port-channels")) + "\n\n| " +
              t(SwitchConfigText::tr("Channel")) + " | " + t(SwitchConfigText::tr("Protocol")) +
              " | " + t(SwitchConfigText::tr("Mode")) + " | " +
              t(SwitchConfigText::tr("Untagged")) + " | " + t(SwitchConfigText::tr("Tagged")) +
              " | " + t(SwitchConfigText::tr("Description")) +
              " |\n| --- | --- | --- | --- | --- | --- |\n";
        for (const PlannedChannel &ch : plan.channels)
            md += "| Po" + std::to_string(ch.number) + " | " +
                  (ch.mode == "lacp" ? "LACP" : t(SwitchConfigText::tr("static"))) + " | " +
                  (ch.vlans.mode == PortVlans::Mode::Access ? "access" : "trunk") + " | " +
                  untagged(ch.vlans) + " | " + join(ch.vlans.tagged, ", ") + " | " +
                  cell(ch.description) + " |\n";
    }

    md += "\n## " + t(SwitchConfigText::tr("Ports")) + "\n\n| " + t(SwitchConfigText::tr("Port")) +
          " | " + t(SwitchConfigText::tr("Mode")) + " | " + t(SwitchConfigText::tr("Untagged")) +
          " | " + t(SwitchConfigText::tr("Tagged")) + " | " + t(SwitchConfigText::tr("Channel")) +
          " | " + t(SwitchConfigText::tr("Description")) +
          " |\n| --- | --- | --- | --- | --- | --- |\n";
    std::string csv =
        csvRow({"switch", "port", "mode", "untagged_vlan", "tagged_vlans", "port_channel",
                "channel_mode", "cable", "far_device", "far_port", "description"});
    for (const PlannedPort &p : plan.ports) {
        const PortPlanEntry &e = *p.entry;
        const std::string port = (c.stack ? p.switchId + " " : std::string()) + e.port;
        const std::string channel = p.channel ? "Po" + std::to_string(p.channel) : std::string();
        const PortVlans &v = p.vlans;
        md += "| " + cell(port) + " | " +
              (p.channel ? t(SwitchConfigText::tr("channel member")) : modeWord(v, e)) + " | " +
              (p.channel ? std::string() : untagged(v)) + " | " +
              (p.channel ? std::string() : join(v.tagged, ", ")) + " | " + channel + " | " +
              cell(p.description) + " |\n";
        csv += csvRow({p.switchId, e.port, modeWord(v, e), untagged(v), join(v.tagged, " "),
                       channel, p.channel ? e.channelMode : std::string(), e.cable, e.farDevice,
                       e.farPort, p.description});
    }
    for (const UnitPort &p : plan.stackPorts) {
        md += "| " + cell((c.stack ? p.switchId + " " : std::string()) + p.entry->port) + " | " +
              t(SwitchConfigText::tr("stacking")) + " | | | | " + cell(p.entry->cable) + " |\n";
        csv += csvRow({p.switchId, p.entry->port, "stacking", "", "", "", "", p.entry->cable,
                       p.entry->farDevice, p.entry->farPort, ""});
    }
    for (const UnitPort &p : plan.outOfBand) {
        md += "| " + cell((c.stack ? p.switchId + " " : std::string()) + p.entry->port) + " | " +
              t(SwitchConfigText::tr("out-of-band")) + " | | | | " +
              cell(outOfBandReach(plan, p).toStdString()) + " |\n";
        csv +=
            csvRow({p.switchId, p.entry->port, "out-of-band", "", "", "", "", p.entry->cable,
                    p.entry->farDevice, p.entry->farPort, outOfBandReach(plan, p).toStdString()});
    }
    plan.config->text = md;
    plan.config->csv = csv;
}

} // namespace cn
