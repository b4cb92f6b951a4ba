#include "canvas/DiagramScene.h"

#include "canvas/AuditMarks.h"
#include "design/Endpoint.h"
#include "analysis/DesignIndex.h"
#include "analysis/FailureAnalysis.h"
#include "analysis/FindingText.h"
#include "canvas/AutoLayout.h"
#include "canvas/CableRouter.h"
#include "canvas/LinkLabels.h"
#include "canvas/DeviceItem.h"
#include "canvas/LinkItem.h"
#include "canvas/NetworkStyle.h"
#include "canvas/StackItem.h"
#include "design/CableIds.h"
#include "design/DesignEdits.h"
#include "document/DesignDocument.h"
#include "document/ValidationRunner.h"

#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QPainter>
#include <QTimer>

#include <cmath>
#include <unordered_set>

namespace cn {
namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

LinkEnd endOf(const std::string &ref)
{
    EndpointRef r;
    splitEndpoint(ref, r);
    return {r.device, r.rest};
}

bool sameEnd(const LinkEnd &a, const LinkEnd &b)
{
    return a.device == b.device && a.local == b.local;
}

const QColor kTeamColors[] = {QColor("#00897b"), QColor("#6d4c41"), QColor("#3949ab"),
                              QColor("#c0ca33"), QColor("#8e24aa"), QColor("#f4511e")};

// How far "shown" items stand out from the dimmed rest.
constexpr qreal kDimmed = 0.12;

// Where a cable meets its device: above or below its port cell. Cables of ports in one column
// (one per card) leave a little apart, spread over the cell's width, so that they and their
// labels do not run on top of each other; from the top edge the lower rows lie to the right,
// from the bottom edge to the left, so those cables do not cross.
CableRouter::Port routerPort(const DeviceItem *item, const std::string &local)
{
    const DeviceGeometry &g = item->geometry();
    auto rowOf = [&](const QRectF &r) { return std::max(0, int((r.top() - g.header.bottom()) / 20)); };
    int rows = 0;
    for (const PortCell &c : g.ports)
        rows = std::max(rows, rowOf(c.rect));
    const PortCell *c = g.port(local);
    const QRectF r = c ? c->rect : g.header;
    const double step = std::clamp(36.0 / (rows + 1), 3.0, 9.0);
    const double shift = (rowOf(r) - rows / 2.0) * step;
    const double x = r.center().x() - g.bounds.left(), w = g.bounds.width();
    CableRouter::Port p;
    p.box = item->id();
    p.dxTop = std::clamp(x + shift, 1.0, std::max(1.0, w - 1));
    p.dxBottom = std::clamp(x - shift, 1.0, std::max(1.0, w - 1));
    // A port nearer one edge leaves by it unless the other saves more than half the difference:
    // a cable reaching the top edge reads as going to a port of the top row.
    const double toTop = r.center().y() - g.bounds.top(), toBottom = g.bounds.bottom() - r.center().y();
    p.extraTop = std::max(0.0, toTop - toBottom) / 2;
    p.extraBottom = std::max(0.0, toBottom - toTop) / 2;
    return p;
}

} // namespace

QPolygonF DiagramScene::routeBetween(const std::string &deviceA, const std::string &portA,
                                     const std::string &deviceB, const std::string &portB) const
{
    const DeviceItem *a = deviceItem(deviceA), *b = deviceItem(deviceB);
    if (!a || !b)
        return {};
    return CableRouter::routeOne(m_router->boxes(), routerPort(a, portA), routerPort(b, portB),
                                 m_router->options())
        .points;
}

DiagramScene::DiagramScene(DesignDocument *doc, QObject *parent)
    : QGraphicsScene(parent), m_doc(doc), m_docAlive(doc), m_router(std::make_unique<CableRouter>())
{
    // No index: a few thousand items are found faster by a plain walk than the BSP tree is
    // kept up to date, and every moved device moves its long cables through the tree.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    connect(doc, &DesignDocument::designChanged, this, &DiagramScene::onDesignChanged);
    connect(doc, &DesignDocument::layoutChanged, this, &DiagramScene::onDesignChanged);
    connect(doc, &DesignDocument::findingsChanged, this, &DiagramScene::onFindingsChanged);
    // From now on every device the document holds has a position: what is shown is saved.
    doc->setPlacer([this](Design &d) { placeUnplaced(d); });
    onFindingsChanged();
    sync();
}

