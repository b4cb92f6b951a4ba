#pragma once
// The frame drawn around the members of a switch stack, with the stack's id. It covers the
// members only: when another device stands between them (placed there by the file or by
// hand), the frame follows the members' boxes around it instead of enclosing it.

#include <QGraphicsItem>
#include <QPainterPath>

#include <vector>

namespace cn
{

class StackItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    explicit StackItem(QString id);

    int type() const override { return Type; }
    // The members' boxes and those of every other device (scene coordinates).
    void setBoxes(const std::vector<QRectF> &members, const std::vector<QRectF> &others);
    // The area the frame encloses.
    const QPainterPath &frame() const { return m_frame; }
    // Whether the frame goes around another device (it is the members' boxes, not one box).
    bool goesAround() const { return m_goesAround; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_id;
    QPainterPath m_frame;
    QRectF m_labelSide; // the member box the id is written beside (with its margin)
    bool m_goesAround = false;
};

} // namespace cn
