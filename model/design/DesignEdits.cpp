#include "design/DesignEdits.h"

#include "design/Endpoint.h"
#include "templates/TemplateLibrary.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <cctype>
#include <map>

namespace cn {
namespace {

class EditText
{
    Q_DECLARE_TR_FUNCTIONS(DesignEdits)
};

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
    // A closing letter after a dash counts on in letters: sw-iscsi-a -> sw-iscsi-b.
    const std::size_t len = base.size();
    if (len >= 3 && base[len - 2] == '-') {
        const char last = base[len - 1];
        const char end = last >= 'a' && last <= 'z' ? 'z' : last >= 'A' && last <= 'Z' ? 'Z' : last;
        for (char c = char(last + 1); c <= end && end != last; ++c) {
            const std::string candidate = base.substr(0, len - 1) + c;
            if (!taken.count(candidate))
                return candidate;
        }
    }
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
        // Storage comes with its two controllers, as arrays do.
        const std::vector<std::string> cards = type == DeviceType::Storage ? std::vector<std::string>{"ctrl-a", "ctrl-b"}
                                                                          : std::vector<std::string>{"lom"};
        for (const std::string &id : cards) {
            Adapter a;
            a.id = id;
            a.speedMbps = 1000;
            for (int i = 1; i <= (type == DeviceType::Host ? 4 : 2); ++i)
                a.ports.push_back(Port{(type == DeviceType::Host ? "nic" : "p") + std::to_string(i), std::nullopt, {}, {}});
            dev.adapters.push_back(std::move(a));
        }
    }
    return dev;
}

std::string nextAdapterId(const Device &device)
{
    std::set<std::string> taken;
    for (const Adapter &a : device.adapters)
        taken.insert(a.id);
    if (!device.adapters.empty()) {
        const std::string &last = device.adapters.back().id;
        const std::size_t n = last.size();
        const bool numbered = n > 0 && std::isdigit(static_cast<unsigned char>(last[n - 1]));
        const bool lettered = n >= 3 && last[n - 2] == '-' && std::isalpha(static_cast<unsigned char>(last[n - 1]));
        if (numbered || lettered)
            return nextFreeId(last, taken);
    }
    return nextFreeId("slot1", taken);
}

std::string suggestedNetworkId(const Design &d, Role role)
{
    static const std::map<Role, std::string> bases = {
        {Role::Management, "mgmt"},  {Role::Vm, "vm"},         {Role::Heartbeat, "heartbeat"},
        {Role::Csv, "csv"},          {Role::LiveMigration, "lm"}, {Role::IscsiHost, "iscsi-a"},
        {Role::IscsiGuest, "iscsi-a"}, {Role::Backup, "backup"}, {Role::Oob, "oob"}};
    return nextFreeId(bases.at(role), networkIds(d));
}

Link makeLink(const Design &d, const std::string &a, const std::string &b)
{
    Link l;
    l.a = a;
    l.b = b;
    const Device *da = d.findDevice(deviceOf(a));
    const Device *db = d.findDevice(deviceOf(b));
    if (da && db && da->isSwitch() && db->isSwitch() && !da->stack.empty() && da->stack == db->stack)
        l.kind = LinkKind::Stacking;
    return l;
}

namespace {

void addNetworks(std::vector<std::string> &to, const std::vector<std::string> &from)
{
    for (const auto &n : from)
        if (std::find(to.begin(), to.end(), n) == to.end())
            to.push_back(n);
}

// Moves the bindings of `members` (ports) to `teamId`.
void bindingsToTeam(Device &dev, const std::vector<std::string> &members, const std::string &teamId)
{
    std::vector<std::string> nets;
    for (auto it = dev.bindings.begin(); it != dev.bindings.end();) {
        if (std::find(members.begin(), members.end(), it->via) != members.end()) {
            addNetworks(nets, it->networks);
            it = dev.bindings.erase(it);
        } else {
            ++it;
        }
    }
    if (nets.empty())
        return;
    for (Binding &b : dev.bindings)
        if (b.via == teamId) {
            addNetworks(b.networks, nets);
            b.networkPos.clear();
            return;
        }
    Binding b;
    b.via = teamId;
    b.networks = nets;
    dev.bindings.push_back(std::move(b));
}

} // namespace

Design withTeam(Design d, const std::string &deviceId, Team team)
{
    Device *dev = d.findDevice(deviceId);
    if (!dev)
        return d;
    bindingsToTeam(*dev, team.members, team.id);
    dev->teams.push_back(std::move(team));
    return d;
}

Design withTeamReplaced(Design d, const std::string &deviceId, const std::string &oldId, Team team)
{
    Device *dev = d.findDevice(deviceId);
    if (!dev)
        return d;
    for (Binding &b : dev->bindings)
        if (b.via == oldId)
            b.via = team.id;
    bindingsToTeam(*dev, team.members, team.id);
    team.memberPos.clear();
    for (Team &t : dev->teams)
        if (t.id == oldId) {
            t = std::move(team);
            break;
        }
    return d;
}

