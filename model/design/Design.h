#pragma once
// The design of FORMAT.md §1 as plain data. Elements are addressed by their ids, never by
// pointers, so the views and undo commands can hold references that survive edits.

#include "design/Comments.h"
#include "design/Enums.h"
#include "design/SourcePos.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cn {

// A key the loader did not know, kept verbatim (as YAML text) so a save does not drop it.
struct ExtraKey {
    std::string key;
    std::string yaml;
    SourcePos pos;
};
using ExtraKeys = std::vector<ExtraKey>;

struct TitleBlock {
    std::string title;
    std::string author;
    std::string organisation;
    std::string revision;
    std::string date;
    std::string notes;
    ExtraKeys extras;
    Comments comments{}; // of a hand-written file
};

struct Policy {
    std::optional<double> maxLiveMigrationS;
    std::optional<double> maxEvacuationS;
    ExtraKeys extras;
    Comments comments{}; // of a hand-written file

    double liveMigrationLimit() const { return maxLiveMigrationS.value_or(60.0); }
    double evacuationLimit() const { return maxEvacuationS.value_or(600.0); }
};

struct TemplateHeader {
    std::string id;
    std::string title;
    std::string description;
    ExtraKeys extras;
    Comments comments{}; // of a hand-written file
};

struct Network {
    std::string id;
    std::string name; // empty: display the id
    std::vector<Role> roles;
    std::optional<int> vlan;
    std::string subnet; // empty: none
    std::optional<ClusterUse> clusterUse;
    std::optional<Isolation> isolation;
    std::optional<double> loadGbps;
    std::string color;
    ExtraKeys extras;
    SourcePos pos;
    Comments comments{}; // of a hand-written file

    const std::string &displayName() const { return name.empty() ? id : name; }
    bool hasRole(Role r) const;
    ClusterUse effectiveClusterUse() const;
    Isolation effectiveIsolation() const { return isolation.value_or(Isolation::Vlan); }
};

struct Port {
    std::string id;
    std::optional<int> speedMbps;
    ExtraKeys extras; // comments inside a list of ports go with the adapter's 'ports' key
    SourcePos pos;
};

struct Adapter {
    std::string id;
    std::string model;
    std::optional<int> speedMbps;
    std::vector<Port> ports;
    ExtraKeys extras;
    SourcePos pos;
    Comments comments{}; // of a hand-written file

    int portSpeedMbps(const Port &p) const { return p.speedMbps.value_or(speedMbps.value_or(1000)); }
    const Port *findPort(const std::string &portId) const;
};

struct Team {
    std::string id;
    std::vector<std::string> members; // "adapter/port"
    std::optional<TeamMode> mode;
    ExtraKeys extras;
    SourcePos pos;
    std::vector<SourcePos> memberPos;
    Comments comments{}; // of a hand-written file

    TeamMode effectiveMode() const { return mode.value_or(TeamMode::SwitchIndependent); }
};

struct Binding {
    std::string via; // "adapter/port" or a team id
    std::vector<std::string> networks;
    ExtraKeys extras;
    SourcePos pos;
    SourcePos viaPos;
    std::vector<SourcePos> networkPos;
    Comments comments{}; // of a hand-written file
};

struct Vm {
    std::string name;
    double memoryGb = 0;
    ExtraKeys extras;
    SourcePos pos;
    Comments comments{}; // of a hand-written file
};

struct Position {
    double x = 0;
    double y = 0;
    bool operator==(const Position &o) const { return x == o.x && y == o.y; }
};

struct Device {
    std::string id;
    DeviceType type = DeviceType::Host;
    std::string name;
    std::string model;
    std::string cluster;
    std::optional<double> memoryGb;
    std::optional<Position> position;
    bool pinned = false; // "Arrange automatically" leaves it where it is
    std::string stack;
    std::vector<Adapter> adapters;
    std::vector<Team> teams;
    std::vector<Binding> bindings;
    std::vector<Vm> vms;
    ExtraKeys extras;
    SourcePos pos;
    SourcePos modelPos;
    Comments comments{}; // of a hand-written file

    const std::string &displayName() const { return name.empty() ? id : name; }
    bool isSwitch() const { return type == DeviceType::Switch; }
    const Adapter *findAdapter(const std::string &adapterId) const;
    const Team *findTeam(const std::string &teamId) const;
    // The team a port ("adapter/port") belongs to, or nullptr.
    const Team *teamOf(const std::string &adapterPort) const;
};

struct Link {
    std::string id; // empty: named by "a--b"
    std::string a;
    std::string b;
    std::optional<int> speedMbps;
    std::optional<std::vector<std::string>> networks;
    LinkKind kind = LinkKind::Cable;
    ExtraKeys extras;
    SourcePos pos;
    SourcePos aPos;
    SourcePos bPos;
    std::vector<SourcePos> networkPos;
    Comments comments{}; // of a hand-written file

    std::string name() const { return id.empty() ? a + "--" + b : id; }
};

// A finding the design accepts as an intended risk (key `accepted_risks`): it matches every
// finding of `rule` whose elements are exactly `elements` (in any order; a link by its id or
// by A--B). Such findings stay listed, marked accepted, and no longer fail `check`.
struct AcceptedRisk {
    std::string rule;
    std::vector<std::string> elements;
    std::string reason;
    std::string by;   // who accepted it
    std::string date; // optional
    ExtraKeys extras;
    SourcePos pos;
    std::vector<SourcePos> elementPos;
    Comments comments{}; // of a hand-written file
};

struct Design {
    std::optional<TemplateHeader> templateHeader;
    bool hasTitleBlock = false;
    TitleBlock title;
    bool hasPolicy = false;
    Policy policy;
    std::vector<Network> networks;
    std::vector<Device> devices;
    std::vector<Link> links;
    std::vector<AcceptedRisk> acceptedRisks;
    Comments comments;                // of the top-level keys
    std::vector<CommentLine> footer;  // comments after the last element

    const Network *findNetwork(const std::string &id) const;
    const Device *findDevice(const std::string &id) const;
    Device *findDevice(const std::string &id);
    const Link *findLink(const std::string &name) const;
};

} // namespace cn
