#include "canvas/AutoLayout.h"

#include "design/Endpoint.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>

#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

namespace cn {
namespace {

int layerOf(DeviceType t)
{
    switch (t) {
    case DeviceType::Router:
    case DeviceType::Firewall:
    case DeviceType::Other:
        return 0;
    case DeviceType::Host:
        return 1;
    case DeviceType::Switch:
        return 2;
    case DeviceType::Storage:
        return 3;
    }
    return 1;
}

} // namespace

std::map<std::string, QPointF> autoPlace(const Design &d, const std::map<std::string, QSizeF> &sizes)
{
    std::map<std::string, QPointF> placed;
    qreal top = 0;
    bool any = false;
    for (const Device &dev : d.devices) {
        if (!dev.position)
            continue;
        auto s = sizes.find(dev.id);
        const qreal h = s == sizes.end() ? 100 : s->second.height();
        top = any ? std::max(top, dev.position->y + h) : dev.position->y + h;
        any = true;
        placed[dev.id] = QPointF(dev.position->x, dev.position->y);
    }
    if (any)
        top += 120;

    // Where the cabling pulls each device: a force-directed layout of the devices joined by
    // their links (Boost.Graph's Fruchterman-Reingold, from a fixed seed so it repeats). Its
    // x coordinates order the switches and storage within their layer.
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    using Topology = boost::rectangle_topology<boost::minstd_rand>;
    std::map<std::string, std::size_t> vertex;
    for (std::size_t i = 0; i < d.devices.size(); ++i)
        vertex[d.devices[i].id] = i;
    Graph g(d.devices.size());
    std::set<std::pair<std::size_t, std::size_t>> joined;
    for (const Link &l : d.links) {
        EndpointRef a, b;
        if (!splitEndpoint(l.a, a) || !splitEndpoint(l.b, b) || !vertex.count(a.device) || !vertex.count(b.device))
            continue;
        auto e = std::minmax(vertex[a.device], vertex[b.device]);
        if (e.first != e.second && joined.insert(e).second)
            boost::add_edge(e.first, e.second, g);
    }
    boost::minstd_rand seed(20111);
    const double side = 100.0 * std::sqrt(double(std::max<std::size_t>(1, d.devices.size())));
    Topology topology(seed, -side, -side, side, side);
    std::vector<Topology::point_type> points(d.devices.size());
    auto pointMap = boost::make_iterator_property_map(points.begin(), boost::get(boost::vertex_index, g));
    boost::random_graph_layout(g, pointMap, topology);
    for (std::size_t i = 0; i < d.devices.size(); ++i)
        if (d.devices[i].position) {
            points[i][0] = std::clamp(d.devices[i].position->x - 1000, -side, side);
            points[i][1] = std::clamp(d.devices[i].position->y, -side, side);
        }
    if (boost::num_edges(g) > 0)
        boost::fruchterman_reingold_force_directed_layout(g, pointMap, topology,
                                                          boost::cooling(boost::linear_cooling<double>(80)));

    const qreal gapX = 50, gapY = 110;
    auto sizeOf = [&](const std::string &id) {
        auto s = sizes.find(id);
        return s == sizes.end() ? QSizeF(200, 100) : s->second;
    };
    // Rows about half again as wide as the placed area is tall, and at least 1400 wide: long
    // layers wrap, and every row is centred under the others.
    qreal area = 0;
    for (const Device &dev : d.devices)
        if (!dev.position) {
            const QSizeF s = sizeOf(dev.id);
            area += (s.width() + gapX) * (s.height() + gapY);
        }
    const qreal maxWidth = std::max<qreal>(1400, std::sqrt(area) * 1.5);
    std::map<std::string, QPointF> result;
    for (int layer = 0; layer < 4; ++layer) {
        std::vector<std::pair<qreal, const Device *>> order;
        for (std::size_t i = 0; i < d.devices.size(); ++i) {
            const Device &dev = d.devices[i];
            if (dev.position || layerOf(dev.type) != layer)
                continue;
            // Hosts keep the order of the file (hv01, hv02, ...); what they are cabled to
            // follows the layout's pull.
            order.emplace_back(layer <= 1 ? double(i) : points[i][0], &dev);
        }
        if (order.empty())
            continue;
        // Members of a stack stay side by side: order stacks by their mean position first.
        std::map<std::string, std::pair<qreal, int>> stackMean;
        for (const auto &[key, dev] : order)
            if (!dev->stack.empty()) {
                stackMean[dev->stack].first += key;
                stackMean[dev->stack].second += 1;
            }
        auto groupKey = [&](const std::pair<qreal, const Device *> &e) {
            auto it = stackMean.find(e.second->stack);
            return it == stackMean.end() ? e.first : it->second.first / it->second.second;
        };
        std::stable_sort(order.begin(), order.end(), [&](const auto &a, const auto &b) {
            const qreal ga = groupKey(a), gb = groupKey(b);
            if (ga != gb)
                return ga < gb;
            if (a.second->stack != b.second->stack)
                return a.second->stack < b.second->stack;
            return a.first < b.first;
        });
        std::vector<std::vector<const Device *>> rows(1);
        qreal width = 0;
        for (const auto &[key, dev] : order) {
            const qreal w = sizeOf(dev->id).width();
            if (!rows.back().empty() && width + w > maxWidth) {
                rows.emplace_back();
                width = 0;
            }
            rows.back().push_back(dev);
            width += w + gapX;
        }
        for (const auto &row : rows) {
            qreal rowWidth = -gapX, height = 0;
            for (const Device *dev : row) {
                rowWidth += sizeOf(dev->id).width() + gapX;
                height = std::max(height, sizeOf(dev->id).height());
            }
            qreal x = std::max<qreal>(0, (maxWidth - rowWidth) / 2);
            for (const Device *dev : row) {
                const QPointF p(x, top);
                placed[dev->id] = p;
                result[dev->id] = p;
                x += sizeOf(dev->id).width() + gapX;
            }
            top += height + gapY;
        }
    }
    return result;
}

} // namespace cn
