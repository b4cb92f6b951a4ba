#pragma once
// What one switch configuration holds, resolved from the port plan before any dialect writes
// it: the VLANs, the port-channels, each cabled port with its VLANs, the stacking ports and
// the out-of-band ports, with the problems found on the way. Shared by the PowerConnect
// writers and the vendor-neutral plan (handover/ only).

#include "handover/SwitchConfig.h"
#include "report/PortPlan.h"

#include <optional>
#include <string>
#include <vector>

namespace cn
{

struct DeviceTemplate;

struct PortVlans {
    enum class Mode { None, Access, Trunk } mode = Mode::None;
    std::optional<int> accessVid; // access: none is the default VLAN
    bool untaggedDefault = false; // trunk: a network without VLAN id, untagged (VLAN 1)
    std::vector<int> tagged;      // trunk: VLAN ids, ascending

    bool operator==(const PortVlans &o) const
    {
        return mode == o.mode && accessVid == o.accessVid && untaggedDefault == o.untaggedDefault &&
               tagged == o.tagged;
    }
};

struct PlannedPort {
    int unit = 1; // 1-based unit of the stack (1 for a switch alone)
    std::string switchId;
    const PortPlanEntry *entry = nullptr;
    std::string description; // "C001 hv01 lom/nic1"
    PortVlans vlans;         // for a channel member: the channel's
    int channel = 0;         // port-channel number, 0 for none
};

struct PlannedChannel {
    int number = 0;
    std::string mode;        // "static" or "lacp"
    std::string description; // "hv01 vmteam (lacp)"
    PortVlans vlans;
};

struct PlannedVlan {
    int vid = 0;
    int network = -1;
    std::string name; // as the switch takes it: letters, digits, spaces, . _ -
};

struct UnitPort {
    int unit = 1;
    std::string switchId;
    const PortPlanEntry *entry = nullptr;
};

struct ConfigPlan {
    SwitchConfig *config = nullptr;
    const Design *design = nullptr;
    const DeviceTemplate *tmpl = nullptr;
    std::string origin; // 'From design "TITLE", revision R, DATE'
    std::vector<PlannedVlan> vlans;
    std::vector<PlannedChannel> channels; // by number
    std::vector<PlannedPort> ports;       // cabled data ports, unit by unit in template order
    std::vector<UnitPort> stackPorts;
    std::vector<UnitPort> outOfBand;

    void problem(const QString &text) const { config->problems.push_back(text.toStdString()); }
};

// The dialects' writers: fill config->text (and ->csv), adding problems as they find them.
void writePowerConnect(const ConfigPlan &plan);
void writeNeutralPlan(const ConfigPlan &plan);

// "! " comment lines and Markdown both quote the out-of-band port's reach this way:
// "cable oob-csv to sw-core-1 g47 reaches Host Management (10.10.10.0/24)".
QString outOfBandReach(const ConfigPlan &plan, const UnitPort &p);
// The first subnet an out-of-band port reaches, for the address hint; empty when none.
std::string outOfBandSubnet(const ConfigPlan &plan);
// "255.255.255.0" for an IPv4 prefix length; empty for IPv6 or a bad subnet.
std::string ipv4Mask(const std::string &cidr);

} // namespace cn
