#pragma once
// Places the devices a design gives no position, in layers by their distance from the hosts
// along the cabling: the hosts (in the order of the file), what they are cabled to (switches),
// what that is cabled to (storage, routers, a management switch), and so on; long layers wrap
// into rows. Every layer but the hosts is ordered by where its cables lead (the mean of the
// ports they go to), members of a stack side by side; then, within a fixed amount of work,
// neighbours in a row are swapped and the rows re-wrapped while that lowers the number of
// crossing cables (drawn straight, port to port, as the canvas draws them).
//
// Devices that have a position stay where they are. When all of them are pinned (Arrange
// automatically), the others are laid out from the top, around them; otherwise (a file that
// places some devices) the others go below what is placed.

#include "canvas/DeviceGeometry.h"
#include "design/Design.h"

#include <QPointF>

#include <map>
#include <string>

namespace cn {

std::map<std::string, QPointF> autoPlace(const Design &d,
                                         const std::map<std::string, DeviceGeometry> &geometry);

} // namespace cn
