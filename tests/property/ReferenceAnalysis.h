#pragma once
// A deliberately plain second reading of RULES.md ("The failure model" and the rules
// unreachable, spof and double-fault), written from the text and not from the program's
// analysis, so the property test can hold the two side by side. Slow on purpose: every failure
// scenario rebuilds the components of every network it touches from scratch.
//
// It uses only what resolves text (resolveEndpoint, template interfaces, effectiveClusterUse,
// Device/Team lookups), never DesignIndex, NetworkGraph or FailureAnalysis.

#include "analysis/Finding.h"
#include "design/Design.h"

#include <boost/graph/adjacency_list.hpp>

#include <set>
#include <string>
#include <vector>

namespace cn {
class TemplateLibrary;
}

namespace cn::reference {

class ReferenceAnalysis
{
public:
    ReferenceAnalysis(const Design &design, const TemplateLibrary &templates);

    // Ids of the networks link `linkIndex` (its place in design.links) carries.
    std::set<std::string> carriedNetworks(std::size_t linkIndex) const;
    // The failure units by name: switch ids, DEVICE:ADAPTER, link names.
    std::vector<std::string> failureUnits() const;

    std::vector<Finding> unreachable() const;
    std::vector<Finding> spofs() const;
    std::vector<Finding> doubleFaults() const;
    // unreachable and spof; with failures == 2 also double-fault.
    std::vector<Finding> findings(int failures) const;

private:
    struct EndPort {
        int device = -1;
        std::string adapter;
        std::string port;
        std::set<int> networks; // bound directly or through its team
    };
    struct LinkEnd {
        int device = -1;
        int port = -1; // index into m_ports for an endpoint port, -1 on a switch
        bool outOfBand = false;
    };
    struct LinkInfo {
        std::string name;
        LinkEnd a, b;
        std::set<int> networks;
    };
    struct Unit {
        std::string name;
        std::vector<int> vertices; // what fails with it
    };
    // One role, or the three cluster roles as one: the pairs that matter and the networks
    // that may join them.
    struct RoleGroup {
        std::vector<Role> roles;
        bool cluster = false;
        std::vector<int> networks;
        std::vector<std::pair<int, int>> pairs;
        std::vector<bool> connectedIntact; // per pair
    };
    struct Cut {
        std::set<int> devices;
        std::set<Role> roles;
        bool any() const { return !devices.empty(); }
    };
    using Components = std::vector<std::vector<int>>; // per network, per vertex
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

    void readDesign();
    void computeLinkNetworks();
    void buildGroups();
    int switchVertex(int device) const { return device; }
    int linkVertex(int link) const { return int(m_design.devices.size()) + link; }
    int portVertex(int port) const { return int(m_design.devices.size() + m_links.size()) + port; }
    int vertexCount() const
    {
        return int(m_design.devices.size() + m_links.size() + m_ports.size());
    }

    Components components(const std::vector<bool> &removed) const;
    bool connectedOn(int network, int u, int v, const Components &comps,
                     const std::vector<bool> &removed) const;
    bool connected(const RoleGroup &g, int u, int v, const Components &comps,
                   const std::vector<bool> &removed) const;
    Cut cutBy(const std::vector<int> &units) const;
    Finding finding(const char *rule, Severity severity, std::vector<std::string> elements,
                    const Cut &cut) const;

    const Design &m_design;
    const TemplateLibrary &m_templates;
    std::vector<EndPort> m_ports;
    std::vector<std::vector<int>> m_portsOfDevice;
    std::vector<std::set<int>> m_boundNetworks; // per device: networks it has a binding on
    std::vector<LinkInfo> m_links;
    std::vector<Unit> m_units;
    std::vector<RoleGroup> m_groups;
    std::vector<Graph> m_graphs; // per network
    // Per network: which vertices have an edge in its graph (a vertex without one can fail
    // without changing anything on that network).
    std::vector<std::vector<bool>> m_touches;
    Components m_intact;
};

// "rule severity [elements] affects=[...] roles=[...]", each list sorted: what the property
// test compares (messages and order carry no meaning).
std::string findingKey(const Finding &f);
// The findings of the failure model among `all`: rules spof, unreachable and double-fault.
std::vector<Finding> failureFindings(const std::vector<Finding> &all);

} // namespace cn::reference
