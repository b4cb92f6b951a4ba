#pragma once
// Short interface names as network engineers write them: TenGigabitEthernet1/0/1 -> Te1/0/1,
// GigabitEthernet1/0/2 -> Gi1/0/2, Port-channel5 -> Po5, for the Cisco/Dell (PowerConnect,
// Force10) family and the usual spellings of other vendors; a long unknown word before the
// number keeps its first two letters (Hundredgig1 -> Hu1). Short names (g1, xe-0/0/1, Te1/0/1)
// stay as they are.

#include <string>

namespace cn
{

std::string abbreviateInterface(const std::string &name);

} // namespace cn
