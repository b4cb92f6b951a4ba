#include "canvas/CableRouter.h"

#include <boost/graph/astar_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace cn
{
namespace
{

struct EdgeWeight {
    double w = 0;
};
using Grid = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, EdgeWeight>;
using Vertex = boost::graph_traits<Grid>::vertex_descriptor;

constexpr double kInf = std::numeric_limits<double>::infinity();

// The search stops at the first end it takes from the queue: no other end can be closer.
struct Reached {
    Vertex at;
};
class StopAtEnd : public boost::default_astar_visitor
{
public:
    explicit StopAtEnd(const std::vector<char> *isEnd) : m_isEnd(isEnd) {}
    void examine_vertex(Vertex u, const Grid &) const
    {
        if ((*m_isEnd)[u])
            throw Reached{u};
    }

private:
    const std::vector<char> *m_isEnd;
};

void sortUnique(std::vector<double> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(
        std::unique(v.begin(), v.end(), [](double a, double b) { return std::abs(a - b) < 1e-6; }),
        v.end());
}

int indexOf(const std::vector<double> &v, double x)
{
    auto it = std::lower_bound(v.begin(), v.end(), x - 1e-6);
    if (it == v.end() || std::abs(*it - x) > 1e-6)
        return -1;
    return int(it - v.begin());
}

// Open interiors: touching a rectangle's edge is not crossing it.
bool segmentCrosses(const QPointF &p, const QPointF &q, const QRectF &r)
{
    const double x0 = std::min(p.x(), q.x()), x1 = std::max(p.x(), q.x());
    const double y0 = std::min(p.y(), q.y()), y1 = std::max(p.y(), q.y());
    const double e = 1e-6;
    return x0 < r.right() - e && x1 > r.left() + e && y0 < r.bottom() - e && y1 > r.top() + e;
}

QPolygonF simplify(const QPolygonF &in)
{
    QPolygonF out;
    for (const QPointF &p : in) {
        if (!out.isEmpty() && std::abs(out.back().x() - p.x()) < 1e-9 &&
            std::abs(out.back().y() - p.y()) < 1e-9)
            continue;
        if (out.size() >= 2) {
            const QPointF &a = out[out.size() - 2], &b = out.back();
            const bool collinear =
                (std::abs(a.x() - b.x()) < 1e-9 && std::abs(b.x() - p.x()) < 1e-9) ||
                (std::abs(a.y() - b.y()) < 1e-9 && std::abs(b.y() - p.y()) < 1e-9);
            if (collinear) {
                out.back() = p;
                continue;
            }
        }
        out.push_back(p);
    }
    return out;
}

// Shortest rectilinear length from `a` to `b` through a point of `r`.
double l1Via(const QPointF &a, const QPointF &b, const QRectF &r)
{
    auto axis = [](double u, double v, double lo, double hi) {
        return std::abs(u - v) + 2 * std::max({0.0, lo - std::max(u, v), std::min(u, v) - hi});
    };
    return axis(a.x(), b.x(), r.left(), r.right()) + axis(a.y(), b.y(), r.top(), r.bottom());
}

// Shortest length of a path from port `a` to port `b` with two bends (vertical, horizontal,
// vertical) that passes through `r`; infinite when there is none. A port on a top edge is left
// upwards, one on a bottom edge downwards, each by at least the stub `m`.
double twoBendsVia(const QPointF &a, bool aTop, const QPointF &b, bool bTop, const QRectF &r,
                   double m)
{
    double lo = -kInf, hi = kInf; // where the horizontal stretch may run
    (aTop ? hi : lo) = aTop ? a.y() - m : a.y() + m;
    if (bTop)
        hi = std::min(hi, b.y() - m);
    else
        lo = std::max(lo, b.y() + m);
    const double dx = std::abs(a.x() - b.x());
    // The least length with the horizontal stretch somewhere in [l, h].
    auto within = [&](double l, double h) {
        l = std::max(l, lo);
        h = std::min(h, hi);
        if (l > h)
            return kInf;
        const double u = a.y(), v = b.y();
        return dx + std::abs(u - v) + 2 * std::max({0.0, l - std::max(u, v), std::min(u, v) - h});
    };
    double best = kInf;
    if (std::max(a.x(), b.x()) >= r.left() && std::min(a.x(), b.x()) <= r.right())
        best = std::min(best, within(r.top(), r.bottom()));
    // A vertical stretch through it: the turn lies at or beyond its near edge.
    for (const QPointF &p : {a, b}) {
        if (p.x() < r.left() || p.x() > r.right())
            continue;
        if (p.y() >= r.top() && p.y() <= r.bottom())
            best = std::min(best, within(-kInf, kInf));
        else if (p.y() < r.top())
            best = std::min(best, within(r.top(), kInf));
        else
            best = std::min(best, within(-kInf, r.bottom()));
    }
    return best;
}

// One attempt on the grid of lines `margin` outside the boxes, with obstacles the boxes widened
// by `inflate` (just under the margin: the lines themselves stay free).
bool routeOnGrid(const std::map<std::string, QRectF> &boxes, const QRectF &ra, const QRectF &rb,
                 const CableRouter::Port &a, const CableRouter::Port &b,
                 const CableRouter::Options &opt, double inflate, const QRectF &window,
                 QPolygonF *out)
{
    const double m = opt.margin;
    // Buffers kept per thread: a route is asked for thousands of times in a row.
    thread_local std::vector<double> xs, ys;
    thread_local std::vector<char> blockH, blockV, blockP, isEnd;
    thread_local std::vector<std::pair<std::size_t, std::size_t>> edges;
    thread_local std::vector<EdgeWeight> weights;
    thread_local std::vector<double> dist, cost;
    xs.clear();
    ys.clear();
    xs.reserve(2 * boxes.size() + 4);
    ys.reserve(2 * boxes.size());
    // Only boxes that reach into the window: a path inside it is slid onto their lines.
    auto outside = [&](const QRectF &r) {
        return r.right() + m < window.left() || r.left() - m > window.right() ||
               r.bottom() + m < window.top() || r.top() - m > window.bottom();
    };
    for (const auto &[id, r] : boxes) {
        if (outside(r))
            continue;
        xs.push_back(r.left() - m);
        xs.push_back(r.right() + m);
        ys.push_back(r.top() - m);
        ys.push_back(r.bottom() + m);
    }
    const double ends[4][2] = {{ra.left() + a.dxTop, ra.top() - m},
                               {ra.left() + a.dxBottom, ra.bottom() + m},
                               {rb.left() + b.dxTop, rb.top() - m},
                               {rb.left() + b.dxBottom, rb.bottom() + m}};
    for (const auto &e : ends)
        xs.push_back(e[0]);
    sortUnique(xs);
    sortUnique(ys);
    const int nx = int(xs.size()), ny = int(ys.size());
    const std::size_t points = std::size_t(nx) * std::size_t(ny);
    blockH.assign(points, 0);
    blockV.assign(points, 0);
    blockP.assign(points, 0);
    // Nothing outside the window: the boxes there are not in the grid.
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i)
            if (xs[i] < window.left() - 1e-6 || xs[i] > window.right() + 1e-6 ||
                ys[j] < window.top() - 1e-6 || ys[j] > window.bottom() + 1e-6)
                blockP[std::size_t(j) * nx + i] = 1;
    for (const auto &[id, box] : boxes) {
        if (outside(box))
            continue;
        const QRectF o = box.adjusted(-inflate, -inflate, inflate, inflate);
        const int i0 = int(std::upper_bound(xs.begin(), xs.end(), o.left()) - xs.begin());
        const int i1 =
            int(std::lower_bound(xs.begin(), xs.end(), o.right()) - xs.begin()); // first >= right
        const int j0 = int(std::upper_bound(ys.begin(), ys.end(), o.top()) - ys.begin());
        const int j1 = int(std::lower_bound(ys.begin(), ys.end(), o.bottom()) - ys.begin());
        // Lines strictly inside: their points and the grid edges through the box are blocked.
        for (int j = j0; j < j1; ++j)
            for (int i = std::max(0, i0 - 1); i < std::min(i1, nx - 1); ++i)
                blockH[std::size_t(j) * nx + i] = 1;
        for (int i = i0; i < i1; ++i)
            for (int j = std::max(0, j0 - 1); j < std::min(j1, ny - 1); ++j)
                blockV[std::size_t(j) * nx + i] = 1;
        for (int j = j0; j < j1; ++j)
            for (int i = i0; i < i1; ++i)
                blockP[std::size_t(j) * nx + i] = 1;
    }

    // A stub must not run through a box that is not its own.
    auto stubFree = [&](const QPointF &from, const QPointF &to, const std::string &own) {
        for (const auto &[id, box] : boxes)
            if (id != own && !outside(box) &&
                segmentCrosses(from, to, box.adjusted(-0.5, -0.5, 0.5, 0.5)))
                return false;
        return true;
    };
    struct Stub {
        QPointF port, end;
        long vertex = -1;
        double extra = 0;
    };
    auto stubs = [&](const QRectF &r, const CableRouter::Port &p) {
        std::vector<Stub> out;
        for (int k = 0; k < 2; ++k) {
            Stub s;
            s.port = k == 0 ? QPointF(r.left() + p.dxTop, r.top())
                            : QPointF(r.left() + p.dxBottom, r.bottom());
            s.end = s.port + QPointF(0, k == 0 ? -m : m);
            const int i = indexOf(xs, s.end.x()), j = indexOf(ys, s.end.y());
            if (i < 0 || j < 0)
                continue;
            const std::size_t pt = std::size_t(j) * nx + i;
            if (blockP[pt] || !stubFree(s.port, s.end, p.box))
                continue;
            s.vertex = long(2 * pt + 1);
            s.extra = k == 0 ? p.extraTop : p.extraBottom;
            out.push_back(s);
        }
        return out;
    };
    const std::vector<Stub> from = stubs(ra, a), to = stubs(rb, b);
    if (from.empty() || to.empty())
        return false;

    // Vertices: two per grid point, running horizontally (0) or vertically (1); a bend is the
    // edge between them. Then the source, joined to port A's usable stubs, and the sink, which
    // port B's usable stubs reach; each such edge costs its edge's extra.
    const std::size_t nv = 2 * points + 2;
    const Vertex source = Vertex(2 * points), sink = Vertex(2 * points + 1);
    edges.clear();
    weights.clear();
    edges.reserve(points * 6 + 2);
    weights.reserve(points * 6 + 2);
    auto add = [&](std::size_t u, std::size_t v, double w) {
        edges.emplace_back(u, v);
        weights.push_back({w});
    };
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            const std::size_t p = std::size_t(j) * nx + i;
            if (blockP[p])
                continue;
            // Horizontal state.
            add(2 * p, 2 * p + 1, opt.bendPenalty);
            if (i > 0 && !blockH[p - 1])
                add(2 * p, 2 * (p - 1), xs[i] - xs[i - 1]);
            if (i + 1 < nx && !blockH[p])
                add(2 * p, 2 * (p + 1), xs[i + 1] - xs[i]);
            // Vertical state.
            add(2 * p + 1, 2 * p, opt.bendPenalty);
            if (j > 0 && !blockV[p - nx])
                add(2 * p + 1, 2 * (p - nx) + 1, ys[j] - ys[j - 1]);
            if (j + 1 < ny && !blockV[p])
                add(2 * p + 1, 2 * (p + nx) + 1, ys[j + 1] - ys[j]);
            // Added here, in the order of their first vertex, as the sorted graph needs.
            for (const Stub &s : to)
                if (std::size_t(s.vertex) == 2 * p + 1)
                    add(2 * p + 1, sink, s.extra);
        }

    for (const Stub &s : from)
        add(source, std::size_t(s.vertex), s.extra);

    Grid g(boost::edges_are_sorted, edges.begin(), edges.end(), weights.begin(), nv, edges.size());
    std::vector<Vertex> pred(nv);
    dist.assign(nv, kInf);
    isEnd.assign(nv, 0);
    isEnd[sink] = 1;
    const auto index = boost::get(boost::vertex_index, g);
    // Dijkstra's search led by the rectilinear distance to the nearer end (A*): that distance
    // never exceeds what is left to pay, so the path found is still one of least cost, and far
    // fewer points are looked at.
    cost.assign(nv, kInf);
    const QPointF t0 = to[0].end, t1 = to.size() > 1 ? to[1].end : to[0].end;
    auto heuristic = [&](Vertex v) -> double {
        if (v >= 2 * points)
            return 0;
        const std::size_t p = v / 2;
        const double x = xs[p % std::size_t(nx)], y = ys[p / std::size_t(nx)];
        return std::min(std::abs(x - t0.x()) + std::abs(y - t0.y()),
                        std::abs(x - t1.x()) + std::abs(y - t1.y()));
    };
    struct Heuristic : boost::astar_heuristic<Grid, double> {
        explicit Heuristic(const std::function<double(Vertex)> *f) : f(f) {}
        double operator()(Vertex v) const { return (*f)(v); }
        const std::function<double(Vertex)> *f;
    };
    const std::function<double(Vertex)> h = heuristic;
    const Stub *best = nullptr;
    try {
        boost::astar_search(
            g, source, Heuristic(&h),
            boost::predecessor_map(boost::make_iterator_property_map(pred.begin(), index))
                .distance_map(boost::make_iterator_property_map(dist.begin(), index))
                .rank_map(boost::make_iterator_property_map(cost.begin(), index))
                .weight_map(boost::get(&EdgeWeight::w, g))
                .visitor(StopAtEnd(&isEnd)));
    } catch (const Reached &r) {
        for (const Stub &s : to)
            if (r.at == sink && Vertex(s.vertex) == pred[sink])
                best = &s;
    }
    if (!best)
        return false;
    QPolygonF path;
    path.push_back(best->port);
    Vertex v = Vertex(best->vertex);
    while (v != source) {
        const std::size_t p = v / 2;
        path.push_back(QPointF(xs[p % std::size_t(nx)], ys[p / std::size_t(nx)]));
        v = pred[v];
    }
    // The first grid point is a stub's end: its port is straight below or above it.
    const QPointF first = path.back();
    for (const Stub &s : from)
        if (s.end == first) {
            path.push_back(s.port);
            break;
        }
    std::reverse(path.begin(), path.end());
    *out = simplify(path);
    return true;
}

} // namespace

