#include "ReferenceAnalysis.h"

#include "design/Endpoint.h"
#include "templates/TemplateLibrary.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>

#include <algorithm>
#include <map>
#include <stdexcept>

namespace cn::reference {
namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
// Keeps the vertices that did not fail.
struct Alive {
    const std::vector<bool> *removed = nullptr;
    bool operator()(Graph::vertex_descriptor v) const { return !(*removed)[v]; }
};

bool isClusterRole(Role r)
{
    return r == Role::Heartbeat || r == Role::Csv || r == Role::LiveMigration;
}

std::vector<int> componentsOf(const Graph &g, const std::vector<bool> &removed)
{
    std::vector<int> comp(boost::num_vertices(g), -1);
    boost::filtered_graph<Graph, boost::keep_all, Alive> alive(g, boost::keep_all(),
                                                               Alive{&removed});
    boost::connected_components(
        alive, boost::make_iterator_property_map(comp.begin(), boost::get(boost::vertex_index, g)));
    return comp;
}

} // namespace

ReferenceAnalysis::ReferenceAnalysis(const Design &design, const TemplateLibrary &templates)
    : m_design(design), m_templates(templates)
{
    readDesign();
    computeLinkNetworks();

    // Per network: switches, one vertex per link that carries it, one per endpoint port bound
    // to it. All graphs number every switch, link and port alike (a link or port that is not
    // in a network's graph is a vertex without edges there), so a failure unit removes the
    // same vertices on every network.
    const int vertices = vertexCount();
    const std::size_t networks = m_design.networks.size();
    std::vector<Graph> graphs(networks, Graph(vertices));
    m_touches.assign(networks, std::vector<bool>(vertices, false));
    for (std::size_t li = 0; li < m_links.size(); ++li) {
        const LinkInfo &l = m_links[li];
        for (int n : l.networks) {
            for (const LinkEnd *end : {&l.a, &l.b}) {
                int other = -1;
                if (m_design.devices[end->device].isSwitch())
                    other = switchVertex(end->device);
                else if (m_ports[end->port].networks.count(n))
                    other = portVertex(end->port);
                if (other < 0)
                    continue;
                boost::add_edge(linkVertex(int(li)), other, graphs[n]);
                m_touches[n][linkVertex(int(li))] = true;
                m_touches[n][other] = true;
            }
        }
    }
    m_graphs = std::move(graphs);

    const std::vector<bool> none(vertices, false);
    for (const Graph &g : m_graphs)
        m_intact.push_back(componentsOf(g, none));
    buildGroups();
}

void ReferenceAnalysis::readDesign()
{
    std::map<std::string, int> networkIndex;
    for (std::size_t i = 0; i < m_design.networks.size(); ++i)
        networkIndex[m_design.networks[i].id] = int(i);
    auto netIndex = [&](const std::string &id) {
        auto it = networkIndex.find(id);
        if (it == networkIndex.end())
            throw std::invalid_argument("unknown network " + id);
        return it->second;
    };

    const std::size_t devices = m_design.devices.size();
    m_portsOfDevice.assign(devices, {});
    m_boundNetworks.assign(devices, {});
    std::map<std::pair<int, std::string>, int> portIndex; // (device, "adapter/port")
    for (std::size_t di = 0; di < devices; ++di) {
        const Device &d = m_design.devices[di];
        if (d.isSwitch())
            continue;
        for (const Binding &b : d.bindings)
            for (const auto &n : b.networks)
                m_boundNetworks[di].insert(netIndex(n));
        for (const Adapter &a : d.adapters) {
            for (const Port &p : a.ports) {
                EndPort ep;
                ep.device = int(di);
                ep.adapter = a.id;
                ep.port = p.id;
                const std::string ref = a.id + "/" + p.id;
                const Team *team = d.teamOf(ref);
                for (const Binding &b : d.bindings)
                    if (b.via == ref || (team && b.via == team->id))
                        for (const auto &n : b.networks)
                            ep.networks.insert(netIndex(n));
                portIndex[{int(di), ref}] = int(m_ports.size());
                m_portsOfDevice[di].push_back(int(m_ports.size()));
                m_ports.push_back(std::move(ep));
            }
        }
    }

    for (const Link &l : m_design.links) {
        LinkInfo info;
        info.name = l.name();
        for (auto [text, end] : {std::make_pair(&l.a, &info.a), std::make_pair(&l.b, &info.b)}) {
            const ResolvedEndpoint r = resolveEndpoint(m_design, m_templates, *text);
            if (!r.valid())
                throw std::invalid_argument("link end does not resolve: " + *text);
            end->device = int(r.device - m_design.devices.data());
            end->outOfBand = r.outOfBand();
            if (!r.onSwitch())
                end->port = portIndex.at({end->device, r.localName()});
        }
        m_links.push_back(std::move(info));
    }

    // Failure units: each switch, each adapter of every other device, each link.
    for (std::size_t di = 0; di < devices; ++di)
        if (m_design.devices[di].isSwitch())
            m_units.push_back({m_design.devices[di].id, {switchVertex(int(di))}});
    for (std::size_t di = 0; di < devices; ++di) {
        const Device &d = m_design.devices[di];
        if (d.isSwitch())
            continue;
        for (const Adapter &a : d.adapters) {
            Unit u{d.id + ":" + a.id, {}};
            for (int p : m_portsOfDevice[di])
                if (m_ports[p].adapter == a.id)
                    u.vertices.push_back(portVertex(p));
            m_units.push_back(std::move(u));
        }
    }
    for (std::size_t li = 0; li < m_links.size(); ++li)
        m_units.push_back({m_links[li].name, {linkVertex(int(li))}});
}

