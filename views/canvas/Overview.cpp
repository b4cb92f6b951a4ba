#include "canvas/Overview.h"

#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace cn
{

Overview::Overview(DiagramScene *scene, DiagramView *view, QWidget *parent)
    : QWidget(parent), m_scene(scene), m_view(view)
{
    setObjectName("overview");
    setMinimumSize(120, 80);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("The whole design; click or drag to show that part"));
    m_later.setSingleShot(true);
    m_later.setInterval(400);
    connect(&m_later, &QTimer::timeout, this, &Overview::redraw);
    connect(scene, &QGraphicsScene::changed, this, [this] {
        if (isVisible())
            m_later.start();
    });
    auto frame = [this] { update(); };
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, frame);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, frame);
    connect(view, &DiagramView::zoomChanged, this, frame);
}

QRectF Overview::target() const
{
    if (m_area.isEmpty())
        return {};
    QSizeF s = m_area.size();
    s.scale(QSizeF(width() - 8, height() - 8), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - s.width()) / 2, (height() - s.height()) / 2), s);
}

QPointF Overview::toScene(const QPointF &p) const
{
    const QRectF t = target();
    if (t.isEmpty())
        return {};
    return m_area.topLeft() + QPointF((p.x() - t.left()) * m_area.width() / t.width(),
                                      (p.y() - t.top()) * m_area.height() / t.height());
}

void Overview::redraw()
{
    m_area = m_scene->designRect().adjusted(-40, -40, 40, 40);
    const QRectF t = target();
    if (t.isEmpty()) {
        m_picture = {};
        update();
        return;
    }
    const qreal ratio = devicePixelRatioF();
    m_picture = QImage((t.size() * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    m_picture.setDevicePixelRatio(ratio);
    m_picture.fill(Qt::white);
    QPainter p(&m_picture);
    // This far out the scene draws no grid and plain boxes (level of detail).
    m_scene->render(&p, QRectF(QPointF(), t.size()), m_area);
    update();
}

void Overview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QRectF t = target();
    if (t.isEmpty() || m_picture.isNull())
        return;
    p.drawImage(t.topLeft(), m_picture);
    p.setPen(QColor("#b0bec5"));
    p.drawRect(t);
    // The part the canvas shows.
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const qreal sx = t.width() / m_area.width(), sy = t.height() / m_area.height();
    QRectF r(t.left() + (shown.left() - m_area.left()) * sx,
             t.top() + (shown.top() - m_area.top()) * sy, shown.width() * sx, shown.height() * sy);
    r = r.intersected(t.adjusted(-1, -1, 1, 1));
    p.setPen(QPen(QColor("#1976d2"), 2));
    p.setBrush(QColor(25, 118, 210, 30));
    p.drawRect(r);
}

void Overview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_later.start();
}

void Overview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_later.start();
}

void Overview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_view->centerOn(toScene(event->position()));
}

void Overview::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_view->centerOn(toScene(event->position()));
}

} // namespace cn