double CableRouter::costOf(const QPolygonF &path, double bendPenalty)
{
    double cost = 0;
    for (int i = 1; i < path.size(); ++i)
        cost += std::abs(path[i].x() - path[i - 1].x()) + std::abs(path[i].y() - path[i - 1].y());
    const QPolygonF s = simplify(path);
    return cost + bendPenalty * std::max(0, int(s.size()) - 2);
}

double CableRouter::endsExtra(const QPolygonF &path, const QRectF &ra, const Port &a,
                              const QRectF &rb, const Port &b)
{
    if (path.isEmpty())
        return 0;
    const bool aTop = std::abs(path.front().y() - ra.top()) < 1e-6,
               bTop = std::abs(path.back().y() - rb.top()) < 1e-6;
    return (aTop ? a.extraTop : a.extraBottom) + (bTop ? b.extraTop : b.extraBottom);
}

CableRouter::Route CableRouter::routeOne(const std::map<std::string, QRectF> &boxes, const Port &a,
                                         const Port &b, const Options &opt)
{
    Route r;
    auto ia = boxes.find(a.box), ib = boxes.find(b.box);
    if (ia == boxes.end() || ib == boxes.end()) {
        r.valid = false;
        return r;
    }
    const QRectF ra = ia->second, rb = ib->second;
    // First with the full margin around every box; boxes closer than that to each other leave
    // no room, so then with the routes allowed close to the boxes.
    //
    // The grid only spans a window around the ports: a path of cost c never leaves the box of
    // its ports widened by (c - their rectilinear distance) / 2, so when the path found costs
    // no more than the window allows it is one of least cost; else the window grows to what
    // that path's cost allows and the search is run once more.
    // (Min and max by hand: QRectF::united() ignores rectangles of no size.)
    double px0 = kInf, py0 = kInf, px1 = -kInf, py1 = -kInf;
    for (const QPointF &p :
         {QPointF(ra.left() + a.dxTop, ra.top()), QPointF(ra.left() + a.dxBottom, ra.bottom()),
          QPointF(rb.left() + b.dxTop, rb.top()), QPointF(rb.left() + b.dxBottom, rb.bottom())}) {
        px0 = std::min(px0, p.x());
        px1 = std::max(px1, p.x());
        py0 = std::min(py0, p.y());
        py1 = std::max(py1, p.y());
    }
    const QRectF ports(QPointF(px0, py0), QPointF(px1, py1));
    QRectF all;
    for (const auto &[id, box] : boxes)
        all = all.united(box);
    all.adjust(-2 * opt.margin, -2 * opt.margin, 2 * opt.margin, 2 * opt.margin);
    double l1 = kInf;
    for (bool ta : {true, false})
        for (bool tb : {true, false}) {
            const QPointF pa(ra.left() + (ta ? a.dxTop : a.dxBottom), ta ? ra.top() : ra.bottom());
            const QPointF pb(rb.left() + (tb ? b.dxTop : b.dxBottom), tb ? rb.top() : rb.bottom());
            l1 = std::min(l1, std::abs(pa.x() - pb.x()) + std::abs(pa.y() - pb.y()));
        }
    for (double inflate : {opt.margin - 0.5, 0.5}) {
        double slack = 8 * opt.margin + 8 * opt.bendPenalty;
        for (;;) {
            const QRectF window = ports.adjusted(-slack, -slack, slack, slack);
            const bool everything = window.contains(all);
            if (!routeOnGrid(boxes, ra, rb, a, b, opt, inflate, window, &r.raw)) {
                if (everything)
                    break;
                slack = 1e9; // walled in within the window: all of it
                continue;
            }
            // The extras of the edges it leaves by count as length: the window's bound on the
            // length of a cheaper path still holds, it only grows.
            const double cost = costOf(r.raw, opt.bendPenalty) + endsExtra(r.raw, ra, a, rb, b);
            const double needed = (cost - l1) / 2;
            if (needed > slack + 1e-9 && !everything) {
                slack = needed + 1;
                continue;
            }
            r.tight = inflate < opt.margin - 1;
            r.cost = cost;
            r.points = r.raw;
            return r;
        }
    }
    // Boxes on top of each other: a plain line between the facing edges.
    const bool below = rb.center().y() > ra.center().y();
    r.raw = QPolygonF(
        {QPointF(ra.left() + (below ? a.dxBottom : a.dxTop), below ? ra.bottom() : ra.top()),
         QPointF(rb.left() + (below ? b.dxTop : b.dxBottom), below ? rb.top() : rb.bottom())});
    r.points = r.raw;
    r.cost = costOf(r.raw, opt.bendPenalty);
    r.valid = false;
    return r;
}

