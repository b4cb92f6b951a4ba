#include "canvas/AutoLayout.h"

#include "canvas/Crossings.h"
#include "design/Endpoint.h"

#include <QRectF>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/pending/queue.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <unordered_map>
#include <vector>

namespace cn {
namespace {

constexpr qreal kGapX = 50;
constexpr qreal kGapY = 110;
// Work allowed for swapping neighbours, in pairs of cables compared: a few milliseconds. A
// design of a few dozen cables gets thousands of tries, one of two thousand cables none (its
// order by barycentres is what it gets, so opening it stays fast).
constexpr double kPairBudget = 8e6;
constexpr int kMaxTries = 3000;

struct Node {
    const Device *dev = nullptr;
    const DeviceGeometry *g = nullptr;
    bool fixed = false;
    QPointF pos;
    int layer = 0;
    int index = 0; // in the file
};

struct Edge {
    int a = -1, b = -1;
    std::string localA, localB;
};

class Layout
{
public:
    Layout(const Design &d, const std::map<std::string, DeviceGeometry> &geometry);
    std::map<std::string, QPointF> run();

private:
    void assignLayers();
    void orderLayer(int layer);
    qreal placeLayer(int layer, qreal top);
    void placeAll();
    long crossings() const;
    void refine();
    // [from, to) ranges of m_order[layer] that move as one: the members of a stack.
    std::vector<std::pair<std::size_t, std::size_t>> blocks(int layer) const;
    QSizeF sizeOf(int n) const { return m_nodes[std::size_t(n)].g->bounds.size(); }
    QPointF portAt(int n, const std::string &local) const;

    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<std::vector<int>> m_edgesOf;
    std::vector<std::vector<int>> m_order; // per layer, the devices to place, in order
    std::vector<QRectF> m_obstacles;       // placed devices to keep clear of
    qreal m_top = 0;
    qreal m_maxWidth = 1400;
};

Layout::Layout(const Design &d, const std::map<std::string, DeviceGeometry> &geometry)
{
    static const DeviceGeometry kNone = [] {
        DeviceGeometry g;
        g.bounds = QRectF(0, 0, 200, 100);
        g.header = QRectF(0, 0, 200, 36);
        return g;
    }();
    std::unordered_map<std::string, int> index;
    for (std::size_t i = 0; i < d.devices.size(); ++i) {
        const Device &dev = d.devices[i];
        Node n;
        n.dev = &dev;
        auto g = geometry.find(dev.id);
        n.g = g == geometry.end() ? &kNone : &g->second;
        n.fixed = dev.position.has_value();
        if (n.fixed)
            n.pos = QPointF(dev.position->x, dev.position->y);
        n.index = int(i);
        index.emplace(dev.id, int(i));
        m_nodes.push_back(n);
    }
    m_edgesOf.resize(m_nodes.size());
    for (const Link &l : d.links) {
        EndpointRef a, b;
        if (!splitEndpoint(l.a, a) || !splitEndpoint(l.b, b))
            continue;
        auto ia = index.find(a.device), ib = index.find(b.device);
        if (ia == index.end() || ib == index.end() || ia->second == ib->second)
            continue;
        m_edgesOf[std::size_t(ia->second)].push_back(int(m_edges.size()));
        m_edgesOf[std::size_t(ib->second)].push_back(int(m_edges.size()));
        m_edges.push_back({ia->second, ib->second, a.rest, b.rest});
    }
}

QPointF Layout::portAt(int n, const std::string &local) const
{
    const Node &node = m_nodes[std::size_t(n)];
    const PortCell *c = node.g->port(local);
    return node.pos + (c ? c->rect.center() : node.g->bounds.center());
}

void Layout::assignLayers()
{
    // Distance from the hosts along the cabling (Boost.Graph's breadth-first search from all
    // hosts at once).
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Graph g(m_nodes.size());
    for (const Edge &e : m_edges)
        boost::add_edge(std::size_t(e.a), std::size_t(e.b), g);
    std::vector<std::size_t> hosts;
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].dev->type == DeviceType::Host)
            hosts.push_back(i);
    std::vector<int> depth(m_nodes.size(), -1);
    for (std::size_t h : hosts)
        depth[h] = 0;
    if (!hosts.empty()) {
        std::vector<boost::default_color_type> colors(m_nodes.size());
        boost::queue<std::size_t> queue;
        auto distances =
            boost::make_iterator_property_map(depth.begin(), boost::get(boost::vertex_index, g));
        boost::breadth_first_search(
            g, hosts.begin(), hosts.end(), queue,
            boost::make_bfs_visitor(boost::record_distances(distances, boost::on_tree_edge())),
            boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, g)));
    }
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        Node &n = m_nodes[i];
        n.layer = depth[i] >= 0 ? depth[i] : n.dev->type == DeviceType::Storage ? 2 : 1;
    }
    // The members of a stack share a layer (the nearest to the hosts): a member cabled only to
    // another member would otherwise go a row down, and the stack's frame around the devices
    // between them.
    std::map<std::string, int> stackLayer;
    for (const Node &n : m_nodes)
        if (!n.fixed && !n.dev->stack.empty()) {
            auto [it, added] = stackLayer.emplace(n.dev->stack, n.layer);
            if (!added)
                it->second = std::min(it->second, n.layer);
        }
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        Node &n = m_nodes[i];
        if (n.fixed)
            continue;
        if (!n.dev->stack.empty())
            n.layer = stackLayer[n.dev->stack];
        if (m_order.size() <= std::size_t(n.layer))
            m_order.resize(std::size_t(n.layer) + 1);
        m_order[std::size_t(n.layer)].push_back(int(i));
    }
}

