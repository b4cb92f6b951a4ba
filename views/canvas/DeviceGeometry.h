#pragma once
// Where each part of a device is drawn, in the device's own coordinates: the header, the
// adapters (NIC cards) and their port cells, or a switch's port rows. Shared by painting, hit
// testing and link anchors, on screen and on paper.

#include "canvas/BoxText.h"
#include "design/Design.h"
#include "templates/DeviceTemplate.h"

#include <QRectF>
#include <QString>

#include <string>
#include <vector>

namespace cn {

struct PortCell {
    std::string local; // "adapter/port", or the switch interface name
    QString label;     // the port's or interface's full name
    QRectF rect;
    BoxText text;      // what the cell shows: the short interface name (Te1/0/1), set to fit
    int speedMbps = 0;
    bool mgmtOnly = false;
    bool cablable = true;
};

struct AdapterBlock {
    std::string id;
    QString label;
    QRectF rect;
    std::vector<BoxText> lines; // the label, wrapped
    std::vector<BoxText> teams; // the ids of the teams its ports belong to (ref: the team)
};

struct DeviceGeometry {
    QRectF bounds;
    QRectF header;
    std::vector<BoxText> title;    // the device's name
    std::vector<BoxText> subtitle; // id, model, cluster, stack
    QString subtitleText;
    std::vector<AdapterBlock> adapters;
    std::vector<PortCell> ports;

    const PortCell *port(const std::string &local) const;
    const PortCell *portAt(const QPointF &p) const;
    const AdapterBlock *adapterAt(const QPointF &p) const;
};

DeviceGeometry layoutDevice(const Device &device, const DeviceTemplate *tmpl);

// Where a link to port `local` leaves a device drawn at `pos` (scene), on the side facing
// `towards`: its top or bottom edge, straight above or below the port, so links do not cross
// the other ports; ports of lower rows are set a little aside.
QPointF portAnchor(const DeviceGeometry &g, const QPointF &pos, const std::string &local,
                   const QPointF &towards);

} // namespace cn
