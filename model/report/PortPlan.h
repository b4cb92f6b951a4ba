#pragma once
// The port plan of each switch, derived from the design alone: for every port of its template,
// what is cabled to it (far end, cable id, media and speed), how it is configured (access or
// trunk, the untagged and tagged VLANs of the networks its cable carries, the port-channel of a
// static or LACP team) and, for the out-of-band port, what it reaches. What the network team
// configures from.

#include "analysis/DesignIndex.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace cn
{

enum class PortMode {
    Free,      // nothing cabled
    Access,    // one network, untagged
    Trunk,     // several networks (tagged, at most one untagged), or any switch-to-switch cable
    Stacking,  // a stacking link: no VLANs
    OutOfBand, // the switch's own management port
    Unused,    // cabled, but the cable carries no network
};

// "free", "access", "trunk", "stacking", "out-of-band", "no-network": the JSON and CSV words.
std::string toString(PortMode m);

struct PortPlanEntry {
    std::string port; // the interface name of the template
    std::string type; // its NetBox type
    bool mgmtOnly = false;
    PortMode mode = PortMode::Free;
    int link = -1; // index into Design::links
    std::string cable;
    std::string farDevice;
    std::string farPort; // "adapter/port" of an endpoint, the interface of a switch
    bool farIsSwitch = false;
    std::string speed;         // "10G"
    std::string media;         // CableMedia::media
    std::vector<int> networks; // network indices the port is configured for
    std::vector<int> untagged;
    std::vector<int> tagged;
    std::string portChannel; // "Po1" for a static/lacp team's members
    std::string channelMode; // "static" or "lacp"
    std::string team;        // "hv01:vmteam" when the far port is in a team
    std::string teamMode;
    std::vector<std::string> notes; // for people (translated)
};

struct SwitchPortPlan {
    int device = -1;
    std::string id;
    std::string name;
    std::string model;
    std::string stack;
    bool hasTemplate = false;
    std::vector<PortPlanEntry> ports;
    int used = 0;
    int free = 0;
};

struct PortPlan {
    std::vector<SwitchPortPlan> switches;
};

// `cables`: the cable id of each link (design/CableIds.h).
PortPlan portPlan(const DesignIndex &index, const std::vector<std::string> &cables);

class PortPlanText
{
    Q_DECLARE_TR_FUNCTIONS(PortPlan)
public:
    static QString mode(PortMode m);
    // "10 mgmt", or "mgmt (no VLAN id)" for a network without one.
    static QString vlan(const Design &d, int network);
    static QString vlans(const Design &d, const std::vector<int> &networks);
};

} // namespace cn
