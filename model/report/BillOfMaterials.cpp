#include "report/BillOfMaterials.h"

#include "design/CableIds.h"
#include "report/CableMedia.h"

#include <algorithm>
#include <map>

namespace cn {
namespace {

// What a cable is made of, from the interface types at its ends: fibre/DAC modules where a
// switch end is SFP-style, else copper.
std::string interfaceMedia(const LinkInfo &l)
{
    for (const ResolvedEndpoint *e : {&l.a, &l.b})
        if (e->interface && !e->interface->media.empty() && e->interface->media != "copper")
            return e->interface->media;
    return "copper";
}

template <typename T, typename Key>
T &entry(std::vector<T> &list, Key matches)
{
    auto it = std::find_if(list.begin(), list.end(), matches);
    if (it != list.end())
        return *it;
    list.emplace_back();
    return list.back();
}

} // namespace

BillOfMaterials billOfMaterials(const DesignIndex &index)
{
    BillOfMaterials bom;
    const Design &d = index.design();
    for (std::size_t i = 0; i < d.devices.size(); ++i) {
        const Device &dev = d.devices[i];
        if (dev.isSwitch()) {
            ModelCount &m = entry(bom.switches, [&](const ModelCount &c) { return c.model == dev.model; });
            m.model = dev.model;
            ++m.count;
            const DeviceTemplate *t = index.templateOf(int(i));
            if (!t)
                continue;
            std::map<std::string, std::pair<int, int>> perType; // type -> used, free
            std::vector<std::string> order;
            for (const Interface &itf : t->interfaces) {
                if (!itf.cablable())
                    continue;
                bool used = false;
                for (int l : index.switchLinks(int(i))) {
                    const LinkInfo &link = index.links()[std::size_t(l)];
                    used = used || (link.a.interface == &itf) || (link.b.interface == &itf);
                }
                if (!perType.count(itf.type))
                    order.push_back(itf.type);
                (used ? perType[itf.type].first : perType[itf.type].second)++;
            }
            for (const auto &type : order)
                bom.ports.push_back({dev.id, dev.model, type, perType[type].first, perType[type].second});
            continue;
        }
        for (const Adapter &a : dev.adapters) {
            const std::string model = a.model.empty() ? std::string("(model not given)") : a.model;
            const std::string detail = std::to_string(a.ports.size()) + " × " + speedToString(a.speedMbps.value_or(1000));
            ModelCount &m = entry(bom.adapters, [&](const ModelCount &c) { return c.model == model && c.detail == detail; });
            m.model = model;
            m.detail = detail;
            ++m.count;
        }
    }
    const std::vector<std::string> ids = cableIds(d);
    for (std::size_t li = 0; li < index.links().size(); ++li) {
        const LinkInfo &l = index.links()[li];
        CableRow row;
        row.name = l.name;
        row.id = ids[li];
        row.a = l.link->a;
        row.b = l.link->b;
        for (int n : l.carries)
            row.networks.push_back(d.networks[std::size_t(n)].id);
        row.speed = l.speedMbps > 0 ? speedToString(l.speedMbps) : std::string("?");
        row.media = interfaceMedia(l);
        row.kind = toString(l.link->kind);
        if (l.outOfBand) {
            row.kind = "out-of-band";
            if (l.link->networks)
                row.management = *l.link->networks;
        }
        const CableMedia media = cableMedia(l);
        row.mediaClass = media.media;
        row.length = media.length;
        OpticsLine &o = entry(bom.optics, [&](const OpticsLine &x) { return x.media == media.media; });
        o.media = media.media;
        o.cable = media.cable;
        o.length = media.length;
        ++o.cables;
        o.transceivers += media.transceivers;
        CableCount &c = entry(bom.cables, [&](const CableCount &x) { return x.speed == row.speed && x.media == row.media; });
        c.speed = row.speed;
        c.media = row.media;
        ++c.count;
        bom.schedule.push_back(std::move(row));
    }
    return bom;
}

} // namespace cn
