#pragma once
// What was built differently from the design (`clusternet audit`, and the editor's inventory
// overlay): the inventories of the hosts, and optionally the switches' LLDP neighbour tables,
// compared with the design.
//
// Matching. A host is the design device whose id or name is the host's name; a port is the
// design port whose id is the Windows adapter name written as an id ("SLOT 2 Port 1" ->
// slot-2-port-1, as `import` writes it), wherever the design puts it; a team by its name, else
// by the members it shares; a switch by its id or name against the LLDP system name.
//
// Each difference has a kind (docs/inventory.md lists them) and the references (FORMAT.md §1)
// of what differs, for the command line and for marking the canvas.

#include "design/Design.h"
#include "inventory/Inventory.h"
#include "inventory/NeighbourTable.h"

#include <string>
#include <vector>

namespace cn
{

class TemplateLibrary;

struct AuditDifference {
    std::string kind;
    std::string host; // the host's name as the inventory gives it
    std::vector<std::string> elements;
    std::string message;
};

struct AuditResult {
    std::vector<AuditDifference> differences;
    std::vector<std::string> notes; // what could not be compared, and why
};

AuditResult auditDesign(const Design &design, const TemplateLibrary &templates,
                        const std::vector<HostInventory> &hosts,
                        const std::vector<NeighbourTable> &tables = {});

// The kinds of difference, in the order the audit lists them.
const std::vector<std::string> &auditKinds();

} // namespace cn
