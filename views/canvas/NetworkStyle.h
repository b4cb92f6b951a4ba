#pragma once
// How networks and speeds look: one colour per network (its own `color:` or a palette entry),
// line widths by speed. Used by the canvas, the legend and every export.

#include "design/Design.h"

#include <QColor>
#include <QPen>

#include <vector>

namespace cn {

QColor networkColor(const Design &d, int networkIndex);
qreal linkWidth(int speedMbps);
// Pens that draw a link carrying `networks` (indices) as stripes of their colours.
std::vector<QPen> linkPens(const Design &d, const std::vector<int> &networks, int speedMbps,
                           LinkKind kind, bool outOfBand);
QColor severityColor(int severity); // 0 error, 1 warning, 2 info

} // namespace cn
