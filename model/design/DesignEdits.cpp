#include "design/DesignEdits.h"

#include "design/Endpoint.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace cn {
namespace {

std::string deviceOf(const std::string &endpoint)
{
    EndpointRef r;
    return splitEndpoint(endpoint, r) ? r.device : std::string();
}

std::string renameEndpoint(const std::string &endpoint, const std::map<std::string, std::string> &renames)
{
    EndpointRef r;
    if (!splitEndpoint(endpoint, r))
        return endpoint;
    auto it = renames.find(r.device);
    return it == renames.end() ? endpoint : it->second + ":" + r.rest;
}

} // namespace

std::string nextFreeId(const std::string &base, const std::set<std::string> &taken)
{
    if (!taken.count(base))
        return base;
    // Split a trailing number, keeping its width: hv03 -> hv 03.
    std::size_t digits = base.size();
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(base[digits - 1])))
        --digits;
    const std::string stem = base.substr(0, digits);
    const std::string number = base.substr(digits);
    long n = number.empty() ? 1 : std::stol(number);
    const std::size_t width = number.size();
    for (;;) {
        ++n;
        std::string num = std::to_string(n);
        if (num.size() < width)
            num = std::string(width - num.size(), '0') + num;
        const std::string candidate = number.empty() ? stem + "-" + num : stem + num;
        if (!taken.count(candidate))
            return candidate;
    }
}

std::set<std::string> deviceIds(const Design &d)
{
    std::set<std::string> ids;
    for (const auto &dev : d.devices)
        ids.insert(dev.id);
    return ids;
}

std::set<std::string> networkIds(const Design &d)
{
    std::set<std::string> ids;
    for (const auto &n : d.networks)
        ids.insert(n.id);
    return ids;
}

Device makeDevice(const Design &d, DeviceType type, const std::string &model)
{
    static const std::map<DeviceType, std::string> bases = {
        {DeviceType::Host, "hv01"},   {DeviceType::Switch, "sw01"},   {DeviceType::Storage, "san01"},
        {DeviceType::Router, "rtr01"}, {DeviceType::Firewall, "fw01"}, {DeviceType::Other, "dev01"}};
    Device dev;
    dev.type = type;
    dev.id = nextFreeId(bases.at(type), deviceIds(d));
    dev.model = model;
    if (type != DeviceType::Switch) {
        Adapter a;
        a.id = type == DeviceType::Storage ? "ctrl-a" : "lom";
        a.speedMbps = 1000;
        for (int i = 1; i <= (type == DeviceType::Host ? 4 : 2); ++i)
            a.ports.push_back(Port{(type == DeviceType::Host ? "nic" : "p") + std::to_string(i), std::nullopt, {}, {}});
        dev.adapters.push_back(std::move(a));
    }
    return dev;
}

Design withDevice(Design d, Device device)
{
    d.devices.push_back(std::move(device));
    return d;
}

Design withoutDevices(Design d, const std::set<std::string> &ids)
{
    d.devices.erase(std::remove_if(d.devices.begin(), d.devices.end(),
                                   [&](const Device &dev) { return ids.count(dev.id) != 0; }),
                    d.devices.end());
    d.links.erase(std::remove_if(d.links.begin(), d.links.end(),
                                 [&](const Link &l) {
                                     return ids.count(deviceOf(l.a)) || ids.count(deviceOf(l.b));
                                 }),
                  d.links.end());
    return d;
}

Design withoutLinks(Design d, const std::set<std::string> &names)
{
    d.links.erase(std::remove_if(d.links.begin(), d.links.end(),
                                 [&](const Link &l) { return names.count(l.name()) != 0; }),
                  d.links.end());
    return d;
}

Design withLink(Design d, Link link)
{
    d.links.push_back(std::move(link));
    return d;
}

Design withPositions(Design d, const std::vector<std::pair<std::string, Position>> &positions)
{
    for (const auto &[id, pos] : positions)
        if (Device *dev = d.findDevice(id))
            dev->position = pos;
    return d;
}