Design withoutTeam(Design d, const std::string &deviceId, const std::string &teamId)
{
    Device *dev = d.findDevice(deviceId);
    if (!dev)
        return d;
    dev->teams.erase(std::remove_if(dev->teams.begin(), dev->teams.end(), [&](const Team &t) { return t.id == teamId; }),
                     dev->teams.end());
    dev->bindings.erase(std::remove_if(dev->bindings.begin(), dev->bindings.end(),
                                       [&](const Binding &b) { return b.via == teamId; }),
                        dev->bindings.end());
    return d;
}

Design withBindingNetworks(Design d, const std::string &deviceId, const std::string &via,
                           const std::vector<std::string> &networks)
{
    Device *dev = d.findDevice(deviceId);
    if (!dev)
        return d;
    auto it = std::find_if(dev->bindings.begin(), dev->bindings.end(), [&](const Binding &b) { return b.via == via; });
    if (networks.empty()) {
        if (it != dev->bindings.end())
            dev->bindings.erase(it);
        return d;
    }
    if (it == dev->bindings.end()) {
        Binding b;
        b.via = via;
        dev->bindings.push_back(std::move(b));
        it = std::prev(dev->bindings.end());
    }
    it->networks = networks;
    it->networkPos.clear();
    return d;
}

Design withNetworkDroppedOn(Design d, const std::string &deviceId, const std::string &local,
                            const std::string &networkId, std::string *error, std::string *what)
{
    auto fail = [&](const QString &text) {
        if (error)
            *error = text.toStdString();
        return d;
    };
    const Device *dev = d.findDevice(deviceId);
    if (!d.findNetwork(networkId))
        return fail(EditText::tr("there is no network '%1'").arg(QString::fromStdString(networkId)));
    if (!dev)
        return fail(EditText::tr("there is no device '%1'").arg(QString::fromStdString(deviceId)));
    const std::string end = deviceId + ":" + local;
    if (dev->isSwitch()) {
        Link *link = nullptr;
        for (Link &l : d.links)
            if (l.a == end || l.b == end)
                link = &l;
        if (!link)
            return fail(EditText::tr("port %1 has no cable: draw one first").arg(QString::fromStdString(end)));
        // A cable to a host carries what the host binds: bind it there.
        const std::string other = link->a == end ? link->b : link->a;
        const Device *far = d.findDevice(deviceOf(other));
        if (far && !far->isSwitch()) {
            EndpointRef r;
            splitEndpoint(other, r);
            return withNetworkDroppedOn(std::move(d), r.device, r.rest, networkId, error, what);
        }
        std::vector<std::string> nets = link->networks.value_or(std::vector<std::string>{});
        addNetworks(nets, {networkId});
        link->networks = nets;
        link->networkPos.clear();
        if (what)
            *what = "link " + link->name();
        return d;
    }
    std::string adapter, port;
    const Adapter *a = splitAdapterPort(local, adapter, port) ? dev->findAdapter(adapter) : nullptr;
    if (!a || !a->findPort(port))
        return fail(EditText::tr("%1 has no port %2").arg(QString::fromStdString(deviceId), QString::fromStdString(local)));
    const Team *team = dev->teamOf(local);
    const std::string via = team ? team->id : local;
    std::vector<std::string> nets;
    for (const Binding &b : dev->bindings)
        if (b.via == via)
            nets = b.networks;
    addNetworks(nets, {networkId});
    if (what)
        *what = deviceId + ":" + via;
    return withBindingNetworks(std::move(d), deviceId, via, nets);
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

namespace {

// The cablable ports of a device in order, each with what makes two ports the same kind.
std::vector<std::pair<std::string, std::string>> portKinds(const Device &dev, const TemplateLibrary &templates)
{
    std::vector<std::pair<std::string, std::string>> out;
    if (dev.isSwitch()) {
        if (const DeviceTemplate *t = templates.findDevice(dev.model))
            for (const Interface &i : t->interfaces)
                if (i.cablable())
                    out.emplace_back(i.name, i.type + (i.mgmtOnly ? "/mgmt" : ""));
        return out;
    }
    for (const Adapter &a : dev.adapters)
        for (const Port &p : a.ports)
            out.emplace_back(a.id + "/" + p.id, std::to_string(a.portSpeedMbps(p)));
    return out;
}

// The next free port of `target` (in `d`) of the kind that `local` has on `like`, searching on
// from `local`'s place and then from the start.
std::string nextFreePort(const Device &target, const Device &like, const std::string &local,
                         const TemplateLibrary &templates, const std::set<std::string> &used)
{
    const auto likeKinds = portKinds(like, templates);
    std::string kind;
    for (const auto &[name, k] : likeKinds)
        if (name == local)
            kind = k;
    if (kind.empty())
        return {};
    const auto kinds = portKinds(target, templates);
    std::size_t start = 0;
    for (std::size_t i = 0; i < kinds.size(); ++i)
        if (kinds[i].first == local)
            start = i + 1;
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        const auto &[name, kk] = kinds[(start + k) % kinds.size()];
        if (kk == kind && !used.count(target.id + ":" + name))
            return name;
    }
    return {};
}

std::string upper(const std::string &s)
{
    std::string u = s;
    for (char &c : u)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    return u;
}

} // namespace

