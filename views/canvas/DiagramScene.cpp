#include "canvas/DiagramScene.h"

#include "canvas/AuditMarks.h"
#include "canvas/AutoLayout.h"
#include "document/DesignDocument.h"
#include "design/DesignEdits.h"
#include "design/Endpoint.h"
#include "analysis/DesignIndex.h"
#include "canvas/DeviceItem.h"
#include "analysis/FailureAnalysis.h"
#include "analysis/FindingText.h"
#include "canvas/LinkItem.h"
#include "canvas/NetworkStyle.h"
#include "canvas/StackItem.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QPainter>

namespace cn {
namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

LinkEnd endOf(const std::string &ref)
{
    EndpointRef r;
    splitEndpoint(ref, r);
    return {r.device, r.rest};
}

const QColor kTeamColors[] = {QColor("#00897b"), QColor("#6d4c41"), QColor("#3949ab"),
                              QColor("#c0ca33"), QColor("#8e24aa"), QColor("#f4511e")};

} // namespace

DiagramScene::DiagramScene(DesignDocument *doc, QObject *parent) : QGraphicsScene(parent), m_doc(doc)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(doc, &DesignDocument::designChanged, this, &DiagramScene::sync);
    sync();
}

DeviceItem *DiagramScene::deviceItem(const std::string &id) const
{
    auto it = m_devices.find(id);
    return it == m_devices.end() ? nullptr : it->second;
}

LinkItem *DiagramScene::linkItem(const std::string &name) const
{
    auto it = m_links.find(name);
    return it == m_links.end() ? nullptr : it->second;
}

int DiagramScene::portCount() const
{
    int n = 0;
    for (const auto &[id, item] : m_devices)
        n += int(item->geometry().ports.size());
    return n;
}

void DiagramScene::setGridVisible(bool on)
{
    m_grid = on;
    update();
}

void DiagramScene::setPrinting(bool on)
{
    m_printing = on;
    update();
}

void DiagramScene::setShowPortLabels(bool on)
{
    m_portLabels = on;
    update();
}

QRectF DiagramScene::designRect() const
{
    QRectF r;
    for (const auto &[id, item] : m_devices)
        r = r.united(item->sceneBoundingRect());
    for (const auto &[id, item] : m_stacks)
        r = r.united(item->sceneBoundingRect());
    for (const auto &[name, item] : m_links)
        r = r.united(item->sceneBoundingRect().adjusted(30, 10, -30, -10));
    return r;
}

