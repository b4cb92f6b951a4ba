#pragma once
// A cable between two ports, coloured by the networks it carries and drawn thicker for faster
// speeds. The scene places its two ends at the ports' anchors.

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
    void setLook(LinkLook look);
    void setPoints(const QPointF &a, const QPointF &b);

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
