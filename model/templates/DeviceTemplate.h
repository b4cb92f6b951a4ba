#pragma once
// A device model in the NetBox device-type library format (FORMAT.md §2).

#include "templates/InterfaceType.h"

#include <string>
#include <vector>

namespace cn
{

struct Interface {
    std::string name;
    std::string type; // NetBox interface type, e.g. 10gbase-x-sfpp
    bool mgmtOnly = false;
    int speedMbps = 0;     // 0: the type has no speed (virtual, lag, stacking, ...)
    std::string media;     // copper, sfp, sfp+, sfp28, qsfp+, qsfp28, qsfp-dd, osfp, stacking, ...
                           // (empty if none)
    bool stacking = false; // a stacking port: it carries stacking links only
    bool oobByName =
        false; // not mgmt_only in the file, taken as out-of-band for its name (eth0, mgmt0, ...)

    // Whether a link may end here: a port with a speed, or a stacking port (stacking links only).
    bool cablable() const { return speedMbps > 0 || stacking; }
};

// Where a module adds ports the template itself does not list (module types are not read).
struct ModuleBay {
    std::string name;
    std::string position;
};

// What a template is, for the palette and its filter; `clusternet: {kind: ...}` says it, else
// it is inferred from the template (DeviceKind.h).
enum class DeviceKind { Switch, Server, Storage, Router, Firewall, Other };

struct DeviceTemplate {
    std::string manufacturer;
    std::string model;
    std::string slug;
    std::string partNumber;
    double uHeight = 1;
    std::vector<Interface> interfaces;
    std::vector<ModuleBay> moduleBays;
    bool stackable = false;
    bool hasClusternet = false; // the file has a `clusternet:` mapping: it may replace a built-in
    DeviceKind kind = DeviceKind::Other;
    std::string file; // where it was read: a path, or "builtin:NAME"

    const Interface *findInterface(const std::string &name) const;
    bool matches(const std::string &modelOrSlug) const;
    // A cablable out-of-band interface: what rule no-oob looks for.
    bool hasCablableOob() const;
    // The module bays that could add port `name` (power and fan bays never do), best first.
    std::vector<const ModuleBay *> baysForPort(const std::string &name) const;
};

// Speed (Mb/s) and media of a NetBox interface type; speed 0 when the type has none.
int speedOfInterfaceType(const std::string &type);
std::string mediaOfInterfaceType(const std::string &type);

} // namespace cn
