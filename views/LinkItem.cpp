#include "LinkItem.h"

#include "DiagramScene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace cn {

LinkItem::LinkItem(std::string name, LinkEnd a, LinkEnd b)
    : m_name(std::move(name)), m_a(std::move(a)), m_b(std::move(b))
{
    setFlags(ItemIsSelectable);
    // Under the devices: a cable passing a box goes behind it.
    setZValue(0.5);
}

void LinkItem::setEnds(LinkEnd a, LinkEnd b)
{
    m_a = std::move(a);
    m_b = std::move(b);
}

void LinkItem::setLook(LinkLook look)
{
    prepareGeometryChange();
    m_look = std::move(look);
    setToolTip(QString::fromStdString(m_name) + (m_look.speed.isEmpty() ? QString() : "\n" + m_look.speed));
    update();
}

void LinkItem::setPoints(const QPointF &a, const QPointF &b)
{
    if (a == m_pa && b == m_pb)
        return;
    prepareGeometryChange();
    m_pa = a;
    m_pb = b;
}

QRectF LinkItem::boundingRect() const
{
    return QRectF(m_pa, m_pb).normalized().adjusted(-40, -20, 40, 20);
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_pa);
    path.lineTo(m_pb);
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    auto *s = qobject_cast<DiagramScene *>(scene());
    const bool printing = s && s->isPrinting();
    painter->setRenderHint(QPainter::Antialiasing);
    const QLineF line(m_pa, m_pb);
    qreal width = 1;
    for (const QPen &p : m_look.pens)
        width = std::max(width, p.widthF());
    if (!printing && (option->state & QStyle::State_Selected)) {
        painter->setPen(QPen(QColor(25, 118, 210, 110), width + 7, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(line);
    }
    if (m_look.spof && !printing) {
        painter->setPen(QPen(QColor(198, 40, 40, 90), width + 6, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(line);
    }
    if (m_look.failed || m_look.dead) {
        painter->setPen(QPen(QColor("#9e9e9e"), 1.2, Qt::DashLine));
        painter->drawLine(line);
        if (m_look.failed) {
            const QPointF mid = line.center();
            painter->setPen(QPen(QColor("#c62828"), 2));
            painter->drawLine(mid + QPointF(-5, -5), mid + QPointF(5, 5));
            painter->drawLine(mid + QPointF(-5, 5), mid + QPointF(5, -5));
        }
    } else {
        for (const QPen &p : m_look.pens) {
            painter->setPen(p);
            painter->drawLine(line);
        }
    }
    if (!printing && !(s && s->showPortLabels()))
        return;
    // Port names at both ends, just beyond the cell, and the speed in the middle.
    QFont f = painter->font();
    f.setPointSizeF(6);
    painter->setFont(f);
    painter->setPen(QColor("#263238"));
    const QLineF dir = line.length() > 0 ? line.unitVector() : QLineF(0, 0, 0, 1);
    const QPointF d(dir.dx(), dir.dy());
    auto label = [&](const QPointF &at, const QString &text) {
        const QRectF box(at.x() - 30, at.y() - 5, 60, 10);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 210));
        const qreal w = painter->fontMetrics().horizontalAdvance(text) + 4;
        painter->drawRect(QRectF(at.x() - w / 2, at.y() - 5, w, 10));
        painter->setPen(QColor("#263238"));
        painter->drawText(box, Qt::AlignCenter, text);
    };
    if (line.length() > 60) {
        label(m_pa + d * 16, m_look.labelA);
        label(m_pb - d * 16, m_look.labelB);
    }
    if (!m_look.speed.isEmpty() && line.length() > 120)
        label(line.center(), m_look.speed);
}

} // namespace cn
