#pragma once
// A design from the inventories of a cluster's hosts (`clusternet import`): the hosts with their
// cards (HostFacts.h says how ports are grouped), ports, teams and bindings; networks from the
// subnets and VLANs found, their roles guessed from the cluster networks' roles and names (every
// guess is said in the notes); switches and cables from LLDP, the hosts' own and the switches'
// neighbour tables.
//
// A switch whose LLDP system description names no device template on the path becomes a generic
// switch: a device template is written for it (devices/generic-ID.yaml beside the design, where
// the template search path looks first) with the ports seen in use.

#include "design/Design.h"
#include "inventory/Inventory.h"
#include "inventory/NeighbourTable.h"
#include "templates/DeviceTemplate.h"

#include <map>
#include <string>
#include <vector>

namespace cn
{

class TemplateLibrary;

struct ImportOptions {
    std::vector<NeighbourTable> tables;
    std::map<std::string, std::string> switchModels; // switch name -> model of a template
};

struct GeneratedTemplate {
    std::string fileName; // relative to the design's folder: devices/generic-ID.yaml
    std::string text;
    DeviceTemplate device;
};

struct ImportResult {
    Design design;
    std::vector<GeneratedTemplate> templates;
    std::vector<std::string> notes; // guesses and what could not be placed, for the user
};

ImportResult importInventories(const std::vector<HostInventory> &hosts,
                               const TemplateLibrary &library, const ImportOptions &options = {});

} // namespace cn
