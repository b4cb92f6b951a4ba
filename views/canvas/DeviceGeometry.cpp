#include "canvas/DeviceGeometry.h"

#include "report/InterfaceNames.h"

#include <QObject>

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

namespace {

constexpr int kTitlePx = 13, kTitleMinPx = 11;
constexpr int kSmallPx = 9;
constexpr double kSmallLine = 12;
constexpr double kLabelLine = 11;
constexpr int kPortPx = 8, kPortMinPx = 7;
// The right of the title's first line is kept for the SPOF tag and the pin.
constexpr double kTitleReserve = 48;

// The name and the line under it (id, model, cluster, stack), wrapped to `width`; returns the
// header's height.
double layoutHeader(DeviceGeometry &g, const Device &device, double width)
{
    const double inner = width - 12;
    const QString name = q(device.displayName());
    int px = kTitlePx;
    QStringList title;
    for (int size : {kTitlePx, kTitleMinPx}) {
        px = size;
        title = wrapBoxText(name, size, true, inner - kTitleReserve, inner);
        if (title.size() == 1)
            break;
    }
    double y = 3;
    const double titleLine = px + 3;
    for (const QString &line : title) {
        g.title.push_back({line, QRectF(6, y, inner, titleLine), px, true, {}});
        y += titleLine;
    }
    QStringList parts;
    if (!device.name.empty() && device.name != device.id)
        parts << q(device.id);
    parts << (device.model.empty() ? q(toString(device.type)) : q(device.model));
    if (!device.cluster.empty())
        parts << QObject::tr("cluster %1").arg(q(device.cluster));
    if (!device.stack.empty())
        parts << QObject::tr("stack %1").arg(q(device.stack));
    g.subtitleText = parts.join(QStringLiteral(" · "));
    for (const QString &line : wrapBoxText(g.subtitleText, kSmallPx, false, inner, inner)) {
        g.subtitle.push_back({line, QRectF(6, y, inner, kSmallLine), kSmallPx, false, {}});
        y += kSmallLine;
    }
    return std::max(kHeader, y + 5);
}

// The text of a port cell: the short interface name, at the largest size from kPortPx down to
// kPortMinPx that fits `width`.
BoxText portText(const QString &name, bool mgmtOnly)
{
    BoxText t;
    t.text = q(abbreviateInterface(name.toStdString())) + (mgmtOnly ? QStringLiteral("*") : QString());
    return t;
}

double portTextWidth(const BoxText &t) { return boxTextWidth(t.text, kPortMinPx) + 2; }

void fitPortText(PortCell &c)
{
    c.text.rect = c.rect;
    c.text.px = kPortMinPx;
    for (int px = kPortPx; px > kPortMinPx; --px)
        if (boxTextWidth(c.text.text, px) + 2 <= c.rect.width()) {
            c.text.px = px;
            break;
        }
}

// Cells per row, and their width, for cells of at least `defaultW` (and as wide as `needW`)
// in `inner`, `gap` apart; at most `maxPerRow`.
std::pair<int, double> portColumns(double inner, double gap, int maxPerRow, double needW)
{
    int perRow = maxPerRow;
    while (perRow > 1 && (inner - (perRow - 1) * gap) / perRow < needW)
        --perRow;
    return {perRow, std::max(needW, (inner - (perRow - 1) * gap) / perRow)};
}

} // namespace

