#pragma once
// The canvas: projects the document's design as items (devices, links, stacks), re-synced
// after every change; turns mouse gestures into document edits (moves, new links, drops from
// the palette); shows single points of failure and, in failure mode, what a failure cuts.

#include "design/Design.h"

#include <QGraphicsScene>

#include <map>
#include <set>

class QGraphicsLineItem;

namespace cn {

class AuditMarksItem;
class DesignDocument;
class DeviceItem;
class LinkItem;
class StackItem;

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

    DesignDocument *document() const { return m_doc; }
    DeviceItem *deviceItem(const std::string &id) const;
    LinkItem *linkItem(const std::string &name) const;
    const std::map<std::string, DeviceItem *> &deviceItems() const { return m_devices; }
    const std::map<std::string, LinkItem *> &linkItems() const { return m_links; }
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
    // The area the design covers, for export and fit-to-window.
    QRectF designRect() const;

    // Selects the items that `refs` name (devices, DEVICE:ADAPTER, DEVICE:TEAM, links).
    QRectF selectReferences(const std::vector<std::string> &refs);
    std::vector<std::string> selectedDeviceIds() const;
    std::vector<std::string> selectedLinkNames() const;

    bool failureMode() const { return m_failureMode; }
    void setFailureMode(bool on);
    void toggleFailed(const std::string &unitRef);
    void clearFailures();
    const FailureReport &failureReport() const { return m_report; }

    // Binds `network` where it is dropped: the port (or its team) under `scenePos`.
    void dropNetwork(const std::string &network, const QPointF &scenePos);

    void deviceMoved(const std::string &id);
    void sync();

    // The inventory overlay (canvas/AuditMarks): references marked as built differently.
    void setAuditMarks(std::set<std::string> refs);
    const std::set<std::string> &auditMarks() const;
    AuditMarksItem *auditMarksItem() const { return m_auditMarks; }

signals:
    void statusMessage(const QString &text);
    void failuresChanged();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    struct PortHit {
        DeviceItem *item = nullptr;
        std::string local;
    };
    PortHit portAt(const QPointF &scenePos) const;
    void updateLinkGeometry(LinkItem *link);
    void updateStacks();
    void commitMoves();
    void finishLink(const QPointF &scenePos);
    void recomputeFailures();
    std::string unitAt(const QPointF &scenePos) const;

    DesignDocument *m_doc;
    std::map<std::string, DeviceItem *> m_devices;
    std::map<std::string, LinkItem *> m_links;
    std::map<std::string, StackItem *> m_stacks;
    std::map<std::string, std::set<std::string>> m_linksOfDevice;
    std::string m_autoKey;
    std::map<std::string, QPointF> m_autoPositions;
    bool m_snap = true;
    bool m_grid = true;
    bool m_printing = false;
    bool m_portLabels = false;
    bool m_syncing = false;
    bool m_moving = false;

    PortHit m_linkFrom;
    QGraphicsLineItem *m_rubber = nullptr;

    bool m_failureMode = false;
    std::set<std::string> m_failed;
    FailureReport m_report;

    AuditMarksItem *m_auditMarks = nullptr;
};

} // namespace cn
