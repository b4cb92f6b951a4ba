#include "analysis/NetworkGraph.h"

#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>

#include <iterator>

namespace cn {
namespace {

// filtered_graph needs a default-constructible, assignable predicate: no lambda.
struct KeepVertex {
    const std::vector<char> *gone = nullptr;
    bool operator()(std::size_t v) const { return (*gone)[v] == 0; }
};

} // namespace

NetworkGraph::NetworkGraph(const DesignIndex &index, int network) : m_network(network)
{
    const Design &d = index.design();
    m_switchVertex.assign(d.devices.size(), -1);
    m_cableVertex.assign(d.links.size(), -1);

    std::vector<int> portVertex(index.ports().size(), -1);
    for (std::size_t p = 0; p < index.ports().size(); ++p) {
        const PortInfo &port = index.ports()[p];
        if (!contains(port.networks, network))
            continue;
        portVertex[p] = int(m_kind.size());
        addVertex(VertexKind::Terminal, int(p), port.device);
        auto [it, fresh] = m_localDevice.emplace(port.device, m_devices.size());
        if (fresh) {
            m_devices.push_back(port.device);
            m_terminals.emplace_back();
        }
        m_terminals[it->second].push_back(portVertex[p]);
    }
    for (std::size_t l = 0; l < index.links().size(); ++l) {
        const LinkInfo &link = index.links()[l];
        if (!contains(link.carries, network))
            continue;
        const int cable = int(m_kind.size());
        m_cableVertex[l] = cable;
        addVertex(VertexKind::Cable);
        for (int sw : {link.switchA, link.switchB}) {
            if (sw < 0)
                continue;
            if (m_switchVertex[std::size_t(sw)] < 0) {
                m_switchVertex[std::size_t(sw)] = int(m_kind.size());
                addVertex(VertexKind::Switch, -1, sw);
            }
            boost::add_edge(std::size_t(cable), std::size_t(m_switchVertex[std::size_t(sw)]), m_graph);
        }
        for (int p : {link.portA, link.portB})
            if (p >= 0 && portVertex[std::size_t(p)] >= 0)
                boost::add_edge(std::size_t(cable), std::size_t(portVertex[std::size_t(p)]), m_graph);
    }

    m_intact.assign(m_kind.size(), -1);
    if (!m_kind.empty())
        boost::connected_components(m_graph, m_intact.data());
    m_articulation.assign(m_kind.size(), 0);
    std::vector<std::size_t> points;
    boost::articulation_points(m_graph, std::back_inserter(points));
    for (auto v : points)
        m_articulation[v] = 1;
}

void NetworkGraph::addVertex(VertexKind kind, int port, int owner)
{
    boost::add_vertex(m_graph);
    m_kind.push_back(kind);
    m_terminalPort.push_back(port);
    m_terminalOwner.push_back(kind == VertexKind::Terminal ? owner : -1);
}

int NetworkGraph::switchVertex(int device) const { return m_switchVertex[std::size_t(device)]; }
int NetworkGraph::cableVertex(int link) const { return m_cableVertex[std::size_t(link)]; }

const std::vector<int> &NetworkGraph::terminalsOf(int device) const
{
    static const std::vector<int> none;
    auto it = m_localDevice.find(device);
    return it == m_localDevice.end() ? none : m_terminals[it->second];
}

bool NetworkGraph::isAccessCable(int v, std::vector<int> &terminals) const
{
    terminals.clear();
    int others = 0;
    for (auto [it, end] = boost::adjacent_vertices(std::size_t(v), m_graph); it != end; ++it) {
        if (m_kind[*it] == VertexKind::Terminal)
            terminals.push_back(int(*it));
        else
            ++others;
    }
    return others <= 1;
}

std::vector<int> NetworkGraph::labelsWithout(const std::vector<int> &removed) const
{
    std::vector<char> gone(m_kind.size(), 0);
    for (int v : removed)
        gone[std::size_t(v)] = 1;
    boost::filtered_graph<Graph, boost::keep_all, KeepVertex> view(m_graph, boost::keep_all(),
                                                                   KeepVertex{&gone});
    std::vector<int> labels(m_kind.size(), -1);
    boost::connected_components(view, labels.data());
    for (int v : removed)
        labels[std::size_t(v)] = -1;
    return labels;
}

} // namespace cn
