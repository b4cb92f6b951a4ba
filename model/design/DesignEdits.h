#pragma once
// Edits of a design as pure functions, so the editor's undo commands and the tests share them.
// Each returns the edited copy; references that an edit breaks (links on a removed device,
// bindings of a removed network) are removed with it.

#include "design/Design.h"

#include <set>
#include <string>
#include <vector>

namespace cn {

// An id not yet used among `taken`, made from `base`: hv03 -> hv04, sw -> sw-2.
std::string nextFreeId(const std::string &base, const std::set<std::string> &taken);
std::set<std::string> deviceIds(const Design &d);
std::set<std::string> networkIds(const Design &d);

// A new device of `type` (and switch model), with a fresh id and a default NIC for hosts.
Device makeDevice(const Design &d, DeviceType type, const std::string &model);

Design withDevice(Design d, Device device);
Design withoutDevices(Design d, const std::set<std::string> &ids);
Design withoutLinks(Design d, const std::set<std::string> &names);
Design withLink(Design d, Link link);
Design withPositions(Design d, const std::vector<std::pair<std::string, Position>> &positions);
Design withDeviceReplaced(Design d, const std::string &oldId, Device device);
Design withLinkReplaced(Design d, const std::string &oldName, Link link);
Design withNetworkReplaced(Design d, const std::string &oldId, Network network);
Design withNetwork(Design d, Network network);
Design withoutNetwork(Design d, const std::string &id);

// The devices `ids` and the links among them, as a design of their own (for the clipboard).
Design extract(const Design &d, const std::set<std::string> &ids);
// Adds `part` to `d`, renaming devices and links that clash (hv03 -> hv04) and shifting
// positions by `offset`; returns the ids of the added devices in `added`.
Design merged(Design d, const Design &part, Position offset, std::vector<std::string> *added = nullptr);

// Renames a device everywhere it is referenced (links).
Design withDeviceRenamed(Design d, const std::string &oldId, const std::string &newId);

} // namespace cn
