#pragma once
// One network with some hubs (switches, trunk cables) taken out. Where a component splits, the
// child with the most terminals keeps the component's label and the others get fresh labels, so
// a device whose pieces keep their labels is unchanged: only the changed devices can have lost a
// partner, and a device that only the split touched can be compared by labels alone.
//
// Both classes can be assigned again and keep their buffers: the double-failure search builds
// hundreds of thousands of them.

#include "analysis/FabricGraph.h"

#include <vector>

namespace cn {

class NetState
{
public:
    // Nothing removed.
    explicit NetState(const FabricGraph &graph) : m_graph(&graph) {}
    NetState(const FabricGraph &graph, const std::vector<int> &removedHubs) { assign(graph, removedHubs); }
    void assign(const FabricGraph &graph, const std::vector<int> &removedHubs);

    const FabricGraph &graph() const { return *m_graph; }
    bool isIntact() const { return m_removed.empty(); }
    // The hub's label here (-1: removed, or cut off with nothing left of its component).
    int label(int hub) const { return m_removed.empty() ? m_graph->hubLabels()[std::size_t(hub)] : m_label[std::size_t(hub)]; }
    // Labels at or above this are fresh pieces split off a component.
    int firstFresh() const { return m_graph->componentCount(); }
    // The component a label split from (the label itself for a component's own label).
    int parent(int label) const;

    // Local devices whose pieces differ from the intact ones.
    const std::vector<int> &changed() const { return m_changed; }
    // Local devices with a terminal that lost its hub or moved to a fresh piece (changed ones
    // and those that still reach all their pieces).
    const std::vector<int> &touched() const { return m_touched; }

    // The pieces (sorted labels) a device reaches here.
    const std::vector<int> &piecesOf(int local) const;
    // Its pieces when `killed` (sorted terminal ids) are lost too, into `out`.
    void piecesWithout(int local, const std::vector<int> &killed, std::vector<int> &out) const;
    // The devices that reach a label here.
    const DeviceSet &members(int label) const;

private:
    DeviceSet &ownMembers(int label, bool fromIntact);

    const FabricGraph *m_graph = nullptr;
    std::vector<int> m_removed;
    std::vector<int> m_label;  // by hub, when something is removed
    std::vector<int> m_parent; // by fresh label - firstFresh()
    std::vector<int> m_changed, m_touched;
    std::vector<int> m_piecesAt; // by local device: index into m_pieces, or -1
    std::vector<std::vector<int>> m_pieces;
    std::size_t m_piecesUsed = 0;
    // Members where they differ from the intact ones: fresh labels, components that lost devices.
    std::vector<int> m_memberAt; // by label: index into m_members, or -1
    std::vector<DeviceSet> m_members;
    std::size_t m_membersUsed = 0;
    // Scratch of assign().
    std::vector<int> m_raw, m_rawParent, m_rawTerminals, m_heir, m_final, m_touchedComponents, m_scratch;
    FabricGraph::Scratch m_search;
};

// A network under a failure: a NetState and the terminals lost with cards and access cables.
class NetScenario
{
public:
    NetScenario() = default;
    void assign(const NetState &state, const std::vector<int> &killed);

    const NetState &state() const { return *m_state; }
    // Local devices that lost terminals.
    const std::vector<int> &owners() const { return m_owners; }
    const std::vector<int> &piecesOf(int local) const;
    // The devices `local` reaches here (itself included), into `out` (resized and cleared).
    void neighbours(int local, DeviceSet &out) const;

private:
    const NetState *m_state = nullptr;
    std::vector<int> m_killed;
    std::vector<int> m_owners;
    std::vector<std::vector<int>> m_ownerPieces; // the first m_owners.size() are in use
};

} // namespace cn
