#pragma once
// The canvas: projects the document's design as items (devices, links, stacks); after an edit
// it re-syncs only the items the edit touched (DesignDocument::lastChange()), and a move
// re-syncs nothing but the moved devices' cables. Turns mouse gestures into document edits
// (moves, new links, drops from the palette); shows single points of failure and, in failure
// mode, what a failure cuts. Devices the design gives no position get one from the automatic
// placement as they are first shown (the document's placer), so they never move by themselves.

#include "canvas/DeviceGeometry.h"
#include "design/Design.h"

#include <QGraphicsScene>
#include <QPointer>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

class QGraphicsLineItem;
class QGraphicsRectItem;

namespace cn {

class AuditMarksItem;
class CableRouter;
class DesignDocument;
class DesignIndex;
struct LinkFacts;
class DeviceItem;
class LinkItem;
class LinkLabelsItem;
class StackItem;

// What is under a point of the canvas.
struct CanvasHit {
    enum Kind { Nothing, Device, Port, Link };
    Kind kind = Nothing;
    std::string device; // Device, Port
    std::string local;  // Port: "adapter/port" or the switch interface
    std::string link;   // Link: its name; Port: the link on it, if any
};

// What the failure mode shows: the failed units and what they cut.
struct FailureReport {
    std::vector<std::string> failed;
    std::vector<std::pair<std::string, std::string>> lostPairs;
    std::vector<QString> lostRoles; // per pair, the roles it loses
};

// A network dragged from the networks panel: its id, UTF-8.
inline constexpr const char *kNetworkDragMime = "application/x-clusternet-network";

class DiagramScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit DiagramScene(DesignDocument *doc, QObject *parent = nullptr);
    ~DiagramScene() override;

    DesignDocument *document() const { return m_doc; }
    DeviceItem *deviceItem(const std::string &id) const;
    LinkItem *linkItem(const std::string &name) const;
    const std::map<std::string, DeviceItem *> &deviceItems() const { return m_devices; }
    const std::unordered_map<std::string, LinkItem *> &linkItems() const { return m_links; }
    int portCount() const;

    qreal gridSize() const { return 10; }
    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool on) { m_snap = on; }
    bool gridVisible() const { return m_grid; }
    void setGridVisible(bool on);
    // While printing or exporting: no grid, no selection, no marks of the editor.
    bool isPrinting() const { return m_printing; }
    void setPrinting(bool on);
    bool showPortLabels() const { return m_portLabels; }
    void setShowPortLabels(bool on);
    // Items are being set from the design (their positions are not snapped).
    bool isSyncing() const { return m_syncing; }
    // The area the design covers, for export and fit-to-window.
    QRectF designRect() const;

    // Selects the items that `refs` name (devices, DEVICE:ADAPTER, DEVICE:TEAM, links).
    QRectF selectReferences(const std::vector<std::string> &refs);
    std::vector<std::string> selectedDeviceIds() const;
    std::vector<std::string> selectedLinkNames() const;
    CanvasHit hitAt(const QPointF &scenePos) const;
    // Where the port `local` of `device` is drawn (scene), or an empty rectangle.
    QRectF portRect(const std::string &device, const std::string &local) const;

    // Layout edits of the selected devices, each one undoable step; positions change no
    // finding, so none of them validates again.
    enum class Align { Left, Centre, Right, Top, Middle, Bottom };
    void nudgeSelection(qreal dx, qreal dy);
    void alignSelection(Align how);
    void distributeSelection(Qt::Orientation orientation);
    void setPinned(const std::vector<std::string> &ids, bool pinned);
    // Where "Arrange automatically" puts the devices that are not pinned.
    std::vector<std::pair<std::string, Position>> arrangedPositions() const;

    // Shows one network, or every network of one role, with the rest dimmed.
    void showOnlyNetwork(const std::string &id);
    void showOnlyRole(Role role);
    void showEverything();
    // The networks shown, when only some are (empty: all).
    const std::set<std::string> &shownNetworks() const { return m_shownNetworks; }
    QString shownLabel() const { return m_shownLabel; }
    // The networks a link carries (ids).
    const std::vector<std::string> &linkNetworks(const std::string &name) const;

    // Draws a ring around `sceneRect` for a moment (after find), so the eye finds it.
    void flash(const QRectF &sceneRect);

    bool failureMode() const { return m_failureMode; }
    void setFailureMode(bool on);
    void toggleFailed(const std::string &unitRef);
    void clearFailures();
    const FailureReport &failureReport() const { return m_report; }

    // Binds `network` where it is dropped: the port (or its team) under `scenePos`.
    void dropNetwork(const std::string &network, const QPointF &scenePos);

    void deviceMoved(const std::string &id);
    // Places the link labels (port names and cable ids at both ends, speeds) where they overlap
    // neither each other nor a device; done when they are shown (paper, or port labels on).
    void placeLabels();
    const CableRouter &router() const { return *m_router; }
    // The route a cable between these two ports of devices on the scene would take among the
    // devices as they stand (a removed cable drawn on the current diagram); empty when a device
    // is not on the scene.
    QPolygonF routeBetween(const std::string &deviceA, const std::string &portA,
                           const std::string &deviceB, const std::string &portB) const;
    // Re-syncs every item with the design (after a load; edits re-sync what they changed).
    void sync();

    // The inventory overlay (canvas/AuditMarks): references marked as built differently.
    void setAuditMarks(std::set<std::string> refs);
    const std::set<std::string> &auditMarks() const;
    AuditMarksItem *auditMarksItem() const { return m_auditMarks; }

