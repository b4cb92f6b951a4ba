#pragma once
// A cable between two ports, coloured by the networks it carries and drawn thicker for faster
// speeds. The scene places its two ends at the ports' anchors. Zoomed far out it is drawn
// without antialiasing, in its first colour.

#include <QGraphicsItem>
#include <QPen>

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
    void setPoints(const QPointF &a, const QPointF &b);
    QLineF line() const { return QLineF(m_pa, m_pb); } // scene coordinates

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::string m_name;
    LinkEnd m_a, m_b;
    LinkLook m_look;
    QPointF m_pa, m_pb;
};

} // namespace cn
