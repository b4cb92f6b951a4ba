#pragma once
// What the collector (resources/collect-inventory.ps1) found on one Hyper-V host, as plain data:
// the cmdlets' objects reduced to the facts import and audit use. Names are as Windows gives
// them ("SLOT 2 Port 1", "vEthernet (Management)"); MAC addresses are normalised to 12 lower-case
// hex digits. docs/inventory.md describes the file.

#include "design/Enums.h"

#include <optional>
#include <string>
#include <vector>

namespace cn
{

enum class LinkState { Up, Down, Disabled, NotPresent, Unknown };

// A physical adapter (Get-NetAdapter -Physical) with its PCI place (Get-NetAdapterHardwareInfo).
struct InvAdapter {
    std::string name;
    std::string description; // InterfaceDescription
    std::string mac;
    int ifIndex = 0;
    long long speedBps = 0; // 0: unknown (a disconnected adapter often reports none)
    LinkState state = LinkState::Unknown;
    std::string stateText;   // as Windows said it, for messages
    std::optional<int> vlan; // VlanID of the adapter itself (0 or none: untagged)
    // Get-NetAdapterHardwareInfo; absent when the cmdlet gave nothing for this adapter.
    bool hasPci = false;
    int segment = 0, bus = 0, device = 0, function = 0;
    std::optional<int> slot; // a physical slot number (SMBIOS); none for embedded adapters
    std::string pciLabel;    // PciDeviceLabelString, e.g. "Embedded NIC 1"

    int speedMbps() const { return int(speedBps / 1000000); }
};

// Team NICs, vEthernet adapters and other non-physical adapters (Get-NetAdapter).
struct InvVirtualAdapter {
    std::string name;
    std::string description;
    std::string mac;
    int ifIndex = 0;
    std::optional<int> vlan;
};

struct InvTeam {
    enum class Kind { Lbfo, Set };
    Kind kind = Kind::Lbfo;
    std::string name;
    std::vector<std::string> members; // adapter names
    std::optional<TeamMode> mode;     // none: a mode the design format has no word for
    std::string modeText;
};

// An LBFO team interface (Get-NetLbfoTeamNic): the team's own NIC or a VLAN NIC on it.
struct InvTeamNic {
    std::string name;
    std::string team;
    std::optional<int> vlan;
};

struct InvVmSwitch {
    enum class Type { Private, Internal, External, Unknown };
    std::string name;
    Type type = Type::Unknown;
    std::vector<std::string> uplinkDescriptions; // NetAdapterInterfaceDescription(s)
    bool embeddedTeaming = false;
    bool allowManagementOs = false;
};

// A host vNIC (Get-VMNetworkAdapter -ManagementOS) with its VLAN (Get-VMNetworkAdapterVlan).
struct InvHostVnic {
    std::string name; // Windows shows it as "vEthernet (NAME)"
    std::string switchName;
    std::string mac;
    std::optional<int> vlan; // access VLAN; none: untagged
    std::string vlanMode;    // Untagged, Access, Trunk, ...
};

struct InvAddress {
    std::string interfaceAlias;
    int ifIndex = 0;
    std::string address;
    int prefix = 0;
    bool v6 = false;
};

struct InvClusterNetwork {
    std::string name;
    std::optional<int> role; // 0 none, 1 cluster only, 3 cluster and client
    std::string subnet;      // CIDR, host bits cleared; empty when unknown
};

// Which cluster network a host interface is on (Get-ClusterNetworkInterface).
struct InvClusterInterface {
    std::string network;
    std::string adapter; // the interface alias
    std::string address;
};

// An LLDP neighbour of a physical adapter (DataCenterBridging's Get-FabricInfo, or the frames
// in the LLDP diagnostic log).
struct InvNeighbour {
    std::string interfaceName;
    int ifIndex = 0;
    std::string chassisId;
    std::string portId;
    std::string portDescription;
    std::string systemName;
    std::string systemDescription;
    std::optional<int> nativeVlan;
};

struct HostInventory {
    std::string file; // where it was read, for messages
    std::string hostName;
    std::string clusterName;
    std::string collectedAt;
    std::string psVersion;
    std::string model;         // Win32_ComputerSystem Model, e.g. "PowerEdge R720"
    long long memoryBytes = 0; // TotalPhysicalMemory
    std::vector<InvAdapter> adapters;
    std::vector<InvVirtualAdapter> virtualAdapters;
    std::vector<InvTeam> teams;
    std::vector<InvTeamNic> teamNics;
    std::vector<InvVmSwitch> vmSwitches;
    std::vector<InvHostVnic> hostVnics;
    std::vector<InvAddress> addresses;
    std::vector<InvClusterNetwork> clusterNetworks;
    std::vector<InvClusterInterface> clusterInterfaces;
    std::vector<InvNeighbour> neighbours;
    std::vector<std::string> problems; // what the collector could not read on the host

    const InvAdapter *findAdapter(const std::string &name) const;
    const InvAdapter *adapterByDescription(const std::string &description) const;
    const InvAdapter *adapterByMac(const std::string &mac) const;
    const InvTeam *teamOf(const std::string &adapterName) const;
    const InvNeighbour *neighbourOf(const InvAdapter &a) const;
};

// 12 lower-case hex digits from "00-15-5D-01-02-03", "00:15:5d:01:02:03", "00155D010203" or
// "0015.5d01.0203"; empty when the text is no MAC address.
std::string normaliseMac(const std::string &text);

// A name as an id of FORMAT.md §1 ([A-Za-z0-9][A-Za-z0-9_.-]*): lower case, every run of other
// characters one '-'. "SLOT 2 Port 1" -> "slot-2-port-1", "vEthernet (LM)" -> "vethernet-lm".
std::string idFromName(const std::string &name);

// Link speeds as the design writes them: the nearest of the design speeds (1 Gbps -> 1000).
std::optional<int> designSpeedOf(long long bps);

} // namespace cn
