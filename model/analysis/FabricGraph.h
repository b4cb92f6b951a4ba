#pragma once
// One network reduced to what can fail structurally (RULES.md "Connected"): a Boost.Graph graph
// of hubs — switches, one vertex per switch-to-switch cable (parallel cables must not hide
// bridges, boostorg/graph#434), and one vertex per cable between two endpoint ports — and the
// terminals, the endpoint ports bound to the network, each hanging from the hub its cable
// reaches. Terminals are leaves: no path runs through an endpoint, and losing a terminal (its
// card, or its cable to a switch) never splits the hubs, so it needs no graph search.

#include "analysis/DesignIndex.h"

#include <boost/dynamic_bitset.hpp>
#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <vector>

namespace cn {

using DeviceSet = boost::dynamic_bitset<std::uint64_t>; // by device index of the design

class FabricGraph
{
public:
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    enum class HubKind { Switch, Trunk, Direct };

    struct Terminal {
        int port = -1;   // PortInfo index
        int device = -1; // design device index
        int local = -1;  // index into devices()
        int hub = -1;    // the hub its cable reaches, -1 when uncabled for this network
        int link = -1;   // that cable
    };

    FabricGraph(const DesignIndex &index, int network);

    int network() const { return m_network; }
    const Graph &graph() const { return m_graph; }
    int hubCount() const { return int(m_hubKind.size()); }
    HubKind hubKind(int h) const { return m_hubKind[std::size_t(h)]; }
    int switchHub(int device) const { return m_switchHub[std::size_t(device)]; }
    // The hub of a switch-to-switch or endpoint-to-endpoint cable; -1 for other cables.
    int cableHub(int link) const { return m_cableHub[std::size_t(link)]; }
    bool isArticulation(int hub) const { return m_articulation[std::size_t(hub)] != 0; }

    const std::vector<Terminal> &terminals() const { return m_terminals; }
    // Terminals whose cable is `link` (an access or endpoint-to-endpoint cable).
    const std::vector<int> &terminalsOnLink(int link) const;

    // Devices with at least one terminal, by local index, and their terminals.
    const std::vector<int> &devices() const { return m_devices; }
    int localOf(int device) const { return m_local[std::size_t(device)]; }
    const std::vector<int> &terminalsOf(int local) const { return m_deviceTerminals[std::size_t(local)]; }

    // Intact connectivity: a label per hub (a component), the pieces each device reaches (sorted
    // labels of its cabled terminals), the devices reaching each label, and the terminals hanging
    // from each component.
    int componentCount() const { return m_componentCount; }
    const std::vector<int> &hubLabels() const { return m_hubLabel; }
    const std::vector<int> &piecesOf(int local) const { return m_pieces[std::size_t(local)]; }
    const DeviceSet &members(int label) const { return m_members[std::size_t(label)]; }
    const std::vector<int> &terminalsIn(int label) const { return m_componentTerminals[std::size_t(label)]; }
    // Devices `local` reaches on this network with nothing failed (itself included).
    DeviceSet neighbours(int local) const;
    std::size_t deviceCount() const { return m_deviceCount; }

    // Buffers of labelsWithout(), kept by callers that search often.
    struct Scratch {
        std::vector<char> gone;
        std::vector<std::size_t> rank, parent, label;
    };
    // Component labels of the hubs with `removed` taken out (removed hubs get -1), into `labels`.
    void labelsWithout(const std::vector<int> &removed, std::vector<int> &labels, Scratch &scratch) const;

private:
    int addHub(HubKind kind);

    int m_network;
    std::size_t m_deviceCount;
    Graph m_graph;
    std::vector<HubKind> m_hubKind;
    std::vector<int> m_switchHub, m_cableHub;
    std::vector<char> m_articulation;
    std::vector<Terminal> m_terminals;
    std::vector<std::vector<int>> m_linkTerminals; // by link index
    std::vector<int> m_devices, m_local;
    std::vector<std::vector<int>> m_deviceTerminals;
    int m_componentCount = 0;
    std::vector<int> m_hubLabel;
    std::vector<std::vector<int>> m_pieces;
    std::vector<DeviceSet> m_members;
    std::vector<std::vector<int>> m_componentTerminals;
};

void sortUnique(std::vector<int> &v);
bool intersects(const std::vector<int> &a, const std::vector<int> &b);

} // namespace cn
