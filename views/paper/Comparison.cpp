#include "paper/Comparison.h"

#include "canvas/DeviceItem.h"
#include "canvas/DiagramScene.h"
#include "design/CableIds.h"
#include "design/Endpoint.h"
#include "document/DesignDocument.h"

namespace cn
{
namespace
{

// The box of what `ref` names on `scene`: DEVICE, DEVICE:ADAPTER, DEVICE:ADAPTER/PORT or
// DEVICE:TEAM (a team or a binding marks its device).
QRectF boxOf(const DiagramScene &scene, const std::string &ref, const std::string &element)
{
    const auto colon = ref.find(':');
    const DeviceItem *item = scene.deviceItem(ref.substr(0, colon));
    if (!item)
        return {};
    const DeviceGeometry &g = item->geometry();
    if (colon != std::string::npos && element == "port")
        if (const PortCell *c = g.port(ref.substr(colon + 1)))
            return item->mapRectToScene(c->rect);
    if (colon != std::string::npos && element == "adapter")
        for (const AdapterBlock &a : g.adapters)
            if (a.id == ref.substr(colon + 1))
                return item->mapRectToScene(a.rect);
    return item->mapRectToScene(g.bounds);
}

// A removed cable routed between where its ports are now, when both devices are still there;
// else where the earlier revision drew it.
QPolygonF removedRoute(const DiagramScene &nowScene, const DiagramScene &beforeScene, const Link &l,
                       const std::string &beforeName)
{
    EndpointRef a, b;
    if (splitEndpoint(l.a, a) && splitEndpoint(l.b, b)) {
        const DeviceItem *da = nowScene.deviceItem(a.device), *db = nowScene.deviceItem(b.device);
        if (da && db && da->geometry().port(a.rest) && db->geometry().port(b.rest))
            return nowScene.routeBetween(a.device, a.rest, b.device, b.rest);
    }
    return sceneLinkRoute(&beforeScene)(beforeName);
}

} // namespace

DesignComparison compareRevisions(const DiagramScene &nowScene, const DesignDocument &now,
                                  const DiagramScene &beforeScene, const DesignDocument &before,
                                  const QString &beforeFile, const LinkRoute &route)
{
    const LinkRoute routeOf = route ? route : sceneLinkRoute(&nowScene);
    DesignComparison c;
    c.beforeFile = beforeFile;
    c.before = before.design().title;
    c.diff = diffDesigns(before.design(), before.templates(), now.design(), now.templates());
    const Design &d = now.design(), &old = before.design();
    const std::vector<std::string> nowIds = cableIds(d), oldIds = cableIds(old);
    auto linkIndex = [](const std::vector<std::string> &ids, const std::string &id) {
        for (std::size_t i = 0; i < ids.size(); ++i)
            if (ids[i] == id)
                return int(i);
        return -1;
    };
    for (const DesignChange &ch : c.diff.changes) {
        ChangeMark m;
        m.kind = ch.kind;
        if (ch.element == "link") {
            if (ch.kind == ChangeKind::Removed) {
                const int i = linkIndex(oldIds, ch.ref);
                if (i < 0)
                    continue;
                m.route = removedRoute(nowScene, beforeScene, old.links[std::size_t(i)],
                                       old.links[std::size_t(i)].name());
            } else {
                const int i = linkIndex(nowIds, ch.ref);
                if (i < 0)
                    continue;
                m.route = routeOf(d.links[std::size_t(i)].name());
            }
            if (m.route.size() >= 2)
                c.marks.push_back(m);
            continue;
        }
        if (ch.element == "network" || ch.element == "policy" || ch.element == "acceptance")
            continue; // on the change list only: they have no one place on the diagram
        if (ch.kind == ChangeKind::Removed) {
            // A removed device is drawn where it was; a removed part marks its device.
            if (ch.element == "device") {
                m.box = boxOf(beforeScene, ch.ref, "device");
                if (const Device *dev = old.findDevice(ch.ref))
                    m.label = QString::fromStdString(dev->displayName());
            } else {
                m.box = boxOf(nowScene, ch.ref, "device");
                m.kind = ChangeKind::Changed;
            }
        } else {
            m.box = boxOf(nowScene, ch.ref, ch.element);
        }
        if (!m.box.isEmpty())
            c.marks.push_back(m);
    }
    return c;
}

} // namespace cn