void ReferenceAnalysis::computeLinkNetworks()
{
    std::map<std::string, int> networkIndex;
    for (std::size_t i = 0; i < m_design.networks.size(); ++i)
        networkIndex[m_design.networks[i].id] = int(i);
    auto isSwitch = [&](const LinkEnd &e) { return m_design.devices[e.device].isSwitch(); };

    // First every link whose networks do not depend on its fabric.
    std::vector<bool> trunkDefault(m_links.size(), false);
    for (std::size_t li = 0; li < m_links.size(); ++li) {
        const Link &l = m_design.links[li];
        LinkInfo &info = m_links[li];
        if (info.a.outOfBand || info.b.outOfBand)
            continue; // carries nothing, even with networks:
        if (l.networks) {
            for (const auto &n : *l.networks)
                info.networks.insert(networkIndex.at(n));
        } else if (l.kind == LinkKind::Stacking || (isSwitch(info.a) && isSwitch(info.b))) {
            trunkDefault[li] = true;
        } else if (isSwitch(info.a) || isSwitch(info.b)) {
            const LinkEnd &port = isSwitch(info.a) ? info.b : info.a;
            info.networks = m_ports[port.port].networks;
        } else {
            for (int n : m_ports[info.a.port].networks)
                if (m_ports[info.b.port].networks.count(n))
                    info.networks.insert(n);
        }
    }

    // Fabrics: switches joined by switch-to-switch links (an out-of-band link joins none).
    const std::size_t devices = m_design.devices.size();
    Graph switches(devices);
    for (const LinkInfo &info : m_links)
        if (isSwitch(info.a) && isSwitch(info.b) && !info.a.outOfBand && !info.b.outOfBand)
            boost::add_edge(info.a.device, info.b.device, switches);
    std::vector<int> fabric(devices);
    boost::connected_components(switches, fabric.data());

    // A network is used in a fabric when an endpoint's link to one of its switches carries it,
    // or a switch-to-switch link in it lists it in networks:.
    std::map<int, std::set<int>> used;
    for (std::size_t li = 0; li < m_links.size(); ++li) {
        const LinkInfo &info = m_links[li];
        if (info.a.outOfBand || info.b.outOfBand)
            continue;
        const bool sa = isSwitch(info.a), sb = isSwitch(info.b);
        if (sa != sb) {
            const int sw = sa ? info.a.device : info.b.device;
            used[fabric[sw]].insert(info.networks.begin(), info.networks.end());
        } else if (sa && sb && m_design.links[li].networks) {
            used[fabric[info.a.device]].insert(info.networks.begin(), info.networks.end());
        }
    }
    for (std::size_t li = 0; li < m_links.size(); ++li)
        if (trunkDefault[li])
            m_links[li].networks = used[fabric[m_links[li].a.device]];
}

