#pragma once
// The VLAN and IP plan: per network its VLAN, subnet, roles and cluster use, the switches and
// the trunks (switch-to-switch cables) that carry it, and where each device bound to it is
// bound: the port or team, and the switch ports those reach. A switch's out-of-band port whose
// cable names this network in `networks:` is listed with the bound ports: it is what the
// management network reaches of that switch.

#include "analysis/DesignIndex.h"

#include <string>
#include <vector>

namespace cn
{

struct VlanPlanMember {
    std::string port;       // "adapter/port"
    std::string cable;      // empty when the port has no link
    std::string switchPort; // "SWITCH:PORT" of the far end, or the far endpoint's reference
    bool tagged = false;    // the network arrives tagged on this cable
};

struct VlanPlanBinding {
    std::string device;
    std::string via;        // the binding's port or team; a switch's out-of-band interface
    std::string teamMode;   // empty for a port
    bool outOfBand = false; // a switch's out-of-band port that reaches this network
    std::vector<VlanPlanMember> members;
};

struct VlanPlanTrunk {
    std::string cable;
    std::string a, b; // the link's ends as written
    bool stacking = false;
};

struct VlanPlanNetwork {
    int network = -1;
    std::vector<std::string> switches;
    std::vector<VlanPlanTrunk> trunks;
    std::vector<VlanPlanBinding> bindings;
};

struct VlanPlan {
    std::vector<VlanPlanNetwork> networks;
};

VlanPlan vlanPlan(const DesignIndex &index, const std::vector<std::string> &cables);

} // namespace cn
