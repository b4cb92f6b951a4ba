#pragma once
// What changed between two revisions of a design: devices, adapters, ports, teams, bindings,
// links, networks, the policy and accepted risks, each added, removed or changed with the fields
// that changed; and the findings that appear or disappear. Layout is no change: positions,
// pins, colours, comments and the title block (the revision table shows that) are left out.

#include "analysis/Finding.h"
#include "design/Design.h"

#include <QCoreApplication>

#include <string>
#include <vector>

namespace cn
{

class TemplateLibrary;

enum class ChangeKind { Added, Removed, Changed };
std::string toString(ChangeKind k); // "added", "removed", "changed"

struct FieldChange {
    std::string field; // "vlan", "members", "ends", ...
    std::string before, after;
};

struct DesignChange {
    std::string element; // network, device, adapter, port, team, binding, link, policy, acceptance
    ChangeKind kind = ChangeKind::Changed;
    std::string ref;     // "mgmt", "hv01", "hv01:lom", "hv01:lom/nic1", "hv01:vmteam", "C005"
    std::string summary; // added and removed: what it is ("switch, PowerConnect 6248")
    std::vector<FieldChange> fields; // changed: what changed
};

struct RevisionDiff {
    std::vector<DesignChange> changes;
    std::vector<Finding> appeared;    // findings of the new revision the old one did not have
    std::vector<Finding> disappeared; // findings of the old revision gone in the new one
    // Findings of both revisions that one accepts and the other does not (as the new revision
    // has them: `accepted` says which way it went).
    std::vector<Finding> acceptanceChanged;
    // The new revision has an error that is not accepted and was not an open error before (a
    // new finding, or an old one whose acceptance was withdrawn). An accepted error appearing
    // does not count: the acceptance is the team's decision, made with the revision.
    bool addsOpenError = false;

    int count(ChangeKind k) const;
};

RevisionDiff diffDesigns(const Design &before, const TemplateLibrary &beforeTemplates,
                       const Design &after, const TemplateLibrary &afterTemplates);

// Changes only, without validating (the editor's marks, tests).
std::vector<DesignChange> designChanges(const Design &before, const Design &after);

class RevisionDiffText
{
    Q_DECLARE_TR_FUNCTIONS(RevisionDiff)
public:
    // "+ device sw-new (switch, PowerConnect 6248)", "~ network vm: vlan 100 → 101"
    static QString line(const DesignChange &c);
};

} // namespace cn
