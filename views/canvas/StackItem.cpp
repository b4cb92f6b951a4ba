#include "canvas/StackItem.h"

#include "canvas/BoxText.h"

#include <QPainter>

namespace cn
{
namespace
{

constexpr qreal kMargin = 8;

bool clear(const QRectF &r, const std::vector<QRectF> &others)
{
    for (const QRectF &o : others)
        if (r.intersects(o))
            return false;
    return true;
}

} // namespace

StackItem::StackItem(QString id) : m_id(std::move(id))
{
    setZValue(0);
}

void StackItem::setBoxes(const std::vector<QRectF> &members, const std::vector<QRectF> &others)
{
    prepareGeometryChange();
    m_frame = QPainterPath();
    m_labelSide = QRectF();
    m_goesAround = false;
    QRectF all;
    for (const QRectF &m : members)
        all = all.united(m.adjusted(-kMargin, -kMargin, kMargin, kMargin));
    if (members.empty())
        return;
    if (clear(all, others)) {
        m_frame.addRoundedRect(all, 8, 8);
        m_labelSide = all;
        return;
    }
    // Another device stands inside the members' bounding box: the frame is the members' boxes,
    // joined where the space between two of them is free.
    m_goesAround = true;
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (std::size_t i = 0; i < members.size(); ++i) {
        const QRectF mi = members[i].adjusted(-kMargin, -kMargin, kMargin, kMargin);
        path.addRoundedRect(mi, 8, 8);
        for (std::size_t j = i + 1; j < members.size(); ++j) {
            const QRectF mj = members[j].adjusted(-kMargin, -kMargin, kMargin, kMargin);
            // The band between the two, as tall (or wide) as both share.
            QRectF bridge;
            const qreal top = std::max(mi.top(), mj.top()),
                        bottom = std::min(mi.bottom(), mj.bottom());
            const qreal left = std::max(mi.left(), mj.left()),
                        right = std::min(mi.right(), mj.right());
            if (bottom > top)
                bridge = QRectF(QPointF(std::min(mi.right(), mj.right()) - 1, top),
                                QPointF(std::max(mi.left(), mj.left()) + 1, bottom));
            else if (right > left)
                bridge = QRectF(QPointF(left, std::min(mi.bottom(), mj.bottom()) - 1),
                                QPointF(right, std::max(mi.top(), mj.top()) + 1));
            if (!bridge.isEmpty() && clear(bridge.normalized(), others))
                path.addRect(bridge.normalized());
        }
        if (m_labelSide.isNull() || mi.left() < m_labelSide.left())
            m_labelSide = mi;
    }
    m_frame = path.simplified();
}

QRectF StackItem::boundingRect() const
{
    return m_frame.boundingRect().adjusted(-16, -2, 2, 2);
}

void StackItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor("#4b2c83"), 1.2, Qt::DashLine));
    painter->setBrush(QColor(75, 44, 131, 14));
    painter->drawPath(m_frame);
    // Set smaller (to 6 px) when the id is longer than the frame is high.
    const QString label = QObject::tr("stack %1").arg(m_id);
    int px = 10;
    while (px > 6 && boxTextWidth(label, px, true) > m_labelSide.height() - 4)
        --px;
    painter->setFont(boxFont(px, true));
    painter->setPen(QColor("#4b2c83"));
    // Written up the left side, where no cable enters.
    painter->save();
    painter->translate(m_labelSide.left() - 3, m_labelSide.bottom());
    painter->rotate(-90);
    painter->drawText(QRectF(0, -12, m_labelSide.height(), 12), Qt::AlignCenter, label);
    painter->restore();
}

} // namespace cn