DeviceGeometry layoutDevice(const Device &device, const DeviceTemplate *tmpl)
{
    DeviceGeometry g;
    if (device.isSwitch()) {
        std::vector<PortCell> cells;
        double needW = 0;
        std::size_t longest = 0;
        if (tmpl)
            for (const Interface &itf : tmpl->interfaces) {
                PortCell c;
                c.local = itf.name;
                c.label = q(itf.name);
                c.text = portText(c.label, itf.mgmtOnly);
                c.speedMbps = itf.speedMbps;
                c.mgmtOnly = itf.mgmtOnly;
                c.cablable = itf.cablable();
                needW = std::max(needW, portTextWidth(c.text));
                longest = std::max<std::size_t>(longest, c.text.text.size() - (itf.mgmtOnly ? 1 : 0));
                cells.push_back(std::move(c));
            }
        // Short port names (g1..g48) fit twelve to a row; long ones (Te1/0/24) eight, in the
        // same width; longer ones fewer, and the box widens for one that fits no row.
        const double inner = std::max(kSwitchWidth - 2 * kPad, needW);
        const double width = inner + 2 * kPad;
        const double header = layoutHeader(g, device, width);
        g.header = QRectF(0, 0, width, header);
        double y = header + kPad;
        const auto [perRow, cellW] = portColumns(inner, 3, longest <= 4 ? 12 : 8, needW);
        int i = 0;
        for (PortCell &c : cells) {
            const int col = i % perRow, row = i / perRow;
            c.rect = QRectF(kPad + col * (cellW + 3), y + row * (kCellH + 3), cellW, kCellH);
            fitPortText(c);
            g.ports.push_back(std::move(c));
            ++i;
        }
        const int rows = (i + perRow - 1) / perRow;
        y += rows * (kCellH + 3);
        g.bounds = QRectF(0, 0, width, y + kPad);
        return g;
    }
    double needW = 0;
    std::vector<BoxText> portTexts;
    for (const Adapter &a : device.adapters)
        for (const Port &p : a.ports) {
            portTexts.push_back(portText(q(p.id), false));
            needW = std::max(needW, portTextWidth(portTexts.back()));
        }
    auto nextText = portTexts.begin();
    const double inner = std::max(kHostPerRow * kHostCellW + (kHostPerRow - 1) * kGap, needW);
    const double width = 2 * kPad + inner;
    const auto [perRow, cellW] = portColumns(inner, kGap, kHostPerRow, std::max(needW, kHostCellW));
    const double header = layoutHeader(g, device, width);
    g.header = QRectF(0, 0, width, header);
    double y = header;
    for (const Adapter &a : device.adapters) {
        AdapterBlock block;
        block.id = a.id;
        QString label = q(a.id) + " · " + q(speedToString(a.speedMbps.value_or(1000)));
        if (!a.model.empty())
            label += " · " + q(a.model);
        block.label = label;
        const double top = y + kGap;
        const double labelLeft = 2 + 4, labelW = width - 4 - 8;
        // The teams of its ports, right-aligned on the first line when the label fits beside
        // them or they take at most half of it, else on lines of their own under the label.
        std::vector<std::pair<QString, double>> teams;
        double teamsW = 0;
        for (const Team &t : device.teams) {
            bool here = false;
            for (const std::string &m : t.members)
                here |= m.compare(0, a.id.size() + 1, a.id + "/") == 0;
            if (!here)
                continue;
            const double w = boxTextWidth(q(t.id), kSmallPx, true) + 6;
            teams.emplace_back(q(t.id), w);
            teamsW += w;
        }
        const bool teamsBeside =
            teamsW <= labelW / 2 || boxTextWidth(label, kSmallPx) + teamsW <= labelW;
        const QStringList lines =
            wrapBoxText(label, kSmallPx, false, labelW - (teamsBeside ? teamsW : 0), labelW);
        double ly = top + 1;
        for (const QString &line : lines) {
            block.lines.push_back({line, QRectF(labelLeft, ly, labelW, kSmallLine), kSmallPx, false, {}});
            ly += kLabelLine;
        }
        if (teamsBeside) {
            double right = labelLeft + labelW;
            for (auto it = teams.rbegin(); it != teams.rend(); ++it) {
                block.teams.push_back(
                    {it->first, QRectF(right - it->second, top + 1, it->second, kSmallLine), kSmallPx, true, it->first});
                right -= it->second;
            }
        } else {
            double x = labelLeft;
            for (const auto &[id, w] : teams) {
                if (x > labelLeft && x + w > labelLeft + labelW) {
                    x = labelLeft;
                    ly += kLabelLine;
                }
                for (const QString &part : wrapBoxText(id, kSmallPx, true, labelW - 6, labelW - 6)) {
                    const double pw = std::min(labelW, boxTextWidth(part, kSmallPx, true) + 6);
                    if (x > labelLeft && x + pw > labelLeft + labelW) {
                        x = labelLeft;
                        ly += kLabelLine;
                    }
                    block.teams.push_back({part, QRectF(x, ly, pw, kSmallLine), kSmallPx, true, id});
                    x += pw;
                }
            }
            if (!teams.empty())
                ly += kLabelLine;
        }
        double cy = std::max(top + kAdapterLabel, ly + 3);
        for (std::size_t i = 0; i < a.ports.size(); ++i) {
            const int col = int(i) % perRow, row = int(i) / perRow;
            PortCell c;
            c.local = a.id + "/" + a.ports[i].id;
            c.label = q(a.ports[i].id);
            c.text = *nextText++;
            c.rect = QRectF(kPad + col * (cellW + kGap), cy + row * (kCellH + kGap), cellW, kCellH);
            fitPortText(c);
            c.speedMbps = a.portSpeedMbps(a.ports[i]);
            g.ports.push_back(c);
        }
        const int rows = std::max<int>(1, int((a.ports.size() + perRow - 1) / perRow));
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
