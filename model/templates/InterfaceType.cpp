#include "templates/InterfaceType.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <unordered_map>
#include <utility>
#include <vector>

namespace cn
{
namespace
{

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

bool startsWith(const std::string &s, const char *prefix)
{
    return s.compare(0, std::strlen(prefix), prefix) == 0;
}

int speedFromPrefix(const std::string &t)
{
    // Longest prefixes first, so "100gbase" is not read as "100base".
    static const std::pair<const char *, int> prefixes[] = {
        {"800gbase", 800000}, {"400gbase", 400000}, {"200gbase", 200000}, {"100gbase", 100000},
        {"50gbase", 50000},   {"40gbase", 40000},   {"25gbase", 25000},   {"10gbase", 10000},
        {"5gbase", 5000},     {"2.5gbase", 2500},   {"1000base", 1000},   {"100base", 100},
        {"10base", 10},
    };
    for (const auto &[prefix, mbps] : prefixes)
        if (startsWith(t, prefix))
            return mbps;
    return 0;
}

// The form factor named by the last part of a type ("-qsfp28"); the longest name wins because
// the whole part is compared, not a prefix of it.
std::string mediaOfSuffix(const std::string &part)
{
    static const std::pair<const char *, const char *> forms[] = {
        {"sfp", "sfp"},        {"sfpp", "sfp+"},     {"sfp28", "sfp28"},   {"sfp56", "sfp56"},
        {"qsfpp", "qsfp+"},    {"qsfp28", "qsfp28"}, {"qsfp56", "qsfp56"}, {"qsfp112", "qsfp112"},
        {"qsfpdd", "qsfp-dd"}, {"osfp", "osfp"},     {"sfpdd", "sfp-dd"},  {"dsfp", "dsfp"},
        {"cfp", "cfp"},        {"cfp2", "cfp"},      {"cfp4", "cfp"},      {"cfp8", "cfp"},
        {"xfp", "xfp"},        {"gbic", "gbic"},     {"xenpak", "xenpak"}, {"x2", "x2"},
        {"cxp", "cxp"},        {"cpak", "cpak"},     {"cdfp", "cdfp"},     {"t", "copper"},
        {"tx", "copper"},      {"t1", "copper"},     {"cx4", "cx4"},       {"kx", "backplane"},
        {"kx4", "backplane"},  {"kr", "backplane"},  {"kr2", "backplane"}, {"kr4", "backplane"},
        {"kp4", "backplane"},  {"sx", "fibre"},      {"lx", "fibre"},      {"fx", "fibre"},
        {"lfx", "fibre"},
    };
    for (const auto &[name, media] : forms)
        if (part == name)
            return media;
    return {};
}

std::string mediaOf(const std::string &t)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= t.size(); ++i)
        if (i == t.size() || t[i] == '-') {
            parts.push_back(t.substr(start, i - start));
            start = i + 1;
        }
    // "-osfp-rhs": a riding heat sink is still an OSFP cage.
    for (auto it = parts.rbegin(); it != parts.rend() && it != parts.rend() - 1; ++it)
        if (std::string m = mediaOfSuffix(*it); !m.empty())
            return m;
    return {};
}

InterfaceFamily familyOf(const std::string &t, int speed)
{
    if (isStackingInterfaceType(t))
        return InterfaceFamily::Stacking;
    if (t == "virtual" || t == "bridge" || t == "lag")
        return InterfaceFamily::Virtual;
    if (speed > 0) {
        const std::string m = mediaOf(t);
        return m == "backplane" ? InterfaceFamily::Backplane : InterfaceFamily::Ethernet;
    }
    if (startsWith(t, "ieee802.") || t == "other-wireless")
        return InterfaceFamily::Wireless;
    if (t == "gsm" || t == "cdma" || t == "lte" || t == "4g" || t == "5g")
        return InterfaceFamily::Cellular;
    if (startsWith(t, "sonet-") || t == "t1" || t == "e1" || t == "t3" || t == "e3" ||
        t == "xdsl" || t == "docsis" || t == "moca")
        return InterfaceFamily::Wan;
    if (t.find("pon") != std::string::npos)
        return InterfaceFamily::Pon;
    if (t.find("gfc-") != std::string::npos)
        return InterfaceFamily::FibreChannel;
    if (startsWith(t, "infiniband-"))
        return InterfaceFamily::InfiniBand;
    return InterfaceFamily::Other;
}

} // namespace

bool isStackingInterfaceType(const std::string &type)
{
    const std::string t = lower(type);
    return startsWith(t, "cisco-stackwise") || startsWith(t, "cisco-flexstack") ||
           t == "juniper-vcp" || startsWith(t, "extreme-summitstack");
}

namespace
{

InterfaceTypeInfo computeInfo(const std::string &type)
{
    const std::string t = lower(type);
    InterfaceTypeInfo info;
    info.speedMbps = speedFromPrefix(t);
    info.family = familyOf(t, info.speedMbps);
    if (info.family == InterfaceFamily::Stacking)
        info.media = "stacking";
    else if (info.family != InterfaceFamily::Virtual)
        info.media = mediaOf(t);
    if (info.media.empty() && info.family == InterfaceFamily::Ethernet)
        info.media = "fibre"; // a speed and no form factor: 1000base-x and the like
    return info;
}

} // namespace

