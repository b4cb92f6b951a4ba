#include "analysis/NetState.h"

#include <algorithm>
#include <cassert>

namespace cn {

void NetState::assign(const FabricGraph &graph, const std::vector<int> &removedHubs)
{
    m_graph = &graph;
    m_removed = removedHubs;
    sortUnique(m_removed);
    m_parent.clear();
    m_changed.clear();
    m_touched.clear();
    m_piecesUsed = 0;
    m_membersUsed = 0;
    m_memberAt.clear();
    if (!m_piecesAt.empty())
        std::fill(m_piecesAt.begin(), m_piecesAt.end(), -1);
    if (m_removed.empty())
        return;

    const FabricGraph &g = graph;
    g.labelsWithout(m_removed, m_raw, m_search);
    const std::vector<int> &intact = g.hubLabels();
    const int hubs = g.hubCount();

    // The components the removal touches, and the terminals hanging from them.
    m_touchedComponents.clear();
    for (int h : m_removed)
        m_touchedComponents.push_back(intact[std::size_t(h)]);
    sortUnique(m_touchedComponents);

    // Heirs: in each touched component, the child with the most terminals keeps the label.
    int rawCount = 0;
    for (int r : m_raw)
        rawCount = std::max(rawCount, r + 1);
    m_rawParent.assign(std::size_t(rawCount), -1);
    m_rawTerminals.assign(std::size_t(rawCount), 0);
    for (int h = 0; h < hubs; ++h)
        if (m_raw[std::size_t(h)] >= 0)
            m_rawParent[std::size_t(m_raw[std::size_t(h)])] = intact[std::size_t(h)];
    for (int c : m_touchedComponents)
        for (int t : g.terminalsIn(c))
            if (const int r = m_raw[std::size_t(g.terminals()[std::size_t(t)].hub)]; r >= 0)
                ++m_rawTerminals[std::size_t(r)];
    m_heir.assign(std::size_t(g.componentCount()), -1);
    for (int r = 0; r < rawCount; ++r) {
        const int p = m_rawParent[std::size_t(r)];
        if (p < 0)
            continue;
        int &best = m_heir[std::size_t(p)];
        if (best < 0 || m_rawTerminals[std::size_t(r)] > m_rawTerminals[std::size_t(best)])
            best = r;
    }
    m_final.assign(std::size_t(rawCount), -1);
    for (int r = 0; r < rawCount; ++r) {
        const int p = m_rawParent[std::size_t(r)];
        if (p < 0)
            continue;
        if (m_heir[std::size_t(p)] == r) {
            m_final[std::size_t(r)] = p;
        } else {
            m_final[std::size_t(r)] = firstFresh() + int(m_parent.size());
            m_parent.push_back(p);
        }
    }
    m_label.assign(std::size_t(hubs), -1);
    for (int h = 0; h < hubs; ++h)
        if (m_raw[std::size_t(h)] >= 0)
            m_label[std::size_t(h)] = m_final[std::size_t(m_raw[std::size_t(h)])];
    assert(m_raw.size() == std::size_t(hubs) && m_label.size() == std::size_t(hubs));

    // Devices with a terminal that moved (lost its hub, or went to a fresh piece); only their
    // pieces can differ from the intact ones.
    for (int c : m_touchedComponents)
        for (int t : g.terminalsIn(c)) {
            const auto &term = g.terminals()[std::size_t(t)];
            const int l = m_label[std::size_t(term.hub)];
            if (l < 0 || l >= firstFresh())
                m_touched.push_back(term.local);
        }
    sortUnique(m_touched);
    m_memberAt.assign(std::size_t(firstFresh()) + m_parent.size(), -1);
    if (m_piecesAt.size() != g.devices().size())
        m_piecesAt.assign(g.devices().size(), -1);
    for (int local : m_touched) {
        m_scratch.clear();
        for (int t : g.terminalsOf(local)) {
            const int hub = g.terminals()[std::size_t(t)].hub;
            if (hub >= 0 && m_label[std::size_t(hub)] >= 0)
                m_scratch.push_back(m_label[std::size_t(hub)]);
        }
        sortUnique(m_scratch);
        const std::vector<int> &before = g.piecesOf(local);
        if (m_scratch == before)
            continue;
        m_changed.push_back(local);
        if (m_piecesUsed == m_pieces.size())
            m_pieces.emplace_back();
        m_piecesAt[std::size_t(local)] = int(m_piecesUsed);
        m_pieces[m_piecesUsed++] = m_scratch;

        // Members of fresh labels, and of components that lost this device.
        const std::size_t device = std::size_t(g.devices()[std::size_t(local)]);
        for (int l : m_scratch)
            if (l >= firstFresh())
                ownMembers(l, false).set(device);
        for (int p : before)
            if (!std::binary_search(m_scratch.begin(), m_scratch.end(), p))
                ownMembers(p, true).reset(device);
    }
}

DeviceSet &NetState::ownMembers(int label, bool fromIntact)
{
    assert(label >= 0 && std::size_t(label) < m_memberAt.size());
    int &at = m_memberAt[std::size_t(label)];
    if (at < 0) {
        at = int(m_membersUsed);
        if (m_membersUsed == m_members.size())
            m_members.emplace_back();
        DeviceSet &s = m_members[m_membersUsed++];
        if (fromIntact) {
            s = m_graph->members(label);
        } else {
            s.resize(m_graph->deviceCount());
            s.reset();
        }
    }
    return m_members[std::size_t(at)];
}

int NetState::parent(int label) const
{
    if (label < firstFresh())
        return label;
    assert(std::size_t(label - firstFresh()) < m_parent.size());
    return m_parent[std::size_t(label - firstFresh())];
}

const std::vector<int> &NetState::piecesOf(int local) const
{
    assert(local >= 0 && std::size_t(local) < m_graph->devices().size());
    if (m_removed.empty() || m_piecesAt[std::size_t(local)] < 0)
        return m_graph->piecesOf(local);
    return m_pieces[std::size_t(m_piecesAt[std::size_t(local)])];
}

void NetState::piecesWithout(int local, const std::vector<int> &killed, std::vector<int> &out) const
{
    out.clear();
    for (int t : m_graph->terminalsOf(local)) {
        const int hub = m_graph->terminals()[std::size_t(t)].hub;
        if (hub < 0 || std::binary_search(killed.begin(), killed.end(), t))
            continue;
        if (const int l = label(hub); l >= 0)
            out.push_back(l);
    }
    sortUnique(out);
}

const DeviceSet &NetState::members(int label) const
{
    if (!m_memberAt.empty() && m_memberAt[std::size_t(label)] >= 0)
        return m_members[std::size_t(m_memberAt[std::size_t(label)])];
    assert(label >= 0 && label < firstFresh());
    return m_graph->members(label);
}

void NetScenario::assign(const NetState &state, const std::vector<int> &killed)
{
    m_state = &state;
    m_killed = killed;
    sortUnique(m_killed);
    const FabricGraph &g = state.graph();
    m_owners.clear();
    for (int t : m_killed) {
        assert(t >= 0 && std::size_t(t) < g.terminals().size());
        m_owners.push_back(g.terminals()[std::size_t(t)].local);
    }
    sortUnique(m_owners);
    if (m_ownerPieces.size() < m_owners.size())
        m_ownerPieces.resize(m_owners.size());
    for (std::size_t i = 0; i < m_owners.size(); ++i)
        state.piecesWithout(m_owners[i], m_killed, m_ownerPieces[i]);
}

const std::vector<int> &NetScenario::piecesOf(int local) const
{
    auto it = std::lower_bound(m_owners.begin(), m_owners.end(), local);
    if (it != m_owners.end() && *it == local)
        return m_ownerPieces[std::size_t(it - m_owners.begin())];
    return m_state->piecesOf(local);
}

void NetScenario::neighbours(int local, DeviceSet &out) const
{
    const FabricGraph &g = m_state->graph();
    out.resize(g.deviceCount());
    out.reset();
    const std::vector<int> &mine = piecesOf(local);
    for (int l : mine)
        out |= m_state->members(l);
    // The members of a label do not know about lost terminals: ask the owners themselves.
    for (std::size_t i = 0; i < m_owners.size(); ++i)
        if (m_owners[i] != local)
            out[std::size_t(g.devices()[std::size_t(m_owners[i])])] = intersects(mine, m_ownerPieces[i]);
}

} // namespace cn