Design withCopies(Design d, const Design &source, const std::set<std::string> &ids,
                  const TemplateLibrary &templates, Position offset, CopyResult *result)
{
    CopyResult r;
    std::set<std::string> taken = deviceIds(d);
    std::set<std::string> names;
    for (const Device &dev : d.devices)
        names.insert(dev.displayName());
    std::map<std::string, std::string> renames;
    std::set<std::string> usedNetworks;
    for (const Device &src : source.devices) {
        if (!ids.count(src.id))
            continue;
        Device dev = src;
        dev.id = nextFreeId(src.id, taken);
        taken.insert(dev.id);
        if (!dev.name.empty()) {
            // A name that spells the id (HV02 for hv02) follows it; any other counts on.
            dev.name = dev.name == src.id ? dev.id : dev.name == upper(src.id) ? upper(dev.id) : nextFreeId(dev.name, names);
            names.insert(dev.name);
        }
        if (dev.position)
            dev.position = Position{dev.position->x + offset.x, dev.position->y + offset.y};
        for (const Binding &b : dev.bindings)
            usedNetworks.insert(b.networks.begin(), b.networks.end());
        renames[src.id] = dev.id;
        r.added.push_back(dev.id);
        d.devices.push_back(std::move(dev));
    }
    std::set<std::string> linkNames, used;
    for (const Link &l : d.links) {
        linkNames.insert(l.name());
        used.insert(l.a);
        used.insert(l.b);
    }
    for (const Link &src : source.links) {
        const bool inA = ids.count(deviceOf(src.a)) != 0, inB = ids.count(deviceOf(src.b)) != 0;
        if (!inA && !inB)
            continue;
        Link l = src;
        l.a = renameEndpoint(src.a, renames);
        l.b = renameEndpoint(src.b, renames);
        if (!inA || !inB) {
            // One end stays outside the copy: the same device, on its next free port of the kind.
            std::string &outside = inA ? l.b : l.a;
            EndpointRef ref;
            splitEndpoint(outside, ref);
            const Device *target = d.findDevice(ref.device);
            const Device *like = source.findDevice(ref.device);
            const std::string port =
                target && like && target->type == like->type ? nextFreePort(*target, *like, ref.rest, templates, used) : std::string();
            if (port.empty()) {
                r.uncopied.push_back(src.name());
                continue;
            }
            outside = ref.device + ":" + port;
        }
        if (!l.id.empty())
            l.id = nextFreeId(l.id, linkNames);
        l.networkPos.clear();
        linkNames.insert(l.name());
        used.insert(l.a);
        used.insert(l.b);
        if (l.networks)
            usedNetworks.insert(l.networks->begin(), l.networks->end());
        if (!inA || !inB)
            r.links.push_back(l.name());
        d.links.push_back(std::move(l));
    }
    // Networks the copies use and the design lacks come along.
    for (const auto &n : source.networks)
        if (usedNetworks.count(n.id) && !d.findNetwork(n.id))
            d.networks.push_back(n);
    if (result)
        *result = std::move(r);
    return d;
}

bool Box::overlaps(const Box &o, double gap) const
{
    return x < o.x + o.w + gap && o.x < x + w + gap && y < o.y + o.h + gap && o.y < y + h + gap;
}

Position besideOffset(const Box &group, const std::vector<Box> &others, double gap)
{
    const double step = std::max(gap / 2, 10.0);
    auto clear = [&](double dx, double dy) {
        Box moved = group;
        moved.x += dx;
        moved.y += dy;
        for (const Box &o : others)
            if (moved.overlaps(o, gap / 2))
                return false;
        return true;
    };
    // Right first, then below, left, above: the nearest free place in any of them, where a
    // right-hand place wins a tie.
    const double dirs[4][2] = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
    for (int k = 0;; ++k)
        for (const auto &d : dirs) {
            const double size = d[0] != 0 ? group.w : group.h;
            const double dist = size + gap + k * step;
            if (clear(d[0] * dist, d[1] * dist))
                return Position{d[0] * dist, d[1] * dist};
        }
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
