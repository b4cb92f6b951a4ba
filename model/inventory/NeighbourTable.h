#pragma once
// A switch's own LLDP neighbour table, pasted as text: the output of `show lldp remote-device
// all` on the PowerConnect 6200/7000/8000 series (FASTPATH), a second source of cabling beside
// the hosts' LLDP. Rows are matched to host adapters by MAC address (chassis or port id).
//
//   LLDP Remote Device Summary
//
//   Local
//   Interface RemID   Chassis ID          Port ID           System Name
//   --------- ------- ------------------- ----------------- -----------------
//   Te1/0/1   2       00:1B:21:AA:00:10   00:1B:21:AA:00:10 HV01
//   Te1/0/2

#include "design/Diagnostic.h"

#include <optional>
#include <string>
#include <vector>

namespace cn
{

struct SwitchNeighbour {
    std::string localInterface;
    std::string chassisId;
    std::string portId;
    std::string systemName;
    int line = 0;
};

struct NeighbourTable {
    std::string switchName;
    std::string file;
    std::vector<SwitchNeighbour> rows; // only rows with a neighbour
};

struct NeighbourTableLoad {
    std::optional<NeighbourTable> table;
    std::optional<Diagnostic> error;
};

NeighbourTableLoad readNeighbourTableText(const std::string &text, const std::string &label,
                                          const std::string &switchName);
NeighbourTableLoad readNeighbourTableFile(const std::string &path, const std::string &switchName);

} // namespace cn
