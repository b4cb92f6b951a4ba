#include "io/DesignReferences.h"

#include "design/Diagnostic.h"
#include "design/Endpoint.h"
#include "templates/TemplateLibrary.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>
#include <set>

namespace cn {
namespace {

// Elements made in the editor have no recorded places.
SourcePos posAt(const std::vector<SourcePos> &v, std::size_t i, SourcePos fallback)
{
    return i < v.size() ? v[i] : fallback;
}

class ReferenceChecker
{
    Q_DECLARE_TR_FUNCTIONS(DesignLoader)
public:
    ReferenceChecker(const Design &d, const TemplateLibrary &t) : m_design(d), m_templates(t) {}
    void run();

private:
    static QString q(const std::string &s) { return QString::fromStdString(s); }
    [[noreturn]] static void fail(SourcePos pos, const QString &text)
    {
        throw LoadFailure{pos, text.toStdString()};
    }
    void uniqueIds();
    void device(const Device &d);
    void networkRef(const std::string &id, SourcePos pos);
    const Port *portOf(const Device &d, const std::string &adapterPort, SourcePos pos);
    void link(const Link &l);
    void endpoint(const Link &l, const std::string &ref, SourcePos pos);

    const Design &m_design;
    const TemplateLibrary &m_templates;
    std::map<std::string, std::pair<std::string, SourcePos>> m_portUse; // port ref -> link, place
};

void ReferenceChecker::run()
{
    uniqueIds();
    for (const auto &d : m_design.devices)
        device(d);
    for (const auto &l : m_design.links)
        link(l);
}

void ReferenceChecker::uniqueIds()
{
    std::map<std::string, SourcePos> seen;
    for (const auto &n : m_design.networks) {
        auto [it, fresh] = seen.emplace(n.id, n.pos);
        if (!fresh)
            fail(n.pos, tr("duplicate network id '%1' (first at line %2)").arg(q(n.id)).arg(it->second.line));
    }
    seen.clear();
    for (const auto &d : m_design.devices) {
        auto [it, fresh] = seen.emplace(d.id, d.pos);
        if (!fresh)
            fail(d.pos, tr("duplicate device id '%1' (first at line %2)").arg(q(d.id)).arg(it->second.line));
    }
    seen.clear();
    for (const auto &l : m_design.links) {
        auto [it, fresh] = seen.emplace(l.name(), l.pos);
        if (!fresh)
            fail(l.pos, tr("duplicate link '%1' (first at line %2)").arg(q(l.name())).arg(it->second.line));
    }
}

void ReferenceChecker::networkRef(const std::string &id, SourcePos pos)
{
    if (!m_design.findNetwork(id))
        fail(pos, tr("unknown network '%1'").arg(q(id)));
}

const Port *ReferenceChecker::portOf(const Device &d, const std::string &adapterPort, SourcePos pos)
{
    std::string adapterId, portId;
    if (!splitAdapterPort(adapterPort, adapterId, portId))
        fail(pos, tr("'%1' is not a port: write ADAPTER/PORT").arg(q(adapterPort)));
    const Adapter *adapter = d.findAdapter(adapterId);
    if (!adapter)
        fail(pos, tr("device '%1' has no adapter '%2'").arg(q(d.id), q(adapterId)));
    const Port *port = adapter->findPort(portId);
    if (!port)
        fail(pos, tr("adapter '%1:%2' has no port '%3'").arg(q(d.id), q(adapterId), q(portId)));
    return port;
}

void ReferenceChecker::device(const Device &d)
{
    if (d.isSwitch() && !m_templates.findDevice(d.model))
        fail(d.modelPos, tr("no device template for switch model '%1' (looked for a template whose "
                            "model or slug matches)")
                             .arg(q(d.model)));
    std::map<std::string, SourcePos> ids; // adapters and teams share one namespace
    for (const auto &a : d.adapters) {
        auto [it, fresh] = ids.emplace(a.id, a.pos);
        if (!fresh)
            fail(a.pos, tr("duplicate adapter or team id '%1' on device '%2'").arg(q(a.id), q(d.id)));
    }
    std::map<std::string, std::string> memberOf;
    for (const auto &t : d.teams) {
        auto [it, fresh] = ids.emplace(t.id, t.pos);
        if (!fresh)
            fail(t.pos, tr("duplicate adapter or team id '%1' on device '%2'").arg(q(t.id), q(d.id)));
        for (std::size_t i = 0; i < t.members.size(); ++i) {
            portOf(d, t.members[i], posAt(t.memberPos, i, t.pos));
            auto [m, freshMember] = memberOf.emplace(t.members[i], t.id);
            if (!freshMember)
                fail(posAt(t.memberPos, i, t.pos), tr("port '%1' is already a member of team '%2'")
                                         .arg(q(t.members[i]), q(m->second)));
        }
    }
    for (const auto &b : d.bindings) {
        if (b.via.find('/') != std::string::npos) {
            portOf(d, b.via, b.viaPos);
            auto m = memberOf.find(b.via);
            if (m != memberOf.end())
                fail(b.viaPos, tr("port '%1' is a member of team '%2' and cannot also be bound on "
                                  "its own; bind the team")
                                   .arg(q(b.via), q(m->second)));
        } else if (!d.findTeam(b.via)) {
            fail(b.viaPos, tr("device '%1' has no team '%2' (a port is written ADAPTER/PORT)")
                               .arg(q(d.id), q(b.via)));
        }
        for (std::size_t i = 0; i < b.networks.size(); ++i)
            networkRef(b.networks[i], posAt(b.networkPos, i, b.pos));
    }
}

void ReferenceChecker::endpoint(const Link &l, const std::string &ref, SourcePos pos)
{
    EndpointRef parts;
    if (!splitEndpoint(ref, parts))
        fail(pos, tr("'%1' is not a link end: write DEVICE:ADAPTER/PORT or SWITCH:PORTNAME").arg(q(ref)));
    const Device *d = m_design.findDevice(parts.device);
    if (!d)
        fail(pos, tr("unknown device '%1'").arg(q(parts.device)));
    if (d->isSwitch()) {
        const DeviceTemplate *t = m_templates.findDevice(d->model);
        const Interface *i = t ? t->findInterface(parts.rest) : nullptr;
        if (!i && t) {
            // Templates list fixed ports only: a port a module adds is not there (FORMAT.md §2).
            QStringList bays;
            for (const ModuleBay *b : t->baysForPort(parts.rest))
                bays << "'" + q(b->name) + "'";
            if (!bays.isEmpty() && bays.size() <= 4)
                fail(pos, tr("switch '%1' (%2) has no port '%3': its template lists the fixed ports only, "
                             "and a port a module adds is not known; module bay %4 may hold such a module")
                              .arg(q(d->id), q(d->model), q(parts.rest), bays.join(tr(" or "))));
        }
        if (!i)
            fail(pos, tr("switch '%1' (%2) has no port '%3'").arg(q(d->id), q(d->model), q(parts.rest)));
        if (!i->cablable())
            fail(pos, tr("port '%1' of switch '%2' is of type '%3', which cannot be cabled")
                          .arg(q(i->name), q(d->id), q(i->type)));
        if (i->stacking && l.kind != LinkKind::Stacking)
            fail(pos, tr("port '%1' of switch '%2' is a stacking port (%3): only a stacking link can use it")
                          .arg(q(i->name), q(d->id), q(i->type)));
    } else {
        portOf(*d, parts.rest, pos);
    }
    if (l.kind == LinkKind::Stacking && !d->isSwitch())
        fail(pos, tr("a stacking link joins two switches, and '%1' is a %2")
                      .arg(q(d->id), q(toString(d->type))));
    const std::string key = parts.device + ":" + parts.rest;
    auto [it, fresh] = m_portUse.emplace(key, std::make_pair(l.name(), pos));
    if (!fresh)
        fail(pos, tr("port '%1' is already used by link '%2' (line %3); a port carries one link")
                      .arg(q(key), q(it->second.first))
                      .arg(it->second.second.line));
}

void ReferenceChecker::link(const Link &l)
{
    endpoint(l, l.a, l.aPos);
    endpoint(l, l.b, l.bPos);
    EndpointRef a, b;
    if (splitEndpoint(l.a, a) && splitEndpoint(l.b, b) && a.device == b.device)
        fail(l.bPos.known() ? l.bPos : l.pos,
             (l.kind == LinkKind::Stacking
                  ? tr("stacking link '%1' joins switch '%2' to itself; a stacking link joins two switches")
                  : tr("link '%1' joins device '%2' to itself; a cable joins two devices"))
                 .arg(q(l.name()), q(a.device)));
    if (l.networks)
        for (std::size_t i = 0; i < l.networks->size(); ++i)
            networkRef((*l.networks)[i], posAt(l.networkPos, i, l.pos));
}

} // namespace

void checkReferences(const Design &design, const TemplateLibrary &templates)
{
    ReferenceChecker(design, templates).run();
}

} // namespace cn