QPointF CableRouter::portPoint(const Port &p, bool top) const
{
    const QRectF r = box(p.box);
    return top ? QPointF(r.left() + p.dxTop, r.top()) : QPointF(r.left() + p.dxBottom, r.bottom());
}

QRectF CableRouter::box(const std::string &id) const
{
    auto it = m_boxes.find(id);
    return it == m_boxes.end() ? QRectF() : it->second;
}

std::pair<CableRouter::Port, CableRouter::Port> CableRouter::portsOf(const std::string &cable) const
{
    auto it = m_cables.find(cable);
    return it == m_cables.end() ? std::pair<Port, Port>()
                                : std::make_pair(it->second.a, it->second.b);
}

void CableRouter::markCrossing(const QRectF &r)
{
    for (const auto &[id, route] : m_routes) {
        if (m_dirty.count(id))
            continue;
        for (int i = 1; i < route.raw.size(); ++i)
            if (segmentCrosses(route.raw[i - 1], route.raw[i], r)) {
                m_dirty.insert(id);
                break;
            }
    }
}

void CableRouter::markImprovable(const QRectF &r)
{
    // A route that does not run through the new place stays possible; a cheaper one would have
    // to pass through the old place. Both ends leave vertically, so a path has 0, 2, 4, ...
    // bends: one through the old place costs at least its two-bend length there plus two bends,
    // or the rectilinear distance via it plus four bends.
    for (const auto &[id, route] : m_routes) {
        if (m_dirty.count(id))
            continue;
        const Cable &c = m_cables.at(id);
        double lb = kInf;
        for (bool ta : {true, false})
            for (bool tb : {true, false}) {
                const QPointF pa = portPoint(c.a, ta), pb = portPoint(c.b, tb);
                const double p = m_opt.bendPenalty;
                if (std::abs(pa.x() - pb.x()) < 1e-9)
                    lb = std::min(lb, l1Via(pa, pb, r));
                else
                    lb = std::min({lb, twoBendsVia(pa, ta, pb, tb, r, m_opt.margin) + 2 * p,
                                   l1Via(pa, pb, r) + 4 * p});
            }
        if (lb < route.cost - 1e-6)
            m_dirty.insert(id);
    }
}

