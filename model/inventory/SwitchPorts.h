#pragma once
// From what LLDP says of a switch to the words of its device template: which template is the
// switch's model, and which of its interfaces a neighbour's port id names.

#include "templates/DeviceTemplate.h"

#include <string>

namespace cn
{

class TemplateLibrary;

// The device template whose model (or slug) the LLDP system description names, the longest
// such name winning ("PowerConnect 8024F, 5.1.0.1, VxWorks 6.6" -> PowerConnect 8024F).
const DeviceTemplate *templateFromDescription(const TemplateLibrary &library,
                                              const std::string &description);

// The interface of `tmpl` that an LLDP port id or port description names; empty when none does.
// Tried in turn: the name itself (without regard to case); without a stack unit prefix
// ("1/g5" -> g5, "1/xg2" -> xg2); FASTPATH's "Unit: 1 Slot: 0 Port: 5" description (Te1/0/5,
// Gi1/0/5, g5).
std::string templatePortOf(const DeviceTemplate &tmpl, const std::string &portId,
                           const std::string &portDescription);

// The name of a port on a switch with no template: the port id, unless that is a MAC address
// and the port description is one word.
std::string genericPortName(const std::string &portId, const std::string &portDescription);

// Names compare as ids do (idFromName), so "SW-A", "sw-a" and "sw a" are one switch.
bool sameName(const std::string &a, const std::string &b);

} // namespace cn
