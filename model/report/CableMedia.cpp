#include "report/CableMedia.h"

#include <algorithm>
#include <cctype>

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

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return char(std::toupper(c)); });
    return s;
}

bool has(const std::string &s, const char *part)
{
    return s.find(part) != std::string::npos;
}

// The pluggable form factor of a NetBox interface type, longest suffix first; empty for
// copper, CX4 and the rest.
std::string formFactor(const std::string &t)
{
    static const std::pair<const char *, const char *> forms[] = {
        {"qsfpdd", "QSFP-DD"}, {"qsfp56", "QSFP56"}, {"qsfp28", "QSFP28"}, {"qsfpp", "QSFP+"},
        {"qsfp", "QSFP"},      {"osfp", "OSFP"},     {"sfpdd", "SFP-DD"},  {"sfp56", "SFP56"},
        {"sfp28", "SFP28"},    {"sfpp", "SFP+"},     {"sfp+", "SFP+"},     {"sfp", "SFP"},
        {"xfp", "XFP"},        {"cfp", "CFP"},       {"gbic", "GBIC"},
    };
    for (const auto &[suffix, form] : forms)
        if (has(t, suffix))
            return form;
    return {};
}

// The base-T name of a copper speed: 1000BASE-T, 10GBASE-T, 100BASE-TX.
std::string copperName(int mbps)
{
    if (mbps <= 100)
        return "100BASE-TX";
    if (mbps < 10000 && mbps % 1000 == 0)
        return std::to_string(mbps) + "BASE-T";
    if (mbps == 2500)
        return "2.5GBASE-T";
    return std::to_string(mbps / 1000) + "GBASE-T";
}

std::string copperCable(int mbps)
{
    if (mbps <= 1000)
        return "Cat 5e/6";
    if (mbps <= 5000)
        return "Cat 6";
    return "Cat 6a";
}

} // namespace

CableMedia cableMedia(const LinkInfo &l)
{
    const int speed = l.speedMbps > 0 ? l.speedMbps : 1000;
    // The switch end decides; with two switch ends, a pluggable one wins (an SFP+ port on an
    // SFP+ port is SFP+ on both).
    std::string type;
    int pluggableSwitchEnds = 0, switchEnds = 0;
    for (const ResolvedEndpoint *e : {&l.a, &l.b}) {
        if (!e->interface)
            continue;
        ++switchEnds;
        const std::string t = lower(e->interface->type);
        if (!formFactor(t).empty()) {
            ++pluggableSwitchEnds;
            type = t;
        } else if (type.empty()) {
            type = t;
        }
    }
    CableMedia m;
    const std::string form = formFactor(type);
    if (!form.empty()) {
        m.pluggable = true;
        // An endpoint's NIC takes the switch port's kind; another switch's port counts as it is.
        m.transceivers = pluggableSwitchEnds + (2 - switchEnds);
        if (speed <= 1000 && switchEnds < 2) {
            // A 1G NIC is copper: the switch's cage takes a copper module.
            m.media = form + " 1000BASE-T";
            m.cable = copperCable(speed);
            m.length = "≤ 100 m";
            m.transceivers = pluggableSwitchEnds;
        } else if (speed <= 1000) {
            m.media = form + " 1000BASE-SX";
            m.cable = "OM3 LC duplex fibre";
            m.length = "≤ 550 m";
        } else {
            m.media = form + " SR or DAC";
            m.cable = "OM3 LC duplex fibre, or " + form + " DAC";
            m.length = speed >= 25000 ? "DAC ≤ 5 m, SR ≤ 70 m" : "DAC ≤ 7 m, SR ≤ 300 m";
        }
        return m;
    }
    if (has(type, "cx4")) {
        m.media = "CX4";
        m.cable = "CX4 copper";
        m.length = "≤ 15 m";
        return m;
    }
    if (type.empty() || has(type, "-t") || has(type, "base-tx")) {
        m.media = copperName(speed);
        m.cable = copperCable(speed);
        m.length = "≤ 100 m";
        return m;
    }
    m.media = upper(type);
    m.cable = "-";
    m.length = "-";
    return m;
}

} // namespace cn
