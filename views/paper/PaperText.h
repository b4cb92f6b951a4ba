#pragma once
// Text on paper is never cut short: what does not fit on one line wraps, at a word boundary
// or, for a long reference without spaces, anywhere; what does not fit its box then shrinks.

#include <QFont>
#include <QTextOption>

namespace cn
{

QTextOption wrappingOption(Qt::Alignment align = Qt::AlignLeft | Qt::AlignTop);
// Lines `text` takes in `font` wrapped to `width` (the font's units); at least 1.
int wrappedLineCount(const QString &text, const QFont &font, qreal width);
// The largest size from `maxMm` down to `minMm` (0.1 mm steps) at which `text` wrapped to
// `widthMm` takes at most `heightMm`; `minMm` when none does.
qreal fittingSizeMm(const QString &text, qreal widthMm, qreal heightMm, qreal maxMm, qreal minMm,
                    bool bold = false);
// The height in mm `text` takes at `sizeMm`, wrapped to `widthMm`.
qreal wrappedHeightMm(const QString &text, qreal widthMm, qreal sizeMm, bool bold = false);

} // namespace cn
