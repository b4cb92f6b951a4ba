#include "canvas/Crossings.h"

#include "canvas/DiagramScene.h"
#include "canvas/LinkItem.h"

#include <algorithm>

namespace cn
{
namespace
{

double cross(const QPointF &o, const QPointF &a, const QPointF &b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

bool properlyCross(const QLineF &s, const QLineF &t)
{
    const double d1 = cross(s.p1(), s.p2(), t.p1()), d2 = cross(s.p1(), s.p2(), t.p2());
    const double d3 = cross(t.p1(), t.p2(), s.p1()), d4 = cross(t.p1(), t.p2(), s.p2());
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

} // namespace

int countCrossings(const std::vector<QLineF> &lines)
{
    // Sorted by left end, a segment is only compared with those that start before it ends.
    std::vector<std::pair<QRectF, const QLineF *>> boxes;
    boxes.reserve(lines.size());
    for (const QLineF &l : lines)
        boxes.emplace_back(QRectF(l.p1(), l.p2()).normalized(), &l);
    std::sort(boxes.begin(), boxes.end(),
              [](const auto &a, const auto &b) { return a.first.left() < b.first.left(); });
    int n = 0;
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t j = i + 1;
             j < boxes.size() && boxes[j].first.left() <= boxes[i].first.right(); ++j)
            if (boxes[i].first.top() <= boxes[j].first.bottom() &&
                boxes[j].first.top() <= boxes[i].first.bottom() &&
                properlyCross(*boxes[i].second, *boxes[j].second))
                ++n;
    return n;
}

int countCrossings(const DiagramScene &scene)
{
    std::vector<QLineF> lines;
    for (const auto &[name, item] : scene.linkItems())
        lines.push_back(item->line());
    return countCrossings(lines);
}

} // namespace cn
