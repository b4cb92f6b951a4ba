#pragma once
// What an edit changed, element by element (by id), so the editor re-draws only the items an
// edit touched and does not re-validate when only the layout changed: positions and pins
// change no finding.

#include "design/Design.h"

#include <set>
#include <string>

namespace cn
{

struct DesignDiff {
    bool header = false;                  // title block, policy, template header, accepted risks
    bool networks = false;                // a network added, removed, changed or moved in the list
    bool deviceOrder = false;             // devices listed in another order
    std::set<std::string> devicesChanged; // added, removed, or changed in more than layout
    std::set<std::string> devicesPlaced;  // only their position or pin changed
    std::set<std::string> linksChanged;   // by name: added, removed or changed
    bool duplicateLinkNames = false;      // names do not identify links: compare everything
    bool linkOrder = false;               // the same links listed in another order

    bool empty() const { return layoutOnly() && devicesPlaced.empty(); }
    // Nothing but positions and pins changed.
    bool layoutOnly() const
    {
        return !header && !networks && !deviceOrder && !duplicateLinkNames && !linkOrder &&
               devicesChanged.empty() && linksChanged.empty();
    }
};

DesignDiff diffDesigns(const Design &before, const Design &after);

// Equal in everything the file says, apart from where they are read from; `sameDevice`
// ignores position and pin.
bool sameDevice(const Device &a, const Device &b);
bool sameLink(const Link &a, const Link &b);
bool sameNetwork(const Network &a, const Network &b);

} // namespace cn