void CableRouter::setBox(const std::string &id, const QRectF &rect)
{
    auto it = m_boxes.find(id);
    const bool known = it != m_boxes.end();
    if (known && it->second == rect)
        return;
    const QRectF old = known ? it->second : QRectF();
    m_boxes[id] = rect;
    auto cables = m_cablesOfBox.find(id);
    if (cables != m_cablesOfBox.end())
        m_dirty.insert(cables->second.begin(), cables->second.end());
    // Routes through the new place are no longer possible; routes that merely pass the old
    // place stay possible, and only those that a path through it could make cheaper are
    // routed again.
    const double m = m_opt.margin - 0.5;
    markCrossing(rect.adjusted(-m, -m, m, m));
    if (known)
        markImprovable(old.adjusted(-m, -m, m, m));
    for (const auto &[cid, route] : m_routes)
        if (!route.valid || route.tight)
            m_dirty.insert(cid);
    m_spreadDirty = true;
}

void CableRouter::removeBox(const std::string &id)
{
    auto it = m_boxes.find(id);
    if (it == m_boxes.end())
        return;
    const QRectF old = it->second;
    m_boxes.erase(it);
    auto cables = m_cablesOfBox.find(id);
    if (cables != m_cablesOfBox.end())
        m_dirty.insert(cables->second.begin(), cables->second.end());
    const double m = m_opt.margin - 0.5;
    markImprovable(old.adjusted(-m, -m, m, m));
    for (const auto &[cid, route] : m_routes)
        if (!route.valid || route.tight)
            m_dirty.insert(cid);
    m_spreadDirty = true;
}

