#include "AutoLayout.h"

#include "Endpoint.h"

#include <algorithm>
#include <cmath>
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

    // Neighbours through links, to put each device under the ones it is cabled to.
    std::map<std::string, std::vector<std::string>> neighbours;
    for (const Link &l : d.links) {
        EndpointRef a, b;
        if (splitEndpoint(l.a, a) && splitEndpoint(l.b, b)) {
            neighbours[a.device].push_back(b.device);
            neighbours[b.device].push_back(a.device);
        }
    }
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
            qreal sum = 0;
            int n = 0;
            for (const auto &nb : neighbours[dev.id]) {
                auto p = placed.find(nb);
                if (p != placed.end()) {
                    sum += p->second.x();
                    ++n;
                }
            }
            order.emplace_back(n ? sum / n : 1e9 + double(i), &dev);
        }
        if (order.empty())
            continue;
        // Members of a stack stay side by side: order stacks by their mean position first.
        std::map<std::string, std::pair<qreal, int>> stackMean;
        for (const auto &[key, dev] : order)
            if (!dev->stack.empty() && key < 1e9) {
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