void DiagramScene::sync()
{
    m_syncing = true;
    const Design &d = m_doc->design();
    const DesignIndex index(d, m_doc->templates());

    // Marks from the findings: single points of failure.
    std::set<std::string> spofs;
    for (const Finding &f : m_doc->findings())
        if (f.rule == "spof")
            spofs.insert(f.elements.begin(), f.elements.end());

    // Failure mode: what the failed units cut.
    std::set<std::string> affected;
    m_report = {};
    if (!m_failed.empty()) {
        const FailureAnalysis analysis(index);
        // Units that an edit removed are no longer failed.
        for (auto it = m_failed.begin(); it != m_failed.end();)
            it = analysis.unitIndex(*it) < 0 ? m_failed.erase(it) : std::next(it);
        std::vector<int> units;
        for (const auto &ref : m_failed)
            units.push_back(analysis.unitIndex(ref));
        for (const CutPair &c : analysis.cutBy(units)) {
            const std::string a = d.devices[std::size_t(c.a)].id, b = d.devices[std::size_t(c.b)].id;
            affected.insert(a);
            affected.insert(b);
            m_report.lostPairs.emplace_back(a, b);
            m_report.lostRoles.push_back(FindingText::roles(analysis.groups()[std::size_t(c.group)].roles));
        }
        m_report.failed.assign(m_failed.begin(), m_failed.end());
    }

    // Link colours, and the ports they colour.
    std::map<std::string, std::map<std::string, QColor>> portColors;
    std::set<std::string> deadLinks;
    for (const LinkInfo &l : index.links()) {
        const QColor c = l.carries.empty() ? QColor("#9e9e9e") : networkColor(d, l.carries.front());
        for (const std::string *ref : {&l.link->a, &l.link->b}) {
            const LinkEnd e = endOf(*ref);
            portColors[e.device][e.local] = c;
            const std::string adapter = e.local.substr(0, e.local.find('/'));
            if (m_failed.count(e.device) || m_failed.count(e.device + ":" + adapter))
                deadLinks.insert(l.name);
        }
    }

    // Devices: geometry first, for sizes and automatic placement.
    std::map<std::string, QSizeF> sizes;
    for (const Device &dev : d.devices)
        sizes[dev.id] = layoutDevice(dev, index.templateOf(index.deviceIndex(dev.id))).bounds.size();
    // Placement is worked out again only when what it depends on changes: which devices have
    // no position, their sizes, the cabling. Moving a placed device leaves the others still.
    std::string key;
    for (const Device &dev : d.devices)
        if (!dev.position)
            key += dev.id + "@" + std::to_string(sizes[dev.id].width()) + "x" + std::to_string(sizes[dev.id].height()) + "\n";
    for (const Link &l : d.links)
        key += l.name() + "\n";
    if (key != m_autoKey) {
        m_autoPositions = autoPlace(d, sizes);
        m_autoKey = key;
    }
    const auto &autoPositions = m_autoPositions;

    std::set<std::string> seen;
    for (std::size_t i = 0; i < d.devices.size(); ++i) {
        const Device &dev = d.devices[i];
        seen.insert(dev.id);
        DeviceItem *item = deviceItem(dev.id);
        if (!item) {
            item = new DeviceItem(dev.id);
            addItem(item);
            m_devices[dev.id] = item;
        }
        DeviceMarks marks;
        marks.spof = spofs.count(dev.id) != 0;
        marks.failed = m_failed.count(dev.id) != 0;
        marks.affected = affected.count(dev.id) != 0;
        for (const Adapter &a : dev.adapters) {
            if (spofs.count(dev.id + ":" + a.id))
                marks.spofAdapters.insert(a.id);
            if (m_failed.count(dev.id + ":" + a.id))
                marks.failedAdapters.insert(a.id);
        }
        marks.portColors = portColors[dev.id];
        for (std::size_t t = 0; t < dev.teams.size(); ++t) {
            const QColor c = kTeamColors[t % std::size(kTeamColors)];
            for (const auto &m : dev.teams[t].members)
                marks.teamColors[m] = c;
            std::set<std::string> adapters;
            for (const auto &m : dev.teams[t].members)
                adapters.insert(m.substr(0, m.find('/')));
            for (const auto &a : adapters)
                marks.adapterTeams[a].emplace_back(q(dev.teams[t].id), c);
        }
        item->setData(dev, index.templateOf(int(i)), std::move(marks));
        const QPointF pos = dev.position ? QPointF(dev.position->x, dev.position->y) : autoPositions.at(dev.id);
        item->setPos(pos);
    }
    for (auto it = m_devices.begin(); it != m_devices.end();) {
        if (seen.count(it->first)) {
            ++it;
            continue;
        }
        delete it->second;
        it = m_devices.erase(it);
    }

    // Links.
    seen.clear();
    m_linksOfDevice.clear();
    for (const LinkInfo &l : index.links()) {
        seen.insert(l.name);
        const LinkEnd a = endOf(l.link->a), b = endOf(l.link->b);
        LinkItem *item = linkItem(l.name);
        if (!item) {
            item = new LinkItem(l.name, a, b);
            addItem(item);
            m_links[l.name] = item;
        }
        item->setEnds(a, b);
        LinkLook look;
        look.pens = linkPens(d, l.carries, l.speedMbps, l.link->kind, l.outOfBand);
        look.labelA = q(a.local);
        look.labelB = q(b.local);
        look.speed = l.speedMbps > 0 ? q(speedToString(l.speedMbps)) : QString();
        look.spof = spofs.count(l.name) != 0;
        look.failed = m_failed.count(l.name) != 0;
        look.dead = deadLinks.count(l.name) != 0;
        item->setLook(look);
        m_linksOfDevice[a.device].insert(l.name);
        m_linksOfDevice[b.device].insert(l.name);
        updateLinkGeometry(item);
    }
    for (auto it = m_links.begin(); it != m_links.end();) {
        if (seen.count(it->first)) {
            ++it;
            continue;
        }
        delete it->second;
        it = m_links.erase(it);
    }
    updateStacks();
    if (m_auditMarks)
        m_auditMarks->refresh();
    m_syncing = false;
    emit failuresChanged();
}