void ReferenceAnalysis::buildGroups()
{
    const std::size_t devices = m_design.devices.size();
    for (Role r : allRoles()) {
        if (isClusterRole(r))
            continue;
        RoleGroup g;
        g.roles = {r};
        for (std::size_t n = 0; n < m_design.networks.size(); ++n)
            if (m_design.networks[n].hasRole(r))
                g.networks.push_back(int(n));
        std::vector<int> members;
        for (std::size_t d = 0; d < devices; ++d) {
            if (m_design.devices[d].isSwitch())
                continue;
            for (int n : g.networks)
                if (m_boundNetworks[d].count(n)) {
                    members.push_back(int(d));
                    break;
                }
        }
        if (isIscsi(r)) {
            for (int u : members)
                for (int v : members)
                    if (m_design.devices[u].type != DeviceType::Storage &&
                        m_design.devices[v].type == DeviceType::Storage)
                        g.pairs.push_back({u, v});
        } else {
            for (std::size_t i = 0; i < members.size(); ++i)
                for (std::size_t j = i + 1; j < members.size(); ++j)
                    g.pairs.push_back({members[i], members[j]});
        }
        m_groups.push_back(std::move(g));
    }

    RoleGroup cluster;
    cluster.cluster = true;
    cluster.roles = {Role::Heartbeat, Role::Csv, Role::LiveMigration};
    for (std::size_t n = 0; n < m_design.networks.size(); ++n)
        if (m_design.networks[n].effectiveClusterUse() != ClusterUse::None)
            cluster.networks.push_back(int(n));
    for (std::size_t i = 0; i < devices; ++i)
        for (std::size_t j = i + 1; j < devices; ++j) {
            const Device &u = m_design.devices[i], &v = m_design.devices[j];
            if (u.type == DeviceType::Host && v.type == DeviceType::Host && !u.cluster.empty() &&
                u.cluster == v.cluster)
                cluster.pairs.push_back({int(i), int(j)});
        }
    m_groups.push_back(std::move(cluster));

    const std::vector<bool> none(vertexCount(), false);
    for (RoleGroup &g : m_groups)
        for (auto [u, v] : g.pairs)
            g.connectedIntact.push_back(connected(g, u, v, m_intact, none));
}

ReferenceAnalysis::Components ReferenceAnalysis::components(const std::vector<bool> &removed) const
{
    Components out;
    for (std::size_t n = 0; n < m_graphs.size(); ++n) {
        bool touched = false;
        for (int v = 0; v < vertexCount() && !touched; ++v)
            touched = removed[v] && m_touches[n][v];
        if (!touched)
            out.push_back(m_intact[n]); // nothing that failed is on this network
        else
            out.push_back(componentsOf(m_graphs[n], removed));
    }
    return out;
}

bool ReferenceAnalysis::connectedOn(int network, int u, int v, const Components &comps,
                                    const std::vector<bool> &removed) const
{
    for (int p : m_portsOfDevice[u]) {
        if (removed[portVertex(p)] || !m_ports[p].networks.count(network))
            continue;
        for (int q : m_portsOfDevice[v]) {
            if (removed[portVertex(q)] || !m_ports[q].networks.count(network))
                continue;
            if (comps[network][portVertex(p)] == comps[network][portVertex(q)])
                return true;
        }
    }
    return false;
}

bool ReferenceAnalysis::connected(const RoleGroup &g, int u, int v, const Components &comps,
                                  const std::vector<bool> &removed) const
{
    // Cluster communication: any network with cluster_use other than none that both are bound
    // to; connectedOn only starts and ends at ports bound to the network, so "both bound" holds.
    for (int n : g.networks)
        if (connectedOn(n, u, v, comps, removed))
            return true;
    return false;
}

ReferenceAnalysis::Cut ReferenceAnalysis::cutBy(const std::vector<int> &units) const
{
    std::vector<bool> removed(vertexCount(), false);
    for (int u : units)
        for (int v : m_units[u].vertices)
            removed[v] = true;
    const Components comps = components(removed);
    Cut cut;
    for (const RoleGroup &g : m_groups)
        for (std::size_t k = 0; k < g.pairs.size(); ++k) {
            if (!g.connectedIntact[k])
                continue;
            const auto [u, v] = g.pairs[k];
            if (connected(g, u, v, comps, removed))
                continue;
            cut.devices.insert(u);
            cut.devices.insert(v);
            cut.roles.insert(g.roles.begin(), g.roles.end());
        }
    return cut;
}

