#pragma once
// Edits of a design as pure functions, so the editor's undo commands and the tests share them.
// Each returns the edited copy; references that an edit breaks (links on a removed device,
// bindings of a removed network) are removed with it.

#include "design/Design.h"

#include <set>
#include <string>
#include <vector>

namespace cn {

class TemplateLibrary;

// An id not yet used among `taken`, made from `base`: hv03 -> hv04, sw-iscsi-a -> sw-iscsi-b,
// sw -> sw-2.
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

// The id a new adapter of `device` gets: the next of its last card (slot1 -> slot2, ctrl-a ->
// ctrl-b), or slot1 after an on-board (lom) card.
std::string nextAdapterId(const Device &device);
// The id a new network for `role` gets: mgmt, vm, csv, lm, ... made free among the design's;
// iSCSI comes in two paths, so its first network is iscsi-a and the next iscsi-b.
std::string suggestedNetworkId(const Design &d, Role role);

// A new link between two ports; a cable between two members of one switch stack is a stacking
// link, as such cables are in practice.
Link makeLink(const Design &d, const std::string &a, const std::string &b);

// Teams. A new team takes over the bindings its members had alone (binding a member alone is
// an error); removing a team gives its binding to no one.
Design withTeam(Design d, const std::string &deviceId, Team team);
Design withTeamReplaced(Design d, const std::string &deviceId, const std::string &oldId, Team team);
Design withoutTeam(Design d, const std::string &deviceId, const std::string &teamId);
// Sets the networks bound to `via` (a port or team of the device); no networks: no binding.
Design withBindingNetworks(Design d, const std::string &deviceId, const std::string &via,
                           const std::vector<std::string> &networks);
// What a network dropped on a port binds: a free port or the team it is a member of on an
// endpoint device, or the cable on a switch port. Returns the edited design, or sets `error`.
// `what` tells, for the undo text, what took the network ("hv01:vmteam", "link oob-csv").
Design withNetworkDroppedOn(Design d, const std::string &deviceId, const std::string &local,
                            const std::string &networkId, std::string *error, std::string *what = nullptr);

// Copies of the devices `ids` of `source` added to `d`, the pattern and all: new ids and
// display names (hv02 -> hv03, HV02 -> HV03), the same adapters, teams, bindings and VMs,
// the links among the copies, and each link to a device outside the copy remade to that
// device in `d` (matched by id) on its next free port of the same kind (same interface type
// on a switch, same speed on a card). Links that find no such device or port are left out
// and named in `uncopied`. Positions move by `offset`.
struct CopyResult {
    std::vector<std::string> added;    // new device ids, in order
    std::vector<std::string> links;    // names of the links made to outside devices
    std::vector<std::string> uncopied; // names (in `source`) of links that could not be made
};
Design withCopies(Design d, const Design &source, const std::set<std::string> &ids,
                  const TemplateLibrary &templates, Position offset, CopyResult *result = nullptr);

// A rectangle of the canvas, for placing copies.
struct Box {
    double x = 0, y = 0, w = 0, h = 0;
    bool overlaps(const Box &o, double gap) const;
};
// Where a group of copies of `group` goes: beside it — the nearest free place to its right,
// below, left or above, the right first — never overlapping any of `others` (kept `gap`
// apart). Returns the shift from the original.
Position besideOffset(const Box &group, const std::vector<Box> &others, double gap = 40);

// Renames a device everywhere it is referenced (links).
Design withDeviceRenamed(Design d, const std::string &oldId, const std::string &newId);

} // namespace cn
