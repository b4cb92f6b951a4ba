#include "analysis/FabricGraph.h"

#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/incremental_components.hpp>
#include <boost/pending/disjoint_sets.hpp>

#include <algorithm>
#include <cassert>
#include <iterator>

namespace cn {
namespace {

// filtered_graph needs a default-constructible, assignable predicate: no lambda.
struct KeepHub {
    const std::vector<char> *gone = nullptr;
    bool operator()(std::size_t v) const { return (*gone)[v] == 0; }
};

} // namespace

void sortUnique(std::vector<int> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

bool intersects(const std::vector<int> &a, const std::vector<int> &b)
{
    auto i = a.begin(), j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i == *j)
            return true;
        if (*i < *j)
            ++i;
        else
            ++j;
    }
    return false;
}

FabricGraph::FabricGraph(const DesignIndex &index, int network)
    : m_network(network), m_deviceCount(index.design().devices.size())
{
    const std::size_t links = index.links().size();
    m_switchHub.assign(m_deviceCount, -1);
    m_cableHub.assign(links, -1);
    m_linkTerminals.resize(links);
    m_local.assign(m_deviceCount, -1);

    auto switchHubOf = [&](int device) {
        int &h = m_switchHub[std::size_t(device)];
        if (h < 0)
            h = addHub(HubKind::Switch);
        return h;
    };
    // Where each endpoint port's cable leads on this network: the switch hub, or the hub of a
    // cable between two endpoint ports.
    std::vector<std::pair<int, int>> portHub(index.ports().size(), {-1, -1}); // hub, link
    for (std::size_t l = 0; l < links; ++l) {
        const LinkInfo &link = index.links()[l];
        if (!contains(link.carries, network))
            continue;
        if (link.switchA >= 0 && link.switchB >= 0) {
            const int hub = addHub(HubKind::Trunk);
            m_cableHub[l] = hub;
            for (int sw : {link.switchA, link.switchB})
                boost::add_edge(std::size_t(hub), std::size_t(switchHubOf(sw)), m_graph);
        } else if (link.portA >= 0 && link.portB >= 0) {
            const int hub = addHub(HubKind::Direct);
            m_cableHub[l] = hub;
            portHub[std::size_t(link.portA)] = {hub, int(l)};
            portHub[std::size_t(link.portB)] = {hub, int(l)};
        } else if (link.portA >= 0 || link.portB >= 0) {
            const int sw = link.switchA >= 0 ? link.switchA : link.switchB;
            if (sw >= 0)
                portHub[std::size_t(link.portA >= 0 ? link.portA : link.portB)] = {switchHubOf(sw), int(l)};
        }
    }

    for (std::size_t p = 0; p < index.ports().size(); ++p) {
        const PortInfo &port = index.ports()[p];
        if (!contains(port.networks, network))
            continue;
        int &local = m_local[std::size_t(port.device)];
        if (local < 0) {
            local = int(m_devices.size());
            m_devices.push_back(port.device);
            m_deviceTerminals.emplace_back();
        }
        Terminal t{int(p), port.device, local, portHub[p].first, portHub[p].second};
        m_deviceTerminals[std::size_t(local)].push_back(int(m_terminals.size()));
        if (t.link >= 0)
            m_linkTerminals[std::size_t(t.link)].push_back(int(m_terminals.size()));
        m_terminals.push_back(t);
    }

    m_hubLabel.assign(m_hubKind.size(), -1);
    m_componentCount = m_hubKind.empty() ? 0 : int(boost::connected_components(m_graph, m_hubLabel.data()));
    m_articulation.assign(m_hubKind.size(), 0);
    std::vector<std::size_t> points;
    boost::articulation_points(m_graph, std::back_inserter(points));
    for (auto v : points)
        m_articulation[v] = 1;

    m_members.assign(std::size_t(m_componentCount), DeviceSet(m_deviceCount));
    m_componentTerminals.resize(std::size_t(m_componentCount));
    m_pieces.resize(m_devices.size());
    for (std::size_t t = 0; t < m_terminals.size(); ++t) {
        const Terminal &term = m_terminals[t];
        if (term.hub < 0)
            continue;
        const int label = m_hubLabel[std::size_t(term.hub)];
        m_componentTerminals[std::size_t(label)].push_back(int(t));
        m_members[std::size_t(label)].set(std::size_t(term.device));
        m_pieces[std::size_t(term.local)].push_back(label);
    }
    for (auto &p : m_pieces)
        sortUnique(p);
#ifndef NDEBUG
    // What NetState and the evaluator index by: every terminal's hub and owner are in range, and
    // each device's terminals are its own.
    for (const Terminal &term : m_terminals) {
        assert(term.hub < hubCount());
        assert(term.local >= 0 && std::size_t(term.local) < m_devices.size());
        assert(m_devices[std::size_t(term.local)] == term.device);
    }
    for (const DeviceSet &s : m_members)
        assert(s.size() == m_deviceCount);
#endif
}

int FabricGraph::addHub(HubKind kind)
{
    boost::add_vertex(m_graph);
    m_hubKind.push_back(kind);
    return int(m_hubKind.size()) - 1;
}

const std::vector<int> &FabricGraph::terminalsOnLink(int link) const
{
    return m_linkTerminals[std::size_t(link)];
}

DeviceSet FabricGraph::neighbours(int local) const
{
    DeviceSet out(m_deviceCount);
    for (int label : m_pieces[std::size_t(local)])
        out |= m_members[std::size_t(label)];
    return out;
}

void FabricGraph::labelsWithout(const std::vector<int> &removed, std::vector<int> &labels, Scratch &scratch) const
{
    // Boost's incremental components (union-find over the edges) rather than
    // connected_components: this runs hundreds of thousands of times on small graphs, where a
    // depth-first search on a filtered_graph costs three times more.
    const std::size_t n = m_hubKind.size();
    scratch.gone.assign(n, 0);
    for (int h : removed) {
        assert(h >= 0 && h < hubCount());
        scratch.gone[std::size_t(h)] = 1;
    }
    boost::filtered_graph<Graph, boost::keep_all, KeepHub> view(m_graph, boost::keep_all(), KeepHub{&scratch.gone});
    scratch.rank.assign(n, 0);
    scratch.parent.resize(n);
    boost::disjoint_sets<std::size_t *, std::size_t *> sets(scratch.rank.data(), scratch.parent.data());
    boost::initialize_incremental_components(view, sets);
    boost::incremental_components(view, sets);
    labels.assign(n, -1);
    scratch.label.assign(n, std::size_t(-1));
    int next = 0;
    for (std::size_t v = 0; v < n; ++v) {
        if (scratch.gone[v])
            continue;
        std::size_t &l = scratch.label[sets.find_set(v)];
        if (l == std::size_t(-1))
            l = std::size_t(next++);
        labels[v] = int(l);
    }
}

} // namespace cn
