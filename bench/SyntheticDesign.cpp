#include "SyntheticDesign.h"

#include <string>

namespace cn::bench {
namespace {

Network network(const std::string &id, std::vector<Role> roles, int vlan, const std::string &subnet)
{
    Network n;
    n.id = id;
    n.roles = std::move(roles);
    n.vlan = vlan;
    n.subnet = subnet;
    return n;
}

Link link(const std::string &a, const std::string &b, LinkKind kind = LinkKind::Cable)
{
    Link l;
    l.a = a;
    l.b = b;
    l.kind = kind;
    return l;
}

} // namespace

Design makeSyntheticDesign(const SyntheticParams &p)
{
    Design d;
    d.hasTitleBlock = true;
    d.title.title = "Synthetic " + std::to_string(p.hosts) + "-host cluster";
    d.networks = {network("mgmt", {Role::Management}, 10, "10.10.0.0/16"),
                  network("vm", {Role::Vm}, 100, "10.100.0.0/16"),
                  network("csv", {Role::Heartbeat, Role::Csv}, 20, "172.16.20.0/22"),
                  network("lm", {Role::LiveMigration}, 30, "172.16.30.0/22"),
                  network("iscsi-a", {Role::IscsiHost}, 40, "172.16.40.0/22"),
                  network("iscsi-b", {Role::IscsiHost}, 41, "172.16.44.0/22")};
    const int perStack = p.switchesPerStack > 0 ? p.switchesPerStack : std::max(2, (p.hosts * 4 + 25) / 26);
    std::vector<int> nextPort(std::size_t(2 * perStack), 1);
    auto sw = [&](int stack, int i) { return std::string(stack ? "swb" : "swa") + std::to_string(i + 1); };
    auto portOn = [&](int stack, int host) {
        const int s = host % perStack;
        const int n = nextPort[std::size_t(stack * perStack + s)]++;
        return sw(stack, s) + ":g" + std::to_string(n);
    };

    for (int h = 0; h < p.hosts; ++h) {
        Device host;
        host.id = "hv" + std::to_string(h + 1);
        host.type = DeviceType::Host;
        host.cluster = "clu" + std::to_string(h / 16 + 1);
        host.memoryGb = 512;
        for (int a = 0; a < p.adaptersPerHost; ++a) {
            Adapter ad;
            ad.id = a == 0 ? "lom" : "slot" + std::to_string(a);
            ad.speedMbps = 1000;
            for (int i = 0; i < p.portsPerAdapter; ++i)
                ad.ports.push_back(Port{"p" + std::to_string(i + 1), std::nullopt, {}, {}});
            host.adapters.push_back(std::move(ad));
        }
        Team mgmt{"mgmt-team", {"lom/p1", "slot1/p1"}, TeamMode::SwitchIndependent, {}, {}, {}};
        Team vm{"vm-team", {"lom/p2", "slot1/p2"}, TeamMode::SwitchIndependent, {}, {}, {}};
        host.teams = {mgmt, vm};
        auto bind = [](const std::string &via, const std::string &net) {
            Binding b;
            b.via = via;
            b.networks = {net};
            return b;
        };
        host.bindings = {bind("mgmt-team", "mgmt"), bind("vm-team", "vm"), bind("slot2/p1", "csv"),
                         bind("slot2/p2", "lm"), bind("lom/p3", "iscsi-a"), bind("slot1/p3", "iscsi-b")};
        for (int v = 0; v < 4; ++v)
            host.vms.push_back(Vm{"vm" + std::to_string(h + 1) + "-" + std::to_string(v + 1), 16.0 * (v + 1), {}, {}});
        const std::string id = host.id + ":";
        for (const auto &[local, stack] : std::vector<std::pair<std::string, int>>{
                 {"lom/p1", 0}, {"slot1/p1", 1}, {"lom/p2", 0}, {"slot1/p2", 1},
                 {"slot2/p1", 0}, {"slot2/p2", 1}, {"lom/p3", 0}, {"slot1/p3", 1}})
            d.links.push_back(link(id + local, portOn(stack, h)));
        d.devices.push_back(std::move(host));
    }

    Device san;
    san.id = "san1";
    san.type = DeviceType::Storage;
    for (const char *ctrl : {"ctrl-a", "ctrl-b"}) {
        Adapter a;
        a.id = ctrl;
        a.ports.push_back(Port{"p1", std::nullopt, {}, {}});
        san.adapters.push_back(a);
    }
    Binding ba, bb;
    ba.via = "ctrl-a/p1";
    ba.networks = {"iscsi-a"};
    bb.via = "ctrl-b/p1";
    bb.networks = {"iscsi-b"};
    san.bindings = {ba, bb};
    d.devices.push_back(san);
    d.links.push_back(link("san1:ctrl-a/p1", sw(0, perStack - 1) + ":g48"));
    d.links.push_back(link("san1:ctrl-b/p1", sw(1, perStack - 1) + ":g48"));

    for (int stack = 0; stack < 2; ++stack) {
        for (int i = 0; i < perStack; ++i) {
            Device s;
            s.id = sw(stack, i);
            s.type = DeviceType::Switch;
            s.model = "PowerConnect 6248";
            s.stack = stack ? "stack-b" : "stack-a";
            d.devices.push_back(s);
            if (i > 0)
                d.links.push_back(link(sw(stack, i - 1) + ":xg2", sw(stack, i) + ":xg1", LinkKind::Stacking));
        }
    }
    d.links.push_back(link(sw(0, 0) + ":xg3", sw(1, 0) + ":xg3"));
    d.links.push_back(link(sw(0, 0) + ":xg4", sw(1, 0) + ":xg4"));
    return d;
}

} // namespace cn::bench
