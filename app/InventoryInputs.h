#pragma once
// The inputs `import` and `audit` share: host inventories (JSON) and switch neighbour tables
// (--lldp [SWITCH=]FILE), read with their messages printed as FILE:LINE:COLUMN: error: TEXT.

#include "Cli.h"
#include "inventory/Inventory.h"
#include "inventory/NeighbourTable.h"

#include <QCommandLineParser>

#include <vector>

namespace cn::cli
{

void addLldpOption(QCommandLineParser &parser);
// False (after printing why) when a file cannot be read or a host comes twice.
bool readInventories(const QStringList &files, std::vector<HostInventory> &out, Io io);
bool readNeighbourTables(const QCommandLineParser &parser, std::vector<NeighbourTable> &out, Io io);

} // namespace cn::cli