DiagramScene::~DiagramScene()
{
    // Deleting the items would announce a change of selection to panels that read a
    // document which, in a window, is gone already.
    blockSignals(true);
    // On its own (export) the scene may go before the document.
    if (m_docAlive)
        m_doc->setPlacer(nullptr);
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
    if (on)
        placeLabels();
    if (on && m_flash) {
        delete m_flash;
        m_flash = nullptr;
    }
    // Paper shows the whole design, never a dimmed part of it.
    const std::set<std::string> shown = m_shownNetworks;
    if (!shown.empty()) {
        m_shownNetworks = on ? std::set<std::string>{} : shown;
        applyShown();
        m_shownNetworks = shown;
    }
    update();
}

void DiagramScene::setShowPortLabels(bool on)
{
    m_portLabels = on;
    if (on)
        placeLabels();
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
        r = r.united(item->sceneBoundingRect());
    if (m_labelItem && (m_printing || m_portLabels))
        r = r.united(m_labelItem->sceneBoundingRect());
    return r;
}

std::map<std::string, DeviceGeometry> DiagramScene::deviceGeometries(const Design &d) const
{
    std::map<std::string, DeviceGeometry> geometry;
    for (const Device &dev : d.devices)
        geometry.emplace(dev.id, layoutDevice(dev, m_doc->templates().findDevice(dev.model)));
    return geometry;
}

void DiagramScene::placeUnplaced(Design &d) const
{
    const auto placed = autoPlace(d, deviceGeometries(d));
    const qreal g = gridSize();
    for (Device &dev : d.devices)
        if (!dev.position) {
            auto it = placed.find(dev.id);
            const QPointF p = it == placed.end() ? QPointF() : it->second;
            dev.position = Position{std::round(p.x() / g) * g, std::round(p.y() / g) * g};
        }
}

void DiagramScene::sync()
{
    syncItems(true);
}

void DiagramScene::onDesignChanged()
{
    if (m_doc->lastChangeWasReset())
        syncItems(true);
    else if (!m_doc->lastChange().empty())
        syncItems(false);
}

void DiagramScene::syncItems(bool all)
{
    m_syncing = true;
    const Design &d = m_doc->design();
    const DesignDiff &diff = m_doc->lastChange();
    const bool structural = all || !diff.layoutOnly();

    // Devices: new geometry for the changed ones, new places for the moved ones.
    std::set<std::string> moved;   // devices whose cables need new ends
    std::set<std::string> touched; // devices whose marks may have changed
    if (all || !diff.devicesChanged.empty() || !diff.devicesPlaced.empty()) {
        for (const Device &dev : d.devices) {
            const bool changed = all || diff.devicesChanged.count(dev.id);
            DeviceItem *item = deviceItem(dev.id);
            if (!item) {
                item = new DeviceItem(dev.id);
                addItem(item);
                m_devices[dev.id] = item;
            }
            if (changed) {
                item->setDevice(dev, m_doc->templates().findDevice(dev.model));
                moved.insert(dev.id);
                touched.insert(dev.id);
            } else if (diff.devicesPlaced.count(dev.id)) {
                item->setLayout(dev);
            } else {
                continue;
            }
            const QPointF pos =
                dev.position ? QPointF(dev.position->x, dev.position->y) : QPointF();
            if (item->pos() != pos) {
                item->setPos(pos);
                moved.insert(dev.id);
            }
        }
        if (all || !diff.devicesChanged.empty()) {
            std::unordered_set<std::string> ids;
            for (const Device &dev : d.devices)
                ids.insert(dev.id);
            for (auto it = m_devices.begin(); it != m_devices.end();) {
                if (ids.count(it->first)) {
                    ++it;
                    continue;
                }
                m_router->removeBox(it->first);
                delete it->second;
                it = m_devices.erase(it);
            }
        }
    }

    std::vector<LinkItem *> restyled;
    if (all || diff.networks || diff.duplicateLinkNames) {
        // A new design, or new network colours: every link is styled, from what the links
        // carry worked out here.
        restyled = restyleLinks(linkFacts(d, m_doc->templates()), true, &touched);
    } else if (!diff.linksChanged.empty()) {
        // Cables added, removed or re-ended are drawn at once; what they carry (their
        // colours) comes with the findings, from the analysis off the GUI thread, as does any
        // change of carriage an edit makes elsewhere (a binding colours a switch's trunks).
        restyled = relinkChanged(diff.linksChanged, &touched);
    }
    for (const std::string &id : moved) {
        if (const DeviceItem *item = deviceItem(id))
            updateBox(item);
        auto it = m_linksOfDevice.find(id);
        if (it != m_linksOfDevice.end())
            for (const auto &name : it->second)
                if (LinkItem *l = linkItem(name))
                    updateLinkGeometry(l);
    }
    applyRoutes();
    if (structural || !moved.empty()) {
        updateStacks();
        updateSceneRect();
        if (m_auditMarks)
            m_auditMarks->refresh();
    }
    m_syncing = false;
    if (structural) {
        if (all)
            refreshMarks();
        else
            refreshMarksOf(touched, restyled);
        applyShown();
    }
    emit synced();
}

