#pragma once
// Places the devices a design gives no position: in layers (routers and firewalls, hosts,
// switches, storage), each switch under the hosts it serves, below what is already placed.

#include "design/Design.h"

#include <QPointF>
#include <QSizeF>

#include <map>
#include <string>

namespace cn {

std::map<std::string, QPointF> autoPlace(const Design &d, const std::map<std::string, QSizeF> &sizes);

} // namespace cn
