#include "handover/NetBoxExport.h"

#include "handover/Csv.h"
#include "report/CableMedia.h"
#include "templates/DeviceTemplate.h"
#include "templates/InterfaceType.h"
#include "templates/TemplateLibrary.h"

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

std::string roleOf(DeviceType t)
{
    switch (t) {
    case DeviceType::Host:
        return "Server";
    case DeviceType::Switch:
        return "Switch";
    case DeviceType::Storage:
        return "Storage";
    case DeviceType::Router:
        return "Router";
    case DeviceType::Firewall:
        return "Firewall";
    case DeviceType::Other:
        break;
    }
    return "Other";
}

std::string roleColor(const std::string &role)
{
    static const std::map<std::string, std::string> colors = {
        {"Server", "2196f3"}, {"Switch", "4caf50"},   {"Storage", "ff9800"},
        {"Router", "9c27b0"}, {"Firewall", "f44336"}, {"Other", "9e9e9e"}};
    return colors.at(role);
}

// NetBox's cable types for the media a cable is ordered as; none where the media leaves the
// choice open (SFP+ SR or DAC, CX4).
std::string cableType(const CableMedia &m, int mbps)
{
    const std::string &media = m.media;
    auto ends = [&](const std::string &tail) {
        return media.size() >= tail.size() &&
               media.compare(media.size() - tail.size(), tail.size(), tail) == 0;
    };
    if (ends("BASE-T") || ends("BASE-TX"))
        return mbps >= 10000 ? "cat6a" : "cat6";
    if (media.find("BASE-SX") != std::string::npos)
        return "mmf-om3";
    return {};
}

class Exporter
{
public:
    Exporter(const DesignIndex &index, const std::vector<std::string> &cables,
             const NetBoxOptions &o)
        : m_index(index), m_d(index.design()), m_cables(cables), m_options(o)
    {
        m_site = o.site.empty()
                     ? (m_d.title.title.empty() ? std::string("clusternet") : m_d.title.title)
                     : o.site;
        // Device names: the design's names, unless two devices share one; then the ids.
        std::map<std::string, int> uses;
        for (const Device &dev : m_d.devices)
            ++uses[dev.displayName()];
        for (const Device &dev : m_d.devices)
            m_name[dev.id] = uses[dev.displayName()] > 1 ? dev.id : dev.displayName();
    }

