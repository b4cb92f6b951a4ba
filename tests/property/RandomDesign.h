#pragma once
// Random valid designs for the property test: the same seed gives the same design on every
// platform (std::mt19937_64, no std:: distributions, whose output the standard leaves open).
// The designs use the built-in switch models (PowerConnect 5424, 6248, 8024F) and every
// feature of FORMAT.md §1 that touches the failure model; see RandomDesign.cpp for the mix.

#include "design/Design.h"

#include <cstdint>

namespace cn::reference {

Design randomDesign(std::uint64_t seed);

} // namespace cn::reference
