#pragma once
// The view on the canvas: zoom (wheel, Ctrl +/-), fit to window, pan (middle button or
// Space+drag), rubber-band selection, arrow keys nudging the selected devices.

#include <QGraphicsView>

namespace cn {

class DiagramView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit DiagramView(QGraphicsScene *scene, QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal factor);
    void zoomIn() { setZoom(zoom() * 1.25); }
    void zoomOut() { setZoom(zoom() / 1.25); }
    void fitDesign();

signals:
    void zoomChanged(qreal factor);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;

private:
    bool m_panning = false;
    bool m_space = false;
    QPoint m_panStart;
};

} // namespace cn