    std::vector<NetBoxFile> run()
    {
        std::vector<NetBoxFile> files;
        files.push_back({"sites.csv", csvRow({"name", "slug", "status"}) +
                                          csvRow({m_site, netBoxSlug(m_site), "planned"})});
        std::string roles = csvRow({"name", "slug", "color"});
        std::set<std::string> seen;
        for (const Device &dev : m_d.devices)
            if (seen.insert(roleOf(dev.type)).second)
                roles += csvRow(
                    {roleOf(dev.type), netBoxSlug(roleOf(dev.type)), roleColor(roleOf(dev.type))});
        files.push_back({"device-roles.csv", roles});

        std::string types = csvRow({"manufacturer", "model", "slug", "u_height"});
        std::string devices = csvRow(
            {"name", "role", "manufacturer", "device_type.slug", "status", "site", "description"});
        std::set<std::string> generic;
        for (std::size_t di = 0; di < m_d.devices.size(); ++di) {
            const Device &dev = m_d.devices[di];
            const DeviceTemplate *t = m_index.templateOf(int(di));
            std::string manufacturer, slug;
            if (t) {
                manufacturer = t->manufacturer;
                slug = t->slug.empty() ? netBoxSlug(t->model) : t->slug;
                if (m_required.insert(t->manufacturer + " / " + t->model + " (" + slug + ")")
                        .second)
                    m_requiredTypes.push_back(t->manufacturer + " / " + t->model + " (" + slug +
                                              ")");
            } else {
                // No template: a generic type of that model, made by device-types.csv.
                const std::string model =
                    dev.model.empty() ? "Generic " + toString(dev.type) : dev.model;
                manufacturer = "Generic";
                slug = netBoxSlug(model.rfind("Generic", 0) == 0 ? model : "generic " + model);
                if (generic.insert(slug).second)
                    types += csvRow({manufacturer, model, slug, "1"});
            }
            std::vector<std::string> about;
            if (!dev.cluster.empty())
                about.push_back(NetBoxText::tr("cluster %1").arg(q(dev.cluster)).toStdString());
            if (!dev.stack.empty())
                about.push_back(NetBoxText::tr("stack %1").arg(q(dev.stack)).toStdString());
            if (m_name[dev.id] != dev.id)
                about.push_back(NetBoxText::tr("design id %1").arg(q(dev.id)).toStdString());
            std::string description;
            for (const auto &a : about)
                description += (description.empty() ? "" : "; ") + a;
            devices += csvRow({m_name[dev.id], roleOf(dev.type), manufacturer, slug, "planned",
                               m_site, description});
        }
        if (!generic.empty()) {
            files.push_back(
                {"manufacturers.csv", csvRow({"name", "slug"}) + csvRow({"Generic", "generic"})});
            files.push_back({"device-types.csv", types});
        }
        files.push_back({"devices.csv", devices});
        files.push_back({"interfaces.csv", interfaces()});
        files.push_back({"vlans.csv", vlans()});
        files.push_back({"cables.csv", cablesCsv()});
        files.push_back({"README.txt", readme(!generic.empty())});
        return files;
    }

private:
    // The type of an endpoint's port: the switch port's it is cabled to, else by its speed.
    std::string portType(const PortInfo &p) const
    {
        if (p.link >= 0) {
            const LinkInfo &l = m_index.links()[std::size_t(p.link)];
            for (const ResolvedEndpoint *e : {&l.a, &l.b})
                if (e->interface && !e->interface->type.empty())
                    return e->interface->type;
        }
        const std::string type = interfaceTypeForSpeed(p.speedMbps);
        return type.empty() ? std::string("other") : type;
    }

    std::string interfaces()
    {
        std::string out = csvRow({"device", "name", "type", "lag", "mgmt_only", "description"});
        for (std::size_t di = 0; di < m_d.devices.size(); ++di) {
            const Device &dev = m_d.devices[di];
            if (dev.isSwitch())
                continue; // a switch's ports are its type's
            const DeviceTemplate *t = m_index.templateOf(int(di));
            // The LAG first: its members name it.
            for (const Team &team : dev.teams)
                out += csvRow({m_name[dev.id], team.id, "lag", "", "false",
                               NetBoxText::tr("team (%1) of %2")
                                   .arg(q(toString(team.effectiveMode())), q(joinedMembers(team)))
                                   .toStdString()});
            for (int pi : m_index.portsOf(int(di))) {
                const PortInfo &p = m_index.ports()[std::size_t(pi)];
                if (t && t->findInterface(p.local))
                    continue;
                const std::string adapter =
                    p.adapter->model.empty() ? p.adapter->id : p.adapter->model;
                out += csvRow(
                    {m_name[dev.id], p.local, portType(p), p.team ? p.team->id : std::string(),
                     "false",
                     NetBoxText::tr("port %1 of %2").arg(q(p.port->id), q(adapter)).toStdString()});
            }
        }
        return out;
    }

    static std::string joinedMembers(const Team &t)
    {
        std::string s;
        for (const auto &m : t.members)
            s += (s.empty() ? "" : ", ") + m;
        return s;
    }

    std::string vlans()
    {
        std::string out = csvRow({"vid", "name", "status", "site", "description"});
        for (const Network &n : m_d.networks) {
            if (!n.vlan)
                continue;
            std::string description = n.id;
            if (!n.subnet.empty())
                description += ", " + n.subnet;
            // NetBox keeps 64 characters of a VLAN's name.
            std::string name = n.displayName();
            if (name.size() > 64)
                name.resize(64);
            out += csvRow({std::to_string(*n.vlan), name, "active", m_site, description});
        }
        return out;
    }

