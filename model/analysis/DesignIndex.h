#pragma once
// The facts the rules share, resolved once from a loaded design: which networks each port is
// bound to, which networks each link carries (RULES.md "Which networks a link carries"),
// switch fabrics, and what each switch carries. Indices refer to Design::networks, ::devices
// and ::links.

#include "design/Design.h"
#include "design/Endpoint.h"

#include <map>
#include <string>
#include <vector>

namespace cn {

class TemplateLibrary;

using NetworkSet = std::vector<int>; // sorted network indices

struct PortInfo {
    int device = -1;
    const Adapter *adapter = nullptr;
    const Port *port = nullptr;
    std::string local; // "adapter/port"
    NetworkSet networks; // bound directly or through its team
    const Team *team = nullptr;
    int link = -1;
    int speedMbps = 0; // configured

    std::string ref(const Design &d) const;
};

struct LinkInfo {
    const Link *link = nullptr;
    std::string name;
    ResolvedEndpoint a, b;
    int portA = -1, portB = -1; // PortInfo indices of endpoint-device ends
    int switchA = -1, switchB = -1; // device indices of switch ends
    bool outOfBand = false;
    bool betweenSwitches = false;
    NetworkSet carries;
    int speedMbps = 0; // effective: own speed, else the slower end
};

class DesignIndex
{
public:
    DesignIndex(const Design &design, const TemplateLibrary &templates);

    const Design &design() const { return m_design; }
    const TemplateLibrary &templates() const { return m_templates; }
    const std::vector<PortInfo> &ports() const { return m_ports; }
    const std::vector<LinkInfo> &links() const { return m_links; }

    int networkIndex(const std::string &id) const;
    int deviceIndex(const std::string &id) const;
    // PortInfo index of DEVICE's "adapter/port", or -1.
    int portIndex(int device, const std::string &local) const;
    const std::vector<int> &portsOf(int device) const { return m_devicePorts[std::size_t(device)]; }
    // Networks a device has a binding to.
    const NetworkSet &boundNetworks(int device) const { return m_deviceNetworks[std::size_t(device)]; }
    const NetworkSet &switchNetworks(int device) const { return m_switchNetworks[std::size_t(device)]; }
    // Links with an end on this switch.
    const std::vector<int> &switchLinks(int device) const { return m_switchLinks[std::size_t(device)]; }
    const DeviceTemplate *templateOf(int device) const { return m_deviceTemplates[std::size_t(device)]; }
    // Bandwidth in Mb/s of a binding target (a port or team of `device`): the speed of the
    // link on the port, or the sum over the team's members' links; uncabled counts nothing.
    int bindingBandwidth(int device, const std::string &via) const;
    // The binding bandwidth of a device's fastest binding to network `n` (0 when none).
    int bandwidthTo(int device, int n) const;
    bool isHost(int device) const;

private:
    void indexPorts();
    void indexLinks();
    void computeCarriage();

    const Design &m_design;
    const TemplateLibrary &m_templates;
    std::map<std::string, int> m_networkIndex, m_deviceIndex;
    std::vector<std::map<std::string, int>> m_portIndex;
    std::vector<PortInfo> m_ports;
    std::vector<LinkInfo> m_links;
    std::vector<std::vector<int>> m_devicePorts;
    std::vector<NetworkSet> m_deviceNetworks;
    std::vector<NetworkSet> m_switchNetworks;
    std::vector<std::vector<int>> m_switchLinks;
    std::vector<const DeviceTemplate *> m_deviceTemplates;
};

bool contains(const NetworkSet &s, int n);
void insertSorted(NetworkSet &s, int n);

} // namespace cn
