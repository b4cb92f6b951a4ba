// The main window's commands for the canvas: find, align and distribute, pins, showing one
// network or role, the overview dock, and the context menus of devices, ports, cables and the
// empty canvas.
#include "window/MainWindow.h"

#include "canvas/DeviceItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "canvas/LinkItem.h"
#include "canvas/Overview.h"
#include "design/DesignEdits.h"
#include "design/Endpoint.h"
#include "document/DesignDocument.h"
#include "panels/PalettePanel.h"
#include "templates/TemplateLibrary.h"
#include "window/FindBar.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

#include <cmath>

namespace cn
{
namespace
{

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// A name as a menu entry: '&' would mark a shortcut letter ("CSV & Heartbeat").
QString entry(const QString &s)
{
    QString t = s;
    return t.replace('&', "&&");
}
QString entry(const std::string &s)
{
    return entry(q(s));
}

// A menu entry that names what the menu is about.
void addTitle(QMenu *menu, const QString &text)
{
    QAction *a = menu->addAction(entry(text));
    a->setEnabled(false);
    QFont f = a->font();
    f.setBold(true);
    a->setFont(f);
}

const std::vector<Role> kRoles = {
    Role::Management, Role::Vm,         Role::Heartbeat, Role::Csv, Role::LiveMigration,
    Role::IscsiHost,  Role::IscsiGuest, Role::Backup,    Role::Oob};

} // namespace

void MainWindow::buildCanvasActions(QMenu *edit, QMenu *view, QMenu *design)
{
    // Find, in a bar above the canvas.
    m_findBar = new FindBar(m_doc, this);
    m_findToolBar = new QToolBar(tr("Find"), this);
    m_findToolBar->setObjectName("findToolBar");
    m_findToolBar->setMovable(false);
    m_findToolBar->addWidget(m_findBar);
    addToolBarBreak();
    addToolBar(Qt::TopToolBarArea, m_findToolBar);
    m_findToolBar->hide();
    connect(m_findBar, &FindBar::chosen, this, [this](const FindTarget &target) {
        jumpTo(target);
        m_view->setFocus(); // arrow keys now nudge what was found; Ctrl+F finds again
    });
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_findToolBar->hide();
        m_view->setFocus();
    });
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_findToolBar->show();
        m_findBar->open();
    });

    // Arrange: align, distribute, pins.
    QMenu *arrange = new QMenu(tr("&Arrange"), this);
    menuBar()->insertMenu(design->menuAction(), arrange);
    m_alignMenu = arrange;
    using Align = DiagramScene::Align;
    const std::pair<QString, Align> aligns[] = {
        {tr("Align &Left"), Align::Left},     {tr("Align &Centre"), Align::Centre},
        {tr("Align &Right"), Align::Right},   {tr("Align &Top"), Align::Top},
        {tr("Align &Middle"), Align::Middle}, {tr("Align &Bottom"), Align::Bottom}};
    for (const auto &[text, how] : aligns) {
        const Align a = how;
        connect(arrange->addAction(text), &QAction::triggered, this,
                [this, a] { m_scene->alignSelection(a); });
        if (a == Align::Right)
            arrange->addSeparator();
    }
    arrange->addSeparator();
    connect(arrange->addAction(tr("Distribute &Horizontally")), &QAction::triggered, this,
            [this] { m_scene->distributeSelection(Qt::Horizontal); });
    connect(arrange->addAction(tr("Distribute &Vertically")), &QAction::triggered, this,
            [this] { m_scene->distributeSelection(Qt::Vertical); });
    arrange->addSeparator();
    QAction *pin = arrange->addAction(tr("&Pin"));
    pin->setToolTip(tr("Arrange automatically leaves pinned devices where they are"));
    connect(pin, &QAction::triggered, this,
            [this] { m_scene->setPinned(m_scene->selectedDeviceIds(), true); });
    connect(arrange->addAction(tr("&Unpin")), &QAction::triggered, this,
            [this] { m_scene->setPinned(m_scene->selectedDeviceIds(), false); });
    arrange->addSeparator();
    QAction *auto_ = arrange->addAction(tr("Arrange &Automatically"));
    connect(auto_, &QAction::triggered, this, &MainWindow::arrange);
    QAction *nudgeHelp =
        arrange->addAction(tr("Arrow keys nudge the selection; Shift+arrow a grid step"));
    nudgeHelp->setEnabled(false);
    connect(arrange, &QMenu::aboutToShow, this, [this, arrange] {
        const auto n = m_scene->selectedDeviceIds().size();
        const auto entries = arrange->actions();
        for (int i = 0; i < 7; ++i) // the six alignments and their separator
            entries[i]->setEnabled(n >= 2);
        entries[8]->setEnabled(n >= 3);
        entries[9]->setEnabled(n >= 3);
        entries[11]->setEnabled(n >= 1);
        entries[12]->setEnabled(n >= 1);
    });

    // Show one network or role.
    view->addSeparator();
    m_showMenu = view->addMenu(tr("Show &Only"));
    connect(m_showMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildShowMenu);
    // While part of the design is dimmed, the status bar says so; a click shows everything.
    m_shownButton = new QToolButton(this);
    m_shownButton->setObjectName("shownButton");
    m_shownButton->setAutoRaise(true);
    m_shownButton->setToolTip(tr("Show everything"));
    m_shownButton->hide();
    statusBar()->addWidget(m_shownButton);
    connect(m_shownButton, &QToolButton::clicked, m_scene, &DiagramScene::showEverything);
    connect(m_scene, &DiagramScene::shownChanged, this, [this] {
        m_shownButton->setText(
            tr("Showing only %1 — show everything ✕").arg(entry(m_scene->shownLabel())));
        m_shownButton->setVisible(!m_scene->shownNetworks().empty());
    });

    // The overview of the whole design.
    m_overview = new Overview(m_scene, m_view, this);
    auto *dock = new QDockWidget(tr("Overview"), this);
    dock->setObjectName("overviewDock");
    dock->setWidget(m_overview);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {200}, Qt::Vertical);
    view->addAction(dock->toggleViewAction());

    connect(m_scene, &DiagramScene::contextMenuRequested, this, &MainWindow::showCanvasMenu);
}

