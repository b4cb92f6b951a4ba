#pragma once
// What a design takes to build: switches and adapters by model, port use per switch, cables
// by speed and media, and the cable schedule (A end, B end, networks, speed).

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
    std::string name;
    std::string a, b;
    std::vector<std::string> networks;
    std::string speed;
    std::string media;
    std::string kind;
};

struct BillOfMaterials {
    std::vector<ModelCount> switches;
    std::vector<ModelCount> adapters;
    std::vector<PortUse> ports;
    std::vector<CableCount> cables;
    std::vector<CableRow> schedule;
};

BillOfMaterials billOfMaterials(const DesignIndex &index);

} // namespace cn
