#pragma once
// The frame drawn around the members of a switch stack, with the stack's id.

#include <QGraphicsItem>

namespace cn {

class StackItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    explicit StackItem(QString id);

    int type() const override { return Type; }
    void setFrame(const QRectF &r);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_id;
    QRectF m_frame;
};

} // namespace cn