void DiagramScene::forgetLink(const LinkItem *item, std::set<std::string> *touched)
{
    // The records kept per link at its ends (links of a device, colours of cabled ports) are
    // taken out and put back only for the links that change.
    for (const LinkEnd *e : {&item->endA(), &item->endB()}) {
        touched->insert(e->device);
        auto links = m_linksOfDevice.find(e->device);
        if (links != m_linksOfDevice.end())
            links->second.erase(item->name());
        auto colors = m_portColors.find(e->device);
        if (colors != m_portColors.end())
            colors->second.erase(e->local);
    }
}

void DiagramScene::recordLink(const LinkItem *item, const LinkSource &source,
                              std::set<std::string> *touched)
{
    const Design &d = m_doc->design();
    const QColor c =
        source.carries.empty() ? QColor("#9e9e9e") : networkColor(d, source.carries.front());
    for (const LinkEnd *e : {&item->endA(), &item->endB()}) {
        touched->insert(e->device);
        m_linksOfDevice[e->device].insert(item->name());
        m_portColors[e->device][e->local] = c;
    }
    auto &carried = m_linkNetworks[item->name()];
    carried.clear();
    for (int n : source.carries)
        if (n >= 0 && std::size_t(n) < d.networks.size())
            carried.push_back(d.networks[std::size_t(n)].id);
}

void DiagramScene::styleLink(LinkItem *item, const LinkSource &source)
{
    LinkLook look = item->look(); // keeps the marks: refreshMarks() sets them
    look.pens =
        linkPens(m_doc->design(), source.carries, source.speedMbps, source.kind, source.outOfBand);
    look.labelA = q(item->endA().local);
    look.labelB = q(item->endB().local);
    look.speed = source.speedMbps > 0 ? q(speedToString(source.speedMbps)) : QString();
    item->setLook(std::move(look));
}

void DiagramScene::removeLink(std::unordered_map<std::string, LinkItem *>::iterator it,
                              std::set<std::string> *touched)
{
    forgetLink(it->second, touched);
    m_router->removeCable(it->first);
    m_labelsDirty = true;
    m_linkSources.erase(it->second);
    m_linkNetworks.erase(it->first);
    delete it->second;
    m_links.erase(it);
}

std::vector<LinkItem *> DiagramScene::restyleLinks(const std::vector<LinkFacts> &facts, bool force,
                                                   std::set<std::string> *touched)
{
    const Design &d = m_doc->design();
    std::vector<LinkItem *> restyled;
    if (force) {
        m_linksOfDevice.clear();
        m_portColors.clear();
        m_linkNetworks.clear();
    }
    const Link *links = d.links.data();
    std::unordered_map<std::string, const Link *> byName;
    for (const LinkFacts &f : facts) {
        auto found = m_links.find(f.name);
        LinkItem *item = found == m_links.end() ? nullptr : found->second;
        bool fresh = false;
        if (!item || force) {
            if (byName.empty())
                for (std::size_t i = 0; i < d.links.size(); ++i)
                    byName.emplace(links[i].name(), &links[i]);
            auto link = byName.find(f.name);
            if (link == byName.end())
                continue;
            const LinkEnd a = endOf(link->second->a), b = endOf(link->second->b);
            if (!item) {
                item = new LinkItem(f.name, a, b);
                addItem(item);
                m_links[f.name] = item;
                fresh = true;
            } else if (!sameEnd(item->endA(), a) || !sameEnd(item->endB(), b)) {
                item->setEnds(a, b);
                fresh = true;
            }
        }
        LinkSource &known = m_linkSources[item];
        if (!force && !fresh && known.carries == f.carries && known.speedMbps == f.speedMbps &&
            known.kind == f.kind && known.outOfBand == f.outOfBand)
            continue;
        if (!force && !fresh)
            forgetLink(item, touched);
        known = LinkSource{f.carries, f.speedMbps, f.kind, f.outOfBand};
        styleLink(item, known);
        recordLink(item, known, touched);
        if (fresh)
            updateLinkGeometry(item);
        restyled.push_back(item);
    }
    if (m_links.size() > facts.size()) {
        std::unordered_set<std::string> seen;
        for (const LinkFacts &f : facts)
            seen.insert(f.name);
        for (auto it = m_links.begin(); it != m_links.end();) {
            auto next = std::next(it);
            if (!seen.count(it->first))
                removeLink(it, touched);
            it = next;
        }
    }
    return restyled;
}

