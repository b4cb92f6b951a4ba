#include "templates/DeviceKind.h"

#include <algorithm>
#include <cstring>
#include <map>

namespace cn
{
namespace
{

std::string lower(std::string s)
{
    for (char &c : s)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return s;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlnum(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A tiny pattern over lower-cased text, far cheaper than std::regex over thousands of files:
// '^' first: only at the start of a word; '#' a digit; '_' an optional blank or hyphen;
// '$' last: the end of a word; anything else itself.
bool matchAt(const std::string &text, std::size_t at, const char *p)
{
    for (; *p; ++p) {
        if (*p == '#') {
            if (at >= text.size() || !isDigit(text[at]))
                return false;
            ++at;
        } else if (*p == '_') {
            if (at < text.size() && (text[at] == ' ' || text[at] == '-'))
                ++at;
        } else if (*p == '$') {
            return at >= text.size() || !isAlnum(text[at]);
        } else {
            if (at >= text.size() || text[at] != *p)
                return false;
            ++at;
        }
    }
    return true;
}

bool contains(const std::string &text, const char *pattern)
{
    const bool wordStart = *pattern == '^';
    const char *p = wordStart ? pattern + 1 : pattern;
    for (std::size_t at = text.find(*p); at != std::string::npos;
         at = text.find(*p, at + 1)) {
        if (*p == '#' || *p == '_')
            break; // patterns start with a letter or digit
        if (wordStart && at > 0 && isAlnum(text[at - 1]))
            continue;
        if (matchAt(text, at, p))
            return true;
    }
    return false;
}

bool containsAny(const std::string &text, std::initializer_list<const char *> patterns)
{
    for (const char *p : patterns)
        if (contains(text, p))
            return true;
    return false;
}

// Names of firewalls, routers, storage and switches among the library's models and part
// numbers (matched on "model | part number", lower-cased); vendors that make only one kind.
bool firewallVendor(const std::string &m)
{
    for (const char *v :
         {"palo alto", "check point", "watchguard", "deciso", "netgate", "barracuda", "forcepoint",
          "stormshield", "infotecs", "cryptopro", "genua", "hillstone", "untangle"})
        if (m == v)
            return true;
    return false;
}

bool firewallName(const std::string &n)
{
    return containsAny(n, {"fortigate", "fortiwifi", "fortiweb",  "firebox",    "firepower",
                           "netscreen", "zywall",    "meraki mx", "trustedvpn", "opnsense",
                           "pfsense",   "cloudgen",  "firewall",  "^fg-",       "^srx",
                           "^usg",      "^nssp",     "^soho",     "^pa-#",      "^fpr_#",
                           "^asa_#",    "^atp#",     "^nsa_#",    "^tz_#"});
}

// Names only one vendor gives its firewalls or routers.
bool vendorFirewallName(const std::string &m, const std::string &n)
{
    return (m == "sophos" && containsAny(n, {"^xg_#", "^xgs_#", "^sg_###"})) ||
           (m == "zyxel" && containsAny(n, {"^atp#", "^usg"}));
}

bool vendorRouterName(const std::string &m, const std::string &n)
{
    return m == "cisco" && containsAny(n, {"catalyst 8###", "^c8###", "^c89#", "^89#", "^8###-"});
}

bool serverName(const std::string &m, const std::string &n)
{
    for (const char *v : {"supermicro", "inspur", "xfusion", "qct", "thomas-krenn", "nutanix"})
        if (m == v)
            return true;
    return containsAny(n, {"poweredge", "proliant", "thinksystem", "thinkserver", "primergy",
                           "superserver", "^ucs_c", "^ucs_b", "^ucsc", "^ucsb", "quantagrid",
                           "synergy", "apollo", "server", "fusionserver"});
}

bool routerName(const std::string &n)
{
    return containsAny(n,
                       {"^isr", "^asr",   "^csr",  "^ncs",        "^cgr",  "^ir_###", "vedge",
                        "^acx", "^mx_#",  "^ptx",  "^nfx",        "^ccr",  "^rb_#",   "edgerouter",
                        "^er-", "erlite", "erpro", "uisp-router", "^ne_#", "^ar_#",   "^atn",
                        "^rtx", "^nvr",   "^isg",  "^7750",       "^7950", "^7250",   "^7705",
                        "^msr", "^hsr",   "^rut",  "router",      "fritz"});
}

bool storageVendor(const std::string &m)
{
    for (const char *v : {"netapp", "pure storage", "synology", "qnap", "terramaster", "qsan",
                          "datadirect networks", "exagrid", "overland-tandberg", "quantum",
                          "infinidat", "asustor", "drobo"})
        if (m == v)
            return true;
    return false;
}

bool storageName(const std::string &n)
{
    return containsAny(
        n, {"^nas$",       "^san$",         "storage",    "powervault",  "powerstore", "powerscale",
            "isilon",      "compellent",    "equallogic", "^me4#",       "^me5#",      "^msa_#",
            "primera",     "alletra",       "3par",       "nimble",      "storeonce",  "storeeasy",
            "flashsystem", "storwize",      "oceanstor",  "dorado",      "eternus",    "^fas_#",
            "^aff",        "flasharray",    "flashblade", "data domain", "datadomain", "jbod",
            "disk shelf",  "disk enclosure"});
}

bool switchName(const std::string &n)
{
    return containsAny(n, {"switch", "^fs-#", "^crs", "^css#", "^swx"});
}

bool bmcName(const std::string &name)
{
    const std::string n = lower(name);
    for (const char *p : {"idrac", "ilo", "ipmi", "bmc", "xcc", "imm", "cimc", "irmc"})
        if (n.compare(0, std::strlen(p), p) == 0)
            return true;
    return false;
}

struct Counts {
    int data = 0;     // Ethernet and backplane ports that are not out-of-band
    int wireless = 0; // radios
    int wan = 0;      // cellular, T1/E1, DSL, cable, SONET
    int fibreChannel = 0;
    bool bmc = false;
};

Counts countPorts(const DeviceTemplate &t)
{
    Counts c;
    for (const Interface &i : t.interfaces) {
        const InterfaceFamily f = interfaceTypeInfo(i.type).family;
        if (i.mgmtOnly) {
            c.bmc = c.bmc || bmcName(i.name);
            continue;
        }
        switch (f) {
        case InterfaceFamily::Ethernet:
        case InterfaceFamily::Backplane:
            ++c.data;
            break;
        case InterfaceFamily::Wireless:
            ++c.wireless;
            break;
        case InterfaceFamily::Cellular:
        case InterfaceFamily::Wan:
            ++c.wan;
            break;
        case InterfaceFamily::FibreChannel:
            ++c.fibreChannel;
            break;
        default:
            break;
        }
    }
    return c;
}

} // namespace

DeviceKind inferKind(const DeviceTemplate &t, const KindHints &hints)
{
    const Counts c = countPorts(t);
    const std::string manufacturer = lower(t.manufacturer);
    const std::string byName = lower(t.model + " | " + t.partNumber);
    const bool stacking = std::any_of(t.interfaces.begin(), t.interfaces.end(),
                                      [](const Interface &i) { return i.stacking; });
    const bool storage = storageVendor(manufacturer) || storageName(byName);
    // Power distribution, patch panels and console servers have no data ports to speak of.
    // Servers often list only their BMC: their cards come from module bays.
    if (c.data == 0) {
        if (storage && c.fibreChannel > 0)
            return DeviceKind::Storage;
        if (c.bmc && (hints.childDevice || t.uHeight >= 1))
            return DeviceKind::Server;
        return DeviceKind::Other;
    }
    if (hints.powerOutlets > 0 || hints.consoleServerPorts >= 4)
        return DeviceKind::Other;
    if (!stacking &&
        (firewallVendor(manufacturer) || firewallName(byName) ||
         vendorFirewallName(manufacturer, byName)) &&
        !switchName(byName))
        return DeviceKind::Firewall;
    if (!stacking && (routerName(byName) || vendorRouterName(manufacturer, byName)) &&
        !switchName(byName))
        return DeviceKind::Router;
    if (storage)
        return DeviceKind::Storage;
    if (c.wireless > 0 && c.data < 8)
        return DeviceKind::Other; // access points and bridges
    if (c.wan > 0 && c.data < 24)
        return DeviceKind::Router;
    if (hints.comments.find("firewall") != std::string::npos && c.data < 24)
        return DeviceKind::Firewall;
    if (c.data >= 8 || stacking || (c.data >= 4 && switchName(byName)))
        return DeviceKind::Switch;
    if (c.bmc || hints.childDevice || serverName(manufacturer, byName) ||
        hints.comments.find("server") != std::string::npos)
        return DeviceKind::Server;
    return DeviceKind::Other;
}

std::string toString(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::Switch:
        return "switch";
    case DeviceKind::Server:
        return "server";
    case DeviceKind::Storage:
        return "storage";
    case DeviceKind::Router:
        return "router";
    case DeviceKind::Firewall:
        return "firewall";
    case DeviceKind::Other:
        break;
    }
    return "other";
}

std::optional<DeviceKind> deviceKindFromString(const std::string &text)
{
    for (DeviceKind k : {DeviceKind::Switch, DeviceKind::Server, DeviceKind::Storage,
                         DeviceKind::Router, DeviceKind::Firewall, DeviceKind::Other})
        if (text == toString(k))
            return k;
    if (text == "host")
        return DeviceKind::Server;
    return std::nullopt;
}

std::string designTypeOf(DeviceKind kind)
{
    return kind == DeviceKind::Server ? std::string("host") : toString(kind);
}

std::vector<PortGroup> frontPorts(const DeviceTemplate &t)
{
    std::vector<PortGroup> groups;
    for (const Interface &i : t.interfaces) {
        if (i.mgmtOnly || !i.cablable())
            continue;
        auto it = std::find_if(groups.begin(), groups.end(), [&](const PortGroup &g) {
            return g.speedMbps == i.speedMbps && g.media == i.media;
        });
        if (it == groups.end())
            groups.push_back({i.speedMbps, i.media, 1});
        else
            ++it->count;
    }
    std::stable_sort(groups.begin(), groups.end(), [](const PortGroup &a, const PortGroup &b) {
        return a.speedMbps > b.speedMbps;
    });
    return groups;
}

namespace
{

std::string speedLabel(int mbps)
{
    if (mbps >= 1000 && mbps % 1000 == 0)
        return std::to_string(mbps / 1000) + "G";
    if (mbps >= 1000)
        return std::to_string(mbps / 1000) + "." + std::to_string((mbps % 1000) / 100) + "G";
    return std::to_string(mbps) + "M";
}

} // namespace

std::string portSummary(const std::vector<PortGroup> &groups)
{
    std::string out;
    for (const PortGroup &g : groups) {
        if (!out.empty())
            out += ", ";
        out += std::to_string(g.count) + "\u00d7 " +
               (g.speedMbps > 0 ? speedLabel(g.speedMbps) + " " : "") + g.media;
    }
    return out;
}

namespace
{

// eth0, mgmt, mgmt0, mgmt-1/1/1, Management1, ma1, me0, em0, fxp0, oob, oobm, MgmtEth0/RP0/CPU0/0.
bool managementName(const std::string &n)
{
    auto digitsAndSlashes = [&](std::size_t at) {
        for (; at < n.size(); ++at)
            if (!isDigit(n[at]) && n[at] != '/' && n[at] != '-')
                return false;
        return true;
    };
    for (const char *exact : {"eth0", "me0", "em0", "fxp0", "management port", "mgmt-port"})
        if (n == exact)
            return true;
    for (const char *word : {"management", "mgmt"}) {
        const std::size_t len = std::strlen(word);
        if (n.compare(0, len, word) != 0)
            continue;
        if (n.compare(0, 7, "mgmteth") == 0)
            return true;
        std::size_t at = len;
        if (at < n.size() && (n[at] == '-' || n[at] == '_' || n[at] == ' '))
            ++at;
        return digitsAndSlashes(at);
    }
    if (n.size() > 2 && n.compare(0, 2, "ma") == 0)
        return std::all_of(n.begin() + 2, n.end(), isDigit);
    if (n.compare(0, 3, "oob") == 0) {
        std::size_t at = 3;
        if (at < n.size() && n[at] == 'm')
            ++at;
        return std::all_of(n.begin() + long(at), n.end(), isDigit);
    }
    return false;
}

} // namespace

std::vector<std::string> markOobByName(DeviceTemplate &t)
{
    std::vector<std::string> marked;
    if (t.kind != DeviceKind::Switch || std::any_of(t.interfaces.begin(), t.interfaces.end(),
                                                    [](const Interface &i) { return i.mgmtOnly; }))
        return marked;
    std::map<std::string, int> stems;
    auto stemOf = [](const std::string &name) {
        std::string s;
        for (char ch : lower(name))
            if (!isDigit(ch) && ch != '/' && ch != '-')
                s += ch;
        return s;
    };
    for (const Interface &i : t.interfaces)
        ++stems[stemOf(i.name)];
    for (Interface &i : t.interfaces) {
        if (i.speedMbps <= 0 || !managementName(lower(i.name)))
            continue;
        // eth0 beside eth1..eth7 is the first data port of a series, not a management port.
        const std::string n = lower(i.name);
        if (stems[stemOf(i.name)] > 1 && n.rfind("mgmt", 0) != 0 && n.rfind("management", 0) != 0 &&
            n.rfind("oob", 0) != 0)
            continue;
        i.mgmtOnly = true;
        i.oobByName = true;
        marked.push_back(i.name);
    }
    return marked;
}

} // namespace cn
