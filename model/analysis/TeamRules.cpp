// team-single-adapter, team-single-switch, team-mode-stack, team-mixed-speed, iscsi-teamed.
#include "analysis/FindingText.h"
#include "analysis/Rules.h"

#include <set>

namespace cn {
namespace {

Finding teamFinding(const char *rule, Severity severity, const Device &d, const Team &t, const QString &message)
{
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.elements = {d.id + ":" + t.id};
    f.affects = {d.id};
    f.message = message.toStdString();
    return f;
}

// The switch a port is cabled to, or -1.
int switchOf(const DesignIndex &index, int port)
{
    if (port < 0)
        return -1;
    const int link = index.ports()[std::size_t(port)].link;
    if (link < 0)
        return -1;
    const LinkInfo &l = index.links()[std::size_t(link)];
    return l.switchA >= 0 ? l.switchA : l.switchB;
}

} // namespace

void checkTeams(const DesignIndex &index, std::vector<Finding> &out)
{
    const Design &design = index.design();
    for (std::size_t di = 0; di < design.devices.size(); ++di) {
        const Device &d = design.devices[di];
        for (const Team &t : d.teams) {
            const QString ref = FindingText::q(d.id + ":" + t.id);
            std::set<std::string> adapters;
            std::set<int> speeds;
            std::vector<int> switches;
            for (const auto &m : t.members) {
                const int p = index.portIndex(int(di), m);
                if (p < 0)
                    continue;
                adapters.insert(index.ports()[std::size_t(p)].adapter->id);
                speeds.insert(index.ports()[std::size_t(p)].speedMbps);
                if (int sw = switchOf(index, p); sw >= 0)
                    switches.push_back(sw);
            }
            if (adapters.size() == 1)
                out.push_back(teamFinding("team-single-adapter", Severity::Warning, d, t,
                                          FindingText::tr("All members of team %1 sit on adapter %2: "
                                                          "losing that card loses the team")
                                              .arg(ref, FindingText::q(*adapters.begin()))));
            const std::set<int> distinct(switches.begin(), switches.end());
            if (switches.size() >= 2 && distinct.size() == 1)
                out.push_back(teamFinding(
                    "team-single-switch", Severity::Warning, d, t,
                    FindingText::tr("All cabled members of team %1 go to switch %2: losing that "
                                    "switch loses the team")
                        .arg(ref, FindingText::q(design.devices[std::size_t(*distinct.begin())].id))));
            if (t.effectiveMode() != TeamMode::SwitchIndependent && distinct.size() >= 2) {
                std::set<std::string> stacks;
                for (int sw : distinct)
                    stacks.insert(design.devices[std::size_t(sw)].stack);
                if (stacks.size() > 1 || stacks.count(""))
                    out.push_back(teamFinding(
                        "team-mode-stack", Severity::Error, d, t,
                        FindingText::tr("Team %1 is in %2 mode across switches that are not one "
                                        "stack; only switch-independent teaming works there")
                            .arg(ref, FindingText::q(toString(t.effectiveMode())))));
            }
            if (speeds.size() > 1)
                out.push_back(teamFinding("team-mixed-speed", Severity::Warning, d, t,
                                          FindingText::tr("The members of team %1 have different "
                                                          "port speeds")
                                              .arg(ref)));
            std::vector<std::string> iscsi;
            for (const Binding &b : d.bindings) {
                if (b.via != t.id)
                    continue;
                for (const auto &n : b.networks) {
                    const Network *net = design.findNetwork(n);
                    if (net && (net->hasRole(Role::IscsiHost) || net->hasRole(Role::IscsiGuest)))
                        iscsi.push_back(n);
                }
            }
            if (!iscsi.empty()) {
                Finding f = teamFinding("iscsi-teamed", Severity::Error, d, t,
                                        FindingText::tr("iSCSI network %1 is bound to team %2; iSCSI "
                                                        "uses MPIO over separate ports, not a team")
                                            .arg(FindingText::list(iscsi), ref));
                for (const auto &n : iscsi)
                    for (Role r : design.findNetwork(n)->roles)
                        if (isIscsi(r) && std::find(f.roles.begin(), f.roles.end(), r) == f.roles.end())
                            f.roles.push_back(r);
                out.push_back(std::move(f));
            }
        }
    }
}

} // namespace cn