void Layout::orderLayer(int layer)
{
    // Hosts keep the order of the file (hv01, hv02, ...); what follows is ordered by the mean
    // position of the ports its cables lead to, among what is placed already.
    auto &order = m_order[std::size_t(layer)];
    if (layer == 0 || order.empty())
        return;
    std::vector<qreal> key(m_nodes.size(), std::numeric_limits<qreal>::max());
    for (int n : order) {
        qreal sum = 0;
        int count = 0;
        for (int e : m_edgesOf[std::size_t(n)]) {
            const Edge &edge = m_edges[std::size_t(e)];
            const int other = edge.a == n ? edge.b : edge.a;
            const Node &o = m_nodes[std::size_t(other)];
            if (!o.fixed && o.layer >= layer)
                continue;
            sum += portAt(other, edge.a == n ? edge.localB : edge.localA).x();
            ++count;
        }
        if (count)
            key[std::size_t(n)] = sum / count;
    }
    // Members of a stack stay side by side: stacks are ordered by their members' mean.
    std::map<std::string, std::pair<qreal, int>> stackMean;
    for (int n : order) {
        const Node &node = m_nodes[std::size_t(n)];
        if (!node.dev->stack.empty() && key[std::size_t(n)] != std::numeric_limits<qreal>::max()) {
            stackMean[node.dev->stack].first += key[std::size_t(n)];
            stackMean[node.dev->stack].second += 1;
        }
    }
    auto groupKey = [&](int n) {
        auto it = stackMean.find(m_nodes[std::size_t(n)].dev->stack);
        return it == stackMean.end() ? key[std::size_t(n)] : it->second.first / it->second.second;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const qreal ga = groupKey(a), gb = groupKey(b);
        if (ga != gb)
            return ga < gb;
        const std::string &sa = m_nodes[std::size_t(a)].dev->stack,
                          &sb = m_nodes[std::size_t(b)].dev->stack;
        if (sa != sb)
            return sa < sb;
        if (key[std::size_t(a)] != key[std::size_t(b)])
            return key[std::size_t(a)] < key[std::size_t(b)];
        return m_nodes[std::size_t(a)].index < m_nodes[std::size_t(b)].index;
    });
}

std::vector<std::pair<std::size_t, std::size_t>> Layout::blocks(int layer) const
{
    // Runs of members of one stack, which stay together; every other device is a run of one.
    const auto &order = m_order[std::size_t(layer)];
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    for (std::size_t i = 0; i < order.size();) {
        const std::string &stack = m_nodes[std::size_t(order[i])].dev->stack;
        std::size_t j = i + 1;
        while (!stack.empty() && j < order.size() &&
               m_nodes[std::size_t(order[j])].dev->stack == stack)
            ++j;
        runs.emplace_back(i, j);
        i = j;
    }
    return runs;
}

qreal Layout::placeLayer(int layer, qreal top)
{
    const auto &order = m_order[std::size_t(layer)];
    // Rows of runs (a stack, or one device).
    std::vector<std::vector<std::vector<int>>> rows(1);
    qreal width = 0;
    // A stack is wrapped as a whole: its members side by side in one row.
    for (const auto &[from, to] : blocks(layer)) {
        qreal w = -kGapX;
        for (std::size_t i = from; i < to; ++i)
            w += sizeOf(order[i]).width() + kGapX;
        if (!rows.back().empty() && width + w > m_maxWidth) {
            rows.emplace_back();
            width = 0;
        }
        rows.back().emplace_back(order.begin() + long(from), order.begin() + long(to));
        width += w + kGapX;
    }
    for (const auto &row : rows) {
        if (row.empty())
            continue;
        qreal rowWidth = -kGapX, height = 0;
        for (const auto &run : row)
            for (int n : run) {
                rowWidth += sizeOf(n).width() + kGapX;
                height = std::max(height, sizeOf(n).height());
            }
        // Every row centred under the others.
        qreal x = std::max<qreal>(0, (m_maxWidth - rowWidth) / 2);
        for (const auto &run : row) {
            // A run moves past an obstacle as a whole, so nothing stands between the members
            // of a stack.
            qreal runWidth = -kGapX, runHeight = 0;
            for (int n : run) {
                runWidth += sizeOf(n).width() + kGapX;
                runHeight = std::max(runHeight, sizeOf(n).height());
            }
            for (bool moved = true; moved;) {
                moved = false;
                const QRectF r(x, top, runWidth, runHeight);
                for (const QRectF &o : m_obstacles)
                    if (r.intersects(o)) {
                        x = o.right() + 1;
                        moved = true;
                    }
            }
            for (int n : run) {
                m_nodes[std::size_t(n)].pos = QPointF(x, top);
                x += sizeOf(n).width() + kGapX;
            }
        }
        top += height + kGapY;
    }
    return top;
}

