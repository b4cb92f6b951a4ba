#include "paper/PaperText.h"

#include <QFontMetricsF>
#include <QTextLayout>

#include <cmath>

namespace cn
{
namespace
{

// Measuring units per mm: large, so the hinting of small pixel sizes does not skew the widths
// (a text measured to fit at 27 px did not at 600 dpi).
constexpr qreal kScale = 40;
// And a little room, for what hinting is left.
constexpr qreal kRoom = 0.97;

QFont measuringFont(qreal sizeMm, bool bold)
{
    QFont f;
    f.setPixelSize(qMax(1, qRound(sizeMm * kScale)));
    f.setBold(bold);
    return f;
}

} // namespace

QTextOption wrappingOption(Qt::Alignment align)
{
    QTextOption o(align);
    o.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return o;
}

int wrappedLineCount(const QString &text, const QFont &font, qreal width)
{
    QTextLayout layout(text, font);
    layout.setTextOption(wrappingOption());
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        ++lines;
    }
    layout.endLayout();
    return std::max(lines, 1);
}

qreal wrappedHeightMm(const QString &text, qreal widthMm, qreal sizeMm, bool bold)
{
    const QFont f = measuringFont(sizeMm, bold);
    const QFontMetricsF fm(f);
    int lines = 1;
    const qreal width = widthMm * kScale * kRoom;
    if (text.contains('\n')) {
        lines = 0;
        for (const QString &paragraph : text.split('\n'))
            lines += wrappedLineCount(paragraph, f, width);
    } else if (fm.horizontalAdvance(text) > width) {
        lines = wrappedLineCount(text, f, width);
    }
    return lines * fm.lineSpacing() / kScale;
}

qreal fittingSizeMm(const QString &text, qreal widthMm, qreal heightMm, qreal maxMm, qreal minMm,
                    bool bold)
{
    for (qreal size = maxMm; size > minMm; size -= 0.1)
        if (wrappedHeightMm(text, widthMm, size, bold) <= heightMm)
            return size;
    return minMm;
}

} // namespace cn
