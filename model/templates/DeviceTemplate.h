#pragma once
// A device model in the NetBox device-type library format (FORMAT.md §2).

#include <string>
#include <vector>

namespace cn {

struct Interface {
    std::string name;
    std::string type;  // NetBox interface type, e.g. 10gbase-x-sfpp
    bool mgmtOnly = false;
    int speedMbps = 0; // 0: the type has no speed (virtual, lag, ...) and cannot be cabled
    std::string media; // copper, sfp, sfp+, cx4, xfp, qsfp, ... (empty if unknown)

    bool cablable() const { return speedMbps > 0; }
};

struct DeviceTemplate {
    std::string manufacturer;
    std::string model;
    std::string slug;
    double uHeight = 1;
    std::vector<Interface> interfaces;
    bool stackable = false;
    std::string file; // where it was read: a path, or "builtin:NAME"

    const Interface *findInterface(const std::string &name) const;
    bool matches(const std::string &modelOrSlug) const;
    // A cablable out-of-band interface: what rule no-oob looks for.
    bool hasCablableOob() const;
};

// Speed (Mb/s) and media of a NetBox interface type; speed 0 when the type has none.
int speedOfInterfaceType(const std::string &type);
std::string mediaOfInterfaceType(const std::string &type);

} // namespace cn
