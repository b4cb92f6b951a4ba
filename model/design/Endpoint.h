#pragma once
// The two ends of a link: DEVICE:ADAPTER/PORT on an endpoint device, SWITCH:PORTNAME on a switch.

#include "design/Design.h"
#include "templates/DeviceTemplate.h"

#include <string>

namespace cn {

class TemplateLibrary;

struct EndpointRef {
    std::string device;
    std::string rest; // "ADAPTER/PORT" or the switch's interface name
};

// Splits at the first ':'; false when there is none or either side is empty.
bool splitEndpoint(const std::string &ref, EndpointRef &out);
// Splits "ADAPTER/PORT" at the first '/'.
bool splitAdapterPort(const std::string &text, std::string &adapter, std::string &port);

struct ResolvedEndpoint {
    const Device *device = nullptr;
    const Adapter *adapter = nullptr; // endpoint devices
    const Port *port = nullptr;
    const Interface *interface = nullptr; // switches

    bool valid() const { return device && ((adapter && port) || interface); }
    bool onSwitch() const { return interface != nullptr; }
    bool outOfBand() const { return interface && interface->mgmtOnly; }
    int speedMbps() const;
    // "adapter/port" for an endpoint device, the interface name for a switch.
    std::string localName() const;
};

ResolvedEndpoint resolveEndpoint(const Design &design, const TemplateLibrary &templates,
                                 const std::string &ref);

} // namespace cn