void MainWindow::rebuildShowMenu()
{
    m_showMenu->clear();
    QAction *all = m_showMenu->addAction(tr("&Everything"));
    all->setCheckable(true);
    all->setChecked(m_scene->shownNetworks().empty());
    connect(all, &QAction::triggered, this, [this] { m_scene->showEverything(); });
    m_showMenu->addSeparator();
    addTitle(m_showMenu, tr("Network"));
    for (const Network &n : m_doc->design().networks) {
        const std::string id = n.id;
        QAction *a = m_showMenu->addAction(entry(n.displayName()) +
                                           (n.vlan ? tr(" (VLAN %1)").arg(*n.vlan) : QString()));
        a->setCheckable(true);
        a->setChecked(m_scene->shownNetworks() == std::set<std::string>{id} &&
                      m_scene->shownLabel().startsWith(tr("network")));
        connect(a, &QAction::triggered, this, [this, id] { m_scene->showOnlyNetwork(id); });
    }
    m_showMenu->addSeparator();
    addTitle(m_showMenu, tr("Role"));
    for (Role r : kRoles) {
        bool used = false;
        for (const Network &n : m_doc->design().networks)
            used |= n.hasRole(r);
        if (!used)
            continue;
        QAction *a = m_showMenu->addAction(q(toString(r)));
        connect(a, &QAction::triggered, this, [this, r] { m_scene->showOnlyRole(r); });
    }
}

void MainWindow::showArea(const QRectF &sceneRect, bool zoomIn)
{
    // Far out a device is a speck: come close enough to read it.
    if (zoomIn && m_view->zoom() < 0.6)
        m_view->setZoom(0.8);
    m_view->centerOn(sceneRect.center());
    m_scene->flash(sceneRect);
}

