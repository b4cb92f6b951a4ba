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

struct CutText {
    std::vector<std::string> affects;
    std::vector<Role> roles;
};

CutText describe(const DesignIndex &index, const FailureAnalysis &analysis, const CutSummary &cut)
{
    CutText s;
    s.affects.reserve(cut.affected.count());
    for (auto d = cut.affected.find_first(); d != DeviceSet::npos; d = cut.affected.find_next(d))
        s.affects.push_back(index.design().devices[d].id);
    std::vector<char> role(allRoles().size(), 0);
    for (int g : cut.groups)
        for (Role r : analysis.groups()[std::size_t(g)].roles)
            role[std::size_t(r)] = 1;
    for (Role r : allRoles())
        if (role[std::size_t(r)])
            s.roles.push_back(r);
    return s;
}

} // namespace

std::vector<FailureAnalysis::UnitCut> checkConnectivity(const DesignIndex &index, const FailureAnalysis &analysis,
                                                        std::vector<Finding> &out)
{
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
        const CutText sum = describe(index, analysis, s.cut);
        Finding f;
        f.rule = "spof";
        f.severity = Severity::Error;
        f.elements = {u.ref};
        f.affects = sum.affects;
        f.roles = sum.roles;
        f.message = FindingText::tr("%1 is a single point of failure: %2 lose %3")
                        .arg(capitalised(FindingText::unit(u)), FindingText::someOf(sum.affects),
                             FindingText::roles(sum.roles))
                        .toStdString();
        out.push_back(std::move(f));
    }
    return singles;
}

Finding doubleFaultFinding(const DesignIndex &index, const FailureAnalysis &analysis,
                           const FailureAnalysis::PairCut &d)
{
    const FailureUnit &a = analysis.units()[std::size_t(d.first)];
    const FailureUnit &b = analysis.units()[std::size_t(d.second)];
    const CutText sum = describe(index, analysis, d.cut);
    Finding f;
    f.rule = "double-fault";
    f.severity = Severity::Warning;
    f.elements = {a.ref, b.ref};
    f.affects = sum.affects;
    f.roles = sum.roles;
    const int owner = analysis.ownerOf(d.first);
    if (owner >= 0 && owner == analysis.ownerOf(d.second) &&
        std::find(d.cut.inEveryPair.begin(), d.cut.inEveryPair.end(), owner) != d.cut.inEveryPair.end())
        f.isolatedDevice = index.design().devices[std::size_t(owner)].id;
    f.message = FindingText::tr("If %1 and %2 fail together, %3 lose %4")
                    .arg(FindingText::unit(a), FindingText::unit(b), FindingText::someOf(sum.affects),
                         FindingText::roles(sum.roles))
                    .toStdString();
    return f;
}

} // namespace cn
