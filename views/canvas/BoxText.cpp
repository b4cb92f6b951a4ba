#include "canvas/BoxText.h"

#include <QFontMetricsF>
#include <QHash>

#include <map>

namespace cn
{
namespace
{

constexpr int kScale = 20;
// Room left for what hinting and kerning change between measuring and painting.
constexpr qreal kRoom = 1.03;

} // namespace

QFont boxFont(int px, bool bold)
{
    QFont f;
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}

qreal boxTextWidth(const QString &text, int px, bool bold)
{
    // Device boxes repeat their texts (port names, adapter models): each text is measured once
    // per size and thread. (Only widths are kept: fonts kept past the application's end
    // would be released after the font system.)
    thread_local std::map<int, QHash<QString, qreal>> widths;
    QHash<QString, qreal> &known = widths[px * 2 + bold];
    auto it = known.constFind(text);
    if (it != known.constEnd())
        return it.value();
    const qreal atSize = QFontMetricsF(boxFont(px, bold)).horizontalAdvance(text);
    const qreal scaled = QFontMetricsF(boxFont(px * kScale, bold)).horizontalAdvance(text) / kScale;
    const qreal w = std::max(atSize, scaled) * kRoom;
    if (known.size() > 20000)
        known.clear();
    known.insert(text, w);
    return w;
}

QStringList wrapBoxText(const QString &text, int px, bool bold, qreal firstWidth, qreal width)
{
    QStringList lines;
    auto limit = [&] { return lines.isEmpty() ? firstWidth : width; };
    auto fits = [&](const QString &s) { return boxTextWidth(s, px, bold) <= limit(); };
    // Words, a lone separator joined to the word before it.
    QStringList words;
    for (const QString &w : text.split(' ', Qt::SkipEmptyParts)) {
        if (w == QStringLiteral("·") && !words.isEmpty())
            words.back() += QStringLiteral(" ·");
        else
            words << w;
    }
    auto finish = [&](QString line) {
        if (line.endsWith(QStringLiteral(" ·")))
            line.chop(2);
        lines << line;
    };
    QString current;
    for (QString word : words) {
        const QString candidate = current.isEmpty() ? word : current + ' ' + word;
        if (fits(candidate)) {
            current = candidate;
            continue;
        }
        if (!current.isEmpty()) {
            finish(current);
            current.clear();
        }
        // A word longer than a line is cut after a dot, dash or slash when there is one in
        // the line's second half or later (a host's domain, a model's part), else where it must.
        while (!fits(word) && word.size() > 1) {
            int n = int(word.size()) - 1;
            while (n > 1 && !fits(word.left(n)))
                --n;
            for (int i = n - 1; i >= n / 2 && i > 0; --i)
                if (QStringLiteral(".-_/:").contains(word.at(i))) {
                    n = i + 1;
                    break;
                }
            lines << word.left(n);
            word = word.mid(n);
        }
        current = word;
    }
    if (!current.isEmpty() || lines.isEmpty())
        finish(current);
    return lines;
}

} // namespace cn