void DiagramScene::updateLinkGeometry(LinkItem *link)
{
    DeviceItem *a = deviceItem(link->endA().device), *b = deviceItem(link->endB().device);
    if (!a || !b)
        return;
    const QPointF ca = a->sceneBoundingRect().center(), cb = b->sceneBoundingRect().center();
    link->setPoints(a->anchor(link->endA().local, cb), b->anchor(link->endB().local, ca));
}

void DiagramScene::updateStacks()
{
    std::map<std::string, QRectF> frames;
    for (const auto &[id, item] : m_devices) {
        const std::string &stack = item->device().stack;
        if (!item->device().isSwitch() || stack.empty())
            continue;
        frames[stack] = frames[stack].united(item->sceneBoundingRect().adjusted(-8, -8, 8, 8));
    }
    for (auto it = m_stacks.begin(); it != m_stacks.end();) {
        if (frames.count(it->first)) {
            ++it;
            continue;
        }
        delete it->second;
        it = m_stacks.erase(it);
    }
    for (const auto &[id, frame] : frames) {
        StackItem *&item = m_stacks[id];
        if (!item) {
            item = new StackItem(q(id));
            addItem(item);
        }
        item->setFrame(frame);
    }
}

void DiagramScene::deviceMoved(const std::string &id)
{
    if (m_syncing)
        return;
    auto it = m_linksOfDevice.find(id);
    if (it != m_linksOfDevice.end())
        for (const auto &name : it->second)
            if (LinkItem *l = linkItem(name))
                updateLinkGeometry(l);
    updateStacks();
    if (m_auditMarks)
        m_auditMarks->refresh();
}

void DiagramScene::setAuditMarks(std::set<std::string> refs)
{
    if (!m_auditMarks) {
        m_auditMarks = new AuditMarksItem(this);
        addItem(m_auditMarks);
    }
    m_auditMarks->setReferences(std::move(refs));
}

const std::set<std::string> &DiagramScene::auditMarks() const
{
    static const std::set<std::string> none;
    return m_auditMarks ? m_auditMarks->references() : none;
}

QRectF DiagramScene::selectReferences(const std::vector<std::string> &refs)
{
    clearSelection();
    QRectF area;
    for (const std::string &ref : refs) {
        QGraphicsItem *item = linkItem(ref);
        if (!item) {
            EndpointRef r;
            item = deviceItem(splitEndpoint(ref, r) ? r.device : ref);
        }
        if (!item) {
            // A cluster or stack id: select its members.
            for (const auto &[id, dev] : m_devices)
                if (dev->device().cluster == ref || dev->device().stack == ref) {
                    dev->setSelected(true);
                    area = area.united(dev->sceneBoundingRect());
                }
            continue;
        }
        item->setSelected(true);
        area = area.united(item->sceneBoundingRect());
    }
    return area;
}

std::vector<std::string> DiagramScene::selectedDeviceIds() const
{
    std::vector<std::string> ids;
    for (QGraphicsItem *i : selectedItems())
        if (i->type() == DeviceItem::Type)
            ids.push_back(static_cast<DeviceItem *>(i)->id());
    return ids;
}

std::vector<std::string> DiagramScene::selectedLinkNames() const
{
    std::vector<std::string> names;
    for (QGraphicsItem *i : selectedItems())
        if (i->type() == LinkItem::Type)
            names.push_back(static_cast<LinkItem *>(i)->name());
    return names;
}

