#include "analysis/DesignIndex.h"

#include "templates/TemplateLibrary.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>

namespace cn {

bool contains(const NetworkSet &s, int n) { return std::binary_search(s.begin(), s.end(), n); }

void insertSorted(NetworkSet &s, int n)
{
    auto it = std::lower_bound(s.begin(), s.end(), n);
    if (it == s.end() || *it != n)
        s.insert(it, n);
}

std::string PortInfo::ref(const Design &d) const
{
    return d.devices[std::size_t(device)].id + ":" + local;
}

DesignIndex::DesignIndex(const Design &design, const TemplateLibrary &templates)
    : m_design(design), m_templates(templates)
{
    for (std::size_t i = 0; i < design.networks.size(); ++i)
        m_networkIndex.emplace(design.networks[i].id, int(i));
    const std::size_t nd = design.devices.size();
    for (std::size_t i = 0; i < nd; ++i) {
        m_deviceIndex.emplace(design.devices[i].id, int(i));
        m_deviceTemplates.push_back(templates.findDevice(design.devices[i].model));
    }
    m_portIndex.resize(nd);
    m_devicePorts.resize(nd);
    m_deviceNetworks.resize(nd);
    m_switchNetworks.resize(nd);
    m_switchLinks.resize(nd);
    indexPorts();
    indexLinks();
    computeCarriage();
}

int DesignIndex::networkIndex(const std::string &id) const
{
    auto it = m_networkIndex.find(id);
    return it == m_networkIndex.end() ? -1 : it->second;
}

int DesignIndex::deviceIndex(const std::string &id) const
{
    auto it = m_deviceIndex.find(id);
    return it == m_deviceIndex.end() ? -1 : it->second;
}

int DesignIndex::portIndex(int device, const std::string &local) const
{
    const auto &m = m_portIndex[std::size_t(device)];
    auto it = m.find(local);
    return it == m.end() ? -1 : it->second;
}

bool DesignIndex::isHost(int device) const
{
    return m_design.devices[std::size_t(device)].type == DeviceType::Host;
}

void DesignIndex::indexPorts()
{
    for (std::size_t di = 0; di < m_design.devices.size(); ++di) {
        const Device &d = m_design.devices[di];
        for (const Adapter &a : d.adapters) {
            for (const Port &p : a.ports) {
                PortInfo info;
                info.device = int(di);
                info.adapter = &a;
                info.port = &p;
                info.local = a.id + "/" + p.id;
                info.team = d.teamOf(info.local);
                info.speedMbps = a.portSpeedMbps(p);
                m_portIndex[di].emplace(info.local, int(m_ports.size()));
                m_devicePorts[di].push_back(int(m_ports.size()));
                m_ports.push_back(std::move(info));
            }
        }
        for (const Binding &b : d.bindings) {
            std::vector<int> targets;
            if (const Team *t = d.findTeam(b.via)) {
                for (const auto &m : t->members)
                    targets.push_back(portIndex(int(di), m));
            } else {
                targets.push_back(portIndex(int(di), b.via));
            }
            for (const auto &netId : b.networks) {
                const int n = networkIndex(netId);
                if (n < 0)
                    continue;
                insertSorted(m_deviceNetworks[di], n);
                for (int p : targets)
                    if (p >= 0)
                        insertSorted(m_ports[std::size_t(p)].networks, n);
            }
        }
    }
}

void DesignIndex::indexLinks()
{
    for (std::size_t li = 0; li < m_design.links.size(); ++li) {
        const Link &l = m_design.links[li];
        LinkInfo info;
        info.link = &l;
        info.name = l.name();
        info.a = resolveEndpoint(m_design, m_templates, l.a);
        info.b = resolveEndpoint(m_design, m_templates, l.b);
        auto attach = [&](const ResolvedEndpoint &e, int &port, int &sw) {
            if (!e.valid())
                return;
            const int dev = deviceIndex(e.device->id);
            if (e.onSwitch()) {
                sw = dev;
                m_switchLinks[std::size_t(dev)].push_back(int(li));
            } else {
                port = portIndex(dev, e.localName());
                if (port >= 0)
                    m_ports[std::size_t(port)].link = int(li);
            }
        };
        attach(info.a, info.portA, info.switchA);
        attach(info.b, info.portB, info.switchB);
        info.outOfBand = info.a.outOfBand() || info.b.outOfBand();
        info.betweenSwitches = info.switchA >= 0 && info.switchB >= 0;
        const int sa = info.a.speedMbps(), sb = info.b.speedMbps();
        info.speedMbps = l.speedMbps ? *l.speedMbps : std::min(sa, sb);
        m_links.push_back(std::move(info));
    }
}

void DesignIndex::computeCarriage()
{
    // Fabrics: switches joined by in-band switch-to-switch links (stacking links included).
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Graph fabricGraph(m_design.devices.size());
    for (const auto &l : m_links)
        if (l.betweenSwitches && !l.outOfBand)
            boost::add_edge(std::size_t(l.switchA), std::size_t(l.switchB), fabricGraph);
    std::vector<int> fabric(m_design.devices.size());
    const int fabrics = boost::connected_components(fabricGraph, fabric.data());
    std::vector<NetworkSet> fabricNetworks(std::size_t(std::max(fabrics, 0)));

    // Links with an endpoint port, and links that list their networks, first.
    for (auto &l : m_links) {
        if (l.outOfBand)
            continue;
        if (l.link->networks) {
            for (const auto &id : *l.link->networks)
                if (int n = networkIndex(id); n >= 0)
                    insertSorted(l.carries, n);
        } else if (l.portA >= 0 && l.portB >= 0) {
            const auto &na = m_ports[std::size_t(l.portA)].networks;
            const auto &nb = m_ports[std::size_t(l.portB)].networks;
            std::set_intersection(na.begin(), na.end(), nb.begin(), nb.end(),
                                  std::back_inserter(l.carries));
        } else if (l.portA >= 0 || l.portB >= 0) {
            l.carries = m_ports[std::size_t(l.portA >= 0 ? l.portA : l.portB)].networks;
        }
        const bool fromEndpoint = (l.portA >= 0) != (l.portB >= 0) && !l.betweenSwitches;
        const int sw = l.switchA >= 0 ? l.switchA : l.switchB;
        if (sw >= 0 && (fromEndpoint || (l.betweenSwitches && l.link->networks)))
            for (int n : l.carries)
                insertSorted(fabricNetworks[std::size_t(fabric[std::size_t(sw)])], n);
    }
    // Then trunks and stacking links that do not list networks carry their fabric's.
    for (auto &l : m_links)
        if (!l.outOfBand && !l.link->networks &&
            (l.betweenSwitches || l.link->kind == LinkKind::Stacking) && l.switchA >= 0)
            l.carries = fabricNetworks[std::size_t(fabric[std::size_t(l.switchA)])];
    for (const auto &l : m_links)
        for (int sw : {l.switchA, l.switchB})
            if (sw >= 0)
                for (int n : l.carries)
                    insertSorted(m_switchNetworks[std::size_t(sw)], n);
}

int DesignIndex::bindingBandwidth(int device, const std::string &via) const
{
    const Device &d = m_design.devices[std::size_t(device)];
    auto portBandwidth = [&](const std::string &local) {
        const int p = portIndex(device, local);
        if (p < 0 || m_ports[std::size_t(p)].link < 0)
            return 0;
        return m_links[std::size_t(m_ports[std::size_t(p)].link)].speedMbps;
    };
    if (const Team *t = d.findTeam(via)) {
        int sum = 0;
        for (const auto &m : t->members)
            sum += portBandwidth(m);
        return sum;
    }
    return portBandwidth(via);
}

int DesignIndex::bandwidthTo(int device, int n) const
{
    const Device &d = m_design.devices[std::size_t(device)];
    const std::string &netId = m_design.networks[std::size_t(n)].id;
    int best = 0;
    for (const Binding &b : d.bindings)
        if (std::find(b.networks.begin(), b.networks.end(), netId) != b.networks.end())
            best = std::max(best, bindingBandwidth(device, b.via));
    return best;
}

} // namespace cn
