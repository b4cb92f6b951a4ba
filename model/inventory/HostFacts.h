#pragma once
// What one host's inventory means for a design, shared by import and audit: which adapters
// form one card, and which port or team each host interface (an address, a VLAN) and each
// external VM switch sits on.
//
// Cards. A design's adapter is a failure unit: all its ports go when it fails. Windows does not
// say which ports share a card; the PCI place does (Get-NetAdapterHardwareInfo):
//  1. ports that report the same physical slot number are one card (a quad-port card may hold
//     two controllers on different buses behind one slot);
//  2. otherwise ports that are functions of one PCI device (same segment, bus and device) are
//     one card: a dual- or quad-port controller, and for embedded adapters (PciDeviceLabelString
//     "Embedded ...") the chip on the board;
//  3. a port without hardware information is a card of its own, which claims no shared fate.
// Cards are named slotN, lom (lom2, ...) for embedded ones, pciB-D, or card-PORT.

#include "inventory/Inventory.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cn
{

struct CardGroup {
    std::string id;
    std::string model;              // the ports' interface description without " #N"
    std::vector<std::string> ports; // adapter names, by PCI function then name
};

// Where a host interface or VM switch sits: a physical port, or a team (LBFO or SET).
struct Attachment {
    enum class Kind { None, Port, Team };
    Kind kind = Kind::None;
    std::string name; // the adapter's or the team's name

    bool operator==(const Attachment &o) const { return kind == o.kind && name == o.name; }
    bool operator<(const Attachment &o) const
    {
        return kind != o.kind ? kind < o.kind : name < o.name;
    }
};

// A host interface with an address or a VLAN: what a binding of the design becomes.
struct HostInterface {
    std::string alias;       // "vEthernet (Management)", "SLOT 2 Port 2", "Team1 - VLAN 20"
    std::string displayName; // "Management": the vNIC's own name where there is one
    Attachment on;
    std::optional<int> vlan;
    std::string subnet; // the first IPv4 subnet, else the first IPv6 one; empty without address
    std::vector<std::string> addresses;
    std::string clusterNetwork; // its cluster network's name, if the host is in a cluster
    std::optional<int> clusterRole;
};

struct VmUplink {
    std::string switchName;
    Attachment on;
};

struct HostFacts {
    std::vector<CardGroup> cards;
    std::map<std::string, std::size_t> cardOfPort; // adapter name -> index in cards
    std::vector<HostInterface> interfaces;
    std::vector<VmUplink> vmUplinks;     // external VM switches
    std::vector<std::string> unresolved; // interfaces whose port or team could not be told

    const CardGroup *cardOf(const std::string &adapterName) const;
};

HostFacts analyseHost(const HostInventory &inv);

// The interface description without Windows' " #2" suffix.
std::string modelOfDescription(const std::string &description);

} // namespace cn
