#include "handover/RevisionDiff.h"

#include "analysis/Validator.h"
#include "design/CableIds.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace cn
{
namespace
{

std::string number(double v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}

template <typename T> std::string optional(const std::optional<T> &v)
{
    if (!v)
        return "-";
    if constexpr (std::is_same_v<T, int>)
        return std::to_string(*v);
    else if constexpr (std::is_same_v<T, double>)
        return number(*v);
    else
        return toString(*v);
}

std::string orDash(const std::string &s)
{
    return s.empty() ? "-" : s;
}

std::string joined(std::vector<std::string> items, bool sorted)
{
    if (sorted)
        std::sort(items.begin(), items.end());
    std::string out;
    for (const auto &i : items)
        out += (out.empty() ? "" : ", ") + i;
    return out.empty() ? "-" : out;
}

std::string speed(const std::optional<int> &mbps)
{
    return mbps ? speedToString(*mbps) : "-";
}

class Differ
{
public:
    Differ(const Design &a, const Design &b) : m_a(a), m_b(b) {}

    std::vector<DesignChange> run()
    {
        networks();
        devices();
        links();
        policy();
        acceptances();
        // One element kind after the other, each in the order it was found.
        static const std::vector<std::string> order = {"network", "device", "adapter",
                                                       "port",    "team",   "binding",
                                                       "link",    "policy", "acceptance"};
        std::stable_sort(m_changes.begin(), m_changes.end(),
                         [](const DesignChange &x, const DesignChange &y) {
                             return std::find(order.begin(), order.end(), x.element) <
                                    std::find(order.begin(), order.end(), y.element);
                         });
        return std::move(m_changes);
    }

private:
    struct Fields {
        std::vector<FieldChange> list;
        void add(const std::string &field, const std::string &before, const std::string &after)
        {
            if (before != after)
                list.push_back({field, before, after});
        }
    };

    void changed(const std::string &element, const std::string &ref, Fields f)
    {
        if (!f.list.empty())
            m_changes.push_back({element, ChangeKind::Changed, ref, {}, std::move(f.list)});
    }
    void added(const std::string &element, const std::string &ref, const std::string &summary)
    {
        m_changes.push_back({element, ChangeKind::Added, ref, summary, {}});
    }
    void removed(const std::string &element, const std::string &ref, const std::string &summary)
    {
        m_changes.push_back({element, ChangeKind::Removed, ref, summary, {}});
    }

    static std::string roles(const Network &n)
    {
        std::vector<std::string> r;
        for (Role role : n.roles)
            r.push_back(toString(role));
        return joined(r, true);
    }

    static std::string networkSummary(const Network &n)
    {
        std::string s = n.vlan ? "VLAN " + std::to_string(*n.vlan) : "no VLAN";
        if (!n.subnet.empty())
            s += ", " + n.subnet;
        return s + ", " + roles(n);
    }

    void networks()
    {
        for (const Network &o : m_a.networks) {
            const Network *n = m_b.findNetwork(o.id);
            if (!n) {
                removed("network", o.id, networkSummary(o));
                continue;
            }
            Fields f;
            f.add("name", orDash(o.name), orDash(n->name));
            f.add("roles", roles(o), roles(*n));
            f.add("vlan", optional(o.vlan), optional(n->vlan));
            f.add("subnet", orDash(o.subnet), orDash(n->subnet));
            f.add("cluster_use", toString(o.effectiveClusterUse()),
                  toString(n->effectiveClusterUse()));
            f.add("isolation", toString(o.effectiveIsolation()), toString(n->effectiveIsolation()));
            f.add("load_gbps", optional(o.loadGbps), optional(n->loadGbps));
            changed("network", o.id, std::move(f));
        }
        for (const Network &n : m_b.networks)
            if (!m_a.findNetwork(n.id))
                added("network", n.id, networkSummary(n));
    }

    static std::string vms(const Device &d)
    {
        std::vector<std::string> v;
        for (const Vm &vm : d.vms)
            v.push_back(vm.name + " " + number(vm.memoryGb) + " GB");
        return joined(v, true);
    }

    static std::string deviceSummary(const Device &d)
    {
        std::string s = toString(d.type);
        if (!d.model.empty())
            s += ", " + d.model;
        if (!d.stack.empty())
            s += ", stack " + d.stack;
        return s;
    }

    static std::string adapterSummary(const Adapter &a)
    {
        std::vector<std::string> ports;
        for (const Port &p : a.ports)
            ports.push_back(p.id);
        std::string s = a.model.empty() ? std::string() : a.model + ", ";
        return s + speedToString(a.speedMbps.value_or(1000)) + ", ports " + joined(ports, false);
    }

    static std::string members(const Team &t) { return joined(t.members, true); }

    void devices()
    {
        for (const Device &o : m_a.devices) {
            const Device *n = m_b.findDevice(o.id);
            if (!n) {
                removed("device", o.id, deviceSummary(o));
                continue;
            }
            Fields f;
            f.add("type", toString(o.type), toString(n->type));
            f.add("name", orDash(o.name), orDash(n->name));
            f.add("model", orDash(o.model), orDash(n->model));
            f.add("cluster", orDash(o.cluster), orDash(n->cluster));
            f.add("memory_gb", optional(o.memoryGb), optional(n->memoryGb));
            f.add("stack", orDash(o.stack), orDash(n->stack));
            f.add("vms", vms(o), vms(*n));
            changed("device", o.id, std::move(f));
            parts(o, *n);
        }
        for (const Device &n : m_b.devices)
            if (!m_a.findDevice(n.id)) {
                added("device", n.id, deviceSummary(n));
                // A new device's adapters, teams and bindings come with it: one change, not many.
            }
    }

    void parts(const Device &o, const Device &n)
    {
        const std::string dev = o.id + ":";
        for (const Adapter &a : o.adapters) {
            const Adapter *b = n.findAdapter(a.id);
            if (!b) {
                removed("adapter", dev + a.id, adapterSummary(a));
                continue;
            }
            Fields f;
            f.add("model", orDash(a.model), orDash(b->model));
            f.add("speed", speed(a.speedMbps), speed(b->speedMbps));
            changed("adapter", dev + a.id, std::move(f));
            for (const Port &p : a.ports) {
                const Port *q = b->findPort(p.id);
                const std::string ref = dev + a.id + "/" + p.id;
                if (!q) {
                    removed("port", ref, speedToString(a.portSpeedMbps(p)));
                    continue;
                }
                Fields pf;
                pf.add("speed", speed(p.speedMbps), speed(q->speedMbps));
                changed("port", ref, std::move(pf));
            }
            for (const Port &q : b->ports)
                if (!a.findPort(q.id))
                    added("port", dev + a.id + "/" + q.id, speedToString(b->portSpeedMbps(q)));
        }
        for (const Adapter &b : n.adapters)
            if (!o.findAdapter(b.id))
                added("adapter", dev + b.id, adapterSummary(b));

        for (const Team &t : o.teams) {
            const Team *u = n.findTeam(t.id);
            const std::string ref = dev + t.id;
            if (!u) {
                removed("team", ref, toString(t.effectiveMode()) + ": " + members(t));
                continue;
            }
            Fields f;
            f.add("members", members(t), members(*u));
            f.add("mode", toString(t.effectiveMode()), toString(u->effectiveMode()));
            changed("team", ref, std::move(f));
        }
        for (const Team &u : n.teams)
            if (!o.findTeam(u.id))
                added("team", dev + u.id, toString(u.effectiveMode()) + ": " + members(u));

        auto findBinding = [](const Device &d, const std::string &via) -> const Binding * {
            for (const Binding &b : d.bindings)
                if (b.via == via)
                    return &b;
            return nullptr;
        };
        for (const Binding &b : o.bindings) {
            const Binding *c = findBinding(n, b.via);
            if (!c) {
                removed("binding", dev + b.via, joined(b.networks, true));
                continue;
            }
            Fields f;
            f.add("networks", joined(b.networks, true), joined(c->networks, true));
            changed("binding", dev + b.via, std::move(f));
        }
        for (const Binding &c : n.bindings)
            if (!findBinding(o, c.via))
                added("binding", dev + c.via, joined(c.networks, true));
    }

    static std::string ends(const Link &l)
    {
        return l.a < l.b ? l.a + " -- " + l.b : l.b + " -- " + l.a;
    }

    static std::string linkSummary(const Link &l)
    {
        std::string s = l.a + " -- " + l.b;
        if (l.kind != LinkKind::Cable)
            s += ", " + toString(l.kind);
        if (l.networks)
            s += ", networks " + joined(*l.networks, false);
        return s;
    }

    static std::string linkNetworks(const Link &l)
    {
        return l.networks
                   ? "[" + (l.networks->empty() ? std::string() : joined(*l.networks, true)) + "]"
                   : "-";
    }

    void links()
    {
        const std::vector<std::string> idsA = cableIds(m_a), idsB = cableIds(m_b);
        std::map<std::string, std::size_t> byEnds, byId;
        for (std::size_t i = 0; i < m_b.links.size(); ++i) {
            byEnds.emplace(ends(m_b.links[i]), i);
            if (!m_b.links[i].id.empty())
                byId.emplace(m_b.links[i].id, i);
        }
        std::vector<char> matched(m_b.links.size(), 0);
        std::vector<long> partner(m_a.links.size(), -1);
        // The same two ports are the same cable, whatever its id; then the same id on other
        // ports is that cable moved.
        for (std::size_t i = 0; i < m_a.links.size(); ++i)
            if (auto it = byEnds.find(ends(m_a.links[i]));
                it != byEnds.end() && !matched[it->second]) {
                partner[i] = long(it->second);
                matched[it->second] = 1;
            }
        for (std::size_t i = 0; i < m_a.links.size(); ++i)
            if (partner[i] < 0 && !m_a.links[i].id.empty())
                if (auto it = byId.find(m_a.links[i].id);
                    it != byId.end() && !matched[it->second]) {
                    partner[i] = long(it->second);
                    matched[it->second] = 1;
                }
        for (std::size_t i = 0; i < m_a.links.size(); ++i) {
            const Link &o = m_a.links[i];
            if (partner[i] < 0) {
                removed("link", idsA[i], linkSummary(o));
                continue;
            }
            const std::size_t j = std::size_t(partner[i]);
            const Link &n = m_b.links[j];
            Fields f;
            f.add("id", idsA[i], idsB[j]);
            f.add("ends", o.a + " -- " + o.b, n.a + " -- " + n.b);
            f.add("kind", toString(o.kind), toString(n.kind));
            f.add("speed", speed(o.speedMbps), speed(n.speedMbps));
            f.add("networks", linkNetworks(o), linkNetworks(n));
            // The same cable with its ends written the other way round has not changed.
            if (ends(o) == ends(n))
                f.list.erase(std::remove_if(f.list.begin(), f.list.end(),
                                            [](const FieldChange &c) { return c.field == "ends"; }),
                             f.list.end());
            changed("link", idsB[j], std::move(f));
        }
        for (std::size_t j = 0; j < m_b.links.size(); ++j)
            if (!matched[j])
                added("link", idsB[j], linkSummary(m_b.links[j]));
    }

    void policy()
    {
        Fields f;
        f.add("max_live_migration_s", number(m_a.policy.liveMigrationLimit()),
              number(m_b.policy.liveMigrationLimit()));
        f.add("max_evacuation_s", number(m_a.policy.evacuationLimit()),
              number(m_b.policy.evacuationLimit()));
        changed("policy", "policy", std::move(f));
    }

    static std::string riskKey(const AcceptedRisk &r)
    {
        return r.rule + " " + joined(r.elements, true);
    }

    void acceptances()
    {
        auto find = [](const Design &d, const std::string &key) -> const AcceptedRisk * {
            for (const AcceptedRisk &r : d.acceptedRisks)
                if (riskKey(r) == key)
                    return &r;
            return nullptr;
        };
        for (const AcceptedRisk &r : m_a.acceptedRisks) {
            const AcceptedRisk *s = find(m_b, riskKey(r));
            if (!s) {
                removed("acceptance", riskKey(r), r.by);
                continue;
            }
            Fields f;
            f.add("reason", r.reason, s->reason);
            f.add("by", r.by, s->by);
            f.add("date", orDash(r.date), orDash(s->date));
            changed("acceptance", riskKey(r), std::move(f));
        }
        for (const AcceptedRisk &s : m_b.acceptedRisks)
            if (!find(m_a, riskKey(s)))
                added("acceptance", riskKey(s), s.by);
    }

    const Design &m_a, &m_b;
    std::vector<DesignChange> m_changes;
};

std::string findingKey(const Finding &f)
{
    std::vector<std::string> e = f.elements;
    std::sort(e.begin(), e.end());
    std::string key = f.rule;
    for (const auto &x : e)
        key += '\n' + x;
    return key;
}

} // namespace

std::string toString(ChangeKind k)
{
    switch (k) {
    case ChangeKind::Added:
        return "added";
    case ChangeKind::Removed:
        return "removed";
    case ChangeKind::Changed:
        break;
    }
    return "changed";
}

int RevisionDiff::count(ChangeKind k) const
{
    return int(std::count_if(changes.begin(), changes.end(),
                             [k](const DesignChange &c) { return c.kind == k; }));
}

std::vector<DesignChange> designChanges(const Design &before, const Design &after)
{
    return Differ(before, after).run();
}

RevisionDiff diffDesigns(const Design &before, const TemplateLibrary &beforeTemplates,
                       const Design &after, const TemplateLibrary &afterTemplates)
{
    RevisionDiff diff;
    diff.changes = designChanges(before, after);
    const std::vector<Finding> old = validate(before, beforeTemplates);
    std::vector<Finding> now = validate(after, afterTemplates);
    std::map<std::string, const Finding *> oldByKey, nowByKey;
    for (const Finding &f : old)
        oldByKey.emplace(findingKey(f), &f);
    for (const Finding &f : now)
        nowByKey.emplace(findingKey(f), &f);
    for (const Finding &f : now) {
        auto it = oldByKey.find(findingKey(f));
        if (it == oldByKey.end())
            diff.appeared.push_back(f);
        else if (it->second->accepted != f.accepted)
            diff.acceptanceChanged.push_back(f);
        if (isOpenError(f) && (it == oldByKey.end() || !isOpenError(*it->second)))
            diff.addsOpenError = true;
    }
    for (const Finding &f : old)
        if (!nowByKey.count(findingKey(f)))
            diff.disappeared.push_back(f);
    return diff;
}

QString RevisionDiffText::line(const DesignChange &c)
{
    const QString ref = QString::fromStdString(c.ref), element = QString::fromStdString(c.element);
    switch (c.kind) {
    case ChangeKind::Added:
        return QStringLiteral("+ %1 %2 (%3)").arg(element, ref, QString::fromStdString(c.summary));
    case ChangeKind::Removed:
        return QStringLiteral("- %1 %2 (%3)").arg(element, ref, QString::fromStdString(c.summary));
    case ChangeKind::Changed:
        break;
    }
    QStringList parts;
    for (const FieldChange &f : c.fields)
        parts << QStringLiteral("%1 %2 → %3")
                     .arg(QString::fromStdString(f.field), QString::fromStdString(f.before),
                          QString::fromStdString(f.after));
    return QStringLiteral("~ %1 %2: %3").arg(element, ref, parts.join("; "));
}

} // namespace cn