void MainWindow::jumpTo(const FindTarget &target)
{
    switch (target.kind) {
    case FindTarget::Device:
    case FindTarget::Cable: {
        const QRectF area = m_scene->selectReferences({target.ref});
        if (!area.isEmpty())
            showArea(target.kind == FindTarget::Cable ? area.adjusted(30, 10, -30, -10) : area,
                     true);
        break;
    }
    case FindTarget::Port: {
        EndpointRef r;
        splitEndpoint(target.ref, r);
        m_scene->selectReferences({r.device});
        const QRectF port = m_scene->portRect(r.device, r.rest);
        if (!port.isEmpty())
            showArea(port, true);
        break;
    }
    case FindTarget::Network: {
        m_scene->showOnlyNetwork(target.ref);
        std::vector<std::string> links;
        for (const auto &[name, item] : m_scene->linkItems())
            if (item->opacity() == 1.0)
                links.push_back(name);
        m_scene->clearSelection();
        QRectF area;
        for (const auto &name : links)
            area = area.united(m_scene->linkItem(name)->sceneBoundingRect());
        if (!area.isEmpty()) {
            m_view->fitInView(area.adjusted(-60, -60, 60, 60), Qt::KeepAspectRatio);
            if (m_view->zoom() > 1.5)
                m_view->setZoom(1.5);
            emit m_view->zoomChanged(m_view->zoom());
        }
        break;
    }
    }
}

void MainWindow::addDeviceAt(const QString &type, const QString &model, const QPointF &scenePos)
{
    const auto t = deviceTypeFromString(type.toStdString());
    if (!t)
        return;
    Device dev = makeDevice(m_doc->design(), *t, model.toStdString());
    const qreal g = m_scene->gridSize();
    dev.position = Position{std::round(scenePos.x() / g) * g, std::round(scenePos.y() / g) * g};
    const QString error =
        m_doc->apply(withDevice(m_doc->design(), dev), tr("Add %1").arg(q(dev.id)));
    if (!error.isEmpty())
        statusBar()->showMessage(tr("Not added: %1").arg(error), 8000);
    else
        m_scene->selectReferences({dev.id});
}

