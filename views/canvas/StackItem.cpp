#include "canvas/StackItem.h"

#include <QPainter>

namespace cn {

StackItem::StackItem(QString id) : m_id(std::move(id)) { setZValue(0); }

void StackItem::setFrame(const QRectF &r)
{
    prepareGeometryChange();
    m_frame = r;
}

QRectF StackItem::boundingRect() const { return m_frame.adjusted(-16, -2, 2, 2); }

void StackItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor("#4b2c83"), 1.2, Qt::DashLine));
    painter->setBrush(QColor(75, 44, 131, 14));
    painter->drawRoundedRect(m_frame, 8, 8);
    QFont f = painter->font();
    f.setPixelSize(10);
    f.setBold(true);
    painter->setFont(f);
    painter->setPen(QColor("#4b2c83"));
    // Written up the left side, where no cable enters.
    painter->save();
    painter->translate(m_frame.left() - 3, m_frame.bottom());
    painter->rotate(-90);
    painter->drawText(QRectF(0, -12, m_frame.height(), 12), Qt::AlignCenter, QObject::tr("stack %1").arg(m_id));
    painter->restore();
}

} // namespace cn
