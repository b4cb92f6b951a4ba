#include "canvas/LinkItem.h"

#include "canvas/DiagramScene.h"

#include <QFontMetricsF>
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
    if (look == m_look)
        return;
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
    const QLineF line(m_pa, m_pb);
    const qreal lod =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (!printing && lod < 0.3) {
        QPen pen = m_look.failed || m_look.dead ? QPen(QColor("#9e9e9e"), 1, Qt::DashLine)
                   : m_look.pens.empty()        ? QPen(QColor("#9e9e9e"))
                                                : m_look.pens.front();
        if (option->state & QStyle::State_Selected)
            pen = QPen(QColor("#1976d2"), 3);
        else if (m_look.spof)
            pen = QPen(QColor("#c62828"), 2);
        // In pixels: one for a cable, more for what must stand out.
        pen.setWidthF(option->state & QStyle::State_Selected ? 3 : m_look.spof ? 2 : 1);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawLine(line);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    qreal width = 1;
    for (const QPen &p : m_look.pens)
        width = std::max(width, p.widthF());
    if (!printing && (option->state & QStyle::State_Selected)) {
        painter->setPen(QPen(QColor(25, 118, 210, 110), width + 7, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(line);
    }
    if (m_look.spof) {
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
    // Port names at both ends, written along the cable just beyond the box, so the names of
    // cables that leave side by side do not run into each other; the speed in the middle.
    QFont f = painter->font();
    f.setPixelSize(8);
    painter->setFont(f);
    const QFontMetricsF fm(f);
    auto endLabel = [&](const QPointF &from, const QPointF &to, const QString &text) {
        QLineF l(from, to);
        if (l.length() < fm.horizontalAdvance(text) + 30)
            return;
        qreal angle = -l.angle();
        bool flipped = false;
        if (angle < -90 || angle > 90) {
            angle += 180;
            flipped = true;
        }
        painter->save();
        painter->translate(from);
        painter->rotate(angle);
        const qreal w = fm.horizontalAdvance(text) + 3;
        const QRectF box(flipped ? -w - 4 : 4, -fm.height() - 0.5, w, fm.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 200));
        painter->drawRect(box);
        painter->setPen(QColor("#263238"));
        painter->drawText(box, Qt::AlignCenter, text);
        painter->restore();
    };
    endLabel(m_pa, m_pb, m_look.labelA);
    endLabel(m_pb, m_pa, m_look.labelB);
    if (!m_look.speed.isEmpty() && line.length() > 120) {
        const QPointF at = line.center();
        const qreal w = fm.horizontalAdvance(m_look.speed) + 4;
        const QRectF box(at.x() - w / 2, at.y() - fm.height() / 2, w, fm.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 210));
        painter->drawRect(box);
        painter->setPen(QColor("#263238"));
        painter->drawText(box, Qt::AlignCenter, m_look.speed);
    }
}

} // namespace cn
