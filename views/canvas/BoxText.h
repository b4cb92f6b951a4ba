#pragma once
// The text of a device box, laid out before it is painted: the box is sized for it, so no
// text is cut short. What does not fit wraps (at spaces, or anywhere in a long word) or is set
// a pixel or two smaller; measured as the screen and the paper draw it.

#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace cn
{

// One line of text in a device box, at its size, fitting `rect`.
struct BoxText {
    QString text;
    QRectF rect;
    int px = 9;
    bool bold = false;
    QString ref; // what the text belongs to, for its colour (a team's id); empty otherwise
};

// The font a device box paints `px` pixel text in.
QFont boxFont(int px, bool bold = false);
// The width `text` takes at `px`: the larger of its width at that size and its width scaled
// from a large size (small sizes are hinted on screen, not on paper).
qreal boxTextWidth(const QString &text, int px, bool bold = false);
// `text` broken into lines: the first at most `firstWidth` wide, the others `width`; at spaces
// (a " · " separator stays at the end of its line's text, and is dropped there), or inside a
// word longer than a line.
QStringList wrapBoxText(const QString &text, int px, bool bold, qreal firstWidth, qreal width);

} // namespace cn