    std::string endName(const ResolvedEndpoint &e) const
    {
        return e.onSwitch() ? e.interface->name : e.localName();
    }

    std::string cablesCsv()
    {
        std::string out =
            csvRow({"side_a_device", "side_a_type", "side_a_name", "side_b_device", "side_b_type",
                    "side_b_name", "type", "status", "label", "color", "length", "length_unit"});
        for (std::size_t li = 0; li < m_index.links().size(); ++li) {
            const LinkInfo &l = m_index.links()[li];
            if (!l.a.valid() || !l.b.valid())
                continue;
            std::string color;
            if (!l.outOfBand && l.link->kind == LinkKind::Cable && !l.carries.empty()) {
                const int n = l.carries.front();
                if (std::size_t(n) < m_options.networkColors.size())
                    color = m_options.networkColors[std::size_t(n)];
            }
            out += csvRow({m_name[l.a.device->id], "dcim.interface", endName(l.a),
                           m_name[l.b.device->id], "dcim.interface", endName(l.b),
                           cableType(cableMedia(l), l.speedMbps), "planned", m_cables[li], color,
                           "", ""});
        }
        return out;
    }

    std::string readme(bool generic) const
    {
        QString text =
            NetBoxText::tr("NetBox import files of \"%1\", written by clusternet.\n\n"
                           "Import each file on its object list (Import, CSV data) in this order, "
                           "skipping a file whose\n"
                           "objects exist already:\n\n"
                           "  1. sites.csv         Organization > Sites: the site \"%2\"\n"
                           "  2. device-roles.csv  Devices > Device Roles\n")
                .arg(q(m_d.title.title), q(m_site));
        int step = 3;
        if (generic)
            text += NetBoxText::tr("  %1. manufacturers.csv Devices > Manufacturers: Generic, for "
                                   "the devices without a "
                                   "template\n  %2. device-types.csv  Devices > Device Types\n")
                        .arg(step)
                        .arg(step + 1);
        step += generic ? 2 : 0;
        text +=
            NetBoxText::tr(
                "  %1. devices.csv       Devices > Devices\n"
                "  %2. interfaces.csv    Devices > Interfaces: NIC ports and teams (type lag) that "
                "the\n"
                "                        device types do not have\n"
                "  %3. vlans.csv         IPAM > VLANs\n"
                "  %4. cables.csv        Devices > Cables: label = cable id, status planned\n\n")
                .arg(step)
                .arg(step + 1)
                .arg(step + 2)
                .arg(step + 3);
        text += NetBoxText::tr(
            "These device types must exist first, with their interfaces (the NetBox device-type\n"
            "library has them; the slug in brackets is what devices.csv names):\n\n");
        for (const std::string &t : m_requiredTypes)
            text += "  " + q(t) + '\n';
        text += NetBoxText::tr(
            "\nNot in these files: IP addresses, the switch ports' VLAN modes and port-channels "
            "(see the\nswitch configurations, clusternet config), stacks as virtual chassis, "
            "and cable lengths.\n");
        return text.toStdString();
    }

    const DesignIndex &m_index;
    const Design &m_d;
    const std::vector<std::string> &m_cables;
    const NetBoxOptions &m_options;
    std::string m_site;
    std::map<std::string, std::string> m_name;
    std::set<std::string> m_required;
    std::vector<std::string> m_requiredTypes;
};

} // namespace

std::string netBoxSlug(const std::string &name)
{
    std::string out;
    for (char c : name) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')
            out += c;
        else if (c >= 'A' && c <= 'Z')
            out += char(c - 'A' + 'a');
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    if (out.size() > 100)
        out.resize(100);
    return out.empty() ? "clusternet" : out;
}

std::vector<NetBoxFile> netBoxFiles(const DesignIndex &index,
                                    const std::vector<std::string> &cables,
                                    const NetBoxOptions &options)
{
    return Exporter(index, cables, options).run();
}

} // namespace cn