void DiagramScene::setFailureMode(bool on)
{
    m_failureMode = on;
    if (!on)
        m_failed.clear();
    sync();
}

void DiagramScene::toggleFailed(const std::string &unitRef)
{
    if (!m_failed.erase(unitRef))
        m_failed.insert(unitRef);
    sync();
}

void DiagramScene::clearFailures()
{
    m_failed.clear();
    sync();
}

void DiagramScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, Qt::white);
    if (m_printing || !m_grid)
        return;
    const qreal g = gridSize() * 2;
    const qreal left = std::floor(rect.left() / g) * g, top = std::floor(rect.top() / g) * g;
    QVector<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += g)
        for (qreal y = top; y < rect.bottom(); y += g)
            dots << QPointF(x, y);
    if (dots.size() > 200000)
        return;
    painter->setPen(QPen(QColor("#cfd8dc"), 1.2));
    painter->drawPoints(dots.data(), int(dots.size()));
}

DiagramScene::PortHit DiagramScene::portAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *i : items(scenePos)) {
        if (i->type() != DeviceItem::Type)
            continue;
        auto *dev = static_cast<DeviceItem *>(i);
        if (const PortCell *c = dev->geometry().portAt(dev->mapFromScene(scenePos)))
            return {dev, c->local};
        return {};
    }
    return {};
}

std::string DiagramScene::unitAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *i : items(scenePos)) {
        if (i->type() == LinkItem::Type)
            return static_cast<LinkItem *>(i)->name();
        if (i->type() != DeviceItem::Type)
            continue;
        auto *dev = static_cast<DeviceItem *>(i);
        if (dev->device().isSwitch())
            return dev->id();
        if (const AdapterBlock *a = dev->geometry().adapterAt(dev->mapFromScene(scenePos)))
            return dev->id() + ":" + a->id;
        return {};
    }
    return {};
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_failureMode) {
        const std::string unit = unitAt(event->scenePos());
        if (!unit.empty())
            toggleFailed(unit);
        else
            emit statusMessage(tr("Failure mode: click a switch, a NIC card or a cable to fail it"));
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && !(event->modifiers() & Qt::ShiftModifier)) {
        const PortHit hit = portAt(event->scenePos());
        if (hit.item) {
            m_linkFrom = hit;
            const QPointF start = hit.item->anchor(hit.local, event->scenePos());
            m_rubber = addLine(QLineF(start, event->scenePos()), QPen(QColor("#1976d2"), 1.5, Qt::DashLine));
            m_rubber->setZValue(10);
            event->accept();
            return;
        }
    }
    m_moving = event->button() == Qt::LeftButton;
    QGraphicsScene::mousePressEvent(event);
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_rubber) {
        QLineF line = m_rubber->line();
        line.setP2(event->scenePos());
        m_rubber->setLine(line);
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_rubber) {
        delete m_rubber;
        m_rubber = nullptr;
        finishLink(event->scenePos());
        m_linkFrom = {};
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (m_moving) {
        m_moving = false;
        commitMoves();
    }
}