signals:
    void statusMessage(const QString &text);
    void failuresChanged();
    void shownChanged(); // showOnlyNetwork(), showOnlyRole(), showEverything()
    void synced();       // the items follow the design again (after an edit, undo or load)
    void contextMenuRequested(const cn::CanvasHit &hit, const QPoint &screenPos,
                              const QPointF &scenePos);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    struct PortHit {
        DeviceItem *item = nullptr;
        std::string local;
    };
    PortHit portAt(const QPointF &scenePos) const;
    void onDesignChanged();
    void syncItems(bool all);
    // Styles the links whose carriage changed (all when `force`); returns them, and adds the
    // devices whose port colours may have changed to `touched`.
    std::vector<LinkItem *> restyleLinks(const std::vector<LinkFacts> &facts, bool force,
                                         std::set<std::string> *touched);
    // Adds, removes and re-ends the links `names` (an edit changed them), before their carriage
    // is known.
    std::vector<LinkItem *> relinkChanged(const std::set<std::string> &names,
                                          std::set<std::string> *touched);
    void onFindingsChanged();
    void refreshMarks();
    void refreshMarksOf(const std::set<std::string> &devices, const std::vector<LinkItem *> &links,
                        bool all = false);
    void applyShown();
    void placeUnplaced(Design &d) const;
    std::map<std::string, DeviceGeometry> deviceGeometries(const Design &d) const;
    void applyPositions(const std::vector<std::pair<std::string, Position>> &positions,
                        const QString &text, int mergeId = 0, const QString &mergeKey = QString());
    void updateLinkGeometry(LinkItem *link);
    void updateBox(const DeviceItem *item);
    // Routes what changed (CableRouter) and gives the changed links their new paths.
    void applyRoutes();
    void updateSceneRect();
    void updateStacks();
    void commitMoves();
    void finishLink(const QPointF &scenePos);
    std::string unitAt(const QPointF &scenePos) const;

    DesignDocument *m_doc;
    QPointer<DesignDocument> m_docAlive;
    std::map<std::string, DeviceItem *> m_devices;
    std::unordered_map<std::string, LinkItem *> m_links;
    std::map<std::string, StackItem *> m_stacks;
    std::map<std::string, std::set<std::string>> m_linksOfDevice;
    // What each link's look was made from: when it is the same after an edit, the link is
    // left as it is.
    struct LinkSource {
        std::vector<int> carries;
        int speedMbps = 0;
        LinkKind kind = LinkKind::Cable;
        bool outOfBand = false;
        bool operator==(const LinkSource &o) const
        {
            return carries == o.carries && speedMbps == o.speedMbps && kind == o.kind &&
                   outOfBand == o.outOfBand;
        }
    };
    std::unordered_map<const LinkItem *, LinkSource> m_linkSources;
    void forgetLink(const LinkItem *item, std::set<std::string> *touched);
    void recordLink(const LinkItem *item, const LinkSource &source, std::set<std::string> *touched);
    void styleLink(LinkItem *item, const LinkSource &source);
    void removeLink(std::unordered_map<std::string, LinkItem *>::iterator it,
                    std::set<std::string> *touched);
    std::unordered_set<std::string> m_spofs; // elements the findings call single points of failure
    std::map<std::string, std::vector<std::string>> m_linkNetworks; // networks each link carries
    std::map<std::string, std::map<std::string, QColor>>
        m_portColors; // device -> cabled port -> colour
    bool m_snap = true;
    bool m_grid = true;
    bool m_printing = false;
    bool m_portLabels = false;
    bool m_syncing = false;
    bool m_moving = false;

    PortHit m_linkFrom;
    QGraphicsLineItem *m_rubber = nullptr;
    QGraphicsRectItem *m_flash = nullptr;

    bool m_failureMode = false;
    std::set<std::string> m_failed;
    FailureReport m_report;

    std::unique_ptr<CableRouter> m_router;
    bool m_labelsDirty = true;
    bool m_labelsQueued = false;
    LinkLabelsItem *m_labelItem = nullptr;

    AuditMarksItem *m_auditMarks = nullptr;
    std::set<std::string> m_shownNetworks;
    QString m_shownLabel;
    bool m_dimmed = false; // some items are dimmed
};

} // namespace cn
