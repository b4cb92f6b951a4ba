#include "inventory/InventoryImport.h"

#include "inventory/HostFacts.h"
#include "inventory/RoleGuess.h"
#include "inventory/SwitchPorts.h"
#include "templates/InterfaceType.h"
#include "templates/TemplateLibrary.h"

#include <QCoreApplication>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace cn
{
namespace
{

class InventoryImport
{
    Q_DECLARE_TR_FUNCTIONS(InventoryImport)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
std::string s(const QString &t)
{
    return t.toStdString();
}

std::string uniqueId(std::string base, const std::set<std::string> &taken)
{
    if (base.empty())
        base = "x";
    if (!taken.count(base))
        return base;
    for (int n = 2;; ++n)
        if (!taken.count(base + "-" + std::to_string(n)))
            return base + "-" + std::to_string(n);
}

// "g2" before "g10".
bool naturalLess(const std::string &a, const std::string &b)
{
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (std::isdigit(static_cast<unsigned char>(a[i])) &&
            std::isdigit(static_cast<unsigned char>(b[j]))) {
            std::size_t ei = i, ej = j;
            while (ei < a.size() && std::isdigit(static_cast<unsigned char>(a[ei])))
                ++ei;
            while (ej < b.size() && std::isdigit(static_cast<unsigned char>(b[ej])))
                ++ej;
            const long long x = std::stoll(a.substr(i, ei - i)),
                            y = std::stoll(b.substr(j, ej - j));
            if (x != y)
                return x < y;
            i = ei;
            j = ej;
        } else {
            if (a[i] != b[j])
                return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

struct NetInfo {
    std::string key;
    std::string subnet;
    std::optional<int> vlanHint; // the key's VLAN, for networks known only by VLAN
    std::string vmSwitch;        // for VM networks: the Hyper-V switch's name
    std::vector<std::pair<std::optional<int>, std::string>> vlans; // (VLAN, host) per observation
    std::vector<std::string> interfaceNames;
    std::string clusterName;
    std::optional<int> clusterRole;
    Network net;
};

struct SwitchInfo {
    std::string name;
    std::string description;
    const DeviceTemplate *tmpl = nullptr;
    std::string id;
    std::vector<std::string> genericPorts;
    std::map<std::string, int> genericSpeed;
};

class Importer
{
public:
    Importer(const std::vector<HostInventory> &hosts, const TemplateLibrary &library,
             const ImportOptions &options)
        : m_hosts(hosts), m_library(library), m_options(options)
    {
    }

    ImportResult run()
    {
        for (const HostInventory &h : m_hosts)
            m_facts.push_back(analyseHost(h));
        m_portRef.resize(m_hosts.size());
        m_teamId.resize(m_hosts.size());
        m_portSpeed.resize(m_hosts.size());
        for (std::size_t i = 0; i < m_hosts.size(); ++i)
            addHost(i);
        collectNetworks();
        nameNetworks();
        for (std::size_t i = 0; i < m_hosts.size(); ++i)
            bindHost(i);
        collectSwitches();
        cableFromHosts();
        cableFromTables();
        addSwitches();
        titleBlock();
        ImportResult out;
        out.design = std::move(m_design);
        out.templates = std::move(m_templates);
        out.notes = std::move(m_notes);
        return out;
    }

private:
    void note(const QString &text) { m_notes.push_back(s(text)); }

    void addHost(std::size_t i)
    {
        const HostInventory &inv = m_hosts[i];
        const HostFacts &facts = m_facts[i];
        Device dev;
        dev.id = uniqueId(idFromName(inv.hostName), m_deviceIds);
        m_deviceIds.insert(dev.id);
        dev.type = DeviceType::Host;
        dev.name = inv.hostName;
        dev.model = inv.model;
        dev.cluster = idFromName(inv.clusterName);
        if (inv.memoryBytes > 0)
            dev.memoryGb = std::round(double(inv.memoryBytes) / (1024.0 * 1024.0 * 1024.0));
        std::set<std::string> ids; // adapters and teams share one space of ids
        for (const CardGroup &card : facts.cards) {
            Adapter a;
            a.id = uniqueId(card.id, ids);
            ids.insert(a.id);
            a.model = card.model;
            std::map<int, int> votes;
            std::set<std::string> portIds;
            for (const std::string &name : card.ports) {
                const InvAdapter *ia = inv.findAdapter(name);
                Port p;
                p.id = uniqueId(idFromName(name), portIds);
                portIds.insert(p.id);
                if (const auto speed = designSpeedOf(ia->speedBps)) {
                    p.speedMbps = speed;
                    ++votes[*speed];
                }
                m_portRef[i][name] = a.id + "/" + p.id;
                a.ports.push_back(std::move(p));
            }
            if (!votes.empty()) {
                a.speedMbps =
                    std::max_element(votes.begin(), votes.end(), [](const auto &x, const auto &y) {
                        return x.second < y.second;
                    })->first;
            } else {
                note(
                    InventoryImport::tr("%1: no port of card %2 reports a speed; it is drawn at 1G")
                        .arg(q(inv.hostName), q(a.id)));
            }
            for (Port &p : a.ports) {
                m_portSpeed[i][a.id + "/" + p.id] =
                    p.speedMbps.value_or(a.speedMbps.value_or(1000));
                if (p.speedMbps == a.speedMbps)
                    p.speedMbps.reset(); // the card's speed says it
            }
            dev.adapters.push_back(std::move(a));
        }
        for (const InvTeam &t : inv.teams) {
            Team team;
            team.id = uniqueId(idFromName(t.name), ids);
            ids.insert(team.id);
            for (const std::string &m : t.members) {
                auto ref = m_portRef[i].find(m);
                if (ref != m_portRef[i].end())
                    team.members.push_back(ref->second);
                else
                    note(InventoryImport::tr(
                             "%1: team %2 has a member %3 that is no physical adapter; left out")
                             .arg(q(inv.hostName), q(t.name), q(m)));
            }
            team.mode = t.mode;
            if (!t.mode)
                note(
                    InventoryImport::tr("%1: team %2 runs in mode '%3', which a design cannot say; "
                                        "left as switch-independent")
                        .arg(q(inv.hostName), q(t.name), q(t.modeText)));
            if (team.members.empty())
                continue;
            m_teamId[i][t.name] = team.id;
            dev.teams.push_back(std::move(team));
        }
        for (const std::string &alias : facts.unresolved)
            note(InventoryImport::tr(
                     "%1: interface %2 sits on no physical port or team that the inventory "
                     "shows; it is not bound")
                     .arg(q(inv.hostName), q(alias)));
        m_design.devices.push_back(std::move(dev));
    }

    NetInfo &network(const std::string &key)
    {
        auto it = m_netByKey.find(key);
        if (it != m_netByKey.end())
            return m_nets[it->second];
        m_netByKey[key] = m_nets.size();
        m_nets.push_back({});
        m_nets.back().key = key;
        return m_nets.back();
    }

    static std::string keyOf(const HostInterface &h)
    {
        if (!h.subnet.empty())
            return "subnet:" + h.subnet;
        if (h.vlan)
            return "vlan:" + std::to_string(*h.vlan);
        return {};
    }

    void collectNetworks()
    {
        for (std::size_t i = 0; i < m_hosts.size(); ++i)
            for (const HostInterface &h : m_facts[i].interfaces) {
                const std::string key = keyOf(h);
                if (key.empty())
                    continue;
                NetInfo &n = network(key);
                n.subnet = h.subnet;
                if (h.subnet.empty())
                    n.vlanHint = h.vlan;
                n.vlans.emplace_back(h.vlan, m_hosts[i].hostName);
                n.interfaceNames.push_back(h.displayName);
                if (n.clusterName.empty() && !h.clusterNetwork.empty()) {
                    n.clusterName = h.clusterNetwork;
                    n.clusterRole = h.clusterRole;
                }
            }
        for (std::size_t i = 0; i < m_hosts.size(); ++i)
            for (const VmUplink &u : m_facts[i].vmUplinks) {
                NetInfo &n = network("vm:" + idFromName(u.switchName));
                n.vmSwitch = u.switchName;
            }
    }

    void nameNetworks()
    {
        std::set<std::string> ids;
        std::size_t vmSwitches = 0;
        for (const NetInfo &n : m_nets)
            vmSwitches += n.vmSwitch.empty() ? 0 : 1;
        for (NetInfo &n : m_nets) {
            Network &net = n.net;
            std::string base;
            if (!n.vmSwitch.empty()) {
                base = vmSwitches == 1 ? "vm" : "vm-" + idFromName(n.vmSwitch);
                net.name = n.vmSwitch;
                net.roles = {Role::Vm};
                note(
                    InventoryImport::tr(
                        "network %1: VM traffic through Hyper-V switch %2 (role vm); its VLANs are "
                        "the VMs' and not in the inventory")
                        .arg(q(uniqueId(base, ids)), q(n.vmSwitch)));
            } else {
                const std::string vnicName = commonName(n.interfaceNames);
                if (!n.clusterName.empty())
                    base = idFromName(n.clusterName), net.name = n.clusterName;
                else if (!vnicName.empty())
                    base = idFromName(vnicName), net.name = vnicName;
                else if (!n.subnet.empty())
                    base = "net-" + idFromName(n.subnet);
                else
                    base = "vlan" + std::to_string(n.vlanHint.value_or(0));
                if (net.name == base)
                    net.name.clear();
                std::vector<std::string> names;
                if (!n.clusterName.empty())
                    names.push_back(n.clusterName);
                names.insert(names.end(), n.interfaceNames.begin(), n.interfaceNames.end());
                const RoleGuess guess = guessRoles(names, n.clusterRole, !n.clusterName.empty());
                net.roles = guess.roles;
                net.subnet = n.subnet;
                net.vlan = majorityVlan(n);
                if (n.clusterRole)
                    net.clusterUse = *n.clusterRole == 0   ? ClusterUse::None
                                     : *n.clusterRole == 1 ? ClusterUse::Cluster
                                                           : ClusterUse::ClusterAndClient;
                QStringList roles;
                for (Role r : net.roles)
                    roles << q(toString(r));
                note(InventoryImport::tr("network %1 (%2): roles %3 guessed from %4")
                         .arg(q(uniqueId(base, ids)), describe(n), roles.join(", "),
                              q(guess.reason)));
            }
            net.id = uniqueId(base, ids);
            ids.insert(net.id);
            m_design.networks.push_back(net);
        }
    }

    static QString describe(const NetInfo &n)
    {
        QStringList parts;
        if (!n.subnet.empty())
            parts << q(n.subnet);
        const auto vlan = majorityVlan(n);
        parts << (vlan ? InventoryImport::tr("VLAN %1").arg(*vlan)
                       : InventoryImport::tr("untagged"));
        return parts.join(", ");
    }

    static std::optional<int> majorityVlan(const NetInfo &n)
    {
        std::map<std::optional<int>, int> votes;
        for (const auto &[vlan, host] : n.vlans)
            ++votes[vlan];
        std::optional<int> best;
        int most = 0;
        for (const auto &[vlan, count] : votes) // a tie goes to the tagged VLAN (a higher key)
            if (count >= most) {
                best = vlan;
                most = count;
            }
        return n.vlans.empty() ? n.vlanHint : best;
    }

    // The vNIC name all interfaces of a network share ("LiveMigration"), or none.
    static std::string commonName(const std::vector<std::string> &names)
    {
        if (names.empty())
            return {};
        for (const std::string &n : names)
            if (idFromName(n) != idFromName(names.front()))
                return {};
        return names.front();
    }

    std::string viaOf(std::size_t host, const Attachment &on) const
    {
        if (on.kind == Attachment::Kind::Port) {
            auto it = m_portRef[host].find(on.name);
            return it == m_portRef[host].end() ? std::string() : it->second;
        }
        if (on.kind == Attachment::Kind::Team) {
            auto it = m_teamId[host].find(on.name);
            return it == m_teamId[host].end() ? std::string() : it->second;
        }
        return {};
    }

    void bind(Device &dev, const std::string &via, const std::string &network)
    {
        if (dev.teamOf(via)) // a team member is bound through its team, never alone
            return;
        for (Binding &b : dev.bindings)
            if (b.via == via) {
                if (std::find(b.networks.begin(), b.networks.end(), network) == b.networks.end())
                    b.networks.push_back(network);
                return;
            }
        Binding b;
        b.via = via;
        b.networks.push_back(network);
        dev.bindings.push_back(std::move(b));
    }

    void bindHost(std::size_t i)
    {
        Device &dev = m_design.devices[i];
        const HostInventory &inv = m_hosts[i];
        for (const HostInterface &h : m_facts[i].interfaces) {
            const std::string key = keyOf(h);
            const std::string via = viaOf(i, h.on);
            if (key.empty() || via.empty())
                continue;
            const Network &net = m_nets[m_netByKey.at(key)].net;
            if (net.vlan && !h.vlan)
                note(InventoryImport::tr(
                         "%1: %2 is on network %3 untagged, the other hosts on VLAN %4 (a switch "
                         "access port of that VLAN may put it there)")
                         .arg(q(inv.hostName), q(h.alias), q(net.id))
                         .arg(*net.vlan));
            else if (net.vlan != h.vlan)
                note(InventoryImport::tr(
                         "%1: %2 is on network %3 with VLAN %4, the other hosts with %5")
                         .arg(q(inv.hostName), q(h.alias), q(net.id))
                         .arg(h.vlan.value_or(0))
                         .arg(net.vlan ? InventoryImport::tr("VLAN %1").arg(*net.vlan)
                                       : InventoryImport::tr("none")));
            bind(dev, via, net.id);
        }
        for (const VmUplink &u : m_facts[i].vmUplinks) {
            const std::string via = viaOf(i, u.on);
            if (via.empty()) {
                note(InventoryImport::tr(
                         "%1: Hyper-V switch %2 uses no adapter or team the inventory shows")
                         .arg(q(inv.hostName), q(u.switchName)));
                continue;
            }
            bind(dev, via, m_nets[m_netByKey.at("vm:" + idFromName(u.switchName))].net.id);
        }
    }

    SwitchInfo &switchNamed(const std::string &name)
    {
        for (SwitchInfo &sw : m_switches)
            if (sameName(sw.name, name))
                return sw;
        m_switches.push_back({});
        m_switches.back().name = name;
        return m_switches.back();
    }

    static std::string neighbourName(const InvNeighbour &n)
    {
        return n.systemName.empty() ? n.chassisId : n.systemName;
    }

    // Which host a name is, or -1: an LLDP neighbour may be another host (a direct cable).
    int hostNamed(const std::string &name) const
    {
        for (std::size_t i = 0; i < m_hosts.size(); ++i)
            if (sameName(m_hosts[i].hostName, name))
                return int(i);
        return -1;
    }

    void collectSwitches()
    {
        for (std::size_t i = 0; i < m_hosts.size(); ++i)
            for (const InvNeighbour &n : m_hosts[i].neighbours) {
                const std::string name = neighbourName(n);
                if (name.empty() || hostNamed(name) >= 0)
                    continue;
                SwitchInfo &sw = switchNamed(name);
                if (sw.description.empty())
                    sw.description = n.systemDescription;
            }
        for (const NeighbourTable &t : m_options.tables)
            switchNamed(t.switchName);
        for (SwitchInfo &sw : m_switches) {
            for (const auto &[name, model] : m_options.switchModels)
                if (sameName(name, sw.name)) {
                    sw.tmpl = m_library.findDevice(model);
                    if (!sw.tmpl)
                        note(InventoryImport::tr(
                                 "switch %1: no device template of model '%2'; it becomes a "
                                 "generic switch")
                                 .arg(q(sw.name), q(model)));
                }
            if (!sw.tmpl && !sw.description.empty())
                sw.tmpl = templateFromDescription(m_library, sw.description);
            if (sw.tmpl)
                note(InventoryImport::tr("switch %1: model %2, from %3")
                         .arg(q(sw.name), q(sw.tmpl->model),
                              sw.description.empty()
                                  ? InventoryImport::tr("the command line")
                                  : InventoryImport::tr("its LLDP description '%1'")
                                        .arg(q(sw.description))));
            else
                note(InventoryImport::tr(
                         "switch %1: no template matches %2; it becomes a generic switch with "
                         "the ports seen in use")
                         .arg(q(sw.name), sw.description.empty()
                                              ? InventoryImport::tr("(no LLDP description)")
                                              : InventoryImport::tr("its LLDP description '%1'")
                                                    .arg(q(sw.description))));
        }
        std::set<std::string> ids = m_deviceIds;
        for (SwitchInfo &sw : m_switches) {
            sw.id = uniqueId(idFromName(sw.name), ids);
            ids.insert(sw.id);
        }
    }

    std::string switchPort(SwitchInfo &sw, const std::string &portId,
                           const std::string &description, int speed, const QString &where)
    {
        if (sw.tmpl) {
            const std::string port = templatePortOf(*sw.tmpl, portId, description);
            if (port.empty())
                note(InventoryImport::tr("%1: switch %2 port '%3' is no port of %4; not cabled")
                         .arg(where, q(sw.name), q(portId.empty() ? description : portId),
                              q(sw.tmpl->model)));
            return port;
        }
        const std::string port = genericPortName(portId, description);
        if (!port.empty() && !sw.genericSpeed.count(port)) {
            sw.genericPorts.push_back(port);
            sw.genericSpeed[port] = speed;
        }
        return port;
    }

    void addLink(const std::string &a, const std::string &b, const QString &where)
    {
        for (const Link &l : m_design.links) {
            if (l.a == a && l.b == b)
                return; // both sources saw the same cable
            for (const std::string *end : {&a, &b})
                if (l.a == *end || l.b == *end) {
                    note(InventoryImport::tr(
                             "%1: %2 is also seen on %3; the first sighting (%4) is kept")
                             .arg(where, q(*end), q(end == &a ? b : a), q(l.name())));
                    return;
                }
        }
        Link l;
        l.a = a;
        l.b = b;
        m_design.links.push_back(std::move(l));
    }

    void cableFromHosts()
    {
        for (std::size_t i = 0; i < m_hosts.size(); ++i) {
            const HostInventory &inv = m_hosts[i];
            const Device &dev = m_design.devices[i];
            for (const CardGroup &card : m_facts[i].cards)
                for (const std::string &name : card.ports) {
                    const InvAdapter *a = inv.findAdapter(name);
                    const InvNeighbour *n = inv.neighbourOf(*a);
                    if (!n)
                        continue;
                    const std::string ref = m_portRef[i].at(name);
                    const QString where = q(inv.hostName) + " " + q(name);
                    const int other = hostNamed(neighbourName(*n));
                    if (other >= 0) {
                        cableToHost(i, ref, std::size_t(other), *n, where);
                        continue;
                    }
                    SwitchInfo &sw = switchNamed(neighbourName(*n));
                    const std::string port =
                        switchPort(sw, n->portId, n->portDescription, m_portSpeed[i][ref], where);
                    if (!port.empty())
                        addLink(dev.id + ":" + ref, sw.id + ":" + port, where);
                }
        }
    }

    void cableToHost(std::size_t from, const std::string &ref, std::size_t to,
                     const InvNeighbour &n, const QString &where)
    {
        const HostInventory &peer = m_hosts[to];
        const InvAdapter *a = peer.adapterByMac(normaliseMac(n.portId));
        if (!a)
            a = peer.adapterByMac(normaliseMac(n.chassisId));
        if (!a)
            a = peer.findAdapter(n.portId);
        if (!a) {
            note(InventoryImport::tr("%1: LLDP names host %2 but no adapter of it; not cabled")
                     .arg(where, q(peer.hostName)));
            return;
        }
        const std::string a1 = m_design.devices[from].id + ":" + ref;
        const std::string a2 = m_design.devices[to].id + ":" + m_portRef[to].at(a->name);
        for (const Link &l : m_design.links)
            if (l.a == a2 && l.b == a1)
                return; // seen from the other side already
        addLink(a1, a2, where);
    }

    void cableFromTables()
    {
        for (const NeighbourTable &t : m_options.tables) {
            SwitchInfo &sw = switchNamed(t.switchName);
            int unmatched = 0;
            for (const SwitchNeighbour &row : t.rows) {
                int host = -1;
                const InvAdapter *a = nullptr;
                for (std::size_t i = 0; i < m_hosts.size() && !a; ++i) {
                    for (const std::string &id : {row.portId, row.chassisId})
                        if (!a && (a = m_hosts[i].adapterByMac(normaliseMac(id))))
                            host = int(i);
                    if (!a && sameName(m_hosts[i].hostName, row.systemName) &&
                        (a = m_hosts[i].findAdapter(row.portId)))
                        host = int(i);
                }
                if (!a) {
                    ++unmatched;
                    continue;
                }
                const std::string ref = m_portRef[std::size_t(host)].at(a->name);
                const QString where = q(t.file) + ":" + QString::number(row.line);
                const std::string port = switchPort(sw, row.localInterface, {},
                                                    m_portSpeed[std::size_t(host)][ref], where);
                if (!port.empty())
                    addLink(m_design.devices[std::size_t(host)].id + ":" + ref, sw.id + ":" + port,
                            where);
            }
            if (unmatched)
                note(InventoryImport::tr(
                         "%1: %n neighbour(s) of switch %2 match no adapter of the hosts", nullptr,
                         unmatched)
                         .arg(q(t.file), q(sw.name)));
        }
    }

    void addSwitches()
    {
        for (SwitchInfo &sw : m_switches) {
            Device dev;
            dev.id = sw.id;
            dev.type = DeviceType::Switch;
            if (sw.name != sw.id)
                dev.name = sw.name;
            if (sw.tmpl) {
                dev.model = sw.tmpl->model;
            } else {
                GeneratedTemplate g = genericTemplate(sw);
                dev.model = g.device.slug;
                m_templates.push_back(std::move(g));
            }
            m_design.devices.push_back(std::move(dev));
        }
    }

    static GeneratedTemplate genericTemplate(SwitchInfo &sw)
    {
        GeneratedTemplate g;
        g.device.manufacturer = "Generic";
        g.device.model = "Generic switch " + sw.id;
        g.device.slug = "generic-" + sw.id;
        g.fileName = "devices/" + g.device.slug + ".yaml";
        std::sort(sw.genericPorts.begin(), sw.genericPorts.end(), naturalLess);
        YAML::Emitter out;
        out << YAML::BeginMap;
        out << YAML::Key << "manufacturer" << YAML::Value << g.device.manufacturer;
        out << YAML::Key << "model" << YAML::Value << g.device.model;
        out << YAML::Key << "slug" << YAML::Value << g.device.slug;
        out << YAML::Key << "u_height" << YAML::Value << 1;
        if (!sw.description.empty())
            out << YAML::Key << "comments" << YAML::Value << sw.description;
        out << YAML::Key << "interfaces" << YAML::Value << YAML::BeginSeq;
        for (const std::string &port : sw.genericPorts) {
            Interface i;
            i.name = port;
            i.type = interfaceTypeForSpeed(sw.genericSpeed[port]);
            if (i.type.empty())
                i.type = "1000base-t";
            i.speedMbps = speedOfInterfaceType(i.type);
            i.media = mediaOfInterfaceType(i.type);
            out << YAML::Flow << YAML::BeginMap << YAML::Key << "name" << YAML::Value << i.name
                << YAML::Key << "type" << YAML::Value << i.type << YAML::EndMap;
            g.device.interfaces.push_back(std::move(i));
        }
        out << YAML::EndSeq << YAML::EndMap;
        g.text =
            "# Written by clusternet import: switch " + sw.name +
            ", whose model no template on the path matched,\n"
            "# with the ports seen in use (their types guessed from the hosts' link speeds).\n"
            "# Put the switch's own template on the path and change the model in the design.\n" +
            std::string(out.c_str()) + "\n";
        return g;
    }

    void titleBlock()
    {
        m_design.hasTitleBlock = true;
        std::set<std::string> clusters;
        std::string date;
        QStringList hosts;
        for (const HostInventory &h : m_hosts) {
            if (!h.clusterName.empty())
                clusters.insert(h.clusterName);
            date = std::max(date, h.collectedAt.substr(0, 10));
            hosts << q(h.hostName);
        }
        m_design.title.title =
            clusters.size() == 1
                ? s(InventoryImport::tr("Cluster %1 as built").arg(q(*clusters.begin())))
                : s(InventoryImport::tr("Hosts as built: %1").arg(hosts.join(", ")));
        m_design.title.date = date;
        QStringList notes;
        notes << InventoryImport::tr(
                     "Imported by clusternet import from the inventories of %1. Guesses to check:")
                     .arg(hosts.join(", "));
        for (const std::string &n : m_notes)
            notes << "- " + q(n);
        m_design.title.notes = s(notes.join('\n'));
    }

    const std::vector<HostInventory> &m_hosts;
    const TemplateLibrary &m_library;
    const ImportOptions &m_options;
    std::vector<HostFacts> m_facts;
    std::vector<std::map<std::string, std::string>> m_portRef; // adapter name -> "card/port"
    std::vector<std::map<std::string, std::string>> m_teamId;  // team name -> team id
    std::vector<std::map<std::string, int>> m_portSpeed;       // "card/port" -> Mb/s
    std::set<std::string> m_deviceIds;
    std::vector<NetInfo> m_nets;
    std::map<std::string, std::size_t> m_netByKey;
    std::vector<SwitchInfo> m_switches;
    Design m_design;
    std::vector<GeneratedTemplate> m_templates;
    std::vector<std::string> m_notes;
};

} // namespace

ImportResult importInventories(const std::vector<HostInventory> &hosts,
                               const TemplateLibrary &library, const ImportOptions &options)
{
    return Importer(hosts, library, options).run();
}

} // namespace cn