std::vector<LinkItem *> DiagramScene::relinkChanged(const std::set<std::string> &names,
                                                    std::set<std::string> *touched)
{
    const Design &d = m_doc->design();
    std::unordered_map<std::string, const Link *> byName;
    if (names.size() > 8)
        for (const Link &l : d.links)
            byName.emplace(l.name(), &l);
    std::vector<LinkItem *> restyled;
    for (const std::string &name : names) {
        const Link *link = nullptr;
        if (names.size() > 8) {
            auto it = byName.find(name);
            link = it == byName.end() ? nullptr : it->second;
        } else {
            link = d.findLink(name);
        }
        auto found = m_links.find(name);
        if (!link) {
            if (found != m_links.end())
                removeLink(found, touched);
            continue;
        }
        const LinkEnd a = endOf(link->a), b = endOf(link->b);
        LinkItem *item = found == m_links.end() ? nullptr : found->second;
        if (!item) {
            // Drawn as carrying nothing until the analysis says what it carries.
            item = new LinkItem(name, a, b);
            addItem(item);
            m_links[name] = item;
            LinkSource &source = m_linkSources[item];
            source = LinkSource{{}, link->speedMbps.value_or(0), link->kind, false};
            styleLink(item, source);
            recordLink(item, source, touched);
        } else if (!sameEnd(item->endA(), a) || !sameEnd(item->endB(), b)) {
            forgetLink(item, touched);
            item->setEnds(a, b);
            styleLink(item, m_linkSources[item]);
            recordLink(item, m_linkSources[item], touched);
        } else {
            continue;
        }
        updateLinkGeometry(item);
        restyled.push_back(item);
    }
    return restyled;
}

void DiagramScene::onFindingsChanged()
{
    // What the links carry, from the same analysis: the links it changed are styled anew.
    if (m_doc->findingsCurrent() && !m_doc->linkFacts().empty()) {
        std::set<std::string> touched;
        restyleLinks(m_doc->linkFacts(), false, &touched);
        applyRoutes();
    }
    // Marks from the findings: single points of failure. Until the findings of an edit
    // arrive, those of the design before it are shown (by id, so they stay in place).
    m_spofs.clear();
    for (const Finding &f : m_doc->findings())
        if (f.rule == "spof")
            m_spofs.insert(f.elements.begin(), f.elements.end());
    refreshMarks();
    applyShown();
}

void DiagramScene::refreshMarks()
{
    std::vector<LinkItem *> links;
    links.reserve(m_links.size());
    for (const auto &[name, item] : m_links)
        links.push_back(item);
    refreshMarksOf({}, links, true);
}

