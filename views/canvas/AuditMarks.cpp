#include "canvas/AuditMarks.h"

#include "canvas/DeviceItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/LinkItem.h"
#include "design/Endpoint.h"

#include <QPainter>

namespace cn
{

AuditMarksItem::AuditMarksItem(DiagramScene *scene) : m_scene(scene)
{
    setZValue(5); // over devices and cables, under the rubber band of a new link
    setAcceptedMouseButtons(Qt::NoButton);
}

void AuditMarksItem::setReferences(std::set<std::string> refs)
{
    m_refs = std::move(refs);
    refresh();
}

void AuditMarksItem::refresh()
{
    prepareGeometryChange();
    m_frames = QPainterPath();
    m_cables = QPainterPath();
    auto frame = [this](const DeviceItem *item, const QRectF &local, qreal margin) {
        m_frames.addRoundedRect(
            item->mapRectToScene(local).adjusted(-margin, -margin, margin, margin), 4, 4);
    };
    for (const std::string &ref : m_refs) {
        if (const LinkItem *link = m_scene->linkItem(ref)) {
            m_cables.addPath(link->mapToScene(link->shape()));
            continue;
        }
        EndpointRef r;
        const bool part = splitEndpoint(ref, r);
        const DeviceItem *item = m_scene->deviceItem(part ? r.device : ref);
        if (!item)
            continue; // a network id, or something no longer drawn
        if (!part) {
            frame(item, item->boundingRect(), 4);
            continue;
        }
        const DeviceGeometry &g = item->geometry();
        if (const PortCell *cell = g.port(r.rest)) {
            frame(item, cell->rect, 2);
        } else if (const Team *team = item->device().findTeam(r.rest)) {
            for (const std::string &m : team->members)
                if (const PortCell *member = g.port(m))
                    frame(item, member->rect, 2);
        } else {
            bool found = false;
            for (const AdapterBlock &a : g.adapters)
                if (a.id == r.rest) {
                    frame(item, a.rect, 3);
                    found = true;
                }
            if (!found)
                frame(item, item->boundingRect(), 4);
        }
    }
    m_bounds = m_frames.boundingRect().united(m_cables.boundingRect()).adjusted(-6, -6, 6, 6);
    update();
}

QRectF AuditMarksItem::boundingRect() const
{
    return m_bounds;
}

void AuditMarksItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_scene->isPrinting())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QColor wash = kAuditMarkColor;
    wash.setAlpha(70);
    painter->setPen(Qt::NoPen);
    painter->setBrush(wash);
    painter->drawPath(m_cables);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(kAuditMarkColor, 2.5, Qt::DashLine));
    painter->drawPath(m_frames);
}

} // namespace cn
