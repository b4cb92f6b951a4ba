#pragma once
// What a NetBox interface `type` means for cabling (FORMAT.md §2): its speed, its media (form
// factor) and its family. Every type of the library's schema is understood; an unknown type
// reads as one of family Other, with a speed when it has a `*base` prefix.

#include <string>

namespace cn
{

enum class InterfaceFamily {
    Ethernet,  // copper, optics and DAC: the ports a cluster network is cabled with
    Backplane, // 1000base-kx, 10gbase-kr, ...: inside a chassis
    Stacking,  // cisco-stackwise*, cisco-flexstack*, juniper-vcp, extreme-summitstack*
    Virtual,   // virtual, bridge, lag: never cabled
    Wireless,  // ieee802.11*, ieee802.15*, other-wireless
    Cellular,  // gsm, cdma, lte, 4g, 5g
    Wan,       // sonet-*, t1, e1, t3, e3, xdsl, docsis, moca
    Pon,       // *pon
    FibreChannel,
    InfiniBand,
    Other,
};

struct InterfaceTypeInfo {
    int speedMbps = 0; // 0: no `*base` prefix; such a port is cabled only if it is a stacking port
    std::string media; // copper, sfp, sfp+, sfp28, sfp56, qsfp+, qsfp28, qsfp56, qsfp-dd, osfp, ...
    InterfaceFamily family = InterfaceFamily::Other;
};

InterfaceTypeInfo interfaceTypeInfo(const std::string &type);
bool isStackingInterfaceType(const std::string &type);
// The NetBox interface type of a port known only by its speed (a NIC port, a switch port seen
// by LLDP): the common copper type up to 2.5G, the SFP family above; empty for other speeds.
std::string interfaceTypeForSpeed(int mbps);
// The types of the library's schema (schema/generated_schema.json), in its order.
const char *const *libraryInterfaceTypes(int &count);

} // namespace cn
