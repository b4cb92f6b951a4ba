// unreachable, spof and double-fault.
#include "analysis/FailureAnalysis.h"
#include "analysis/FindingText.h"
#include "analysis/Rules.h"

#include <algorithm>

namespace cn {
namespace {

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

struct CutSummary {
    std::vector<std::string> affects;
    std::vector<Role> roles;
};

CutSummary summarise(const DesignIndex &index, const FailureAnalysis &analysis,
                     const std::vector<CutPair> &cuts)
{
    std::vector<int> devices;
    std::vector<char> role(allRoles().size(), 0);
    for (const CutPair &c : cuts) {
        devices.push_back(c.a);
        devices.push_back(c.b);
        for (Role r : analysis.groups()[std::size_t(c.group)].roles)
            role[std::size_t(r)] = 1;
    }
    std::sort(devices.begin(), devices.end());
    devices.erase(std::unique(devices.begin(), devices.end()), devices.end());
    CutSummary s;
    for (int d : devices)
        s.affects.push_back(index.design().devices[std::size_t(d)].id);
    for (Role r : allRoles())
        if (role[std::size_t(r)])
            s.roles.push_back(r);
    return s;
}

} // namespace

void checkConnectivity(const DesignIndex &index, int failures, std::vector<Finding> &out)
{
    const FailureAnalysis analysis(index);
    const auto &devices = index.design().devices;

    for (const CutPair &p : analysis.unreachablePairs()) {
        const RoleGroup &g = analysis.groups()[std::size_t(p.group)];
        Finding f;
        f.rule = "unreachable";
        f.severity = Severity::Error;
        f.elements = {devices[std::size_t(p.a)].id, devices[std::size_t(p.b)].id};
        f.affects = f.elements;
        f.roles = g.roles;
        f.message = (g.cluster ? FindingText::tr("Hosts %1 and %2 of cluster %3 are joined by no "
                                                 "cluster network, even with nothing failed")
                                     .arg(FindingText::q(f.elements[0]), FindingText::q(f.elements[1]),
                                          FindingText::q(devices[std::size_t(p.a)].cluster))
                               : FindingText::tr("%1 and %2 cannot reach each other for %3, even "
                                                 "with nothing failed")
                                     .arg(FindingText::q(f.elements[0]), FindingText::q(f.elements[1]),
                                          FindingText::roles(g.roles)))
                        .toStdString();
        out.push_back(std::move(f));
    }

    const auto singles = analysis.singleFailures();
    for (const auto &s : singles) {
        const FailureUnit &u = analysis.units()[std::size_t(s.unit)];
        const CutSummary sum = summarise(index, analysis, s.cuts);
        Finding f;
        f.rule = "spof";
        f.severity = Severity::Error;
        f.elements = {u.ref};
        f.affects = sum.affects;
        f.roles = sum.roles;
        f.message = FindingText::tr("%1 is a single point of failure: %2 lose %3")
                        .arg(capitalised(FindingText::unit(u)), FindingText::list(sum.affects),
                             FindingText::roles(sum.roles))
                        .toStdString();
        out.push_back(std::move(f));
    }
    if (failures < 2)
        return;
    for (const auto &d : analysis.doubleFailures(singles)) {
        const FailureUnit &a = analysis.units()[std::size_t(d.first)];
        const FailureUnit &b = analysis.units()[std::size_t(d.second)];
        const CutSummary sum = summarise(index, analysis, d.cuts);
        Finding f;
        f.rule = "double-fault";
        f.severity = Severity::Warning;
        f.elements = {a.ref, b.ref};
        f.affects = sum.affects;
        f.roles = sum.roles;
        f.message = FindingText::tr("If %1 and %2 fail together, %3 lose %4")
                        .arg(FindingText::unit(a), FindingText::unit(b),
                             FindingText::list(sum.affects), FindingText::roles(sum.roles))
                        .toStdString();
        out.push_back(std::move(f));
    }
}

} // namespace cn
