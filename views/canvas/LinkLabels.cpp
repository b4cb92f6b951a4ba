#include "canvas/LinkLabels.h"

#include <QFont>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace cn
{
namespace
{

// Rectangles in buckets of a coarse grid: a candidate is checked against its neighbours only.
class RectIndex
{
public:
    // Whether `r` overlaps a rectangle of another owner than `owner`.
    bool overlaps(const QRectF &r, int owner = -2) const
    {
        const long long x0 = (long long)std::floor(r.left() / kCell),
                        x1 = (long long)std::floor(r.right() / kCell);
        const long long y0 = (long long)std::floor(r.top() / kCell),
                        y1 = (long long)std::floor(r.bottom() / kCell);
        for (long long y = y0; y <= y1; ++y)
            for (long long x = x0; x <= x1; ++x) {
                auto it = m_cells.find(y * 1000003LL + x);
                if (it == m_cells.end())
                    continue;
                for (int i : it->second)
                    if (m_owners[std::size_t(i)] != owner && m_rects[std::size_t(i)].intersects(r))
                        return true;
            }
        return false;
    }
    void add(const QRectF &r, int owner = -1)
    {
        const int i = int(m_rects.size());
        m_rects.push_back(r);
        m_owners.push_back(owner);
        visit(r, [&](long long key) { m_cells[key].push_back(i); });
    }

private:
    static constexpr double kCell = 32;
    template <typename F> void visit(const QRectF &r, F f) const
    {
        const long long x0 = (long long)std::floor(r.left() / kCell),
                        x1 = (long long)std::floor(r.right() / kCell);
        const long long y0 = (long long)std::floor(r.top() / kCell),
                        y1 = (long long)std::floor(r.bottom() / kCell);
        for (long long y = y0; y <= y1; ++y)
            for (long long x = x0; x <= x1; ++x)
                f(y * 1000003LL + x);
    }
    std::vector<QRectF> m_rects;
    std::vector<int> m_owners;
    std::unordered_map<long long, std::vector<int>> m_cells;
};

// Orthogonal cable segments, horizontal ones by their y and vertical ones by their x: a label's
// rectangle is checked against the few whose line runs through it.
class SegmentIndex
{
public:
    void add(const QPointF &a, const QPointF &b, int owner)
    {
        if (a.y() == b.y())
            m_h.push_back({a.y(), std::min(a.x(), b.x()), std::max(a.x(), b.x()), owner});
        else
            m_v.push_back({a.x(), std::min(a.y(), b.y()), std::max(a.y(), b.y()), owner});
    }
    void finish()
    {
        std::sort(m_h.begin(), m_h.end(), [](const Seg &x, const Seg &y) { return x.at < y.at; });
        std::sort(m_v.begin(), m_v.end(), [](const Seg &x, const Seg &y) { return x.at < y.at; });
    }
    // Whether a segment of another owner than `owner` runs through `r`.
    bool overlaps(const QRectF &r, int owner) const
    {
        return hits(m_h, r.top(), r.bottom(), r.left(), r.right(), owner) ||
               hits(m_v, r.left(), r.right(), r.top(), r.bottom(), owner);
    }

private:
    struct Seg {
        double at, lo, hi;
        int owner;
    };
    static bool hits(const std::vector<Seg> &segs, double from, double to, double lo, double hi,
                     int owner)
    {
        auto it = std::lower_bound(segs.begin(), segs.end(), from,
                                   [](const Seg &s, double v) { return s.at < v; });
        for (; it != segs.end() && it->at <= to; ++it)
            if (it->owner != owner && it->lo <= hi && it->hi >= lo)
                return true;
        return false;
    }
    std::vector<Seg> m_h, m_v;
};

// The point `d` along `path`, and the direction the path runs there.
bool pointAlong(const QPolygonF &path, double d, QPointF *at, QPointF *dir)
{
    for (int i = 1; i < path.size(); ++i) {
        const QPointF a = path[i - 1], b = path[i];
        const double len = std::abs(b.x() - a.x()) + std::abs(b.y() - a.y());
        if (len <= 0)
            continue;
        if (d <= len) {
            *dir = (b - a) / len;
            *at = a + *dir * d;
            return true;
        }
        d -= len;
    }
    return false;
}

double lengthOf(const QPolygonF &path)
{
    double len = 0;
    for (int i = 1; i < path.size(); ++i)
        len += std::abs(path[i].x() - path[i - 1].x()) + std::abs(path[i].y() - path[i - 1].y());
    return len;
}

} // namespace

QSizeF labelSize(const QString &text, qreal pixelSize)
{
    static std::map<int, QFontMetricsF> metrics;
    const int key = int(std::lround(pixelSize * 10));
    auto it = metrics.find(key);
    if (it == metrics.end()) {
        QFont f;
        f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
        it = metrics.emplace(key, QFontMetricsF(f)).first;
    }
    return QSizeF(it->second.horizontalAdvance(text) + 3, it->second.height());
}

std::map<std::string, std::vector<PlacedLabel>>
placeLinkLabels(const std::vector<LabelRequest> &requests, const std::vector<QRectF> &boxes)
{
    RectIndex taken;
    for (const QRectF &b : boxes)
        taken.add(b);
    // The cables themselves: a label is first looked for where no other cable runs under it.
    SegmentIndex cables;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const QPolygonF &p = requests[i].path;
        for (int k = 1; k < p.size(); ++k)
            cables.add(p[k - 1], p[k], int(i));
    }
    cables.finish();
    std::map<std::string, std::vector<PlacedLabel>> out;

    // Beside the cable, starting `d` from the port: on either side of it, the label's near edge
    // where the cable is at `d`, so the first candidate sits right next to the stub.
    auto endLabel = [&](const QPolygonF &path, const QString &text, int owner) {
        PlacedLabel best;
        best.text = text;
        best.placed = false;
        const double total = lengthOf(path);
        // Measured once per size, and only the sizes tried: measuring is shaping text.
        QSizeF sizes[3];
        auto sizeAt = [&](qreal px) {
            QSizeF &s = sizes[px >= 7 ? 0 : px >= 6 ? 1 : 2];
            if (s.isEmpty())
                s = labelSize(text, px);
            return s;
        };
        auto tryAt = [&](double d, qreal px, bool clear, double side = 2) {
            QPointF at, dir;
            if (!pointAlong(path, d, &at, &dir))
                return false;
            const QSizeF s = sizeAt(px);
            std::vector<QRectF> cands;
            if (std::abs(dir.x()) < 0.5) { // vertical: left or right of it
                const double y = dir.y() < 0 ? at.y() - 1 - s.height() : at.y() + 1;
                cands = {QRectF(at.x() + side, y, s.width(), s.height()),
                         QRectF(at.x() - side - s.width(), y, s.width(), s.height())};
            } else { // horizontal: above or below it
                const double x = dir.x() < 0 ? at.x() - 1 - s.width() : at.x() + 1;
                cands = {QRectF(x, at.y() - side - s.height(), s.width(), s.height()),
                         QRectF(x, at.y() + side, s.width(), s.height())};
            }
            for (const QRectF &c : cands) {
                if (!taken.overlaps(c) && (!clear || !cables.overlaps(c, owner))) {
                    best.rect = c;
                    best.pixelSize = px;
                    best.placed = true;
                    return true;
                }
                if (best.rect.isNull()) { // drawn here when no place is free
                    best.rect = c;
                    best.pixelSize = px;
                }
            }
            return false;
        };
        // Near the port at full size where no other cable runs, then over other cables, then
        // smaller, then further along.
        for (double d = 0; d <= std::min(24.0, total); d += 3)
            if (tryAt(d, 7.0, true))
                return best;
        for (qreal px : {7.0, 6.0, 5.0})
            for (double d = 0; d <= std::min(48.0, total); d += 4)
                if (tryAt(d, px, false))
                    return best;
        for (double d = 48; d <= std::min(total, 480.0); d += 6)
            if (tryAt(d, 6.0, false))
                return best;
        // Crowded: further off the cable, beside the labels already there.
        for (double side = 8; side <= 120; side += 6)
            for (double d = 0; d <= std::min(total, 240.0); d += 6)
                if (tryAt(d, 6.0, false, side))
                    return best;
        return best;
    };

    for (std::size_t ri = 0; ri < requests.size(); ++ri) {
        const LabelRequest &r = requests[ri];
        std::vector<PlacedLabel> &labels = out[r.link];
        QPolygonF reversed;
        for (int i = r.path.size() - 1; i >= 0; --i)
            reversed.push_back(r.path[i]);
        for (const auto &[path, text] :
             {std::make_pair(&r.path, &r.endA),
              std::make_pair(static_cast<const QPolygonF *>(&reversed), &r.endB)}) {
            if (text->isEmpty())
                continue;
            PlacedLabel l = endLabel(*path, *text, int(ri));
            taken.add(l.rect);
            labels.push_back(l);
        }
    }
    // Speeds: on the cable, from its middle outwards; left out where there is no free place
    // (the port plan and the cable schedule say it too).
    for (const LabelRequest &r : requests) {
        if (r.speed.isEmpty())
            continue;
        const double total = lengthOf(r.path);
        const QSizeF s = labelSize(r.speed, 7);
        if (total < 2 * s.width() + 40)
            continue;
        for (double off = 0; off < total / 2 - s.width() - 14; off += 6) {
            bool done = false;
            for (double d : {total / 2 + off, total / 2 - off}) {
                QPointF at, dir;
                if (!pointAlong(r.path, d, &at, &dir))
                    continue;
                const QRectF c(at.x() - s.width() / 2, at.y() - s.height() / 2, s.width(),
                               s.height());
                // Not across a bend: the whole label on one straight stretch.
                QPointF a2, d2, a3, d3;
                if (!pointAlong(r.path, d - s.width() / 2, &a2, &d2) ||
                    !pointAlong(r.path, d + s.width() / 2, &a3, &d3) || d2 != dir || d3 != dir)
                    continue;
                if (std::abs(dir.y()) > 0.5)
                    continue; // text across a vertical cable would hide it
                if (taken.overlaps(c) ||
                    cables.overlaps(QRectF(c.adjusted(2, 2, -2, -2)), int(&r - requests.data())))
                    continue;
                taken.add(c);
                out[r.link].push_back(PlacedLabel{c, r.speed, 7, true});
                done = true;
                break;
            }
            if (done)
                break;
        }
    }
    return out;
}

} // namespace cn