void DiagramScene::refreshMarksOf(const std::set<std::string> &devices,
                                  const std::vector<LinkItem *> &links, bool all)
{
    const Design &d = m_doc->design();

    // Failure mode: what the failed units cut.
    std::set<std::string> affected;
    if (!m_failed.empty() || !m_report.failed.empty()) {
        all = true; // what a failure cuts can change anywhere
        m_report = {};
    }
    std::vector<LinkItem *> allLinks;
    if (all && links.size() != m_links.size()) {
        for (const auto &[name, item] : m_links)
            allLinks.push_back(item);
    }
    const std::vector<LinkItem *> &marked =
        all && links.size() != m_links.size() ? allLinks : links;
    if (!m_failed.empty()) {
        const DesignIndex index(d, m_doc->templates());
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

    for (LinkItem *item : marked) {
        LinkLook look = item->look();
        look.spof = m_spofs.count(item->name()) != 0;
        look.failed = m_failed.count(item->name()) != 0;
        look.dead = false;
        if (!m_failed.empty())
            for (const LinkEnd *e : {&item->endA(), &item->endB()}) {
                const std::string adapter = e->local.substr(0, e->local.find('/'));
                if (m_failed.count(e->device) || m_failed.count(e->device + ":" + adapter))
                    look.dead = true;
            }
        if (look != item->look())
            item->setLook(std::move(look));
    }

    static const std::map<std::string, QColor> kNoPorts;
    for (const Device &dev : d.devices) {
        if (!all && !devices.count(dev.id))
            continue;
        DeviceItem *item = deviceItem(dev.id);
        if (!item)
            continue;
        DeviceMarks marks;
        marks.spof = m_spofs.count(dev.id) != 0;
        marks.failed = m_failed.count(dev.id) != 0;
        marks.affected = affected.count(dev.id) != 0;
        for (const Adapter &a : dev.adapters) {
            if (m_spofs.count(dev.id + ":" + a.id))
                marks.spofAdapters.insert(a.id);
            if (m_failed.count(dev.id + ":" + a.id))
                marks.failedAdapters.insert(a.id);
        }
        auto colors = m_portColors.find(dev.id);
        marks.portColors = colors == m_portColors.end() ? kNoPorts : colors->second;
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
        item->setMarks(std::move(marks));
    }
    emit failuresChanged();
}

void DiagramScene::updateSceneRect()
{
    // Room around the design, so anything in it can be brought to the middle of the view
    // (find, "go to") and devices can be dragged out a little.
    const QRectF r = designRect().adjusted(-1500, -1500, 1500, 1500);
    if (!sceneRect().contains(r) || sceneRect().width() > r.width() + 4000 ||
        sceneRect().height() > r.height() + 4000)
        setSceneRect(r.united(QRectF(-1500, -1500, 3000, 3000)));
}

void DiagramScene::updateLinkGeometry(LinkItem *link)
{
    DeviceItem *a = deviceItem(link->endA().device), *b = deviceItem(link->endB().device);
    if (!a || !b) {
        m_router->removeCable(link->name());
        return;
    }
    updateBox(a);
    updateBox(b);
    m_router->setCable(link->name(), routerPort(a, link->endA().local),
                       routerPort(b, link->endB().local));
}

void DiagramScene::updateBox(const DeviceItem *item)
{
    m_router->setBox(item->id(), item->geometry().bounds.translated(item->pos()));
}

void DiagramScene::applyRoutes()
{
    const std::vector<std::string> changed = m_router->update();
    for (const std::string &name : changed)
        if (LinkItem *item = linkItem(name))
            if (const CableRouter::Route *r = m_router->route(name))
                item->setPath(r->points);
    if (!changed.empty())
        m_labelsDirty = true;
    if (m_labelsDirty && m_printing)
        placeLabels();
    else if (m_labelsDirty && m_portLabels && !m_labelsQueued) {
        // Once per turn of the event loop: a drag moves a device many times between paints.
        m_labelsQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_labelsQueued = false;
            if (m_portLabels)
                placeLabels();
        });
    }
}

void DiagramScene::placeLabels()
{
    m_router->update();
    if (!m_labelsDirty)
        return;
    m_labelsDirty = false;
    const Design &d = m_doc->design();
    const std::vector<std::string> ids = cableIds(d);
    std::vector<LabelRequest> requests;
    requests.reserve(m_links.size());
    for (std::size_t i = 0; i < d.links.size(); ++i) {
        LinkItem *item = linkItem(d.links[i].name());
        if (!item || item->path().size() < 2)
            continue;
        LabelRequest r;
        r.link = item->name();
        r.path = item->path();
        const QString id = i < ids.size() ? q(ids[i]) : QString();
        r.endA = id.isEmpty() ? item->look().labelA : id + " " + item->look().labelA;
        r.endB = id.isEmpty() ? item->look().labelB : id + " " + item->look().labelB;
        r.speed = item->look().speed;
        requests.push_back(std::move(r));
    }
    std::vector<QRectF> boxes;
    boxes.reserve(m_devices.size());
    for (const auto &[id, item] : m_devices)
        boxes.push_back(item->geometry().bounds.translated(item->pos()));
    std::map<std::string, std::vector<PlacedLabel>> placed = placeLinkLabels(requests, boxes);
    for (const auto &[name, item] : m_links) {
        auto it = placed.find(name);
        item->setLabels(it == placed.end() ? std::vector<PlacedLabel>{} : std::move(it->second));
    }
    if (!m_labelItem) {
        m_labelItem = new LinkLabelsItem;
        addItem(m_labelItem);
    }
    m_labelItem->refresh();
}

