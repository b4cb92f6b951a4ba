#include "canvas/DiagramView.h"

#include "canvas/DiagramScene.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace cn {

DiagramView::DiagramView(QGraphicsScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setAcceptDrops(true);
}

void DiagramView::setZoom(qreal factor)
{
    factor = std::clamp(factor, 0.05, 8.0);
    QTransform t;
    t.scale(factor, factor);
    setTransform(t);
    emit zoomChanged(factor);
}

void DiagramView::fitDesign()
{
    auto *s = qobject_cast<DiagramScene *>(scene());
    QRectF r = s ? s->designRect() : scene()->itemsBoundingRect();
    if (r.isEmpty())
        r = QRectF(0, 0, 800, 600);
    fitInView(r.adjusted(-30, -30, 30, 30), Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        setZoom(1.5);
    emit zoomChanged(zoom());
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps != 0) {
            setZoom(zoom() * std::pow(1.15, steps));
            event->accept();
            return;
        }
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_space && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_panStart = event->pos();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint d = event->pos() - m_panStart;
        m_panStart = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        setCursor(m_space ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_space = true;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    // Arrow keys nudge the selected devices a pixel, with Shift a grid step; with nothing
    // selected they scroll.
    auto *s = qobject_cast<DiagramScene *>(scene());
    const int key = event->key();
    if (s &&
        (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down) &&
        !s->selectedDeviceIds().empty() &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        const qreal step = event->modifiers() & Qt::ShiftModifier ? s->gridSize() : 1;
        s->nudgeSelection(key == Qt::Key_Left    ? -step
                          : key == Qt::Key_Right ? step
                                                 : 0,
                          key == Qt::Key_Up     ? -step
                          : key == Qt::Key_Down ? step
                                                : 0);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_space = false;
        setCursor(Qt::ArrowCursor);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

} // namespace cn
