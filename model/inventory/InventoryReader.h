#pragma once
// Reads the JSON file the collector writes on one host (docs/inventory.md). Windows PowerShell
// 5.1 and PowerShell 7 write the same objects differently, and both shapes are read:
// - enums as numbers (5.1, and 7 without -EnumsAsStrings) or as names;
// - a list of one item as that item, not wrapped in an array;
// - an array as {"value": [...], "Count": n} (5.1's ETS Count property on arrays);
// - UTF-16 with a byte-order mark (5.1's `>` redirection) as well as UTF-8.
// Keys are matched without regard to case, as PowerShell does.

#include "design/Diagnostic.h"
#include "inventory/Inventory.h"

#include <optional>
#include <string>
#include <vector>

namespace cn
{

struct InventoryLoad {
    std::optional<HostInventory> inventory;
    std::optional<Diagnostic> error;
    std::vector<Diagnostic> warnings;

    bool ok() const { return inventory.has_value(); }
};

InventoryLoad readInventoryFile(const std::string &path);
// `label` names the input in messages.
InventoryLoad readInventoryText(const std::string &bytes, const std::string &label);

// The CIDR text of `address`/`prefix` with the host bits cleared ("10.0.20.0/24"); empty when
// the address is not one.
std::string subnetOf(const std::string &address, int prefix);
// "255.255.255.0" -> 24; -1 when the text is no contiguous IPv4 mask.
int prefixOfMask(const std::string &mask);

} // namespace cn