void DiagramScene::finishLink(const QPointF &scenePos)
{
    const PortHit to = portAt(scenePos);
    if (!to.item) {
        emit statusMessage(tr("No link drawn: release the mouse on a free port"));
        return;
    }
    const std::string from = m_linkFrom.item->id() + ":" + m_linkFrom.local;
    const std::string target = to.item->id() + ":" + to.local;
    if (from == target)
        return;
    if (to.item == m_linkFrom.item) {
        emit statusMessage(tr("No link drawn: both ends are on %1").arg(q(to.item->id())));
        return;
    }
    for (const Link &l : m_doc->design().links) {
        for (const std::string &end : {from, target})
            if (l.a == end || l.b == end) {
                emit statusMessage(tr("No link drawn: port %1 is already used by link %2").arg(q(end), q(l.name())));
                return;
            }
    }
    for (const auto &[hit, ref] : {std::pair{m_linkFrom, from}, std::pair{to, target}}) {
        const PortCell *c = hit.item->geometry().port(hit.local);
        if (c && !c->cablable) {
            emit statusMessage(tr("No link drawn: port %1 cannot be cabled").arg(q(ref)));
            return;
        }
    }
    Link link = makeLink(m_doc->design(), from, target);
    // Stacking ports (StackWise, VCP, ...) take stacking links only: two of them are stacked.
    auto stackingPort = [this](const std::string &ref) {
        const ResolvedEndpoint e = resolveEndpoint(m_doc->design(), m_doc->templates(), ref);
        return e.interface && e.interface->stacking;
    };
    if (stackingPort(from) && stackingPort(target))
        link.kind = LinkKind::Stacking;
    const QString error = m_doc->apply(withLink(m_doc->design(), link), tr("Add link %1").arg(q(link.name())));
    emit statusMessage(error.isEmpty() ? tr("Link %1 added").arg(q(link.name())) : tr("No link drawn: %1").arg(error));
}

void DiagramScene::commitMoves()
{
    std::vector<std::pair<std::string, Position>> moved;
    QStringList ids;
    for (const auto &[id, item] : m_devices) {
        const Device *dev = m_doc->design().findDevice(id);
        if (!dev)
            continue;
        const Position now{item->pos().x(), item->pos().y()};
        if (dev->position && *dev->position == now)
            continue;
        if (!dev->position && !item->isSelected())
            continue;
        moved.emplace_back(id, now);
        ids << q(id);
    }
    if (moved.empty())
        return;
    const QString text = moved.size() == 1 ? tr("Move %1").arg(ids.first()) : tr("Move %n devices", nullptr, int(moved.size()));
    m_doc->apply(withPositions(m_doc->design(), moved), text, 1, ids.join(','));
}

void DiagramScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat("application/x-clusternet-device") ||
                       event->mimeData()->hasFormat(kNetworkDragMime));
}

void DiagramScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    // A network goes onto a port (or a team, through any of its member ports).
    if (event->mimeData()->hasFormat(kNetworkDragMime)) {
        event->setAccepted(portAt(event->scenePos()).item != nullptr);
        return;
    }
    event->setAccepted(event->mimeData()->hasFormat("application/x-clusternet-device"));
}

void DiagramScene::dropNetwork(const std::string &network, const QPointF &scenePos)
{
    const PortHit hit = portAt(scenePos);
    if (!hit.item) {
        emit statusMessage(tr("Drop a network on a port, or on a member port of a team"));
        return;
    }
    std::string error, what;
    const Design next = withNetworkDroppedOn(m_doc->design(), hit.item->id(), hit.local, network, &error, &what);
    if (error.empty())
        error = m_doc->apply(next, tr("Bind %1 to %2").arg(q(network), q(what))).toStdString();
    emit statusMessage(error.empty() ? tr("%1 now carries %2").arg(q(what), q(network))
                                     : tr("Not bound: %1").arg(q(error)));
}

void DiagramScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    if (event->mimeData()->hasFormat(kNetworkDragMime)) {
        dropNetwork(event->mimeData()->data(kNetworkDragMime).toStdString(), event->scenePos());
        event->acceptProposedAction();
        return;
    }
    const QStringList parts = QString::fromUtf8(event->mimeData()->data("application/x-clusternet-device")).split('|');
    const auto type = deviceTypeFromString(parts.value(0).toStdString());
    if (!type)
        return;
    Device dev = makeDevice(m_doc->design(), *type, parts.value(1).toStdString());
    const qreal g = gridSize();
    dev.position = Position{qRound(event->scenePos().x() / g) * g, qRound(event->scenePos().y() / g) * g};
    const QString error = m_doc->apply(withDevice(m_doc->design(), dev), tr("Add %1").arg(q(dev.id)));
    if (!error.isEmpty())
        emit statusMessage(tr("Not added: %1").arg(error));
    else
        selectReferences({dev.id}); // ready to be named in Properties
    event->acceptProposedAction();
}

} // namespace cn