Finding ReferenceAnalysis::finding(const char *rule, Severity severity,
                                   std::vector<std::string> elements, const Cut &cut) const
{
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.elements = std::move(elements);
    for (int d : cut.devices)
        f.affects.push_back(m_design.devices[d].id);
    for (Role r : allRoles())
        if (cut.roles.count(r))
            f.roles.push_back(r);
    return f;
}

std::set<std::string> ReferenceAnalysis::carriedNetworks(std::size_t linkIndex) const
{
    std::set<std::string> out;
    for (int n : m_links.at(linkIndex).networks)
        out.insert(m_design.networks[n].id);
    return out;
}

std::vector<std::string> ReferenceAnalysis::failureUnits() const
{
    std::vector<std::string> out;
    for (const Unit &u : m_units)
        out.push_back(u.name);
    return out;
}

std::vector<Finding> ReferenceAnalysis::unreachable() const
{
    std::vector<Finding> out;
    for (const RoleGroup &g : m_groups)
        for (std::size_t k = 0; k < g.pairs.size(); ++k) {
            if (g.connectedIntact[k])
                continue;
            const auto [u, v] = g.pairs[k];
            // A role's pair must share a network carrying it; for cluster communication any two
            // hosts of one cluster that no cluster network joins are unreachable.
            bool share = g.cluster;
            for (int n : g.networks)
                share = share || (m_boundNetworks[u].count(n) && m_boundNetworks[v].count(n));
            if (!share)
                continue;
            Cut c;
            c.devices = {u, v};
            c.roles.insert(g.roles.begin(), g.roles.end());
            out.push_back(finding("unreachable", Severity::Error,
                                  {m_design.devices[u].id, m_design.devices[v].id}, c));
        }
    return out;
}

std::vector<Finding> ReferenceAnalysis::spofs() const
{
    std::vector<Finding> out;
    for (std::size_t i = 0; i < m_units.size(); ++i) {
        const Cut c = cutBy({int(i)});
        if (c.any())
            out.push_back(finding("spof", Severity::Error, {m_units[i].name}, c));
    }
    return out;
}

std::vector<Finding> ReferenceAnalysis::doubleFaults() const
{
    std::vector<bool> spof(m_units.size());
    for (std::size_t i = 0; i < m_units.size(); ++i)
        spof[i] = cutBy({int(i)}).any();
    std::vector<Finding> out;
    for (std::size_t i = 0; i < m_units.size(); ++i) {
        if (spof[i])
            continue;
        for (std::size_t j = i + 1; j < m_units.size(); ++j) {
            if (spof[j])
                continue;
            const Cut c = cutBy({int(i), int(j)});
            if (c.any())
                out.push_back(finding("double-fault", Severity::Warning,
                                      {m_units[i].name, m_units[j].name}, c));
        }
    }
    return out;
}

std::string findingKey(const Finding &f)
{
    auto list = [](std::vector<std::string> v) {
        std::sort(v.begin(), v.end());
        std::string out = "[";
        for (std::size_t i = 0; i < v.size(); ++i)
            out += (i ? ", " : "") + v[i];
        return out + "]";
    };
    std::vector<std::string> roles;
    for (Role r : f.roles)
        roles.push_back(toString(r));
    return f.rule + " " + toString(f.severity) + " " + list(f.elements) +
           " affects=" + list(f.affects) + " roles=" + list(roles);
}

std::vector<Finding> failureFindings(const std::vector<Finding> &all)
{
    std::vector<Finding> out;
    for (const Finding &f : all)
        if (f.rule == "spof" || f.rule == "unreachable" || f.rule == "double-fault")
            out.push_back(f);
    return out;
}

std::vector<Finding> ReferenceAnalysis::findings(int failures) const
{
    std::vector<Finding> out = unreachable();
    for (auto &f : spofs())
        out.push_back(std::move(f));
    if (failures >= 2)
        for (auto &f : doubleFaults())
            out.push_back(std::move(f));
    return out;
}

} // namespace cn::reference