void DiagramScene::updateStacks()
{
    std::map<std::string, std::vector<QRectF>> members;
    for (const auto &[id, item] : m_devices) {
        const std::string &stack = item->device().stack;
        if (item->device().isSwitch() && !stack.empty())
            members[stack].push_back(item->mapRectToScene(item->geometry().bounds));
    }
    for (auto it = m_stacks.begin(); it != m_stacks.end();) {
        if (members.count(it->first)) {
            ++it;
            continue;
        }
        delete it->second;
        it = m_stacks.erase(it);
    }
    for (const auto &[id, boxes] : members) {
        StackItem *&item = m_stacks[id];
        if (!item) {
            item = new StackItem(q(id));
            addItem(item);
        }
        // Every device not of this stack keeps out of its frame.
        std::vector<QRectF> others;
        for (const auto &[did, dev] : m_devices)
            if (!dev->device().isSwitch() || dev->device().stack != id)
                others.push_back(dev->mapRectToScene(dev->geometry().bounds));
        item->setBoxes(boxes, others);
    }
}

void DiagramScene::deviceMoved(const std::string &id)
{
    if (m_syncing)
        return;
    const DeviceItem *item = deviceItem(id);
    if (item)
        updateBox(item);
    applyRoutes();
    if (item && item->device().isSwitch() && !item->device().stack.empty()) {
        updateStacks();
    } else if (item) {
        // Another device moved into a stack's frame, or out of the way of one that goes
        // around it: the frame is drawn again.
        const QRectF box = item->mapRectToScene(item->geometry().bounds);
        for (const auto &[stack, frame] : m_stacks)
            if (frame->goesAround() || frame->sceneBoundingRect().intersects(box)) {
                updateStacks();
                break;
            }
    }
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
    refreshMarks();
}

void DiagramScene::toggleFailed(const std::string &unitRef)
{
    if (!m_failed.erase(unitRef))
        m_failed.insert(unitRef);
    refreshMarks();
}

void DiagramScene::clearFailures()
{
    m_failed.clear();
    refreshMarks();
}

void DiagramScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, Qt::white);
    if (m_printing || !m_grid)
        return;
    // Dots closer than a few pixels on screen would only grey the canvas.
    const qreal g = gridSize() * 2;
    if (g * painter->worldTransform().m11() < 6)
        return;
    const qreal left = std::floor(rect.left() / g) * g, top = std::floor(rect.top() / g) * g;
    if ((rect.right() - left) / g * ((rect.bottom() - top) / g) > 200000)
        return;
    QVector<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += g)
        for (qreal y = top; y < rect.bottom(); y += g)
            dots << QPointF(x, y);
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

CanvasHit DiagramScene::hitAt(const QPointF &scenePos) const
{
    CanvasHit hit;
    for (QGraphicsItem *i : items(scenePos)) {
        if (i->type() == LinkItem::Type) {
            hit.kind = CanvasHit::Link;
            hit.link = static_cast<LinkItem *>(i)->name();
            return hit;
        }
        if (i->type() != DeviceItem::Type)
            continue;
        auto *dev = static_cast<DeviceItem *>(i);
        hit.device = dev->id();
        hit.kind = CanvasHit::Device;
        if (const PortCell *c = dev->geometry().portAt(dev->mapFromScene(scenePos))) {
            hit.kind = CanvasHit::Port;
            hit.local = c->local;
            const std::string ref = dev->id() + ":" + c->local;
            for (const Link &l : m_doc->design().links)
                if (l.a == ref || l.b == ref)
                    hit.link = l.name();
        }
        return hit;
    }
    return hit;
}

QRectF DiagramScene::portRect(const std::string &device, const std::string &local) const
{
    const DeviceItem *item = deviceItem(device);
    const PortCell *c = item ? item->geometry().port(local) : nullptr;
    return c ? item->mapRectToScene(c->rect) : QRectF();
}

void DiagramScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    if (m_rubber)
        return;
    const CanvasHit hit = hitAt(event->scenePos());
    // The menu acts on the selection: what was clicked joins it, or replaces it when it was
    // not part of it.
    QGraphicsItem *item = hit.kind == CanvasHit::Link
                              ? static_cast<QGraphicsItem *>(linkItem(hit.link))
                          : hit.kind != CanvasHit::Nothing ? deviceItem(hit.device)
                                                           : nullptr;
    if (item && !item->isSelected()) {
        clearSelection();
        item->setSelected(true);
    }
    emit contextMenuRequested(hit, event->screenPos(), event->scenePos());
    event->accept();
}

void DiagramScene::applyPositions(const std::vector<std::pair<std::string, Position>> &positions,
                                  const QString &text, int mergeId, const QString &mergeKey)
{
    if (positions.empty())
        return;
    m_doc->apply(withPositions(m_doc->design(), positions), text, mergeId, mergeKey);
}

void DiagramScene::nudgeSelection(qreal dx, qreal dy)
{
    std::vector<std::pair<std::string, Position>> moved;
    QStringList ids;
    for (const std::string &id : selectedDeviceIds()) {
        const QPointF p = deviceItem(id)->pos() + QPointF(dx, dy);
        moved.emplace_back(id, Position{p.x(), p.y()});
        ids << q(id);
    }
    // Nudges of the same devices in a row are one step of the undo history.
    applyPositions(moved,
                   moved.size() == 1 ? tr("Nudge %1").arg(ids.first())
                                     : tr("Nudge %n devices", nullptr, int(moved.size())),
                   2, ids.join(','));
}

void DiagramScene::alignSelection(Align how)
{
    const auto ids = selectedDeviceIds();
    if (ids.size() < 2)
        return;
    QRectF all;
    for (const auto &id : ids)
        all = all.united(deviceItem(id)->mapRectToScene(deviceItem(id)->geometry().bounds));
    std::vector<std::pair<std::string, Position>> moved;
    for (const auto &id : ids) {
        const DeviceItem *item = deviceItem(id);
        const QRectF r = item->mapRectToScene(item->geometry().bounds);
        QPointF shift;
        switch (how) {
        case Align::Left:
            shift.setX(all.left() - r.left());
            break;
        case Align::Centre:
            shift.setX(all.center().x() - r.center().x());
            break;
        case Align::Right:
            shift.setX(all.right() - r.right());
            break;
        case Align::Top:
            shift.setY(all.top() - r.top());
            break;
        case Align::Middle:
            shift.setY(all.center().y() - r.center().y());
            break;
        case Align::Bottom:
            shift.setY(all.bottom() - r.bottom());
            break;
        }
        const QPointF p = item->pos() + shift;
        moved.emplace_back(id, Position{std::round(p.x()), std::round(p.y())});
    }
    applyPositions(moved, tr("Align %n devices", nullptr, int(ids.size())));
}

void DiagramScene::distributeSelection(Qt::Orientation orientation)
{
    const auto ids = selectedDeviceIds();
    if (ids.size() < 3)
        return;
    // Equal gaps between the boxes, from the first to the last (by their centres).
    const bool across = orientation == Qt::Horizontal;
    std::vector<std::pair<QRectF, const DeviceItem *>> boxes;
    for (const auto &id : ids) {
        const DeviceItem *item = deviceItem(id);
        boxes.emplace_back(item->mapRectToScene(item->geometry().bounds), item);
    }
    std::sort(boxes.begin(), boxes.end(), [&](const auto &a, const auto &b) {
        return across ? a.first.center().x() < b.first.center().x()
                      : a.first.center().y() < b.first.center().y();
    });
    qreal span = across ? boxes.back().first.right() - boxes.front().first.left()
                        : boxes.back().first.bottom() - boxes.front().first.top();
    for (const auto &b : boxes)
        span -= across ? b.first.width() : b.first.height();
    const qreal gap = span / qreal(boxes.size() - 1);
    qreal at = across ? boxes.front().first.left() : boxes.front().first.top();
    std::vector<std::pair<std::string, Position>> moved;
    for (const auto &[r, item] : boxes) {
        const QPointF shift = across ? QPointF(at - r.left(), 0) : QPointF(0, at - r.top());
        const QPointF p = item->pos() + shift;
        moved.emplace_back(item->id(), Position{std::round(p.x()), std::round(p.y())});
        at += (across ? r.width() : r.height()) + gap;
    }
    applyPositions(moved, tr("Distribute %n devices", nullptr, int(ids.size())));
}

