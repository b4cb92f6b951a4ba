// speed-mismatch, uncabled-binding, physical-isolation, no-oob.
#include "analysis/FindingText.h"
#include "analysis/Rules.h"
#include "templates/TemplateLibrary.h"

#include <set>

namespace cn {
namespace {

void speedMismatch(const DesignIndex &index, std::vector<Finding> &out)
{
    for (const LinkInfo &l : index.links()) {
        const int a = l.a.speedMbps(), b = l.b.speedMbps();
        if (a == b || a == 0 || b == 0)
            continue;
        Finding f;
        f.rule = "speed-mismatch";
        f.severity = Severity::Warning;
        f.elements = {l.name};
        f.affects = {l.a.device->id, l.b.device->id};
        f.message = FindingText::tr("The ends of link %1 differ in speed (%2 and %3); it runs at %4")
                        .arg(FindingText::q(l.name), FindingText::q(speedToString(a)),
                             FindingText::q(speedToString(b)),
                             FindingText::q(speedToString(std::min(a, b))))
                        .toStdString();
        out.push_back(std::move(f));
    }
}

void uncabledBindings(const DesignIndex &index, std::vector<Finding> &out)
{
    const Design &design = index.design();
    for (std::size_t di = 0; di < design.devices.size(); ++di) {
        const Device &d = design.devices[di];
        std::set<std::string> reported;
        auto report = [&](const std::string &element, const std::vector<std::string> &networks, bool team) {
            if (!reported.insert(element).second)
                return;
            Finding f;
            f.rule = "uncabled-binding";
            f.severity = Severity::Warning;
            f.elements = {element};
            f.affects = {d.id};
            f.message = (team ? FindingText::tr("No member of team %1 is cabled, yet it is bound to %2")
                              : FindingText::tr("Port %1 is bound to %2 but has no link"))
                            .arg(FindingText::q(element), FindingText::list(networks))
                            .toStdString();
            out.push_back(std::move(f));
        };
        auto cabled = [&](const std::string &local) {
            const int p = index.portIndex(int(di), local);
            return p >= 0 && index.ports()[std::size_t(p)].link >= 0;
        };
        for (const Binding &b : d.bindings) {
            if (b.networks.empty())
                continue;
            if (const Team *t = d.findTeam(b.via)) {
                std::vector<std::string> uncabled;
                for (const auto &m : t->members)
                    if (!cabled(m))
                        uncabled.push_back(m);
                if (uncabled.size() == t->members.size())
                    report(d.id + ":" + t->id, b.networks, true);
                else
                    for (const auto &m : uncabled)
                        report(d.id + ":" + m, b.networks, false);
            } else if (!cabled(b.via)) {
                report(d.id + ":" + b.via, b.networks, false);
            }
        }
    }
}

void physicalIsolation(const DesignIndex &index, std::vector<Finding> &out)
{
    const Design &d = index.design();
    auto physical = [&](int n) { return d.networks[std::size_t(n)].effectiveIsolation() == Isolation::Physical; };
    std::vector<char> carriesPhysical(d.devices.size(), 0), onlyPhysical(d.devices.size(), 0);
    for (std::size_t s = 0; s < d.devices.size(); ++s) {
        if (!d.devices[s].isSwitch())
            continue;
        std::vector<std::string> phys, other;
        for (int n : index.switchNetworks(int(s)))
            (physical(n) ? phys : other).push_back(d.networks[std::size_t(n)].id);
        carriesPhysical[s] = !phys.empty();
        onlyPhysical[s] = !phys.empty() && other.empty();
        if (phys.empty() || other.empty())
            continue;
        Finding f;
        f.rule = "physical-isolation";
        f.severity = Severity::Error;
        f.elements = {d.devices[s].id};
        f.message = FindingText::tr("Switch %1 carries physically isolated %2 together with %3")
                        .arg(FindingText::q(d.devices[s].id), FindingText::list(phys), FindingText::list(other))
                        .toStdString();
        out.push_back(std::move(f));
    }
    for (const LinkInfo &l : index.links()) {
        if (!l.betweenSwitches || l.outOfBand)
            continue;
        const auto a = std::size_t(l.switchA), b = std::size_t(l.switchB);
        if (!(carriesPhysical[a] || carriesPhysical[b]) || (onlyPhysical[a] && onlyPhysical[b]))
            continue;
        Finding f;
        f.rule = "physical-isolation";
        f.severity = Severity::Error;
        f.elements = {l.name};
        f.affects = {d.devices[a].id, d.devices[b].id};
        f.message = FindingText::tr("Link %1 joins switches %2 and %3 and so breaks the physical "
                                    "isolation of their networks")
                        .arg(FindingText::q(l.name), FindingText::q(d.devices[a].id), FindingText::q(d.devices[b].id))
                        .toStdString();
        out.push_back(std::move(f));
    }
}

void noOob(const DesignIndex &index, std::vector<Finding> &out)
{
    const Design &d = index.design();
    for (std::size_t s = 0; s < d.devices.size(); ++s) {
        const DeviceTemplate *t = index.templateOf(int(s));
        if (!d.devices[s].isSwitch() || !t || !t->hasCablableOob())
            continue;
        bool cabled = false;
        for (int l : index.switchLinks(int(s))) {
            const LinkInfo &link = index.links()[std::size_t(l)];
            for (const ResolvedEndpoint *e : {&link.a, &link.b})
                cabled = cabled || (e->device == &d.devices[s] && e->outOfBand());
        }
        if (cabled)
            continue;
        std::vector<std::string> ports;
        for (const Interface &i : t->interfaces)
            if (i.mgmtOnly && i.cablable())
                ports.push_back(i.name);
        Finding f;
        f.rule = "no-oob";
        f.severity = Severity::Info;
        f.elements = {d.devices[s].id};
        f.message = FindingText::tr("Switch %1 has an out-of-band management port (%2) with no link")
                        .arg(FindingText::q(d.devices[s].id), FindingText::list(ports))
                        .toStdString();
        out.push_back(std::move(f));
    }
}

} // namespace

void checkCabling(const DesignIndex &index, std::vector<Finding> &out)
{
    speedMismatch(index, out);
    uncabledBindings(index, out);
    physicalIsolation(index, out);
    noOob(index, out);
}

} // namespace cn
