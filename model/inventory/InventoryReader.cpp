#include "inventory/InventoryReader.h"

#include "design/Subnet.h"
#include "inventory/JsonPlace.h"
#include "io/YamlGuard.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <arpa/inet.h>

#include <array>
#include <cmath>

namespace cn
{
namespace
{

class InventoryReader
{
    Q_DECLARE_TR_FUNCTIONS(InventoryReader)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// A value with the path that leads to it, for messages.
struct Item {
    QJsonValue value;
    JsonPath path;

    Item at(const QString &key) const
    {
        JsonPath p = path;
        p.push_back({key, -1});
        if (!value.isObject())
            return {QJsonValue(QJsonValue::Undefined), p};
        const QJsonObject o = value.toObject();
        auto it = o.constFind(key);
        if (it == o.constEnd()) // PowerShell property names know no case
            for (auto i = o.constBegin(); i != o.constEnd(); ++i)
                if (i.key().compare(key, Qt::CaseInsensitive) == 0) {
                    it = i;
                    p.back().key = i.key();
                    break;
                }
        return {it == o.constEnd() ? QJsonValue(QJsonValue::Undefined) : *it, p};
    }
    // The first of several names a property goes by (Bus, BusNumber).
    Item any(std::initializer_list<const char *> keys) const
    {
        for (const char *k : keys) {
            Item i = at(QLatin1String(k));
            if (!i.value.isUndefined() && !i.value.isNull())
                return i;
        }
        return at(QLatin1String(*keys.begin()));
    }
    bool missing() const { return value.isUndefined() || value.isNull(); }
};

bool isCountWrapper(const QJsonValue &v)
{
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    if (o.size() != 2)
        return false;
    bool value = false, count = false;
    for (auto i = o.constBegin(); i != o.constEnd(); ++i) {
        value |= i.key().compare(QLatin1String("value"), Qt::CaseInsensitive) == 0 && i->isArray();
        count |= i.key().compare(QLatin1String("Count"), Qt::CaseInsensitive) == 0;
    }
    return value && count;
}

// A list however PowerShell wrote it: an array, one item on its own, {value, Count}, or nothing.
std::vector<Item> items(const Item &list)
{
    std::vector<Item> out;
    if (list.missing())
        return out;
    Item arr = list;
    if (isCountWrapper(list.value))
        arr = list.at(QStringLiteral("value"));
    if (!arr.value.isArray()) {
        out.push_back(arr);
        return out;
    }
    const QJsonArray a = arr.value.toArray();
    for (int i = 0; i < a.size(); ++i) {
        JsonPath p = arr.path;
        p.push_back({QString(), i});
        // An element may itself be wrapped ({value, Count} inside an array of arrays).
        Item element{a.at(i), p};
        if (isCountWrapper(element.value) || element.value.isArray()) {
            for (Item &inner : items(element))
                out.push_back(std::move(inner));
        } else {
            out.push_back(std::move(element));
        }
    }
    return out;
}

const QString kNotProvided = QStringLiteral("Information Not Provided By Switch");

std::string text(const Item &i)
{
    const QJsonValue &v = i.value;
    if (v.isString())
        return v.toString() == kNotProvided ? std::string() : v.toString().trimmed().toStdString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) ? QString::number(qint64(d)).toStdString()
                                  : QString::number(d).toStdString();
    }
    if (v.isBool())
        return v.toBool() ? "True" : "False";
    if (v.isObject()) // an object that stands for its name (ParentAdapter, Network)
        return text(i.at(QStringLiteral("Name")));
    return {};
}

std::optional<long long> number(const Item &i)
{
    if (i.value.isDouble())
        return static_cast<long long>(i.value.toDouble());
    if (i.value.isString()) {
        bool ok = false;
        const long long n = i.value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

bool flag(const Item &i)
{
    if (i.value.isBool())
        return i.value.toBool();
    if (i.value.isDouble())
        return i.value.toDouble() != 0;
    return i.value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

std::vector<std::string> texts(const Item &list)
{
    std::vector<std::string> out;
    for (const Item &i : items(list)) {
        std::string t = text(i);
        if (!t.empty())
            out.push_back(std::move(t));
    }
    return out;
}

// An enum written as its number or its name; names compare without case or spaces.
template <typename T>
std::optional<T> enumValue(const Item &i, std::initializer_list<std::pair<int, T>> byNumber,
                           std::initializer_list<std::pair<const char *, T>> byName)
{
    if (const auto n = number(i))
        for (const auto &[k, v] : byNumber)
            if (k == *n)
                return v;
    QString name = i.value.toString();
    name.remove(' ');
    for (const auto &[k, v] : byName)
        if (name.compare(QLatin1String(k), Qt::CaseInsensitive) == 0)
            return v;
    return std::nullopt;
}

std::optional<int> vlanOf(const Item &i)
{
    const auto n = number(i);
    if (!n || *n <= 0 || *n > 4094)
        return std::nullopt;
    return int(*n);
}

// "10 Gbps", "100 Mbps", "2.5 Gbps"
long long parseLinkSpeed(const std::string &s)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([0-9.]+)\\s*([KMGT]?)bps\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(q(s));
    if (!m.hasMatch())
        return 0;
    const double v = m.captured(1).toDouble();
    const QString unit = m.captured(2).toUpper();
    const double scale = unit == "K"   ? 1e3
                         : unit == "M" ? 1e6
                         : unit == "G" ? 1e9
                         : unit == "T" ? 1e12
                                       : 1;
    return static_cast<long long>(v * scale);
}

LinkState stateOf(const Item &adapter)
{
    const Item status = adapter.at(QStringLiteral("Status"));
    if (status.value.isString()) {
        QString s = status.value.toString();
        s.remove(' ');
        if (s.compare(QLatin1String("Up"), Qt::CaseInsensitive) == 0)
            return LinkState::Up;
        if (s.compare(QLatin1String("Disconnected"), Qt::CaseInsensitive) == 0 ||
            s.compare(QLatin1String("Down"), Qt::CaseInsensitive) == 0 ||
            s.compare(QLatin1String("LowerLayerDown"), Qt::CaseInsensitive) == 0)
            return LinkState::Down;
        if (s.compare(QLatin1String("Disabled"), Qt::CaseInsensitive) == 0)
            return LinkState::Disabled;
        if (s.compare(QLatin1String("NotPresent"), Qt::CaseInsensitive) == 0)
            return LinkState::NotPresent;
    }
    // ifOperStatus (InterfaceOperationalStatus), then MediaConnectionState.
    if (const auto n = number(adapter.any({"InterfaceOperationalStatus", "ifOperStatus"}))) {
        if (*n == 1)
            return LinkState::Up;
        if (*n == 2 || *n == 7)
            return LinkState::Down;
        if (*n == 6)
            return LinkState::NotPresent;
    }
    const auto media =
        enumValue<LinkState>(adapter.at(QStringLiteral("MediaConnectionState")),
                             {{1, LinkState::Up}, {2, LinkState::Down}},
                             {{"Connected", LinkState::Up}, {"Disconnected", LinkState::Down}});
    return media.value_or(LinkState::Unknown);
}

class Reader
{
public:
    Reader(const QByteArray &utf8, std::string label) : m_utf8(utf8), m_label(std::move(label)) {}

    InventoryLoad read()
    {
        InventoryLoad out;
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(m_utf8, &parse);
        if (parse.error != QJsonParseError::NoError) {
            out.error = Diagnostic{
                Diagnostic::Severity::Error, m_label, placeOfOffset(m_utf8, parse.offset),
                InventoryReader::tr("not JSON: %1").arg(parse.errorString()).toStdString()};
            return out;
        }
        if (!doc.isObject()) {
            out.error = Diagnostic{
                Diagnostic::Severity::Error, m_label, placeOf(m_utf8, {}),
                InventoryReader::tr("an inventory is one JSON object, as the collector writes it")
                    .toStdString()};
            return out;
        }
        const Item root{doc.object(), {}};
        const std::string format = text(root.at(QStringLiteral("Format")));
        if (!format.empty() && format.rfind("clusternet-inventory/1", 0) != 0) {
            out.error = error(
                root.at(QStringLiteral("Format")),
                InventoryReader::tr("format '%1' is not clusternet-inventory/1").arg(q(format)));
            return out;
        }
        HostInventory inv;
        inv.file = m_label;
        inv.hostName = text(root.at(QStringLiteral("ComputerName")));
        if (inv.hostName.empty()) {
            out.error = error(
                root, InventoryReader::tr("no ComputerName: this is not an inventory of a host"));
            return out;
        }
        inv.clusterName = text(root.at(QStringLiteral("ClusterName")));
        inv.collectedAt = text(root.at(QStringLiteral("CollectedAt")));
        inv.psVersion = text(root.at(QStringLiteral("PSVersion")));
        inv.model = text(root.at(QStringLiteral("Model")));
        inv.memoryBytes = number(root.at(QStringLiteral("TotalPhysicalMemory"))).value_or(0);
        inv.problems = texts(root.at(QStringLiteral("Problems")));
        readAdapters(root, inv);
        readHardware(root, inv);
        readVirtualAdapters(root, inv);
        readLbfo(root, inv);
        readVmSwitches(root, inv);
        readHostVnics(root, inv);
        readAddresses(root, inv);
        readCluster(root, inv);
        readNeighbours(root, inv);
        out.inventory = std::move(inv);
        out.warnings = std::move(m_warnings);
        return out;
    }

private:
    Diagnostic error(const Item &at, const QString &message) const
    {
        return {Diagnostic::Severity::Error, m_label, placeOf(m_utf8, at.path),
                message.toStdString()};
    }
    void warn(const Item &at, const QString &message)
    {
        m_warnings.push_back({Diagnostic::Severity::Warning, m_label, placeOf(m_utf8, at.path),
                              message.toStdString()});
    }
    // Entries without a name are left out, with a warning at their place.
    bool named(const Item &entry, const std::string &name, const char *section)
    {
        if (!name.empty())
            return true;
        warn(entry, InventoryReader::tr("an entry of %1 without a name is left out")
                        .arg(QLatin1String(section)));
        return false;
    }

    void readAdapters(const Item &root, HostInventory &inv)
    {
        for (const Item &e : items(root.at(QStringLiteral("NetAdapter")))) {
            InvAdapter a;
            a.name = text(e.at(QStringLiteral("Name")));
            if (!named(e, a.name, "NetAdapter"))
                continue;
            a.description = text(e.at(QStringLiteral("InterfaceDescription")));
            a.mac = normaliseMac(text(e.any({"MacAddress", "PermanentAddress"})));
            a.ifIndex = int(number(e.any({"ifIndex", "InterfaceIndex"})).value_or(0));
            a.speedBps = number(e.any({"Speed", "ReceiveLinkSpeed"})).value_or(0);
            if (a.speedBps <= 0)
                a.speedBps = parseLinkSpeed(text(e.at(QStringLiteral("LinkSpeed"))));
            a.state = stateOf(e);
            a.stateText = text(e.at(QStringLiteral("Status")));
            a.vlan = vlanOf(e.any({"VlanID", "VlanId"}));
            inv.adapters.push_back(std::move(a));
        }
    }

    void readHardware(const Item &root, HostInventory &inv)
    {
        static const QRegularExpression location(
            QStringLiteral("bus\\s+(\\d+),\\s*device\\s+(\\d+),\\s*function\\s+(\\d+)"),
            QRegularExpression::CaseInsensitiveOption);
        for (const Item &e : items(root.at(QStringLiteral("NetAdapterHardwareInfo")))) {
            const std::string name = text(e.at(QStringLiteral("Name")));
            InvAdapter *a = nullptr;
            for (InvAdapter &x : inv.adapters)
                if (x.name == name)
                    a = &x;
            if (!a)
                continue; // hidden or virtual adapters have hardware info too
            const auto bus = number(e.any({"BusNumber", "Bus"}));
            const auto device = number(e.any({"DeviceNumber", "Device"}));
            const auto function = number(e.any({"FunctionNumber", "Function"}));
            if (bus && device) {
                a->bus = int(*bus);
                a->device = int(*device);
                a->function = int(function.value_or(0));
                a->hasPci = true;
            } else {
                const auto m =
                    location.match(q(text(e.at(QStringLiteral("LocationInformationString")))));
                if (m.hasMatch()) {
                    a->bus = m.captured(1).toInt();
                    a->device = m.captured(2).toInt();
                    a->function = m.captured(3).toInt();
                    a->hasPci = true;
                }
            }
            a->segment = int(number(e.any({"SegmentNumber", "Segment"})).value_or(0));
            if (const auto slot = number(e.any({"SlotNumber", "Slot"})))
                a->slot = int(*slot);
            a->pciLabel = text(e.any({"PciDeviceLabelString", "PciDeviceLabel"}));
        }
    }

    void readVirtualAdapters(const Item &root, HostInventory &inv)
    {
        for (const Item &e : items(root.at(QStringLiteral("NetAdapterVirtual")))) {
            InvVirtualAdapter a;
            a.name = text(e.at(QStringLiteral("Name")));
            if (!named(e, a.name, "NetAdapterVirtual"))
                continue;
            a.description = text(e.at(QStringLiteral("InterfaceDescription")));
            a.mac = normaliseMac(text(e.at(QStringLiteral("MacAddress"))));
            a.ifIndex = int(number(e.any({"ifIndex", "InterfaceIndex"})).value_or(0));
            a.vlan = vlanOf(e.any({"VlanID", "VlanId"}));
            inv.virtualAdapters.push_back(std::move(a));
        }
    }

    static std::optional<TeamMode> teamMode(const Item &i)
    {
        // MSFT_NetLbfoTeam TeamingMode and VMSwitchTeamingMode: Static 0, SwitchIndependent 1,
        // Lacp 2.
        return enumValue<TeamMode>(
            i, {{0, TeamMode::Static}, {1, TeamMode::SwitchIndependent}, {2, TeamMode::Lacp}},
            {{"Static", TeamMode::Static},
             {"SwitchIndependent", TeamMode::SwitchIndependent},
             {"Lacp", TeamMode::Lacp}});
    }

    void readLbfo(const Item &root, HostInventory &inv)
    {
        for (const Item &e : items(root.at(QStringLiteral("NetLbfoTeam")))) {
            InvTeam t;
            t.kind = InvTeam::Kind::Lbfo;
            t.name = text(e.at(QStringLiteral("Name")));
            if (!named(e, t.name, "NetLbfoTeam"))
                continue;
            t.members = texts(e.at(QStringLiteral("Members")));
            const Item mode = e.at(QStringLiteral("TeamingMode"));
            t.mode = teamMode(mode);
            t.modeText = text(mode);
            inv.teams.push_back(std::move(t));
        }
        for (const Item &e : items(root.at(QStringLiteral("NetLbfoTeamNic")))) {
            InvTeamNic n;
            n.name = text(e.at(QStringLiteral("Name")));
            if (!named(e, n.name, "NetLbfoTeamNic"))
                continue;
            n.team = text(e.at(QStringLiteral("Team")));
            n.vlan = vlanOf(e.any({"VlanID", "VlanId"}));
            inv.teamNics.push_back(std::move(n));
        }
    }

    void readVmSwitches(const Item &root, HostInventory &inv)
    {
        for (const Item &e : items(root.at(QStringLiteral("VMSwitch")))) {
            InvVmSwitch s;
            s.name = text(e.at(QStringLiteral("Name")));
            if (!named(e, s.name, "VMSwitch"))
                continue;
            s.type = enumValue<InvVmSwitch::Type>(e.at(QStringLiteral("SwitchType")),
                                                  {{0, InvVmSwitch::Type::Private},
                                                   {1, InvVmSwitch::Type::Internal},
                                                   {2, InvVmSwitch::Type::External}},
                                                  {{"Private", InvVmSwitch::Type::Private},
                                                   {"Internal", InvVmSwitch::Type::Internal},
                                                   {"External", InvVmSwitch::Type::External}})
                         .value_or(InvVmSwitch::Type::Unknown);
            s.uplinkDescriptions = texts(e.at(QStringLiteral("NetAdapterInterfaceDescriptions")));
            if (s.uplinkDescriptions.empty())
                s.uplinkDescriptions =
                    texts(e.at(QStringLiteral("NetAdapterInterfaceDescription")));
            s.embeddedTeaming = flag(e.at(QStringLiteral("EmbeddedTeamingEnabled")));
            s.allowManagementOs = flag(e.at(QStringLiteral("AllowManagementOS")));
            inv.vmSwitches.push_back(std::move(s));
        }
        // Switch Embedded Teaming: the team is the switch, its members the uplinks.
        for (const Item &e : items(root.at(QStringLiteral("VMSwitchTeam")))) {
            InvTeam t;
            t.kind = InvTeam::Kind::Set;
            t.name = text(e.at(QStringLiteral("Name")));
            if (!named(e, t.name, "VMSwitchTeam"))
                continue;
            membersByDescription(inv, texts(e.at(QStringLiteral("NetAdapterInterfaceDescription"))),
                                 t);
            const Item mode = e.at(QStringLiteral("TeamingMode"));
            t.mode = teamMode(mode);
            t.modeText = text(mode);
            inv.teams.push_back(std::move(t));
        }
        for (const InvVmSwitch &s : inv.vmSwitches) {
            if (!s.embeddedTeaming)
                continue;
            bool known = false;
            for (const InvTeam &t : inv.teams)
                known |= t.kind == InvTeam::Kind::Set && t.name == s.name;
            if (known)
                continue;
            InvTeam t; // a SET switch whose Get-VMSwitchTeam is missing: SET is switch independent
            t.kind = InvTeam::Kind::Set;
            t.name = s.name;
            membersByDescription(inv, s.uplinkDescriptions, t);
            t.mode = TeamMode::SwitchIndependent;
            inv.teams.push_back(std::move(t));
        }
    }

    static void membersByDescription(const HostInventory &inv,
                                     const std::vector<std::string> &descriptions, InvTeam &t)
    {
        for (const std::string &d : descriptions)
            if (const InvAdapter *a = inv.adapterByDescription(d))
                t.members.push_back(a->name);
    }

    void readHostVnics(const Item &root, HostInventory &inv)
    {
        for (const Item &e : items(root.at(QStringLiteral("VMNetworkAdapter")))) {
            InvHostVnic v;
            v.name = text(e.at(QStringLiteral("Name")));
            if (!named(e, v.name, "VMNetworkAdapter"))
                continue;
            v.switchName = text(e.at(QStringLiteral("SwitchName")));
            v.mac = normaliseMac(text(e.at(QStringLiteral("MacAddress"))));
            inv.hostVnics.push_back(std::move(v));
        }
        for (const Item &e : items(root.at(QStringLiteral("VMNetworkAdapterVlan")))) {
            std::string name = text(e.any({"Name", "ParentAdapter", "VMNetworkAdapterName"}));
            InvHostVnic *v = nullptr;
            for (InvHostVnic &x : inv.hostVnics)
                if (x.name == name)
                    v = &x;
            if (!v)
                continue;
            // VMNetworkAdapterVlanMode: Untagged 0, Access 1, Trunk 2, Private 3.
            const Item mode = e.at(QStringLiteral("OperationMode"));
            v->vlanMode = enumValue<std::string>(
                              mode, {{0, "Untagged"}, {1, "Access"}, {2, "Trunk"}, {3, "Private"}},
                              {{"Untagged", "Untagged"},
                               {"Access", "Access"},
                               {"Trunk", "Trunk"},
                               {"Private", "Private"}})
                              .value_or(text(mode));
            if (v->vlanMode == "Access")
                v->vlan = vlanOf(e.any({"AccessVlanId", "AccessVlanID"}));
            else if (v->vlanMode == "Trunk")
                v->vlan = vlanOf(e.any({"NativeVlanId", "NativeVlanID"}));
        }
    }

    void readAddresses(const Item &root, HostInventory &inv)
    {
        for (const Item &e : items(root.at(QStringLiteral("NetIPAddress")))) {
            InvAddress a;
            a.interfaceAlias = text(e.at(QStringLiteral("InterfaceAlias")));
            a.ifIndex = int(number(e.any({"InterfaceIndex", "ifIndex"})).value_or(0));
            a.address = text(e.at(QStringLiteral("IPAddress")));
            a.prefix = int(number(e.at(QStringLiteral("PrefixLength"))).value_or(-1));
            // AddressFamily: IPv4 2, IPv6 23.
            a.v6 = enumValue<bool>(e.at(QStringLiteral("AddressFamily")), {{2, false}, {23, true}},
                                   {{"IPv4", false}, {"IPv6", true}})
                       .value_or(a.address.find(':') != std::string::npos);
            a.address = a.address.substr(0, a.address.find('%')); // an IPv6 zone: "fe80::1%14"
            // Loopback and link-local addresses say nothing about the design's networks.
            const QString addr = q(a.address).toLower();
            if (addr.startsWith("127.") || addr.startsWith("169.254.") || addr == "::1" ||
                addr.startsWith("fe80:"))
                continue;
            if (a.address.empty() || a.prefix < 0 || subnetOf(a.address, a.prefix).empty()) {
                warn(e, InventoryReader::tr(
                            "an address without a valid IPAddress and PrefixLength is left out"));
                continue;
            }
            inv.addresses.push_back(std::move(a));
        }
    }

    void readCluster(const Item &root, HostInventory &inv)
    {
        for (const Item &e : items(root.at(QStringLiteral("ClusterNetwork")))) {
            InvClusterNetwork n;
            n.name = text(e.at(QStringLiteral("Name")));
            if (!named(e, n.name, "ClusterNetwork"))
                continue;
            // ClusterNetworkRole: None 0, Cluster 1, Client 2 (not supported), ClusterAndClient 3.
            n.role = enumValue<int>(e.at(QStringLiteral("Role")), {{0, 0}, {1, 1}, {2, 2}, {3, 3}},
                                    {{"None", 0},
                                     {"Cluster", 1},
                                     {"ClusterOnly", 1},
                                     {"Client", 2},
                                     {"ClusterAndClient", 3}});
            const std::string address = text(e.at(QStringLiteral("Address")));
            const int prefix = prefixOfMask(text(e.at(QStringLiteral("AddressMask"))));
            if (!address.empty() && prefix >= 0)
                n.subnet = subnetOf(address, prefix);
            if (n.subnet.empty()) {
                const auto addresses = texts(e.at(QStringLiteral("Ipv4Addresses")));
                const auto prefixes = texts(e.at(QStringLiteral("Ipv4PrefixLengths")));
                if (!addresses.empty() && !prefixes.empty())
                    n.subnet = subnetOf(addresses.front(),
                                        QString::fromStdString(prefixes.front()).toInt());
            }
            inv.clusterNetworks.push_back(std::move(n));
        }
        for (const Item &e : items(root.at(QStringLiteral("ClusterNetworkInterface")))) {
            InvClusterInterface c;
            c.network = text(e.at(QStringLiteral("Network")));
            c.adapter = text(e.at(QStringLiteral("Adapter")));
            c.address = text(e.at(QStringLiteral("Address")));
            if (!c.network.empty())
                inv.clusterInterfaces.push_back(std::move(c));
        }
    }

    void readNeighbours(const Item &root, HostInventory &inv)
    {
        for (const Item &e : items(root.at(QStringLiteral("Lldp")))) {
            InvNeighbour n;
            n.interfaceName = text(e.any({"InterfaceName", "NetAdapterName", "Name"}));
            n.ifIndex = int(number(e.any({"InterfaceIndex", "ifIndex"})).value_or(0));
            n.chassisId = text(e.any({"ChassisID", "ChassisId"}));
            n.portId = text(e.any({"PortID", "PortId"}));
            n.portDescription = text(e.at(QStringLiteral("PortDescription")));
            n.systemName = text(e.at(QStringLiteral("SystemName")));
            n.systemDescription = text(e.any({"SystemDesc", "SystemDescription"}));
            n.nativeVlan = vlanOf(e.any({"NativeVLAN", "PortVlanId"}));
            if (n.interfaceName.empty() && n.ifIndex == 0) {
                warn(e, InventoryReader::tr("an LLDP neighbour that names no adapter is left out"));
                continue;
            }
            if (n.chassisId.empty() && n.portId.empty() && n.systemName.empty())
                continue; // the adapter heard nothing
            inv.neighbours.push_back(std::move(n));
        }
    }

    const QByteArray &m_utf8;
    std::string m_label;
    std::vector<Diagnostic> m_warnings;
};

// UTF-8 for QJsonDocument, whatever byte-order mark the file starts with.
QByteArray asUtf8(const std::string &bytes)
{
    const auto b = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
    if (bytes.size() >= 3 && b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF)
        return QByteArray::fromStdString(bytes.substr(3));
    if (bytes.size() >= 2 && ((b(0) == 0xFF && b(1) == 0xFE) || (b(0) == 0xFE && b(1) == 0xFF))) {
        const bool le = b(0) == 0xFF;
        QString s;
        s.reserve(int(bytes.size() / 2));
        for (std::size_t i = 2; i + 1 < bytes.size(); i += 2)
            s += QChar(le ? ushort(b(i) | (b(i + 1) << 8)) : ushort((b(i) << 8) | b(i + 1)));
        return s.toUtf8();
    }
    return QByteArray::fromStdString(bytes);
}

} // namespace

InventoryLoad readInventoryText(const std::string &bytes, const std::string &label)
{
    const QByteArray utf8 = asUtf8(bytes);
    return Reader(utf8, label).read();
}

InventoryLoad readInventoryFile(const std::string &path)
{
    std::string bytes;
    if (const auto failure = readFileLimited(path, bytes, YamlLimits{}.maxBytes)) {
        InventoryLoad out;
        out.error = Diagnostic{Diagnostic::Severity::Error, path, {}, *failure};
        return out;
    }
    return readInventoryText(bytes, path);
}

std::string subnetOf(const std::string &address, int prefix)
{
    const auto s = parseCidr(address + "/" + std::to_string(prefix));
    if (!s)
        return {};
    char buf[64] = {};
    if (!inet_ntop(s->v6 ? AF_INET6 : AF_INET, s->address.data(), buf, sizeof buf))
        return {};
    return std::string(buf) + "/" + std::to_string(s->prefix);
}

int prefixOfMask(const std::string &mask)
{
    std::array<unsigned char, 4> b{};
    if (inet_pton(AF_INET, mask.c_str(), b.data()) != 1)
        return -1;
    int prefix = 0;
    bool zero = false;
    for (unsigned char byte : b)
        for (int bit = 7; bit >= 0; --bit) {
            const bool one = (byte >> bit) & 1;
            if (one && zero)
                return -1;
            zero |= !one;
            prefix += one ? 1 : 0;
        }
    return prefix;
}

} // namespace cn
