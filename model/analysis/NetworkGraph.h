#pragma once
// The analysis graph of one network (RULES.md "Connected"): switches, one vertex per cable
// (parallel cables must not hide bridges, boostorg/graph#434), and one terminal vertex per
// endpoint port bound to the network. Terminals are leaves, so no path runs through an
// endpoint. Built with Boost.Graph; components and articulation points come from it.

#include "analysis/DesignIndex.h"

#include <boost/graph/adjacency_list.hpp>

#include <map>
#include <vector>

namespace cn {

class NetworkGraph
{
public:
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    enum class VertexKind { Switch, Cable, Terminal };

    NetworkGraph(const DesignIndex &index, int network);

    int network() const { return m_network; }
    const Graph &graph() const { return m_graph; }
    std::size_t vertexCount() const { return m_kind.size(); }
    VertexKind kind(int v) const { return m_kind[std::size_t(v)]; }
    int switchVertex(int device) const;
    int cableVertex(int link) const;
    int terminalPort(int v) const { return m_terminalPort[std::size_t(v)]; }
    int terminalOwner(int v) const { return m_terminalOwner[std::size_t(v)]; }

    // Devices with at least one terminal here, and their terminals.
    const std::vector<int> &devices() const { return m_devices; }
    const std::vector<int> &terminalsOf(int device) const;
    bool hasDevice(int device) const { return m_localDevice.count(device) != 0; }

    const std::vector<int> &intactLabels() const { return m_intact; }
    bool isArticulation(int v) const { return m_articulation[std::size_t(v)] != 0; }
    // The terminals a cable's loss cuts off when it leads to nothing but them (an access cable),
    // else nothing: such a cable fails like the terminals themselves.
    bool isAccessCable(int v, std::vector<int> &terminals) const;

    // Component labels with `removed` (switch or cable vertices) taken out; removed vertices
    // get -1.
    std::vector<int> labelsWithout(const std::vector<int> &removed) const;

private:
    void addVertex(VertexKind kind, int port = -1, int owner = -1);

    int m_network;
    Graph m_graph;
    std::vector<VertexKind> m_kind;
    std::vector<int> m_terminalPort, m_terminalOwner;
    std::vector<int> m_switchVertex, m_cableVertex; // by device / link index
    std::vector<int> m_devices;
    std::map<int, std::size_t> m_localDevice;
    std::vector<std::vector<int>> m_terminals;
    std::vector<int> m_intact;
    std::vector<char> m_articulation;
};

} // namespace cn
