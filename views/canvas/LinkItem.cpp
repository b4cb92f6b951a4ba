#include "canvas/LinkItem.h"

#include "canvas/DiagramScene.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

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

void LinkItem::setPath(const QPolygonF &path)
{
    if (path == m_path)
        return;
    prepareGeometryChange();
    m_path = path;
    m_bounds = m_path.boundingRect();
}

void LinkItem::setLabels(std::vector<PlacedLabel> labels)
{
    bool same = labels.size() == m_labels.size();
    for (std::size_t i = 0; same && i < labels.size(); ++i)
        same = labels[i].rect == m_labels[i].rect && labels[i].text == m_labels[i].text &&
               labels[i].pixelSize == m_labels[i].pixelSize;
    if (!same)
        m_labels = std::move(labels); // drawn by the scene's LinkLabelsItem
}

QRectF LinkItem::boundingRect() const
{
    return m_bounds.adjusted(-8, -8, 8, 8);
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path;
    path.addPolygon(m_path);
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    auto *s = qobject_cast<DiagramScene *>(scene());
    const bool printing = s && s->isPrinting();
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
        painter->drawPolyline(m_path);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    qreal width = 1;
    for (const QPen &p : m_look.pens)
        width = std::max(width, p.widthF());
    auto stroke = [&](QPen pen) {
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(m_path);
    };
    if (!printing && (option->state & QStyle::State_Selected))
        stroke(QPen(QColor(25, 118, 210, 110), width + 7, Qt::SolidLine, Qt::FlatCap));
    if (m_look.spof)
        stroke(QPen(QColor(198, 40, 40, 90), width + 6, Qt::SolidLine, Qt::FlatCap));
    if (m_look.failed || m_look.dead) {
        stroke(QPen(QColor("#9e9e9e"), 1.2, Qt::DashLine));
        if (m_look.failed && m_path.size() >= 2) {
            // The cross on the middle of the longest stretch.
            int longest = 1;
            for (int i = 1; i < m_path.size(); ++i)
                if (QLineF(m_path[i - 1], m_path[i]).length() >
                    QLineF(m_path[longest - 1], m_path[longest]).length())
                    longest = i;
            const QPointF mid = QLineF(m_path[longest - 1], m_path[longest]).center();
            painter->setPen(QPen(QColor("#c62828"), 2));
            painter->drawLine(mid + QPointF(-5, -5), mid + QPointF(5, 5));
            painter->drawLine(mid + QPointF(-5, 5), mid + QPointF(5, -5));
        }
    } else {
        for (QPen p : m_look.pens) {
            p.setCapStyle(Qt::FlatCap);
            stroke(p);
        }
    }
}

LinkLabelsItem::LinkLabelsItem()
{
    setZValue(0.9);
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptedMouseButtons(Qt::NoButton);
}

void LinkLabelsItem::refresh()
{
    QRectF bounds;
    if (auto *s = qobject_cast<DiagramScene *>(scene()))
        for (const auto &[name, item] : s->linkItems())
            for (const PlacedLabel &l : item->labels())
                bounds = bounds.united(l.rect);
    if (bounds != m_bounds)
        prepareGeometryChange();
    m_bounds = bounds;
    update();
}

void LinkLabelsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    auto *s = qobject_cast<DiagramScene *>(scene());
    if (!s || (!s->isPrinting() && !s->showPortLabels()))
        return;
    const QRectF exposed = option->exposedRect.isEmpty() ? m_bounds : option->exposedRect;
    QFont f = painter->font();
    const qreal opacity = painter->opacity();
    for (const auto &[name, item] : s->linkItems()) {
        painter->setOpacity(opacity * item->opacity());
        for (const PlacedLabel &l : item->labels()) {
            if (!l.rect.intersects(exposed))
                continue;
            f.setPixelSize(std::max(1, int(std::lround(l.pixelSize))));
            painter->setFont(f);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(255, 255, 255, 230));
            painter->drawRect(l.rect);
            painter->setPen(QColor("#263238"));
            painter->drawText(l.rect, Qt::AlignCenter, l.text);
        }
    }
    painter->setOpacity(opacity);
}

} // namespace cn
