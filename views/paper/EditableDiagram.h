#pragma once
// The diagram as the scene lays it out, for the files other tools edit (handover/DiagramXml.h):
// each device's box and port cells and each cable's route, in scene coordinates.

#include "handover/DiagramXml.h"
#include "paper/LinkRoute.h"

#include <QString>

namespace cn
{

class DesignDocument;
class DiagramScene;

DiagramGeometry diagramGeometry(const DiagramScene &scene, const DesignDocument &doc,
                                const LinkRoute &route);

// Writes `path` (.drawio or .graphml) all-or-nothing; false with `error` set on failure.
bool writeEditableDiagram(const DiagramScene &scene, const DesignDocument &doc, const QString &path,
                          QString *error, const LinkRoute &route = {});

} // namespace cn
