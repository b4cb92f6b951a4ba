#include "design/DesignDiff.h"

#include <algorithm>
#include <unordered_map>

namespace cn
{
namespace
{

bool sameExtras(const ExtraKeys &a, const ExtraKeys &b)
{
    return std::equal(
        a.begin(), a.end(), b.begin(), b.end(),
        [](const ExtraKey &x, const ExtraKey &y) { return x.key == y.key && x.yaml == y.yaml; });
}

template <typename T, typename Same>
bool sameList(const std::vector<T> &a, const std::vector<T> &b, Same same)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), same);
}

bool samePort(const Port &a, const Port &b)
{
    return a.id == b.id && a.speedMbps == b.speedMbps && sameExtras(a.extras, b.extras);
}

bool sameAdapter(const Adapter &a, const Adapter &b)
{
    return a.id == b.id && a.model == b.model && a.speedMbps == b.speedMbps &&
           sameList(a.ports, b.ports, samePort) && sameExtras(a.extras, b.extras);
}

bool sameTeam(const Team &a, const Team &b)
{
    return a.id == b.id && a.members == b.members && a.mode == b.mode &&
           sameExtras(a.extras, b.extras);
}

bool sameBinding(const Binding &a, const Binding &b)
{
    return a.via == b.via && a.networks == b.networks && sameExtras(a.extras, b.extras);
}

bool sameVm(const Vm &a, const Vm &b)
{
    return a.name == b.name && a.memoryGb == b.memoryGb && sameExtras(a.extras, b.extras);
}

bool sameRisk(const AcceptedRisk &a, const AcceptedRisk &b)
{
    return a.rule == b.rule && a.elements == b.elements && a.reason == b.reason && a.by == b.by &&
           a.date == b.date && sameExtras(a.extras, b.extras);
}

// The design as a whole: title block, policy, template header and accepted risks (which
// change how findings are marked).
bool sameHeader(const Design &a, const Design &b)
{
    if (!std::equal(a.acceptedRisks.begin(), a.acceptedRisks.end(), b.acceptedRisks.begin(),
                    b.acceptedRisks.end(), sameRisk))
        return false;
    const TitleBlock &t = a.title, &u = b.title;
    if (a.hasTitleBlock != b.hasTitleBlock || t.title != u.title || t.author != u.author ||
        t.organisation != u.organisation || t.revision != u.revision || t.date != u.date ||
        t.notes != u.notes || !sameExtras(t.extras, u.extras))
        return false;
    if (a.hasPolicy != b.hasPolicy || a.policy.maxLiveMigrationS != b.policy.maxLiveMigrationS ||
        a.policy.maxEvacuationS != b.policy.maxEvacuationS ||
        !sameExtras(a.policy.extras, b.policy.extras))
        return false;
    if (bool(a.templateHeader) != bool(b.templateHeader))
        return false;
    if (!a.templateHeader)
        return true;
    const TemplateHeader &h = *a.templateHeader, &k = *b.templateHeader;
    return h.id == k.id && h.title == k.title && h.description == k.description &&
           sameExtras(h.extras, k.extras);
}

} // namespace

bool sameDevice(const Device &a, const Device &b)
{
    return a.id == b.id && a.type == b.type && a.name == b.name && a.model == b.model &&
           a.cluster == b.cluster && a.memoryGb == b.memoryGb && a.stack == b.stack &&
           sameList(a.adapters, b.adapters, sameAdapter) && sameList(a.teams, b.teams, sameTeam) &&
           sameList(a.bindings, b.bindings, sameBinding) && sameList(a.vms, b.vms, sameVm) &&
           sameExtras(a.extras, b.extras);
}

bool sameLink(const Link &a, const Link &b)
{
    return a.id == b.id && a.a == b.a && a.b == b.b && a.speedMbps == b.speedMbps &&
           a.networks == b.networks && a.kind == b.kind && sameExtras(a.extras, b.extras);
}

bool sameNetwork(const Network &a, const Network &b)
{
    return a.id == b.id && a.name == b.name && a.roles == b.roles && a.vlan == b.vlan &&
           a.subnet == b.subnet && a.clusterUse == b.clusterUse && a.isolation == b.isolation &&
           a.loadGbps == b.loadGbps && a.color == b.color && sameExtras(a.extras, b.extras);
}

DesignDiff diffDesigns(const Design &before, const Design &after)
{
    DesignDiff diff;
    diff.header = !sameHeader(before, after);
    diff.networks = !sameList(before.networks, after.networks, sameNetwork);

    std::unordered_map<std::string, const Device *> old;
    for (const Device &d : before.devices)
        old.emplace(d.id, &d);
    std::vector<const std::string *> keptOld, keptNew;
    std::unordered_map<std::string, const Device *> now;
    for (const Device &d : after.devices)
        now.emplace(d.id, &d);
    for (const Device &d : before.devices) {
        if (!now.count(d.id))
            diff.devicesChanged.insert(d.id);
        else
            keptOld.push_back(&d.id);
    }
    for (const Device &d : after.devices) {
        auto it = old.find(d.id);
        if (it == old.end()) {
            diff.devicesChanged.insert(d.id);
            continue;
        }
        keptNew.push_back(&d.id);
        const Device &o = *it->second;
        if (!sameDevice(o, d))
            diff.devicesChanged.insert(d.id);
        else if (o.position.has_value() != d.position.has_value() ||
                 (o.position && !(*o.position == *d.position)) || o.pinned != d.pinned)
            diff.devicesPlaced.insert(d.id);
    }
    diff.deviceOrder =
        !std::equal(keptOld.begin(), keptOld.end(), keptNew.begin(), keptNew.end(),
                    [](const std::string *a, const std::string *b) { return *a == *b; });

    std::unordered_map<std::string, const Link *> oldLinks, newLinks;
    for (const Link &l : before.links)
        diff.duplicateLinkNames |= !oldLinks.emplace(l.name(), &l).second;
    for (const Link &l : after.links)
        diff.duplicateLinkNames |= !newLinks.emplace(l.name(), &l).second;
    for (const auto &[name, link] : oldLinks)
        if (!newLinks.count(name))
            diff.linksChanged.insert(name);
    for (const auto &[name, link] : newLinks) {
        auto it = oldLinks.find(name);
        if (it == oldLinks.end() || !sameLink(*it->second, *link))
            diff.linksChanged.insert(name);
    }
    // The order of links changes no drawing, but the order of the findings.
    diff.linkOrder = diff.linksChanged.empty() && !diff.duplicateLinkNames &&
                     !std::equal(before.links.begin(), before.links.end(), after.links.begin(),
                                 after.links.end(),
                                 [](const Link &a, const Link &b) { return a.name() == b.name(); });
    return diff;
}

} // namespace cn
