#include "inventory/HostFacts.h"

#include "design/Subnet.h"
#include "inventory/InventoryReader.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <tuple>

namespace cn
{
namespace
{

bool embedded(const InvAdapter &a)
{
    const QString label = QString::fromStdString(a.pciLabel);
    return label.startsWith(QLatin1String("Embedded"), Qt::CaseInsensitive) ||
           label.contains(QLatin1String("LOM"), Qt::CaseSensitive);
}

struct CardKey {
    int order = 0; // embedded first, then slots, then other PCI devices, then the unknown
    int a = 0, b = 0, c = 0;
    std::string port;
    bool operator<(const CardKey &o) const
    {
        return std::tie(order, a, b, c, port) < std::tie(o.order, o.a, o.b, o.c, o.port);
    }
};

CardKey keyOf(const InvAdapter &a)
{
    if (!a.hasPci)
        return {3, 0, 0, 0, a.name};
    if (a.slot && !embedded(a))
        return {1, *a.slot, 0, 0, {}};
    return {embedded(a) ? 0 : 2, a.segment, a.bus, a.device, {}};
}

// The adapter or team a Hyper-V switch sends its traffic through.
Attachment uplinkOf(const HostInventory &inv, const InvVmSwitch &s)
{
    if (s.embeddedTeaming)
        return {Attachment::Kind::Team, s.name};
    for (const std::string &d : s.uplinkDescriptions) {
        if (const InvAdapter *a = inv.adapterByDescription(d))
            return {Attachment::Kind::Port, a->name};
        // An LBFO team's interface ("Microsoft Network Adapter Multiplexor Driver").
        for (const InvVirtualAdapter &v : inv.virtualAdapters)
            if (v.description == d)
                for (const InvTeamNic &n : inv.teamNics)
                    if (n.name == v.name)
                        return {Attachment::Kind::Team, n.team};
    }
    return {};
}

std::string vnicName(const std::string &alias)
{
    static const QRegularExpression re(QStringLiteral("^vEthernet \\((.*)\\)$"));
    const auto m = re.match(QString::fromStdString(alias));
    return m.hasMatch() ? m.captured(1).toStdString() : std::string();
}

} // namespace

const CardGroup *HostFacts::cardOf(const std::string &adapterName) const
{
    auto it = cardOfPort.find(adapterName);
    return it == cardOfPort.end() ? nullptr : &cards[it->second];
}

std::string modelOfDescription(const std::string &description)
{
    static const QRegularExpression suffix(QStringLiteral("\\s+#\\d+$"));
    return QString::fromStdString(description).remove(suffix).trimmed().toStdString();
}

HostFacts analyseHost(const HostInventory &inv)
{
    HostFacts facts;

    // Cards, in a stable order: embedded, slots by number, other devices by PCI place.
    std::map<CardKey, std::vector<const InvAdapter *>> groups;
    for (const InvAdapter &a : inv.adapters)
        groups[keyOf(a)].push_back(&a);
    int lom = 0;
    for (auto &[key, ports] : groups) {
        std::sort(ports.begin(), ports.end(), [](const InvAdapter *x, const InvAdapter *y) {
            return std::tie(x->bus, x->device, x->function, x->name) <
                   std::tie(y->bus, y->device, y->function, y->name);
        });
        CardGroup card;
        switch (key.order) {
        case 0:
            card.id = ++lom == 1 ? "lom" : "lom" + std::to_string(lom);
            break;
        case 1:
            card.id = "slot" + std::to_string(key.a);
            break;
        case 2:
            card.id = (key.a ? "pci" + std::to_string(key.a) + "-" : std::string("pci")) +
                      std::to_string(key.b) + "-" + std::to_string(key.c);
            break;
        default:
            card.id = "card-" + idFromName(ports.front()->name);
        }
        card.model = modelOfDescription(ports.front()->description);
        for (const InvAdapter *p : ports) {
            facts.cardOfPort[p->name] = facts.cards.size();
            card.ports.push_back(p->name);
        }
        facts.cards.push_back(std::move(card));
    }

    for (const InvVmSwitch &s : inv.vmSwitches)
        if (s.type == InvVmSwitch::Type::External)
            facts.vmUplinks.push_back({s.name, uplinkOf(inv, s)});

    // Host interfaces: one per interface alias with an address, plus vNICs and team NICs with a
    // VLAN but no address.
    auto interfaceFor = [&](const std::string &alias) -> HostInterface * {
        for (HostInterface &h : facts.interfaces)
            if (h.alias == alias)
                return &h;
        HostInterface h;
        h.alias = alias;
        h.displayName = alias;
        if (const InvAdapter *a = inv.findAdapter(alias)) {
            h.on = {Attachment::Kind::Port, a->name};
            h.vlan = a->vlan;
        }
        for (const InvTeamNic &n : inv.teamNics)
            if (n.name == alias) {
                h.on = {Attachment::Kind::Team, n.team};
                h.vlan = n.vlan;
            }
        const std::string vnic = vnicName(alias);
        for (const InvHostVnic &v : inv.hostVnics)
            if (!vnic.empty() && v.name == vnic) {
                h.displayName = v.name;
                h.vlan = v.vlan;
                for (const InvVmSwitch &s : inv.vmSwitches)
                    if (s.name == v.switchName)
                        h.on = uplinkOf(inv, s);
            }
        facts.interfaces.push_back(std::move(h));
        return &facts.interfaces.back();
    };
    for (const InvAddress &a : inv.addresses) {
        HostInterface *h = interfaceFor(a.interfaceAlias);
        h->addresses.push_back(a.address + "/" + std::to_string(a.prefix));
        const std::string subnet = subnetOf(a.address, a.prefix);
        if (h->subnet.empty() || (!a.v6 && h->subnet.find(':') != std::string::npos))
            h->subnet = subnet;
    }
    for (const InvHostVnic &v : inv.hostVnics)
        if (v.vlan)
            interfaceFor("vEthernet (" + v.name + ")");
    for (const InvTeamNic &n : inv.teamNics)
        if (n.vlan)
            interfaceFor(n.name);

    // Their cluster networks: named by the cluster per interface, else by subnet.
    for (HostInterface &h : facts.interfaces) {
        for (const InvClusterInterface &c : inv.clusterInterfaces)
            if (c.adapter == h.alias)
                h.clusterNetwork = c.network;
        for (const InvClusterNetwork &n : inv.clusterNetworks) {
            if (h.clusterNetwork.empty() && !n.subnet.empty() && n.subnet == h.subnet)
                h.clusterNetwork = n.name;
            if (n.name == h.clusterNetwork)
                h.clusterRole = n.role;
        }
    }
    for (auto it = facts.interfaces.begin(); it != facts.interfaces.end();) {
        if (it->on.kind == Attachment::Kind::None) {
            facts.unresolved.push_back(it->alias);
            it = facts.interfaces.erase(it);
        } else {
            ++it;
        }
    }
    return facts;
}

} // namespace cn
