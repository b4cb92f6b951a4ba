#include "inventory/InventoryAudit.h"

#include "design/Endpoint.h"
#include "design/Subnet.h"
#include "inventory/HostFacts.h"
#include "inventory/SwitchPorts.h"
#include "templates/TemplateLibrary.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace cn
{
namespace
{

// Named as its translation context: lupdate reads the class name.
class InventoryAudit
{
    Q_DECLARE_TR_FUNCTIONS(InventoryAudit)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString list(const std::vector<std::string> &items)
{
    QStringList out;
    for (const std::string &i : items)
        out << q(i);
    return out.isEmpty() ? InventoryAudit::tr("none") : out.join(", ");
}

QString vlanText(std::optional<int> vlan)
{
    return vlan ? InventoryAudit::tr("VLAN %1").arg(*vlan) : InventoryAudit::tr("untagged");
}

QString stateText(const InvAdapter &a)
{
    if (!a.stateText.empty())
        return q(a.stateText);
    switch (a.state) {
    case LinkState::Down:
        return InventoryAudit::tr("down");
    case LinkState::Disabled:
        return InventoryAudit::tr("disabled");
    case LinkState::NotPresent:
        return InventoryAudit::tr("not present");
    default:
        return InventoryAudit::tr("in an unknown state");
    }
}

bool sameSubnet(const std::string &a, const std::string &b)
{
    const auto x = parseCidr(a), y = parseCidr(b);
    return x && y && *x == *y;
}

class HostAudit
{
public:
    HostAudit(const Design &design, const TemplateLibrary &templates, const HostInventory &inv,
              const Device &dev, AuditResult &out, std::set<std::string> &checkedPorts)
        : m_design(design), m_templates(templates), m_inv(inv), m_dev(dev), m_out(out),
          m_checked(checkedPorts), m_facts(analyseHost(inv))
    {
    }

    void run()
    {
        matchPorts();
        adapters();
        cards();
        ports();
        teams();
        bindings();
        cables();
    }

    // Design "adapter/port" of an inventory adapter, or empty.
    std::string refOf(const std::string &adapterName) const
    {
        auto it = m_portOf.find(adapterName);
        return it == m_portOf.end() ? std::string() : it->second;
    }

private:
    void add(const char *kind, std::vector<std::string> elements, const QString &message)
    {
        m_out.differences.push_back(
            {kind, m_inv.hostName, std::move(elements), message.toStdString()});
    }
    std::string ref(const std::string &local) const { return m_dev.id + ":" + local; }
    QString host() const { return q(m_inv.hostName); }

    void matchPorts()
    {
        for (const InvAdapter &a : m_inv.adapters)
            for (const Adapter &da : m_dev.adapters)
                for (const Port &p : da.ports)
                    if (idFromName(p.id) == idFromName(a.name) &&
                        !m_adapterOf.count(da.id + "/" + p.id)) {
                        m_portOf[a.name] = da.id + "/" + p.id;
                        m_adapterOf[da.id + "/" + p.id] = a.name;
                    }
    }

    void adapters()
    {
        for (const Adapter &da : m_dev.adapters) {
            std::vector<std::string> missing;
            for (const Port &p : da.ports)
                if (!m_adapterOf.count(da.id + "/" + p.id))
                    missing.push_back(p.id);
            if (missing.size() == da.ports.size() && !da.ports.empty()) {
                add("adapter-missing", {ref(da.id)},
                    InventoryAudit::tr("%1 has no card %2: none of its ports (%3) is on the host")
                        .arg(host(), q(da.id), list(missing)));
                continue;
            }
            for (const std::string &p : missing)
                add("port-missing", {ref(da.id + "/" + p)},
                    InventoryAudit::tr("%1 has no port %2 on card %3").arg(host(), q(p), q(da.id)));
        }
        for (const CardGroup &card : m_facts.cards) {
            std::vector<std::string> extra;
            std::string designAdapter;
            for (const std::string &name : card.ports) {
                const std::string r = refOf(name);
                if (r.empty())
                    extra.push_back(name);
                else if (designAdapter.empty())
                    designAdapter = r.substr(0, r.find('/'));
            }
            if (extra.empty())
                continue;
            if (designAdapter.empty()) {
                add("adapter-extra", {m_dev.id},
                    InventoryAudit::tr("%1 has a card the design does not: %2 (%3) with %4")
                        .arg(host(), q(card.id), q(card.model), list(extra)));
                continue;
            }
            for (const std::string &name : extra)
                add("port-extra", {ref(designAdapter)},
                    InventoryAudit::tr("%1 has a port %2 on card %3 that the design does not")
                        .arg(host(), q(name), q(designAdapter)));
        }
    }

    void cards()
    {
        // Ports designed on one card that sit on several, and ports of one card designed on
        // several.
        std::map<std::string, std::set<std::string>> cardsOfAdapter, adaptersOfCard;
        for (const auto &[name, r] : m_portOf) {
            const std::string adapter = r.substr(0, r.find('/'));
            const CardGroup *card = m_facts.cardOf(name);
            cardsOfAdapter[adapter].insert(card->id);
            adaptersOfCard[card->id].insert(adapter);
        }
        for (const Adapter &da : m_dev.adapters) {
            const auto &cards = cardsOfAdapter[da.id];
            if (cards.size() > 1)
                add("card-differs", {ref(da.id)},
                    InventoryAudit::tr("the ports of card %1 sit on %n cards of %2: %3", nullptr,
                          int(cards.size()))
                        .arg(q(da.id), host(), list({cards.begin(), cards.end()})));
        }
        for (const CardGroup &card : m_facts.cards) {
            const auto &adapters = adaptersOfCard[card.id];
            if (adapters.size() < 2)
                continue;
            std::vector<std::string> refs;
            for (const std::string &a : adapters)
                refs.push_back(ref(a));
            add("card-differs", refs,
                InventoryAudit::tr("cards %1 of the design are one card on %2 (%3, %4): they fail together")
                    .arg(list({adapters.begin(), adapters.end()}), host(), q(card.id),
                         q(card.model)));
        }
    }

    bool portInUse(const std::string &local) const
    {
        for (const Link &l : m_design.links)
            if (l.a == ref(local) || l.b == ref(local))
                return true;
        const Team *team = m_dev.teamOf(local);
        for (const Binding &b : m_dev.bindings)
            if (b.via == local || (team && b.via == team->id))
                return true;
        return false;
    }

    void ports()
    {
        for (const Adapter &da : m_dev.adapters)
            for (const Port &p : da.ports) {
                const std::string local = da.id + "/" + p.id;
                auto it = m_adapterOf.find(local);
                if (it == m_adapterOf.end())
                    continue;
                const InvAdapter &a = *m_inv.findAdapter(it->second);
                if (a.state == LinkState::Up) {
                    const int designed = da.portSpeedMbps(p);
                    const auto built = designSpeedOf(a.speedBps);
                    if (built && *built != designed)
                        add("port-speed", {ref(local)},
                            InventoryAudit::tr("%1 %2 runs at %3, designed %4")
                                .arg(host(), q(a.name), q(speedToString(*built)),
                                     q(speedToString(designed))));
                } else if (portInUse(local)) {
                    add("port-down", {ref(local)},
                        InventoryAudit::tr("%1 %2 is %3, but the design uses it")
                            .arg(host(), q(a.name), stateText(a)));
                }
            }
    }

    std::vector<std::string> designMembersOf(const InvTeam &t) const
    {
        std::vector<std::string> out;
        for (const std::string &m : t.members) {
            const std::string r = refOf(m);
            out.push_back(r.empty() ? m : r);
        }
        return out;
    }

    void teams()
    {
        std::set<const InvTeam *> used;
        for (const Team &team : m_dev.teams) {
            const InvTeam *match = nullptr;
            for (const InvTeam &t : m_inv.teams)
                if (!used.count(&t) && idFromName(t.name) == idFromName(team.id))
                    match = &t;
            std::size_t best = 0;
            for (const InvTeam &t : m_inv.teams) {
                if (match || used.count(&t))
                    continue;
                std::size_t shared = 0;
                for (const std::string &m : designMembersOf(t))
                    shared += std::count(team.members.begin(), team.members.end(), m);
                if (shared > best) {
                    best = shared;
                    match = &t;
                }
            }
            if (!match) {
                add("team-missing", {ref(team.id)},
                    InventoryAudit::tr("%1 has no team %2 (of %3)").arg(host(), q(team.id), list(team.members)));
                continue;
            }
            used.insert(match);
            m_teamOf[match->name] = team.id;
            std::vector<std::string> built = designMembersOf(*match), designed = team.members;
            std::sort(built.begin(), built.end());
            std::sort(designed.begin(), designed.end());
            if (built != designed) {
                QString message =
                    InventoryAudit::tr("team %1 on %2 has members %3, designed %4")
                        .arg(q(team.id), host(), list(designMembersOf(*match)), list(team.members));
                std::set<std::string> cards;
                for (const std::string &m : match->members)
                    if (const CardGroup *c = m_facts.cardOf(m))
                        cards.insert(c->id);
                if (match->members.size() > 1 && cards.size() == 1)
                    message += InventoryAudit::tr("; all of them on one card (%1)").arg(q(*cards.begin()));
                std::vector<std::string> elements{ref(team.id)};
                for (const std::string &m : built)
                    if (m.find('/') != std::string::npos &&
                        std::find(designed.begin(), designed.end(), m) == designed.end())
                        elements.push_back(ref(m));
                add("team-members", elements, message);
            }
            if (match->mode && *match->mode != team.effectiveMode())
                add("team-mode", {ref(team.id)},
                    InventoryAudit::tr("team %1 on %2 runs %3, designed %4")
                        .arg(q(team.id), host(), q(toString(*match->mode)),
                             q(toString(team.effectiveMode()))));
        }
        for (const InvTeam &t : m_inv.teams) {
            if (used.count(&t))
                continue;
            std::vector<std::string> elements{m_dev.id};
            for (const std::string &m : t.members)
                if (!refOf(m).empty())
                    elements.push_back(ref(refOf(m)));
            add("team-extra", elements,
                InventoryAudit::tr("%1 has a team %2 (%3, of %4) that the design does not")
                    .arg(host(), q(t.name),
                         t.kind == InvTeam::Kind::Set ? InventoryAudit::tr("SET") : InventoryAudit::tr("LBFO"),
                         list(designMembersOf(t))));
        }
    }

    // A host interface's place in the design's words: "adapter/port" or a team id; empty if none.
    std::string viaOf(const Attachment &on) const
    {
        if (on.kind == Attachment::Kind::Port)
            return refOf(on.name);
        if (on.kind == Attachment::Kind::Team) {
            auto it = m_teamOf.find(on.name);
            return it == m_teamOf.end() ? std::string() : it->second;
        }
        return {};
    }
    QString viaText(const Attachment &on) const
    {
        const std::string via = viaOf(on);
        return via.empty() ? q(on.name) : q(via);
    }

    bool matches(const Network &n, const HostInterface &h) const
    {
        if (!n.subnet.empty())
            return sameSubnet(n.subnet, h.subnet);
        if (!n.vlan || h.vlan != n.vlan)
            return false;
        // Known only by its VLAN: an interface whose subnet is another network's is that one's.
        for (const Network &other : m_design.networks)
            if (!other.subnet.empty() && sameSubnet(other.subnet, h.subnet))
                return false;
        return true;
    }

    int taggedNetworks(const std::string &via) const
    {
        int n = 0;
        for (const Binding &b : m_dev.bindings)
            if (b.via == via)
                for (const std::string &id : b.networks)
                    if (const Network *net = m_design.findNetwork(id); net && net->vlan)
                        ++n;
        return n;
    }

    void bindings()
    {
        std::set<std::size_t> explained, explainedVm;
        for (const Binding &b : m_dev.bindings) {
            for (const std::string &netId : b.networks) {
                const Network *n = m_design.findNetwork(netId);
                if (!n)
                    continue;
                const std::vector<std::string> elements{ref(b.via), netId};
                if (n->hasRole(Role::Vm) && n->subnet.empty() && !n->vlan) {
                    bool found = false;
                    for (std::size_t i = 0; i < m_facts.vmUplinks.size(); ++i)
                        if (viaOf(m_facts.vmUplinks[i].on) == b.via) {
                            found = true;
                            explainedVm.insert(i);
                        }
                    if (!found)
                        add("binding-missing", elements,
                            InventoryAudit::tr("%1 has no Hyper-V switch on %2 for network %3")
                                .arg(host(), q(b.via), q(netId)));
                    continue;
                }
                std::vector<std::size_t> same, elsewhere;
                for (std::size_t i = 0; i < m_facts.interfaces.size(); ++i)
                    if (matches(*n, m_facts.interfaces[i]))
                        (viaOf(m_facts.interfaces[i].on) == b.via ? same : elsewhere).push_back(i);
                for (std::size_t i : same) {
                    explained.insert(i);
                    const HostInterface &h = m_facts.interfaces[i];
                    // An untagged interface on a port or team that carries one VLAN only may
                    // sit on the switch's access port of that VLAN: nothing to say then.
                    const bool access = !h.vlan && taggedNetworks(b.via) == 1;
                    if (n->vlan && h.vlan != n->vlan && !access)
                        add("vlan-differs", elements,
                            InventoryAudit::tr("%1 %2 (network %3 on %4) is %5, designed VLAN %6")
                                .arg(host(), q(h.alias), q(netId), q(b.via), vlanText(h.vlan))
                                .arg(*n->vlan));
                }
                if (!same.empty())
                    continue;
                if (!elsewhere.empty()) {
                    const HostInterface &h = m_facts.interfaces[elsewhere.front()];
                    explained.insert(elsewhere.begin(), elsewhere.end());
                    std::vector<std::string> el = elements;
                    if (!viaOf(h.on).empty())
                        el.push_back(ref(viaOf(h.on)));
                    add("binding-moved", el,
                        InventoryAudit::tr("%1 has network %2 on %3 (%4), designed on %5")
                            .arg(host(), q(netId), viaText(h.on), q(h.alias), q(b.via)));
                    continue;
                }
                // Guest traffic needs no host interface: a Hyper-V switch on that port or team
                // carries it.
                if (n->hasRole(Role::Vm) || n->hasRole(Role::IscsiGuest)) {
                    bool vmSwitch = false;
                    for (std::size_t i = 0; i < m_facts.vmUplinks.size(); ++i)
                        if (viaOf(m_facts.vmUplinks[i].on) == b.via) {
                            vmSwitch = true;
                            explainedVm.insert(i);
                        }
                    if (vmSwitch)
                        continue;
                }
                add("binding-missing", elements,
                    InventoryAudit::tr("%1 has no interface on network %2 (%3, %4), designed on %5")
                        .arg(host(), q(netId),
                             n->subnet.empty() ? InventoryAudit::tr("no subnet") : q(n->subnet),
                             vlanText(n->vlan), q(b.via)));
            }
        }
        for (std::size_t i = 0; i < m_facts.interfaces.size(); ++i) {
            if (explained.count(i))
                continue;
            const HostInterface &h = m_facts.interfaces[i];
            std::string known;
            for (const Network &n : m_design.networks)
                if (known.empty() && matches(n, h))
                    known = n.id;
            const std::string via = viaOf(h.on);
            std::vector<std::string> elements{via.empty() ? m_dev.id : ref(via)};
            if (!known.empty())
                elements.push_back(known);
            add("binding-extra", elements,
                InventoryAudit::tr("%1 has %2 (%3, %4) on %5, which the design does not bind there%6")
                    .arg(host(), q(h.alias),
                         h.addresses.empty() ? InventoryAudit::tr("no address") : list(h.addresses),
                         vlanText(h.vlan), viaText(h.on),
                         known.empty() ? QString() : InventoryAudit::tr(" (network %1)").arg(q(known))));
        }
        for (std::size_t i = 0; i < m_facts.vmUplinks.size(); ++i) {
            if (explainedVm.count(i))
                continue;
            const VmUplink &u = m_facts.vmUplinks[i];
            const std::string via = viaOf(u.on);
            add("binding-extra", {via.empty() ? m_dev.id : ref(via)},
                InventoryAudit::tr(
                    "%1 has Hyper-V switch %2 on %3, which the design binds to no VM network there")
                    .arg(host(), q(u.switchName), viaText(u.on)));
        }
    }

    const Device *switchNamed(const std::string &name) const
    {
        for (const Device &d : m_design.devices)
            if (d.isSwitch() && (sameName(d.id, name) || sameName(d.name, name)))
                return &d;
        return nullptr;
    }

public:
    // Compares the cable on design port `local` with what LLDP saw: switch `name`, its port.
    void compareCable(const std::string &local, const std::string &name, const std::string &portId,
                      const std::string &portDescription, const QString &source)
    {
        m_checked.insert(ref(local));
        const Link *designed = nullptr;
        std::string designedEnd;
        for (const Link &l : m_design.links) {
            if (l.a == ref(local))
                designed = &l, designedEnd = l.b;
            else if (l.b == ref(local))
                designed = &l, designedEnd = l.a;
        }
        const Device *sw = switchNamed(name);
        std::string seen;
        if (sw) {
            const DeviceTemplate *tmpl = m_templates.findDevice(sw->model);
            const std::string port =
                tmpl ? templatePortOf(*tmpl, portId, portDescription) : std::string();
            if (port.empty()) {
                m_out.notes.push_back(
                    InventoryAudit::tr("%1: %2 sees port '%3' of switch %4, which names no port of its model")
                        .arg(source, q(local), q(portId.empty() ? portDescription : portId),
                             q(sw->id))
                        .toStdString());
                return;
            }
            seen = sw->id + ":" + port;
        }
        const QString port = q(genericPortName(portId, portDescription));
        if (designed && designedEnd == seen)
            return;
        std::vector<std::string> elements;
        if (designed)
            elements.push_back(designed->name());
        elements.push_back(ref(local));
        if (sw)
            elements.push_back(seen);
        if (designed && sw)
            add("cable-moved", elements,
                InventoryAudit::tr("%1 %2 is cabled to %3, designed to %4 (%5)")
                    .arg(host(), q(local), q(seen), q(designedEnd), source));
        else if (designed)
            add("cable-moved", elements,
                InventoryAudit::tr("%1 %2 is cabled to switch %3 port %4, which is not in the design; designed "
                      "to %5 (%6)")
                    .arg(host(), q(local), q(name), port, q(designedEnd), source));
        else if (sw)
            add("cable-extra", elements,
                InventoryAudit::tr("%1 %2 is cabled to %3; the design leaves it uncabled (%4)")
                    .arg(host(), q(local), q(seen), source));
        else
            add("cable-extra", elements,
                InventoryAudit::tr("%1 %2 is cabled to switch %3 port %4, which is not in the design (%5)")
                    .arg(host(), q(local), q(name), port, source));
    }

private:
    void cables()
    {
        for (const InvAdapter &a : m_inv.adapters) {
            const std::string local = refOf(a.name);
            const InvNeighbour *n = m_inv.neighbourOf(a);
            if (local.empty() || !n)
                continue;
            compareCable(local, n->systemName.empty() ? n->chassisId : n->systemName, n->portId,
                         n->portDescription, InventoryAudit::tr("LLDP on %1").arg(q(a.name)));
        }
    }

    const Design &m_design;
    const TemplateLibrary &m_templates;
    const HostInventory &m_inv;
    const Device &m_dev;
    AuditResult &m_out;
    std::set<std::string> &m_checked;
    HostFacts m_facts;
    std::map<std::string, std::string> m_portOf;    // adapter name -> "adapter/port"
    std::map<std::string, std::string> m_adapterOf; // "adapter/port" -> adapter name
    std::map<std::string, std::string> m_teamOf;    // inventory team name -> design team id
};

const Device *hostNamed(const Design &design, const std::string &name)
{
    for (const Device &d : design.devices)
        if (!d.isSwitch() && (sameName(d.id, name) || sameName(d.name, name)))
            return &d;
    return nullptr;
}

} // namespace

const std::vector<std::string> &auditKinds()
{
    static const std::vector<std::string> kinds = {
        "host-extra",    "adapter-missing", "port-missing", "adapter-extra", "port-extra",
        "card-differs",  "port-speed",      "port-down",    "team-missing",  "team-members",
        "team-mode",     "team-extra",      "vlan-differs", "binding-moved", "binding-missing",
        "binding-extra", "cable-moved",     "cable-extra",
    };
    return kinds;
}

AuditResult auditDesign(const Design &design, const TemplateLibrary &templates,
                        const std::vector<HostInventory> &hosts,
                        const std::vector<NeighbourTable> &tables)
{
    AuditResult out;
    std::set<std::string> checked; // design ports whose cable a host's own LLDP already judged
    std::vector<std::unique_ptr<HostAudit>> audits(hosts.size());
    for (std::size_t i = 0; i < hosts.size(); ++i) {
        const Device *dev = hostNamed(design, hosts[i].hostName);
        if (!dev) {
            out.differences.push_back({"host-extra",
                                       hosts[i].hostName,
                                       {},
                                       InventoryAudit::tr("%1 (%2) is not in the design")
                                           .arg(q(hosts[i].hostName), q(hosts[i].file))
                                           .toStdString()});
            continue;
        }
        audits[i] = std::make_unique<HostAudit>(design, templates, hosts[i], *dev, out, checked);
        audits[i]->run();
    }
    // The switches' own tables: rows matched to host adapters by MAC address.
    for (const NeighbourTable &t : tables)
        for (const SwitchNeighbour &row : t.rows)
            for (std::size_t i = 0; i < hosts.size(); ++i) {
                if (!audits[i])
                    continue;
                const InvAdapter *a = hosts[i].adapterByMac(normaliseMac(row.portId));
                if (!a)
                    a = hosts[i].adapterByMac(normaliseMac(row.chassisId));
                const std::string local = a ? audits[i]->refOf(a->name) : std::string();
                const Device *dev = hostNamed(design, hosts[i].hostName);
                if (local.empty() || checked.count(dev->id + ":" + local))
                    continue;
                audits[i]->compareCable(local, t.switchName, row.localInterface, {},
                                        q(t.file) + ":" + QString::number(row.line));
            }
    for (const Device &d : design.devices) {
        if (d.isSwitch() || d.adapters.empty())
            continue;
        bool audited = false;
        for (const HostInventory &h : hosts)
            audited |= hostNamed(design, h.hostName) == &d;
        if (!audited)
            out.notes.push_back(
                InventoryAudit::tr("%1: no inventory given; not audited").arg(q(d.id)).toStdString());
    }
    // One order for every caller: by host as given, then by kind.
    std::stable_sort(out.differences.begin(), out.differences.end(),
                     [&](const AuditDifference &x, const AuditDifference &y) {
                         auto hostIndex = [&](const std::string &h) {
                             for (std::size_t i = 0; i < hosts.size(); ++i)
                                 if (hosts[i].hostName == h)
                                     return i;
                             return hosts.size();
                         };
                         auto kindIndex = [](const std::string &k) {
                             const auto &kinds = auditKinds();
                             return std::size_t(std::find(kinds.begin(), kinds.end(), k) -
                                                kinds.begin());
                         };
                         return std::make_pair(hostIndex(x.host), kindIndex(x.kind)) <
                                std::make_pair(hostIndex(y.host), kindIndex(y.kind));
                     });
    return out;
}

} // namespace cn
