#pragma once
// The diagram as files other tools edit: draw.io (uncompressed mxGraph XML: devices as
// containers with their ports as child shapes, every cable an edge between two port shapes
// along the route the diagram draws, one layer per network) and GraphML for yEd (ports as nodes
// inside device group nodes, the networks and cable id of each edge as data keys). The
// geometry comes from the views (views/paper/EditableDiagram.h), in scene coordinates.

#include "design/Design.h"

#include <QPointF>
#include <QRectF>

#include <string>
#include <vector>

namespace cn
{

struct DiagramPort {
    std::string local; // "adapter/port" or the switch's interface name
    std::string label;
    QRectF rect; // scene coordinates
};

struct DiagramDevice {
    std::string id;
    std::string label;
    QRectF rect; // scene coordinates
    std::vector<DiagramPort> ports;
};

struct DiagramLink {
    std::string cable;          // the cable id
    std::string a, b;           // "DEVICE" and "LOCAL" of each end, as "DEVICE:LOCAL"
    std::vector<QPointF> route; // scene coordinates, from A's port to B's port
    std::vector<int> networks;  // what it carries (indices into Design::networks)
    LinkKind kind = LinkKind::Cable;
    bool outOfBand = false;
    double width = 1; // the diagram's line width
};

struct DiagramGeometry {
    std::vector<DiagramDevice> devices;
    std::vector<DiagramLink> links;
    std::vector<std::string> networkColors; // per network, "#1f77b4"
};

std::string drawioXml(const Design &design, const DiagramGeometry &g);
std::string graphmlXml(const Design &design, const DiagramGeometry &g);

} // namespace cn
