#pragma once
// A cable between two ports, coloured by the networks it carries and drawn thicker for faster
// speeds. The scene gives it its route (CableRouter) and, when text is shown, its labels
// (LinkLabels). Zoomed far out it is drawn without antialiasing, in its first colour.

#include "canvas/LinkLabels.h"

#include <QGraphicsItem>
#include <QPen>
#include <QPolygonF>

#include <string>
#include <vector>

namespace cn {

struct LinkEnd {
    std::string device;
    std::string local;
};

struct LinkLook {
    std::vector<QPen> pens;
    QString labelA, labelB; // port names at each end, for paper
    QString speed;
    bool spof = false;
    bool failed = false;
    bool dead = false; // failure mode: carries nothing any more

    bool operator==(const LinkLook &o) const
    {
        return pens == o.pens && labelA == o.labelA && labelB == o.labelB && speed == o.speed &&
               spof == o.spof && failed == o.failed && dead == o.dead;
    }
    bool operator!=(const LinkLook &o) const { return !(*this == o); }
};

class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    LinkItem(std::string name, LinkEnd a, LinkEnd b);

    int type() const override { return Type; }
    const std::string &name() const { return m_name; }
    const LinkEnd &endA() const { return m_a; }
    const LinkEnd &endB() const { return m_b; }
    void setEnds(LinkEnd a, LinkEnd b);
    const LinkLook &look() const { return m_look; }
    // Repaints only when the look differs.
    void setLook(LinkLook look);
    // The route, from port A to port B (scene coordinates).
    void setPath(const QPolygonF &path);
    const QPolygonF &path() const { return m_path; }
    // From one end to the other, for counting crossings.
    QLineF line() const { return m_path.size() < 2 ? QLineF() : QLineF(m_path.front(), m_path.back()); }
    void setLabels(std::vector<PlacedLabel> labels);
    const std::vector<PlacedLabel> &labels() const { return m_labels; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::string m_name;
    LinkEnd m_a, m_b;
    LinkLook m_look;
    QPolygonF m_path;
    QRectF m_bounds;
    std::vector<PlacedLabel> m_labels;
};

// The labels of all cables, above every cable (so no cable runs over a label's text) and below
// the devices, which no label covers. Shown on paper, and on the canvas with port labels on.
class LinkLabelsItem : public QGraphicsItem
{
public:
    LinkLabelsItem();
    // The labels changed (the scene placed them again).
    void refresh();

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_bounds;
};

} // namespace cn