void CableRouter::setCable(const std::string &id, const Port &a, const Port &b)
{
    auto it = m_cables.find(id);
    if (it != m_cables.end()) {
        const Cable &c = it->second;
        const auto same = [](const Port &x, const Port &y) {
            return x.box == y.box && x.dxTop == y.dxTop && x.dxBottom == y.dxBottom &&
                   x.extraTop == y.extraTop && x.extraBottom == y.extraBottom;
        };
        if (same(c.a, a) && same(c.b, b))
            return;
        m_cablesOfBox[c.a.box].erase(id);
        m_cablesOfBox[c.b.box].erase(id);
    }
    m_cables[id] = Cable{a, b};
    m_cablesOfBox[a.box].insert(id);
    m_cablesOfBox[b.box].insert(id);
    m_dirty.insert(id);
}

void CableRouter::removeCable(const std::string &id)
{
    auto it = m_cables.find(id);
    if (it == m_cables.end())
        return;
    m_cablesOfBox[it->second.a.box].erase(id);
    m_cablesOfBox[it->second.b.box].erase(id);
    m_cables.erase(it);
    m_routes.erase(id);
    m_dirty.erase(id);
    m_spreadDirty = true;
}

void CableRouter::clear()
{
    m_boxes.clear();
    m_cables.clear();
    m_routes.clear();
    m_cablesOfBox.clear();
    m_dirty.clear();
    m_spreadDirty = false;
}

