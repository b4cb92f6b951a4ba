#pragma once
// The inventory overlay on the canvas: what was built differently from the design (the
// references of InventoryAudit's differences), marked in magenta around the devices, cards,
// ports, teams' member ports and cables named. Drawn over the diagram, never on paper.

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>

#include <set>
#include <string>

namespace cn
{

class DiagramScene;

inline const QColor kAuditMarkColor("#c2185b");

class AuditMarksItem : public QGraphicsItem
{
public:
    explicit AuditMarksItem(DiagramScene *scene);

    void setReferences(std::set<std::string> refs);
    const std::set<std::string> &references() const { return m_refs; }
    // Works the marks out again from where the scene's items are now.
    void refresh();
    // The outline of the marks, in scene coordinates (for tests and hit checks).
    const QPainterPath &marks() const { return m_frames; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    DiagramScene *m_scene;
    std::set<std::string> m_refs;
    QPainterPath m_frames; // rectangles around devices, cards and ports
    QPainterPath m_cables; // the cables' own lines, drawn wide
    QRectF m_bounds;
};

} // namespace cn