InterfaceTypeInfo interfaceTypeInfo(const std::string &type)
{
    // The library's types are looked up (a library has hundreds of thousands of interfaces);
    // the table is built once, thread-safely, and never changed after.
    static const std::unordered_map<std::string, InterfaceTypeInfo> known = [] {
        std::unordered_map<std::string, InterfaceTypeInfo> m;
        int count = 0;
        const char *const *types = libraryInterfaceTypes(count);
        for (int i = 0; i < count; ++i)
            m.emplace(types[i], computeInfo(types[i]));
        return m;
    }();
    if (auto it = known.find(type); it != known.end())
        return it->second;
    return computeInfo(type);
}

const char *const *libraryInterfaceTypes(int &count)
{
    static const char *const types[] = {
        "virtual",
        "bridge",
        "lag",
        "100base-fx",
        "100base-lfx",
        "100base-tx",
        "100base-t1",
        "1000base-t",
        "1000base-sx",
        "1000base-lx",
        "1000base-tx",
        "2.5gbase-t",
        "5gbase-t",
        "10gbase-t",
        "10gbase-cx4",
        "100base-x-sfp",
        "1000base-x-gbic",
        "1000base-x-sfp",
        "10gbase-x-sfpp",
        "10gbase-x-xfp",
        "10gbase-x-xenpak",
        "10gbase-x-x2",
        "25gbase-x-sfp28",
        "50gbase-x-sfp56",
        "40gbase-x-qsfpp",
        "50gbase-x-sfp28",
        "100gbase-x-cfp",
        "100gbase-x-cfp2",
        "200gbase-x-cfp2",
        "400gbase-x-cfp2",
        "100gbase-x-cfp4",
        "100gbase-x-cxp",
        "100gbase-x-cpak",
        "100gbase-x-dsfp",
        "100gbase-x-sfpdd",
        "100gbase-x-qsfp28",
        "100gbase-x-qsfpdd",
        "200gbase-x-qsfp56",
        "200gbase-x-qsfpdd",
        "400gbase-x-qsfp112",
        "400gbase-x-qsfpdd",
        "400gbase-x-osfp",
        "400gbase-x-osfp-rhs",
        "400gbase-x-cdfp",
        "400gbase-x-cfp8",
        "800gbase-x-qsfpdd",
        "800gbase-x-osfp",
        "1000base-kx",
        "2.5gbase-kx",
        "5gbase-kr",
        "10gbase-kr",
        "10gbase-kx4",
        "25gbase-kr",
        "40gbase-kr4",
        "50gbase-kr",
        "100gbase-kp4",
        "100gbase-kr2",
        "100gbase-kr4",
        "ieee802.11a",
        "ieee802.11g",
        "ieee802.11n",
        "ieee802.11ac",
        "ieee802.11ad",
        "ieee802.11ax",
        "ieee802.11ay",
        "ieee802.11be",
        "ieee802.15.1",
        "ieee802.15.4",
        "other-wireless",
        "gsm",
        "cdma",
        "lte",
        "4g",
        "5g",
        "sonet-oc3",
        "sonet-oc12",
        "sonet-oc48",
        "sonet-oc192",
        "sonet-oc768",
        "sonet-oc1920",
        "sonet-oc3840",
        "1gfc-sfp",
        "2gfc-sfp",
        "4gfc-sfp",
        "8gfc-sfpp",
        "16gfc-sfpp",
        "32gfc-sfp28",
        "32gfc-sfpp",
        "64gfc-qsfpp",
        "64gfc-sfpdd",
        "64gfc-sfpp",
        "128gfc-qsfp28",
        "infiniband-sdr",
        "infiniband-ddr",
        "infiniband-qdr",
        "infiniband-fdr10",
        "infiniband-fdr",
        "infiniband-edr",
        "infiniband-hdr",
        "infiniband-ndr",
        "infiniband-xdr",
        "t1",
        "e1",
        "t3",
        "e3",
        "xdsl",
        "docsis",
        "moca",
        "bpon",
        "epon",
        "10g-epon",
        "gpon",
        "xg-pon",
        "xgs-pon",
        "ng-pon2",
        "25g-pon",
        "50g-pon",
        "cisco-stackwise",
        "cisco-stackwise-plus",
        "cisco-flexstack",
        "cisco-flexstack-plus",
        "cisco-stackwise-80",
        "cisco-stackwise-160",
        "cisco-stackwise-320",
        "cisco-stackwise-480",
        "cisco-stackwise-1t",
        "juniper-vcp",
        "extreme-summitstack",
        "extreme-summitstack-128",
        "extreme-summitstack-256",
        "extreme-summitstack-512",
        "other",
    };
    count = int(sizeof(types) / sizeof(types[0]));
    return types;
}

std::string interfaceTypeForSpeed(int mbps)
{
    switch (mbps) {
    case 100:
        return "100base-tx";
    case 1000:
        return "1000base-t";
    case 2500:
        return "2.5gbase-t";
    case 10000:
        return "10gbase-x-sfpp";
    case 25000:
        return "25gbase-x-sfp28";
    case 40000:
        return "40gbase-x-qsfpp";
    case 100000:
        return "100gbase-x-qsfp28";
    default:
        return {};
    }
}

} // namespace cn
