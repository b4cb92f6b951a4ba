#pragma once
// A small picture of the whole design with the part the canvas shows framed; click or drag in
// it to move the canvas there. The picture is drawn again a moment after the design stops
// changing, never while a device is being dragged.

#include <QImage>
#include <QTimer>
#include <QWidget>

namespace cn
{

class DiagramScene;
class DiagramView;

class Overview : public QWidget
{
    Q_OBJECT
public:
    Overview(DiagramScene *scene, DiagramView *view, QWidget *parent = nullptr);

    QSize sizeHint() const override { return {260, 180}; }
    // Where a point of the widget is in the scene.
    QPointF toScene(const QPointF &p) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void redraw();
    QRectF target() const; // where the picture is drawn in the widget

    DiagramScene *m_scene;
    DiagramView *m_view;
    QImage m_picture;
    QRectF m_area; // the scene area the picture shows
    QTimer m_later;
};

} // namespace cn
