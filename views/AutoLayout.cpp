#include "AutoLayout.h"

#include "Endpoint.h"

#include <algorithm>
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
    // Rows no wider than the widest of the host layer and 1400: long layers wrap, and every
    // row is centred under the others.
    qreal hostsWidth = 0;
    for (const Device &dev : d.devices)
        if (!dev.position && layerOf(dev.type) == 1)
            hostsWidth += sizeOf(dev.id).width() + gapX;
    const qreal maxWidth = std::max<qreal>(1400, hostsWidth - gapX);
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
        std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
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