void CableRouter::rerouteAll()
{
    for (const auto &[id, c] : m_cables)
        m_dirty.insert(id);
    update();
}

const CableRouter::Route *CableRouter::route(const std::string &cable) const
{
    auto it = m_routes.find(cable);
    return it == m_routes.end() ? nullptr : &it->second;
}

std::vector<std::string> CableRouter::update()
{
    m_lastRouted = 0;
    if (m_dirty.empty() && !m_spreadDirty)
        return {};
    std::map<std::string, QPolygonF> before;
    for (const auto &[id, r] : m_routes)
        before.emplace(id, r.points);
    struct Job {
        const Cable *cable;
        Route *route;
    };
    std::vector<Job> jobs;
    for (const std::string &id : m_dirty) {
        auto c = m_cables.find(id);
        if (c != m_cables.end())
            jobs.push_back({&c->second, &m_routes[id]});
    }
    m_lastRouted = jobs.size();
    // Each cable on its own: many (a design opened, a switch moved) on every core.
    auto routeJob = [this](Job &j) { *j.route = routeOne(m_boxes, j.cable->a, j.cable->b, m_opt); };
    if (jobs.size() >= 32)
        QtConcurrent::blockingMap(jobs, routeJob);
    else
        for (Job &j : jobs)
            routeJob(j);
    m_dirty.clear();
    m_spreadDirty = false;
    spread(m_routes, m_boxes, m_opt);
    std::vector<std::string> changed;
    for (const auto &[id, r] : m_routes) {
        auto it = before.find(id);
        if (it == before.end() || it->second != r.points)
            changed.push_back(id);
    }
    return changed;
}

