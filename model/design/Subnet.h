#pragma once
// IPv4 and IPv6 prefixes as written in a network's `subnet:`.

#include <array>
#include <optional>
#include <string>

namespace cn {

struct Subnet {
    bool v6 = false;
    std::array<unsigned char, 16> address{}; // host bits cleared
    int prefix = 0;

    bool operator==(const Subnet &o) const
    {
        return v6 == o.v6 && prefix == o.prefix && address == o.address;
    }
    // True when `other` lies inside this prefix (same IP version).
    bool contains(const Subnet &other) const;
};

std::optional<Subnet> parseCidr(const std::string &text);

} // namespace cn
