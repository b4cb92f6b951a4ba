#include "StackItem.h"

#include <QPainter>

namespace cn {

StackItem::StackItem(QString id) : m_id(std::move(id)) { setZValue(0); }

void StackItem::setFrame(const QRectF &r)
{
    prepareGeometryChange();
    m_frame = r;
}

QRectF StackItem::boundingRect() const { return m_frame.adjusted(-2, -14, 2, 2); }

void StackItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor("#4b2c83"), 1.2, Qt::DashLine));
    painter->setBrush(QColor(75, 44, 131, 14));
    painter->drawRoundedRect(m_frame, 8, 8);
    QFont f = painter->font();
    f.setPointSizeF(7.5);
    f.setBold(true);
    painter->setFont(f);
    painter->setPen(QColor("#4b2c83"));
    painter->drawText(QRectF(m_frame.left() + 8, m_frame.top() - 13, m_frame.width(), 12),
                      Qt::AlignLeft | Qt::AlignVCenter, QObject::tr("stack %1").arg(m_id));
}

} // namespace cn