void CableRouter::spread(std::map<std::string, Route> &routes,
                         const std::map<std::string, QRectF> &boxes, const Options &opt)
{
    for (auto &[id, r] : routes)
        r.points = r.raw;
    std::vector<QRectF> walls;
    walls.reserve(boxes.size());
    for (const auto &[id, b] : boxes)
        walls.push_back(b.adjusted(-opt.clearance, -opt.clearance, opt.clearance, opt.clearance));

    struct Seg {
        QPolygonF *path;
        int k;         // from point k to k + 1
        double at;     // the track: y of a horizontal segment, x of a vertical one
        double lo, hi; // its extent along the track
        int turn;      // where its ends go: -2 (both before the track) .. 2 (both after)
        const std::string *cable;
    };
    for (int pass = 0; pass < 2; ++pass) {
        const bool horizontal = pass == 0;
        auto along = [&](const QPointF &p) { return horizontal ? p.x() : p.y(); };
        auto across = [&](const QPointF &p) { return horizontal ? p.y() : p.x(); };
        std::vector<Seg> segs;
        for (auto &[id, r] : routes) {
            if (!r.valid)
                continue;
            QPolygonF &p = r.points;
            // Not the first and last segment: the stubs stay on their ports.
            for (int k = 1; k + 2 < p.size(); ++k) {
                const QPointF &s = p[k], &e = p[k + 1];
                if (std::abs(across(s) - across(e)) > 1e-9 || std::abs(along(s) - along(e)) < 1e-9)
                    continue;
                auto sign = [](double v) { return v > 1e-9 ? 1 : v < -1e-9 ? -1 : 0; };
                const int turn =
                    sign(across(p[k - 1]) - across(s)) + sign(across(p[k + 2]) - across(e));
                segs.push_back({&p, k, across(s), std::min(along(s), along(e)),
                                std::max(along(s), along(e)), turn, &id});
            }
        }
        std::sort(segs.begin(), segs.end(), [](const Seg &x, const Seg &y) {
            return x.at != y.at ? x.at < y.at : x.lo != y.lo ? x.lo < y.lo : *x.cable < *y.cable;
        });
        for (std::size_t i = 0; i < segs.size();) {
            // A cluster: segments on one track whose extents overlap.
            std::size_t j = i + 1;
            double hi = segs[i].hi;
            while (j < segs.size() && std::abs(segs[j].at - segs[i].at) < 1e-6 &&
                   segs[j].lo <= hi) {
                hi = std::max(hi, segs[j].hi);
                ++j;
            }
            const std::size_t n = j - i;
            if (n > 1) {
                const double at = segs[i].at, lo = segs[i].lo;
                // The room before and after the track, beside the boxes along its extent.
                double before = opt.spacing * double(n), after = before;
                for (const QRectF &w : walls) {
                    const double wlo = horizontal ? w.left() : w.top(),
                                 whi = horizontal ? w.right() : w.bottom();
                    if (whi <= lo || wlo >= hi)
                        continue;
                    const double wb = horizontal ? w.top() : w.left(),
                                 we = horizontal ? w.bottom() : w.right();
                    if (we <= at)
                        before = std::min(before, at - we);
                    else if (wb >= at)
                        after = std::min(after, wb - at);
                    else
                        before = after = 0;
                }
                std::vector<Seg> cl(segs.begin() + long(i), segs.begin() + long(j));
                // Segments turning towards lower coordinates go first; among those turning the
                // same way, the longer one goes outside, so the shorter one's ends do not cross it.
                std::stable_sort(cl.begin(), cl.end(), [](const Seg &x, const Seg &y) {
                    if (x.turn != y.turn)
                        return x.turn < y.turn;
                    const double lx = x.hi - x.lo, ly = y.hi - y.lo;
                    if (x.turn > 0)
                        return lx > ly;
                    if (x.turn < 0)
                        return lx < ly;
                    return x.lo < y.lo;
                });
                const double room = before + after;
                double step = opt.spacing, start;
                if (step * double(n - 1) <= room) {
                    start = std::clamp(-step * double(n - 1) / 2, -before,
                                       after - step * double(n - 1));
                } else {
                    step = room / double(n - 1);
                    start = -before;
                }
                for (std::size_t s = 0; s < n; ++s) {
                    const double v = at + start + step * double(s);
                    QPolygonF &p = *cl[s].path;
                    for (int q : {cl[s].k, cl[s].k + 1})
                        (horizontal ? p[q].ry() : p[q].rx()) = v;
                }
            }
            i = j;
        }
    }
}

} // namespace cn