void Layout::placeAll()
{
    qreal top = m_top;
    for (std::size_t layer = 0; layer < m_order.size(); ++layer)
        if (!m_order[layer].empty())
            top = placeLayer(int(layer), top);
}

long Layout::crossings() const
{
    std::vector<QLineF> lines;
    lines.reserve(m_edges.size());
    for (const Edge &e : m_edges) {
        const Node &a = m_nodes[std::size_t(e.a)], &b = m_nodes[std::size_t(e.b)];
        const QPointF ca = a.pos + a.g->bounds.center(), cb = b.pos + b.g->bounds.center();
        lines.emplace_back(portAnchor(*a.g, a.pos, e.localA, cb),
                           portAnchor(*b.g, b.pos, e.localB, ca));
    }
    return countCrossings(lines);
}

void Layout::refine()
{
    const double pairs = std::max<double>(1, double(m_edges.size()) * double(m_edges.size()));
    const int budget = int(std::min<double>(kMaxTries, kPairBudget / pairs));
    if (budget < 4)
        return;
    long best = crossings();
    int tries = 1;
    // Keeps a change of order when it lowers the crossings, undoes it otherwise.
    auto attempt = [&](auto change) {
        change();
        placeAll();
        const long c = crossings();
        ++tries;
        if (c < best) {
            best = c;
            return true;
        }
        change(); // every change is its own inverse
        return false;
    };
    for (bool improved = true; improved && best > 0 && tries < budget;) {
        improved = false;
        for (std::size_t layer = 1; layer < m_order.size() && tries < budget; ++layer) {
            auto &order = m_order[layer];
            // Neighbours within a stack.
            for (const auto &[from, to] : blocks(int(layer)))
                for (std::size_t i = from; i + 1 < to && tries < budget; ++i)
                    improved |= attempt([&order, i] { std::swap(order[i], order[i + 1]); });
            // Neighbouring devices or stacks.
            const auto runs = blocks(int(layer));
            for (std::size_t b = 0; b + 1 < runs.size() && tries < budget; ++b) {
                const std::size_t from = runs[b].first, mid = runs[b].second,
                                  to = runs[b + 1].second;
                // Rotating [from, to) by the first run's length swaps the two; rotating by the
                // second's swaps them back.
                const std::size_t first = mid - from, second = to - mid;
                bool swapped = false;
                const bool kept = attempt([&order, from, to, first, second, &swapped] {
                    std::rotate(order.begin() + long(from),
                                order.begin() + long(from + (swapped ? second : first)),
                                order.begin() + long(to));
                    swapped = !swapped;
                });
                improved |= kept;
                if (kept)
                    break; // the runs moved: work them out again on the next pass
            }
        }
    }
    placeAll();
}

std::map<std::string, QPointF> Layout::run()
{
    assignLayers();
    // Rows about half again as wide as the placed area is tall, and at least 1400 wide.
    qreal area = 0;
    bool anyFixed = false, allFixedPinned = true;
    QRectF placed;
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        if (n.fixed) {
            anyFixed = true;
            allFixedPinned &= n.dev->pinned;
            placed = placed.united(QRectF(n.pos, sizeOf(int(i))));
            continue;
        }
        const QSizeF s = sizeOf(int(i));
        area += (s.width() + kGapX) * (s.height() + kGapY);
    }
    m_maxWidth = std::max<qreal>(1400, std::sqrt(area) * 1.5);
    if (anyFixed && !allFixedPinned) {
        // A file that places some devices: the others go below, out of their way.
        m_top = placed.bottom() + 120;
    } else if (anyFixed) {
        // Arranging around pinned devices: they are obstacles.
        m_top = std::min<qreal>(0, placed.top());
        for (const Node &n : m_nodes)
            if (n.fixed)
                m_obstacles.push_back(
                    QRectF(n.pos, n.g->bounds.size()).adjusted(-kGapX, -kGapX, kGapX, kGapX));
    }
    qreal top = m_top;
    for (std::size_t layer = 0; layer < m_order.size(); ++layer) {
        if (m_order[layer].empty())
            continue;
        orderLayer(int(layer));
        top = placeLayer(int(layer), top);
    }
    refine();
    std::map<std::string, QPointF> result;
    for (const Node &n : m_nodes)
        if (!n.fixed)
            result[n.dev->id] = n.pos;
    return result;
}

} // namespace

std::map<std::string, QPointF> autoPlace(const Design &d,
                                         const std::map<std::string, DeviceGeometry> &geometry)
{
    return Layout(d, geometry).run();
}

} // namespace cn