void DiagramScene::setPinned(const std::vector<std::string> &ids, bool pinned)
{
    Design next = m_doc->design();
    int changed = 0;
    for (const auto &id : ids)
        if (Device *dev = next.findDevice(id); dev && dev->pinned != pinned) {
            dev->pinned = pinned;
            ++changed;
        }
    if (!changed)
        return;
    const QString what = ids.size() == 1 ? q(ids.front()) : tr("%n devices", nullptr, changed);
    m_doc->apply(next, pinned ? tr("Pin %1").arg(what) : tr("Unpin %1").arg(what));
}

std::vector<std::pair<std::string, Position>> DiagramScene::arrangedPositions() const
{
    Design cleared = m_doc->design();
    for (Device &dev : cleared.devices)
        if (!dev.pinned)
            dev.position.reset();
    placeUnplaced(cleared);
    std::vector<std::pair<std::string, Position>> positions;
    for (const Device &dev : cleared.devices)
        if (!dev.pinned)
            positions.emplace_back(dev.id, *dev.position);
    return positions;
}

void DiagramScene::showOnlyNetwork(const std::string &id)
{
    const Network *n = m_doc->design().findNetwork(id);
    if (!n)
        return;
    m_shownNetworks = {id};
    m_shownLabel = tr("network %1").arg(q(n->displayName()));
    applyShown();
    emit shownChanged();
}

void DiagramScene::showOnlyRole(Role role)
{
    m_shownNetworks.clear();
    for (const Network &n : m_doc->design().networks)
        if (n.hasRole(role))
            m_shownNetworks.insert(n.id);
    m_shownLabel = tr("role %1").arg(q(toString(role)));
    if (m_shownNetworks.empty())
        m_shownNetworks.insert(std::string()); // nothing carries it: everything dimmed
    applyShown();
    emit shownChanged();
}

const std::vector<std::string> &DiagramScene::linkNetworks(const std::string &name) const
{
    static const std::vector<std::string> kNone;
    auto it = m_linkNetworks.find(name);
    return it == m_linkNetworks.end() ? kNone : it->second;
}

void DiagramScene::showEverything()
{
    m_shownNetworks.clear();
    m_shownLabel.clear();
    applyShown();
    emit shownChanged();
}

void DiagramScene::applyShown()
{
    const bool all = m_shownNetworks.empty();
    if (all && !m_dimmed)
        return;
    m_dimmed = !all;
    std::unordered_set<std::string> litDevices;
    for (const auto &[name, item] : m_links) {
        bool lit = all;
        if (!lit) {
            auto it = m_linkNetworks.find(name);
            if (it != m_linkNetworks.end())
                for (const auto &n : it->second)
                    lit |= m_shownNetworks.count(n) != 0;
        }
        item->setOpacity(lit ? 1.0 : kDimmed);
        if (lit && !all) {
            litDevices.insert(item->endA().device);
            litDevices.insert(item->endB().device);
        }
    }
    if (!all)
        for (const Device &dev : m_doc->design().devices)
            for (const Binding &b : dev.bindings)
                for (const auto &n : b.networks)
                    if (m_shownNetworks.count(n))
                        litDevices.insert(dev.id);
    for (const auto &[id, item] : m_devices)
        item->setOpacity(all || litDevices.count(id) ? 1.0 : kDimmed);
    for (const auto &[id, item] : m_stacks)
        item->setOpacity(all ? 1.0 : 0.4);
}

void DiagramScene::flash(const QRectF &sceneRect)
{
    delete m_flash;
    m_flash =
        addRect(sceneRect.adjusted(-12, -12, 12, 12), QPen(QColor("#ff6f00"), 4), Qt::NoBrush);
    QPen pen = m_flash->pen();
    pen.setCosmetic(true); // as thick far out as close up
    m_flash->setPen(pen);
    m_flash->setZValue(20);
    QGraphicsRectItem *shown = m_flash;
    QTimer::singleShot(1800, this, [this, shown] {
        if (m_flash == shown) {
            delete m_flash;
            m_flash = nullptr;
        }
    });
}

} // namespace cn
