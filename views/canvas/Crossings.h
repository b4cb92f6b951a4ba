#pragma once
// How often the cables of a drawing cross: the measure "Arrange automatically" is held to.

#include <QLineF>

#include <vector>

namespace cn
{

class DiagramScene;

// Pairs of segments that cross at a point inside both (touching ends do not count).
int countCrossings(const std::vector<QLineF> &lines);
// The crossings of the cables as the scene draws them (straight, port to port).
int countCrossings(const DiagramScene &scene);

} // namespace cn