void MainWindow::showCanvasMenu(const CanvasHit &hit, const QPoint &screenPos,
                                const QPointF &scenePos)
{
    QMenu menu(this);
    const Design &d = m_doc->design();
    auto act = [&](QMenu *m, const QString &text, auto slot) {
        QAction *a = m->addAction(text);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    auto goTo = [this](const std::string &device, const std::string &local) {
        m_scene->selectReferences({device});
        const QRectF port = m_scene->portRect(device, local);
        if (!port.isEmpty())
            showArea(port, true);
    };
    auto showNetworks = [&](QMenu *m, const std::vector<std::string> &networks) {
        if (networks.empty())
            return;
        QMenu *sub = m->addMenu(tr("Show Only Network"));
        for (const auto &id : networks) {
            const Network *n = d.findNetwork(id);
            act(sub, n ? entry(n->displayName()) : entry(id),
                [this, id] { m_scene->showOnlyNetwork(id); });
        }
    };
    const auto selected = m_scene->selectedDeviceIds();

    if (hit.kind == CanvasHit::Port) {
        const std::string ref = hit.device + ":" + hit.local;
        addTitle(&menu, tr("Port %1").arg(q(ref)));
        if (!hit.link.empty()) {
            const Link *l = d.findLink(hit.link);
            const std::string other = l ? (l->a == ref ? l->b : l->a) : std::string();
            EndpointRef o;
            splitEndpoint(other, o);
            act(&menu, tr("Go to the Other End (%1)").arg(q(other)),
                [goTo, o] { goTo(o.device, o.rest); });
            const std::string name = hit.link;
            act(&menu, tr("Select the Cable"), [this, name] { m_scene->selectReferences({name}); });
            act(&menu, tr("Remove the Cable"), [this, name] {
                m_doc->apply(withoutLinks(m_doc->design(), {name}),
                             tr("Remove cable %1").arg(q(name)));
            });
            showNetworks(&menu, m_scene->linkNetworks(name));
        } else {
            // Cable it to a free port of another device, chosen from menus.
            QMenu *connectTo = menu.addMenu(tr("Connect To"));
            std::set<std::string> used;
            for (const Link &l : d.links) {
                used.insert(l.a);
                used.insert(l.b);
            }
            auto addDevice = [&](const DeviceItem *item) {
                if (item->id() == hit.device)
                    return;
                QMenu *sub = nullptr;
                for (const PortCell &c : item->geometry().ports) {
                    const std::string target = item->id() + ":" + c.local;
                    if (!c.cablable || used.count(target))
                        continue;
                    if (!sub)
                        sub = connectTo->addMenu(entry(item->device().displayName()));
                    act(sub, entry(c.label), [this, ref, target] {
                        Link link;
                        link.a = ref;
                        link.b = target;
                        const QString error = m_doc->apply(withLink(m_doc->design(), link),
                                                           tr("Add link %1").arg(q(link.name())));
                        statusBar()->showMessage(error.isEmpty()
                                                     ? tr("Link %1 added").arg(q(link.name()))
                                                     : tr("No link drawn: %1").arg(error),
                                                 6000);
                    });
                }
            };
            // Switches first: most cables of a host go to one.
            for (const auto &[id, item] : m_scene->deviceItems())
                if (item->device().isSwitch())
                    addDevice(item);
            connectTo->addSeparator();
            for (const auto &[id, item] : m_scene->deviceItems())
                if (!item->device().isSwitch())
                    addDevice(item);
        }
        menu.addSeparator();
    }
    if (hit.kind == CanvasHit::Port || hit.kind == CanvasHit::Device) {
        const Device *dev = d.findDevice(hit.device);
        if (hit.kind == CanvasHit::Device)
            addTitle(&menu, selected.size() > 1 ? tr("%n devices", nullptr, int(selected.size()))
                                                : tr("Device %1").arg(q(hit.device)));
        act(&menu, tr("Properties"), [this] {
            if (auto *dock = findChild<QDockWidget *>("propertiesDock")) {
                dock->show();
                dock->raise();
            }
        });
        QAction *dup = act(&menu, tr("Duplicate"), &MainWindow::duplicateSelection);
        dup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
        QAction *copy = act(&menu, tr("Copy"), &MainWindow::copySelection);
        copy->setShortcut(QKeySequence::Copy);
        QAction *cut = act(&menu, tr("Cut"), &MainWindow::cutSelection);
        cut->setShortcut(QKeySequence::Cut);
        QAction *del = act(&menu, tr("Delete"), &MainWindow::deleteSelection);
        del->setShortcut(QKeySequence::Delete);
        menu.addSeparator();
        const bool pinned = dev && dev->pinned;
        QAction *pin = act(&menu, tr("Pinned"), [this, pinned] {
            m_scene->setPinned(m_scene->selectedDeviceIds(), !pinned);
        });
        pin->setCheckable(true);
        pin->setChecked(pinned);
        pin->setToolTip(tr("Arrange automatically leaves pinned devices where they are"));
        if (selected.size() >= 2) {
            QMenu *align = menu.addMenu(tr("Align"));
            using Align = DiagramScene::Align;
            const std::pair<QString, Align> aligns[] = {
                {tr("Left"), Align::Left},     {tr("Centre"), Align::Centre},
                {tr("Right"), Align::Right},   {tr("Top"), Align::Top},
                {tr("Middle"), Align::Middle}, {tr("Bottom"), Align::Bottom}};
            for (const auto &[text, how] : aligns) {
                const Align a = how;
                act(align, text, [this, a] { m_scene->alignSelection(a); });
            }
            if (selected.size() >= 3) {
                align->addSeparator();
                act(align, tr("Distribute Horizontally"),
                    [this] { m_scene->distributeSelection(Qt::Horizontal); });
                act(align, tr("Distribute Vertically"),
                    [this] { m_scene->distributeSelection(Qt::Vertical); });
            }
        }
        if (dev) {
            std::vector<std::string> cables;
            for (const Link &l : d.links) {
                EndpointRef a, b;
                splitEndpoint(l.a, a);
                splitEndpoint(l.b, b);
                if (a.device == dev->id || b.device == dev->id)
                    cables.push_back(l.name());
            }
            if (!cables.empty())
                act(&menu, tr("Select Its Cables (%1)").arg(cables.size()),
                    [this, cables] { m_scene->selectReferences(cables); });
            std::set<std::string> nets;
            for (const Binding &b : dev->bindings)
                nets.insert(b.networks.begin(), b.networks.end());
            showNetworks(&menu, std::vector<std::string>(nets.begin(), nets.end()));
            if (m_scene->failureMode()) {
                // What failure mode fails: a switch, or a host's NIC card.
                std::string unit = dev->isSwitch() ? dev->id : std::string();
                if (!dev->isSwitch() && hit.kind == CanvasHit::Port)
                    unit = dev->id + ":" + hit.local.substr(0, hit.local.find('/'));
                if (!unit.empty())
                    act(&menu, tr("Fail or Restore %1").arg(q(unit)),
                        [this, unit] { m_scene->toggleFailed(unit); });
            }
        }
    } else if (hit.kind == CanvasHit::Link) {
        const Link *l = d.findLink(hit.link);
        addTitle(&menu, tr("Cable %1").arg(q(hit.link)));
        if (l) {
            EndpointRef a, b;
            splitEndpoint(l->a, a);
            splitEndpoint(l->b, b);
            act(&menu, tr("Go to %1").arg(q(l->a)), [goTo, a] { goTo(a.device, a.rest); });
            act(&menu, tr("Go to %1").arg(q(l->b)), [goTo, b] { goTo(b.device, b.rest); });
        }
        showNetworks(&menu, m_scene->linkNetworks(hit.link));
        act(&menu, tr("Properties"), [this] {
            if (auto *dock = findChild<QDockWidget *>("propertiesDock")) {
                dock->show();
                dock->raise();
            }
        });
        QAction *del = act(&menu, tr("Delete"), &MainWindow::deleteSelection);
        del->setShortcut(QKeySequence::Delete);
        if (m_scene->failureMode()) {
            const std::string name = hit.link;
            act(&menu, tr("Fail or Restore This Cable"),
                [this, name] { m_scene->toggleFailed(name); });
        }
    } else if (hit.kind == CanvasHit::Nothing) {
        QMenu *add = menu.addMenu(tr("Add Here"));
        const std::pair<QString, QString> kinds[] = {{tr("Host"), "host"},
                                                     {tr("Storage"), "storage"},
                                                     {tr("Router"), "router"},
                                                     {tr("Firewall"), "firewall"},
                                                     {tr("Other Device"), "other"}};
        act(add, kinds[0].first, [this, scenePos] { addDeviceAt("host", QString(), scenePos); });
        QMenu *switches = add->addMenu(tr("Switch"));
        for (const auto &e : m_doc->templates().devices())
            if (looksLikeSwitch(e.device)) {
                const QString model = q(e.device.model);
                act(switches, entry(model),
                    [this, model, scenePos] { addDeviceAt("switch", model, scenePos); });
            }
        for (std::size_t i = 1; i < std::size(kinds); ++i) {
            const QString type = kinds[i].second;
            act(add, kinds[i].first,
                [this, type, scenePos] { addDeviceAt(type, QString(), scenePos); });
        }
        QAction *paste = act(&menu, tr("Paste"), &MainWindow::paste);
        paste->setShortcut(QKeySequence::Paste);
        menu.addSeparator();
        act(&menu, tr("Select All"), [this] {
            for (QGraphicsItem *i : m_scene->items())
                if (i->flags() & QGraphicsItem::ItemIsSelectable)
                    i->setSelected(true);
        });
        act(&menu, tr("Arrange Automatically"), &MainWindow::arrange);
        act(&menu, tr("Fit to Window"), [this] { m_view->fitDesign(); });
        if (!m_scene->shownNetworks().empty())
            act(&menu, tr("Show Everything"), [this] { m_scene->showEverything(); });
        act(&menu, tr("Find…"), [this] {
            m_findToolBar->show();
            m_findBar->open();
        });
    }
    menu.exec(screenPos);
}

} // namespace cn
