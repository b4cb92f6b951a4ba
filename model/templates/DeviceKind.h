#pragma once
// What kind of device a template describes (switch, server, storage, router, firewall, other)
// and the summary of its front ports, for the palette's filter, search and tooltip. A template
// may say its kind (`clusternet: {kind: ...}`); otherwise it is inferred (docs/templates.md).

#include "templates/DeviceTemplate.h"

#include <optional>
#include <string>
#include <vector>

namespace cn
{

// Facts of a library file the template itself does not keep, read for the inference.
struct KindHints {
    int powerOutlets = 0;
    int consoleServerPorts = 0;
    int frontPorts = 0;
    bool childDevice = false; // subdevice_role: child (a blade)
    std::string comments;     // comments and description, lower-cased
};

DeviceKind inferKind(const DeviceTemplate &t, const KindHints &hints);
std::string toString(DeviceKind kind);
std::optional<DeviceKind> deviceKindFromString(const std::string &text);
// The design device type ("switch", "host", "storage", ...) a template of this kind becomes.
std::string designTypeOf(DeviceKind kind);

// Front data ports of one speed and media, e.g. 48 × 1G copper.
struct PortGroup {
    int speedMbps = 0;
    std::string media;
    int count = 0;
};

// The cablable ports that are not out-of-band, grouped by speed and media, fastest first;
// stacking ports form a group of speed 0 and media "stacking".
std::vector<PortGroup> frontPorts(const DeviceTemplate &t);
// "48× 1G copper, 4× 10G sfp+"
std::string portSummary(const std::vector<PortGroup> &groups);

// Marks as out-of-band the management port of a switch whose file does not say mgmt_only: a
// port named like one (eth0, mgmt0, Management1, ma1, oob, ...) on a switch with no mgmt_only
// interface. Returns the names so marked.
std::vector<std::string> markOobByName(DeviceTemplate &t);

} // namespace cn
