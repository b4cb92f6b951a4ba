#pragma once
// Where a cable runs on the diagram: the polyline of a link in scene coordinates, from the point
// where it meets its A port to where it meets its B port. Everything that draws cables outside
// the scene (draw.io and GraphML files, the comparison marks on paper) asks a LinkRoute, so the
// cable routing, when it comes, plugs in here: today's route is the scene's straight line
// between the two port anchors.

#include <QPolygonF>

#include <functional>
#include <string>

namespace cn
{

class DiagramScene;

// The route of the link named `linkName` (its id, or A--B as the scene names it); empty when
// the scene has no such link.
using LinkRoute = std::function<QPolygonF(const std::string &linkName)>;

// The scene's own drawing today: a straight line from one port's anchor to the other's, each
// anchor on the side of its device that faces the other device (DeviceItem::anchor).
LinkRoute straightLinkRoute(const DiagramScene *scene);

} // namespace cn
