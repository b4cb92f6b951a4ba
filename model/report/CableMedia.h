#pragma once
// What a cable is, for ordering it: its media class (SFP+ SR or DAC, 10GBASE-T, CX4,
// 1000BASE-T, ...), the transceivers it takes if built with optics, the cable itself and its
// length class (the reach of that media), from the interface types at its switch ends and the
// speed it runs at. A host's NIC port has no type in the design: it takes the kind of the
// switch port it is cabled to.

#include "analysis/DesignIndex.h"

#include <string>

namespace cn
{

struct CableMedia {
    std::string media;    // "SFP+ SR or DAC", "10GBASE-T", "CX4", "1000BASE-T", ...
    std::string cable;    // "OM3 LC duplex fibre, or SFP+ DAC", "Cat 6a", ...
    std::string length;   // "DAC ≤ 7 m, SR ≤ 300 m", "≤ 100 m", ...
    int transceivers = 0; // pluggable optics this cable takes (none with a DAC)
    bool pluggable = false;
};

CableMedia cableMedia(const LinkInfo &link);

} // namespace cn
