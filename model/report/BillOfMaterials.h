#pragma once
// What a design takes to build: switches and adapters by model, port use per switch, cables
// by speed and media, optics and cables per media class, and the cable schedule (cable id, A
// end, B end, networks, speed, media and length class).

#include "analysis/DesignIndex.h"

#include <string>
#include <vector>

namespace cn {

struct ModelCount {
    std::string model;
    std::string detail; // adapters: speed and ports
    int count = 0;
};

struct PortUse {
    std::string device;
    std::string model;
    std::string type; // NetBox interface type, e.g. 10gbase-x-sfpp
    int used = 0;
    int free = 0;
};

struct CableCount {
    std::string speed;
    std::string media;
    int count = 0;
};

struct CableRow {
    std::string name; // as findings name it: its id in the file, or A--B
    std::string id;   // its cable id (design/CableIds.h)
    std::string a, b;
    std::vector<std::string> networks;
    // An out-of-band cable carries nothing; these are the networks its `networks:` lists, the
    // management network its out-of-band port reaches.
    std::vector<std::string> management;
    std::string speed;
    std::string media;       // copper, sfp+, ... (the interface media)
    std::string mediaClass;  // CableMedia::media
    std::string length;      // CableMedia::length
    std::string kind;
};

// Per media class: the cables, and the transceivers they take when built with optics.
struct OpticsLine {
    std::string media;
    std::string cable;
    std::string length;
    int cables = 0;
    int transceivers = 0;
};

struct BillOfMaterials {
    std::vector<ModelCount> switches;
    std::vector<ModelCount> adapters;
    std::vector<PortUse> ports;
    std::vector<CableCount> cables;
    std::vector<OpticsLine> optics;
    std::vector<CableRow> schedule;
};

BillOfMaterials billOfMaterials(const DesignIndex &index);

} // namespace cn
