#include "canvas/DeviceItem.h"

#include "canvas/DiagramScene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace cn {
namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

QColor fillFor(DeviceType t)
{
    switch (t) {
    case DeviceType::Host:
        return QColor("#eaf1f8");
    case DeviceType::Switch:
        return QColor("#f6f0e4");
    case DeviceType::Storage:
        return QColor("#e9f5e9");
    case DeviceType::Router:
    case DeviceType::Firewall:
        return QColor("#f8eaea");
    case DeviceType::Other:
        break;
    }
    return QColor("#f0f0f0");
}

const QColor kSpof("#c62828");
const QColor kFailed("#9e9e9e");
const QColor kAffected("#ef6c00");

} // namespace

DeviceItem::DeviceItem(std::string id) : m_id(std::move(id))
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setZValue(1);
}

void DeviceItem::setData(const Device &device, const DeviceTemplate *tmpl, DeviceMarks marks)
{
    setDevice(device, tmpl);
    setMarks(std::move(marks));
}

void DeviceItem::setDevice(const Device &device, const DeviceTemplate *tmpl)
{
    prepareGeometryChange();
    m_device = device;
    m_geometry = layoutDevice(device, tmpl);
    setToolTip(q(device.displayName()) + "\n" + m_geometry.subtitleText);
    update();
}

void DeviceItem::setLayout(const Device &device)
{
    m_device.position = device.position;
    if (m_device.pinned != device.pinned) {
        m_device.pinned = device.pinned;
        update();
    }
}

void DeviceItem::setMarks(DeviceMarks marks)
{
    if (marks == m_marks)
        return;
    m_marks = std::move(marks);
    update();
}

QPointF DeviceItem::anchor(const std::string &local, const QPointF &towards) const
{
    return portAnchor(m_geometry, pos(), local, towards);
}

QRectF DeviceItem::boundingRect() const { return m_geometry.bounds.adjusted(-3, -3, 3, 3); }

QVariant DeviceItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    auto *s = qobject_cast<DiagramScene *>(scene());
    // Positions the scene gives (from the design) are kept as they are: a nudge is one pixel.
    if (change == ItemPositionChange && s && s->snapToGrid() && !s->isSyncing()) {
        const qreal g = s->gridSize();
        const QPointF p = value.toPointF();
        return QPointF(qRound(p.x() / g) * g, qRound(p.y() / g) * g);
    }
    if (change == ItemPositionHasChanged && s)
        s->deviceMoved(m_id);
    return QGraphicsItem::itemChange(change, value);
}

void DeviceItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    auto *s = qobject_cast<DiagramScene *>(scene());
    const bool printing = s && s->isPrinting();
    const bool selected = !printing && (option->state & QStyle::State_Selected);
    painter->setRenderHint(QPainter::Antialiasing);

    QColor border("#37474f");
    qreal borderWidth = 1.2;
    Qt::PenStyle style = Qt::SolidLine;
    if (m_marks.spof) {
        border = kSpof;
        borderWidth = 2.5;
    }
    if (m_marks.affected) {
        border = kAffected;
        borderWidth = 2.5;
        style = Qt::DashLine;
    }
    if (selected) {
        border = QColor("#1976d2");
        borderWidth = 3;
        style = Qt::SolidLine;
    }
    painter->setPen(QPen(border, borderWidth, style));
    painter->setBrush(m_marks.failed ? QBrush(kFailed.lighter(140), Qt::BDiagPattern) : QBrush(fillFor(m_device.type)));
    const qreal lod =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (!printing && lod < 0.3) {
        // Far out: the box, its cards as blocks and the SPOF colour; no text.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        painter->drawRect(m_geometry.bounds);
        for (const AdapterBlock &a : m_geometry.adapters) {
            painter->setBrush(m_marks.spofAdapters.count(a.id) ? kSpof : QColor("#ffffff"));
            painter->drawRect(a.rect);
        }
        painter->setBrush(m_marks.spof ? kSpof : QColor("#78909c"));
        painter->drawRect(QRectF(m_geometry.header.left(), m_geometry.header.top(),
                                 m_geometry.header.width(), 16));
        QPen outline(border, selected ? 3 : m_marks.spof || m_marks.affected ? 2 : 1, style);
        outline.setCosmetic(true); // in pixels, or a selection would not show
        painter->setPen(outline);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_geometry.bounds);
        return;
    }
    painter->drawRoundedRect(m_geometry.bounds, 5, 5);
    if (m_marks.failed) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(kFailed, 1.2));
        painter->drawRoundedRect(m_geometry.bounds, 5, 5);
    }

    const QColor ink = m_marks.failed ? kFailed : QColor("#1a1a1a");
    const QColor inkSmall = m_marks.failed ? kFailed : QColor("#455a64");
    for (const BoxText &t : m_geometry.title)
        drawBoxText(painter, t, ink);
    for (const BoxText &t : m_geometry.subtitle)
        drawBoxText(painter, t, inkSmall);
    if (m_device.pinned && !printing) {
        // A pushpin at the right of the header (left of a SPOF tag).
        const qreal x = m_geometry.header.right() - (m_marks.spof ? 50 : 12), y = 10;
        painter->setPen(QPen(QColor("#546e7a"), 1.4));
        painter->drawLine(QPointF(x, y), QPointF(x - 4, y + 8));
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor("#d84315"));
        painter->drawEllipse(QPointF(x, y - 1), 4, 4);
    }
    if (m_marks.spof) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(kSpof);
        const QRectF tag(m_geometry.header.right() - 38, 4, 34, 13);
        painter->drawRoundedRect(tag, 3, 3);
        painter->setPen(Qt::white);
        painter->setFont(boxFont(9, true));
        painter->drawText(tag, Qt::AlignCenter, QStringLiteral("SPOF"));
    }

    for (const AdapterBlock &a : m_geometry.adapters) {
        const bool spof = m_marks.spofAdapters.count(a.id) != 0;
        const bool failed = m_marks.failedAdapters.count(a.id) != 0;
        painter->setPen(QPen(spof ? kSpof : QColor("#90a4ae"), spof ? 2 : 0.8));
        painter->setBrush(failed ? QBrush(kFailed.lighter(150), Qt::BDiagPattern) : QBrush(Qt::white));
        painter->drawRoundedRect(a.rect, 3, 3);
        const QColor adapterInk = failed ? kFailed : QColor("#37474f");
        for (const BoxText &t : a.lines)
            drawBoxText(painter, t, adapterInk);
        // The teams this card's ports belong to, in their colours.
        auto teams = m_marks.adapterTeams.find(a.id);
        for (const BoxText &t : a.teams) {
            QColor c = adapterInk;
            if (teams != m_marks.adapterTeams.end())
                for (const auto &[id, color] : teams->second)
                    if (id == t.ref)
                        c = color.darker(120);
            drawBoxText(painter, t, c, Qt::AlignCenter);
        }
    }
    paintPorts(painter);
}

void DeviceItem::paintPorts(QPainter *painter) const
{
    for (const PortCell &c : m_geometry.ports) {
        auto linked = m_marks.portColors.find(c.local);
        QColor fill = Qt::white;
        if (linked != m_marks.portColors.end()) {
            fill = linked->second;
            fill.setAlpha(70);
        }
        if (!c.cablable)
            fill = QColor("#e0e0e0");
        const std::string adapter = c.local.substr(0, c.local.find('/'));
        const bool dead = m_marks.failed || (!m_device.isSwitch() && m_marks.failedAdapters.count(adapter));
        if (dead)
            fill = QColor("#d6d6d6");
        QPen pen(QColor("#78909c"), 0.8, c.mgmtOnly ? Qt::DashLine : Qt::SolidLine);
        auto team = m_marks.teamColors.find(c.local);
        // A team member's outline is drawn inside its cell, so it stays within the device.
        QRectF outline = c.rect;
        if (team != m_marks.teamColors.end()) {
            pen = QPen(team->second, 2);
            outline = c.rect.adjusted(1, 1, -1, -1);
        }
        painter->setPen(pen);
        painter->setBrush(fill);
        painter->drawRect(outline);
        drawBoxText(painter, c.text, dead ? QColor("#9e9e9e") : QColor("#212121"), Qt::AlignCenter);
    }
}

void DeviceItem::drawBoxText(QPainter *painter, const BoxText &t, const QColor &color,
                             Qt::Alignment align)
{
    painter->setFont(boxFont(t.px, t.bold));
    painter->setPen(color);
    painter->drawText(t.rect, align | Qt::AlignVCenter, t.text);
}

} // namespace cn
