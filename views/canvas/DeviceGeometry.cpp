#include "canvas/DeviceGeometry.h"

namespace cn {
namespace {

constexpr double kHeader = 36;
constexpr double kCellH = 18;
constexpr double kGap = 4;
constexpr double kPad = 6;
constexpr double kAdapterLabel = 14;
constexpr double kHostCellW = 46;
constexpr int kHostPerRow = 4;
// Short port names (g1..g48) fit twelve to a row; long ones (Te1/0/24) eight, in the same width.
constexpr double kSwitchWidth = 2 * 6 + 8 * 43 + 7 * 3;

QString q(const std::string &s) { return QString::fromStdString(s); }

} // namespace

const PortCell *DeviceGeometry::port(const std::string &local) const
{
    for (const auto &p : ports)
        if (p.local == local)
            return &p;
    return nullptr;
}

const PortCell *DeviceGeometry::portAt(const QPointF &p) const
{
    for (const auto &c : ports)
        if (c.rect.contains(p))
            return &c;
    return nullptr;
}

const AdapterBlock *DeviceGeometry::adapterAt(const QPointF &p) const
{
    for (const auto &a : adapters)
        if (a.rect.contains(p))
            return &a;
    return nullptr;
}

DeviceGeometry layoutDevice(const Device &device, const DeviceTemplate *tmpl)
{
    DeviceGeometry g;
    if (device.isSwitch()) {
        const double width = kSwitchWidth;
        g.header = QRectF(0, 0, width, kHeader);
        double y = kHeader + kPad;
        if (tmpl) {
            std::size_t longest = 0;
            for (const Interface &itf : tmpl->interfaces)
                longest = std::max(longest, itf.name.size());
            const int kSwitchPerRow = longest <= 4 ? 12 : 8;
            const double kSwitchCellW = (width - 2 * kPad - (kSwitchPerRow - 1) * 3) / kSwitchPerRow;
            int i = 0;
            for (const Interface &itf : tmpl->interfaces) {
                const int col = i % kSwitchPerRow, row = i / kSwitchPerRow;
                PortCell c;
                c.local = itf.name;
                c.label = q(itf.name);
                c.rect = QRectF(kPad + col * (kSwitchCellW + 3), y + row * (kCellH + 3), kSwitchCellW, kCellH);
                c.speedMbps = itf.speedMbps;
                c.mgmtOnly = itf.mgmtOnly;
                c.cablable = itf.cablable();
                g.ports.push_back(c);
                ++i;
            }
            const int rows = (i + kSwitchPerRow - 1) / kSwitchPerRow;
            y += rows * (kCellH + 3);
        }
        g.bounds = QRectF(0, 0, width, y + kPad);
        return g;
    }
    const double width = 2 * kPad + kHostPerRow * kHostCellW + (kHostPerRow - 1) * kGap;
    g.header = QRectF(0, 0, width, kHeader);
    double y = kHeader;
    for (const Adapter &a : device.adapters) {
        AdapterBlock block;
        block.id = a.id;
        // The speed before the model, so a long model name is what gets cut short.
        QString label = q(a.id) + " · " + q(speedToString(a.speedMbps.value_or(1000)));
        if (!a.model.empty())
            label += " · " + q(a.model);
        block.label = label;
        const double top = y + kGap;
        double cy = top + kAdapterLabel;
        for (std::size_t i = 0; i < a.ports.size(); ++i) {
            const int col = int(i) % kHostPerRow, row = int(i) / kHostPerRow;
            PortCell c;
            c.local = a.id + "/" + a.ports[i].id;
            c.label = q(a.ports[i].id);
            c.rect = QRectF(kPad + col * (kHostCellW + kGap), cy + row * (kCellH + kGap), kHostCellW, kCellH);
            c.speedMbps = a.portSpeedMbps(a.ports[i]);
            g.ports.push_back(c);
        }
        const int rows = std::max<int>(1, int((a.ports.size() + kHostPerRow - 1) / kHostPerRow));
        cy += rows * (kCellH + kGap);
        block.rect = QRectF(2, top - 2, width - 4, cy - top + 2);
        g.adapters.push_back(block);
        y = cy;
    }
    g.bounds = QRectF(0, 0, width, y + kPad);
    return g;
}

QPointF portAnchor(const DeviceGeometry &g, const QPointF &pos, const std::string &local,
                   const QPointF &towards)
{
    const PortCell *c = g.port(local);
    const QRectF r = c ? c->rect : g.header;
    const bool below = towards.y() > pos.y() + g.bounds.center().y();
    const int row = int((r.top() - g.header.bottom()) / 20);
    const qreal x = r.center().x() + (below ? -row : row) * 3.0;
    return pos + QPointF(x, below ? g.bounds.bottom() : g.bounds.top());
}

} // namespace cn