Design withDeviceRenamed(Design d, const std::string &oldId, const std::string &newId)
{
    if (oldId == newId)
        return d;
    const std::map<std::string, std::string> renames{{oldId, newId}};
    for (auto &l : d.links) {
        l.a = renameEndpoint(l.a, renames);
        l.b = renameEndpoint(l.b, renames);
    }
    if (Device *dev = d.findDevice(oldId))
        dev->id = newId;
    return d;
}

Design withDeviceReplaced(Design d, const std::string &oldId, Device device)
{
    const std::string newId = device.id;
    d = withDeviceRenamed(std::move(d), oldId, newId);
    if (Device *dev = d.findDevice(newId))
        *dev = std::move(device);
    return d;
}

Design withLinkReplaced(Design d, const std::string &oldName, Link link)
{
    for (auto &l : d.links)
        if (l.name() == oldName) {
            l = std::move(link);
            break;
        }
    return d;
}

Design withNetwork(Design d, Network network)
{
    d.networks.push_back(std::move(network));
    return d;
}

Design withNetworkReplaced(Design d, const std::string &oldId, Network network)
{
    const std::string newId = network.id;
    for (auto &n : d.networks)
        if (n.id == oldId)
            n = std::move(network);
    if (oldId == newId)
        return d;
    auto rename = [&](std::vector<std::string> &ids) {
        for (auto &id : ids)
            if (id == oldId)
                id = newId;
    };
    for (auto &dev : d.devices)
        for (auto &b : dev.bindings)
            rename(b.networks);
    for (auto &l : d.links)
        if (l.networks)
            rename(*l.networks);
    return d;
}

Design withoutNetwork(Design d, const std::string &id)
{
    d.networks.erase(std::remove_if(d.networks.begin(), d.networks.end(),
                                    [&](const Network &n) { return n.id == id; }),
                     d.networks.end());
    auto drop = [&](std::vector<std::string> &ids) {
        ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
    };
    for (auto &dev : d.devices)
        for (auto &b : dev.bindings) {
            drop(b.networks);
            b.networkPos.clear();
        }
    for (auto &l : d.links)
        if (l.networks) {
            drop(*l.networks);
            l.networkPos.clear();
        }
    return d;
}

Design extract(const Design &d, const std::set<std::string> &ids)
{
    Design part;
    part.networks = d.networks;
    for (const auto &dev : d.devices)
        if (ids.count(dev.id))
            part.devices.push_back(dev);
    for (const auto &l : d.links)
        if (ids.count(deviceOf(l.a)) && ids.count(deviceOf(l.b)))
            part.links.push_back(l);
    return part;
}

Design merged(Design d, const Design &part, Position offset, std::vector<std::string> *added)
{
    std::set<std::string> taken = deviceIds(d);
    std::map<std::string, std::string> renames;
    for (Device dev : part.devices) {
        const std::string id = nextFreeId(dev.id, taken);
        taken.insert(id);
        renames[dev.id] = id;
        dev.id = id;
        if (dev.position)
            dev.position = Position{dev.position->x + offset.x, dev.position->y + offset.y};
        if (added)
            added->push_back(id);
        d.devices.push_back(std::move(dev));
    }
    std::set<std::string> linkNames;
    for (const auto &l : d.links)
        linkNames.insert(l.name());
    for (Link l : part.links) {
        l.a = renameEndpoint(l.a, renames);
        l.b = renameEndpoint(l.b, renames);
        if (!l.id.empty())
            l.id = nextFreeId(l.id, linkNames);
        linkNames.insert(l.name());
        d.links.push_back(std::move(l));
    }
    // Networks the part uses and the design lacks come along.
    for (const auto &n : part.networks)
        if (!d.findNetwork(n.id))
            d.networks.push_back(n);
    return d;
}

} // namespace cn
