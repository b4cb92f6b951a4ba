#include "design/Subnet.h"

#include <arpa/inet.h>

namespace cn {
namespace {

void clearHostBits(std::array<unsigned char, 16> &bytes, int prefix, int totalBits)
{
    for (int bit = prefix; bit < totalBits; ++bit)
        bytes[std::size_t(bit / 8)] &= static_cast<unsigned char>(~(0x80u >> (bit % 8)));
}

} // namespace

bool Subnet::contains(const Subnet &other) const
{
    if (v6 != other.v6 || other.prefix < prefix)
        return false;
    auto masked = other.address;
    clearHostBits(masked, prefix, v6 ? 128 : 32);
    return masked == address;
}

std::optional<Subnet> parseCidr(const std::string &text)
{
    const auto slash = text.find('/');
    if (slash == std::string::npos || slash + 1 >= text.size())
        return std::nullopt;
    const std::string prefixText = text.substr(slash + 1);
    if (prefixText.size() > 3 || prefixText.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    Subnet s;
    s.prefix = std::stoi(prefixText);
    const std::string addressText = text.substr(0, slash);
    if (inet_pton(AF_INET, addressText.c_str(), s.address.data()) == 1) {
        if (s.prefix > 32)
            return std::nullopt;
    } else if (inet_pton(AF_INET6, addressText.c_str(), s.address.data()) == 1) {
        s.v6 = true;
        if (s.prefix > 128)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    clearHostBits(s.address, s.prefix, s.v6 ? 128 : 32);
    return s;
}

} // namespace cn
