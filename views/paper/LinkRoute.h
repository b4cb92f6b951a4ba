#pragma once
// Where a cable runs on the diagram: the polyline of a link in scene coordinates, from the point
// where it meets its A port to where it meets its B port. Everything that draws cables outside
// the scene (draw.io and GraphML files, the comparison marks on paper) asks a LinkRoute, so they
// show the same orthogonal routes as the canvas and the paper (canvas/CableRouter).

#include <QPolygonF>

#include <functional>
#include <string>

namespace cn
{

class DiagramScene;

// The route of the link named `linkName` (its id, or A--B as the scene names it); empty when
// the scene has no such link.
using LinkRoute = std::function<QPolygonF(const std::string &linkName)>;

// The scene's own drawing: the routed polyline of each link, with its bends.
LinkRoute sceneLinkRoute(const DiagramScene *scene);

} // namespace cn
