#include "canvas/NetworkStyle.h"

#include <cmath>

namespace cn {

QColor networkColor(const Design &d, int networkIndex)
{
    static const QColor palette[] = {QColor("#1f77b4"), QColor("#ff7f0e"), QColor("#2ca02c"),
                                     QColor("#d62728"), QColor("#9467bd"), QColor("#8c564b"),
                                     QColor("#e377c2"), QColor("#17becf"), QColor("#bcbd22"),
                                     QColor("#7f7f7f")};
    if (networkIndex < 0 || networkIndex >= int(d.networks.size()))
        return QColor("#555555");
    const QColor own(QString::fromStdString(d.networks[std::size_t(networkIndex)].color));
    if (own.isValid())
        return own;
    return palette[networkIndex % int(std::size(palette))];
}

qreal linkWidth(int speedMbps)
{
    if (speedMbps <= 0)
        return 1.0;
    return 1.0 + 1.3 * std::max(0.0, std::log10(speedMbps / 100.0) + 0.3);
}

std::vector<QPen> linkPens(const Design &d, const std::vector<int> &networks, int speedMbps,
                           LinkKind kind, bool outOfBand)
{
    const qreal w = linkWidth(speedMbps);
    if (outOfBand) {
        QPen p(QColor("#666666"), 1.2, Qt::DotLine);
        return {p};
    }
    if (kind == LinkKind::Stacking)
        return {QPen(QColor("#4b2c83"), w + 1.5, Qt::SolidLine, Qt::FlatCap)};
    if (networks.empty())
        return {QPen(QColor("#999999"), w, Qt::DashLine, Qt::FlatCap)};
    std::vector<QPen> pens;
    const qreal dash = 6; // in pen widths
    const int k = int(networks.size());
    for (int i = 0; i < k; ++i) {
        QPen p(networkColor(d, networks[std::size_t(i)]), w, Qt::SolidLine, Qt::FlatCap);
        if (k > 1) {
            p.setDashPattern({dash, dash * (k - 1)});
            p.setDashOffset(-dash * i);
        }
        pens.push_back(p);
    }
    return pens;
}

QColor severityColor(int severity)
{
    switch (severity) {
    case 0:
        return QColor("#c62828");
    case 1:
        return QColor("#ef8f00");
    default:
        return QColor("#1565c0");
    }
}

} // namespace cn
