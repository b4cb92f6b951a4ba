#include "io/DesignLoader.h"

#include "analysis/Finding.h"
#include "design/ColorName.h"
#include "io/DesignReferences.h"
#include "design/Subnet.h"
#include "io/YamlAccess.h"
#include "io/YamlGuard.h"
#include "io/YamlTree.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>

namespace cn {
namespace {

class DesignReader
{
    Q_DECLARE_TR_FUNCTIONS(DesignLoader)
public:
    explicit DesignReader(std::string label) : m_label(std::move(label)) {}

    Design read(const YamlDocument &doc);
    std::vector<Diagnostic> warnings;

private:
    static QString q(const std::string &s) { return QString::fromStdString(s); }
    [[noreturn]] static void fail(SourcePos pos, const QString &text)
    {
        throw LoadFailure{pos, text.toStdString()};
    }
    ExtraKeys extras(const MapReader &m, const std::set<std::string> &known)
    {
        return m.extras(known, [this](SourcePos p, const std::string &text) {
            warnings.push_back({Diagnostic::Severity::Warning, m_label, p, text});
        });
    }

    std::string readId(const MapReader &m, const std::string &kind);
    std::optional<int> readSpeed(const MapReader &m, const std::string &key);
    void readHeader(const MapReader &root, Design &d);
    Network readNetwork(const YamlNode *node, SourcePos fallback);
    Device readDevice(const YamlNode *node, SourcePos fallback);
    Adapter readAdapter(const YamlNode *node, SourcePos fallback, const std::string &device);
    Port readPort(const YamlNode *node, SourcePos fallback);
    Team readTeam(const YamlNode *node, SourcePos fallback, const std::string &device);
    Binding readBinding(const YamlNode *node, SourcePos fallback, const std::string &device);
    Vm readVm(const YamlNode *node, SourcePos fallback, const std::string &device);
    Link readLink(const YamlNode *node, SourcePos fallback);
    AcceptedRisk readAcceptedRisk(const YamlNode *node, SourcePos fallback);

    Comments commentsOf(const MapReader &m, const YamlNode *item,
                        const std::set<std::string> &structured = {}) const
    {
        Comments c;
        if (item)
            c.self = m_doc->commentOf(item);
        c.keys = m.keyComments(*m_doc, structured);
        return c;
    }

    std::string m_label;
    const YamlDocument *m_doc = nullptr;
};

const std::set<std::string> kTopKeys = {"format", "template", "design", "policy",
                                        "networks", "devices", "links", "accepted_risks"};

std::string DesignReader::readId(const MapReader &m, const std::string &kind)
{
    const std::string id = m.requiredString("id");
    if (!isValidId(id))
        fail(m.valuePos("id"),
             tr("invalid %1 id '%2': an id starts with a letter or digit and holds only letters, "
                "digits, '_', '.' and '-'")
                 .arg(q(kind), q(id)));
    return id;
}

std::optional<int> DesignReader::readSpeed(const MapReader &m, const std::string &key)
{
    if (!m.has(key))
        return std::nullopt;
    const std::string text = scalarOf(m.get(key), key, m.valuePos(key));
    const auto speed = speedFromString(text);
    if (!speed)
        fail(m.valuePos(key),
             tr("unknown speed '%1'; expected one of 100M, 1G, 2.5G, 10G, 25G, 40G, 100G").arg(q(text)));
    return speed;
}

Design DesignReader::read(const YamlDocument &doc)
{
    m_doc = &doc;
    const YamlNode *root = doc.root();
    if (!root || root->isNull())
        fail({1, 1}, tr("the file is empty; a design starts with 'format: clusternet/1'"));
    MapReader m(root, tr("the design file").toStdString(), {1, 1});
    for (const auto &[key, keyNode] : m.unknownKeys(kTopKeys))
        fail(posOf(keyNode), tr("unknown top-level key '%1'; expected format, template, design, "
                                "policy, networks, devices, links or accepted_risks")
                                 .arg(q(key)));
    if (!m.has("format"))
        fail(m.pos(), tr("missing required key 'format' (expected 'format: clusternet/1')"));
    const std::string format = scalarOf(m.get("format"), "format", m.valuePos("format"));
    if (format != "clusternet/1")
        fail(m.valuePos("format"),
             tr("unsupported format '%1'; expected 'clusternet/1'").arg(q(format)));

    Design d;
    readHeader(m, d);
    for (const auto &node : m.sequence("networks"))
        d.networks.push_back(readNetwork(node, m.valuePos("networks")));
    for (const auto &node : m.sequence("devices"))
        d.devices.push_back(readDevice(node, m.valuePos("devices")));
    for (const auto &node : m.sequence("links"))
        d.links.push_back(readLink(node, m.valuePos("links")));
    for (const auto &node : m.sequence("accepted_risks"))
        d.acceptedRisks.push_back(readAcceptedRisk(node, m.valuePos("accepted_risks")));
    d.comments = commentsOf(m, nullptr,
                            {"template", "design", "policy", "networks", "devices", "links", "accepted_risks"});
    d.footer = doc.footer();
    return d;
}

void DesignReader::readHeader(const MapReader &m, Design &d)
{
    if (m.has("template")) {
        MapReader t(m.get("template"), "template", m.valuePos("template"));
        TemplateHeader h;
        h.id = t.requiredString("id");
        if (h.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos)
            fail(t.valuePos("id"), tr("template id '%1' must use only a-z, 0-9 and '-'").arg(q(h.id)));
        h.title = t.optionalString("title");
        h.description = t.optionalString("description");
        h.extras = extras(t, {"id", "title", "description"});
        h.comments = commentsOf(t, nullptr);
        d.templateHeader = std::move(h);
    }
    if (m.has("design")) {
        MapReader t(m.get("design"), "design", m.valuePos("design"));
        d.hasTitleBlock = true;
        d.title.title = t.requiredString("title");
        d.title.author = t.optionalString("author");
        d.title.organisation = t.optionalString("organisation");
        d.title.revision = t.optionalString("revision");
        d.title.date = t.optionalString("date");
        d.title.notes = t.optionalString("notes");
        // A block scalar's final line break is how it was written, not part of the text.
        while (!d.title.notes.empty() && d.title.notes.back() == '\n')
            d.title.notes.pop_back();
        d.title.extras =
            extras(t, {"title", "author", "organisation", "revision", "date", "notes"});
        d.title.comments = commentsOf(t, nullptr);
    }
    if (m.has("policy")) {
        MapReader p(m.get("policy"), "policy", m.valuePos("policy"));
        d.hasPolicy = true;
        d.policy.maxLiveMigrationS = p.optionalNumber("max_live_migration_s", 0, 1e9);
        d.policy.maxEvacuationS = p.optionalNumber("max_evacuation_s", 0, 1e9);
        d.policy.extras = extras(p, {"max_live_migration_s", "max_evacuation_s"});
        d.policy.comments = commentsOf(p, nullptr);
    }
}

Network DesignReader::readNetwork(const YamlNode *node, SourcePos fallback)
{
    MapReader m(node, tr("a network").toStdString(), fallback);
    Network n;
    n.pos = m.pos();
    n.id = readId(m, "network");
    n.name = m.optionalString("name");
    if (!m.has("roles"))
        fail(m.pos(), tr("network '%1' is missing required key 'roles'").arg(q(n.id)));
    std::vector<SourcePos> rolePos;
    const auto roles = m.stringList("roles", &rolePos);
    if (roles.empty())
        fail(m.valuePos("roles"), tr("network '%1' needs at least one role").arg(q(n.id)));
    for (std::size_t i = 0; i < roles.size(); ++i) {
        const auto role = roleFromString(roles[i]);
        if (!role)
            fail(rolePos[i], tr("unknown role '%1'; expected one of management, vm, heartbeat, "
                                "csv, live-migration, iscsi-host, iscsi-guest, backup, oob")
                                 .arg(q(roles[i])));
        if (!n.hasRole(*role))
            n.roles.push_back(*role);
    }
    n.vlan = m.optionalInt("vlan", 1, 4094, tr("VLAN").toStdString());
    n.subnet = m.optionalString("subnet");
    if (m.has("subnet") && !parseCidr(n.subnet))
        fail(m.valuePos("subnet"), tr("bad subnet '%1': expected an IPv4 or IPv6 prefix such as "
                                      "10.0.0.0/24")
                                       .arg(q(n.subnet)));
    if (m.has("cluster_use")) {
        const std::string text = scalarOf(m.get("cluster_use"), "cluster_use", m.valuePos("cluster_use"));
        n.clusterUse = clusterUseFromString(text);
        if (!n.clusterUse)
            fail(m.valuePos("cluster_use"), tr("unknown cluster_use '%1'; expected none, cluster "
                                               "or cluster-and-client")
                                                .arg(q(text)));
    }
    if (m.has("isolation")) {
        const std::string text = scalarOf(m.get("isolation"), "isolation", m.valuePos("isolation"));
        n.isolation = isolationFromString(text);
        if (!n.isolation)
            fail(m.valuePos("isolation"),
                 tr("unknown isolation '%1'; expected vlan or physical").arg(q(text)));
    }
    n.loadGbps = m.optionalNumber("load_gbps", 0, 1e6);
    n.color = m.optionalString("color");
    if (!n.color.empty() && !isValidColor(n.color))
        fail(m.valuePos("color"),
             tr("bad colour '%1': expected #RRGGBB or a colour name").arg(q(n.color)));
    n.extras = extras(m, {"id", "name", "roles", "vlan", "subnet", "cluster_use", "isolation",
                          "load_gbps", "color"});
    n.comments = commentsOf(m, node);
    return n;
}

Device DesignReader::readDevice(const YamlNode *node, SourcePos fallback)
{
    MapReader m(node, tr("a device").toStdString(), fallback);
    Device d;
    d.pos = m.pos();
    d.id = readId(m, "device");
    if (!m.has("type"))
        fail(m.pos(), tr("device '%1' is missing required key 'type'").arg(q(d.id)));
    const std::string type = scalarOf(m.get("type"), "type", m.valuePos("type"));
    const auto t = deviceTypeFromString(type);
    if (!t)
        fail(m.valuePos("type"), tr("unknown device type '%1'; expected host, switch, storage, "
                                    "router, firewall or other")
                                     .arg(q(type)));
    d.type = *t;
    d.name = m.optionalString("name");
    d.model = m.optionalString("model");
    d.modelPos = m.valuePos("model");
    if (d.isSwitch() && d.model.empty())
        fail(m.has("model") ? m.valuePos("model") : m.pos(),
             tr("switch '%1' needs a 'model' naming its device template").arg(q(d.id)));

    const bool host = d.type == DeviceType::Host;
    for (const char *key : {"cluster", "memory_gb", "vms"})
        if (!host && m.has(key))
            fail(m.keyPos(key), tr("'%1' applies to hosts only, and '%2' is a %3")
                                    .arg(q(key), q(d.id), q(toString(d.type))));
    for (const char *key : {"adapters", "teams", "bindings"})
        if (d.isSwitch() && m.has(key))
            fail(m.keyPos(key), tr("a switch takes its ports from its device template; '%1' is "
                                   "not allowed on switch '%2'")
                                    .arg(q(key), q(d.id)));
    if (!d.isSwitch() && m.has("stack"))
        fail(m.keyPos("stack"), tr("'stack' applies to switches only, and '%1' is a %2")
                                    .arg(q(d.id), q(toString(d.type))));

    d.cluster = m.optionalString("cluster");
    if (m.has("cluster") && !isValidId(d.cluster))
        fail(m.valuePos("cluster"), tr("invalid cluster id '%1'").arg(q(d.cluster)));
    d.memoryGb = m.optionalNumber("memory_gb", 0, 1e9);
    d.stack = m.optionalString("stack");
    if (m.has("stack") && !isValidId(d.stack))
        fail(m.valuePos("stack"), tr("invalid stack id '%1'").arg(q(d.stack)));
    if (m.has("position")) {
        const YamlNode *p = m.get("position");
        std::optional<double> x, y;
        if (p->isSequence() && p->items.size() == 2 && p->items[0]->isScalar() && p->items[1]->isScalar()) {
            x = parseNumber(p->items[0]->value);
            y = parseNumber(p->items[1]->value);
        }
        if (!x || !y)
            fail(m.valuePos("position"), tr("'position' must be two numbers: [x, y]"));
        d.position = Position{*x, *y};
    }
    d.pinned = m.optionalBool("pinned").value_or(false);
    for (const auto &n : m.sequence("adapters"))
        d.adapters.push_back(readAdapter(n, m.valuePos("adapters"), d.id));
    for (const auto &n : m.sequence("teams"))
        d.teams.push_back(readTeam(n, m.valuePos("teams"), d.id));
    for (const auto &n : m.sequence("bindings"))
        d.bindings.push_back(readBinding(n, m.valuePos("bindings"), d.id));
    for (const auto &n : m.sequence("vms"))
        d.vms.push_back(readVm(n, m.valuePos("vms"), d.id));
    d.extras = extras(m, {"id", "type", "name", "model", "cluster", "memory_gb", "position",
                          "pinned", "stack", "adapters", "teams", "bindings", "vms"});
    d.comments = commentsOf(m, node, {"adapters", "teams", "bindings", "vms"});
    return d;
}

Adapter DesignReader::readAdapter(const YamlNode *node, SourcePos fallback,
                                  const std::string &device)
{
    MapReader m(node, tr("an adapter of %1").arg(q(device)).toStdString(), fallback);
    Adapter a;
    a.pos = m.pos();
    a.id = readId(m, "adapter");
    a.model = m.optionalString("model");
    a.speedMbps = readSpeed(m, "speed");
    if (!m.has("ports"))
        fail(m.pos(), tr("adapter '%1:%2' is missing required key 'ports'").arg(q(device), q(a.id)));
    for (const auto &n : m.sequence("ports")) {
        Port p = readPort(n, m.valuePos("ports"));
        if (a.findPort(p.id))
            fail(p.pos, tr("duplicate port id '%1' on adapter '%2:%3'").arg(q(p.id), q(device), q(a.id)));
        a.ports.push_back(std::move(p));
    }
    a.extras = extras(m, {"id", "model", "speed", "ports"});
    a.comments = commentsOf(m, node);
    return a;
}

Port DesignReader::readPort(const YamlNode *node, SourcePos fallback)
{
    Port p;
    p.pos = posOf(node, fallback);
    if (node->isScalar()) {
        p.id = node->value;
    } else {
        MapReader m(node, tr("a port").toStdString(), fallback);
        p.id = m.requiredString("id");
        p.speedMbps = readSpeed(m, "speed");
        p.extras = extras(m, {"id", "speed"});
    }
    if (!isValidId(p.id))
        fail(p.pos, tr("invalid port id '%1'").arg(q(p.id)));
    return p;
}

Team DesignReader::readTeam(const YamlNode *node, SourcePos fallback, const std::string &device)
{
    MapReader m(node, tr("a team of %1").arg(q(device)).toStdString(), fallback);
    Team t;
    t.pos = m.pos();
    t.id = readId(m, "team");
    if (!m.has("members"))
        fail(m.pos(), tr("team '%1:%2' is missing required key 'members'").arg(q(device), q(t.id)));
    t.members = m.stringList("members", &t.memberPos);
    if (t.members.empty())
        fail(m.valuePos("members"), tr("team '%1:%2' has no members").arg(q(device), q(t.id)));
    if (m.has("mode")) {
        const std::string text = scalarOf(m.get("mode"), "mode", m.valuePos("mode"));
        t.mode = teamModeFromString(text);
        if (!t.mode)
            fail(m.valuePos("mode"), tr("unknown team mode '%1'; expected switch-independent, "
                                        "static or lacp")
                                         .arg(q(text)));
    }
    t.extras = extras(m, {"id", "members", "mode"});
    t.comments = commentsOf(m, node);
    return t;
}

Binding DesignReader::readBinding(const YamlNode *node, SourcePos fallback,
                                  const std::string &device)
{
    MapReader m(node, tr("a binding of %1").arg(q(device)).toStdString(), fallback);
    Binding b;
    b.pos = m.pos();
    if (!m.has("via")) {
        if (m.has("on") || m.has("true"))
            fail(m.pos(), tr("a binding names its port or team with 'via:' ('on:' reads as true "
                             "in YAML 1.1)"));
        fail(m.pos(), tr("a binding of '%1' is missing required key 'via'").arg(q(device)));
    }
    b.via = m.requiredString("via");
    b.viaPos = m.valuePos("via");
    if (!m.has("networks"))
        fail(m.pos(), tr("a binding of '%1' is missing required key 'networks'").arg(q(device)));
    b.networks = m.stringList("networks", &b.networkPos);
    b.extras = extras(m, {"via", "networks"});
    b.comments = commentsOf(m, node);
    return b;
}

Vm DesignReader::readVm(const YamlNode *node, SourcePos fallback, const std::string &device)
{
    MapReader m(node, tr("a VM of %1").arg(q(device)).toStdString(), fallback);
    Vm v;
    v.pos = m.pos();
    v.name = m.requiredString("name");
    if (!m.has("memory_gb"))
        fail(m.pos(), tr("VM '%1' is missing required key 'memory_gb'").arg(q(v.name)));
    v.memoryGb = *m.optionalNumber("memory_gb", 0, 1e9);
    v.extras = extras(m, {"name", "memory_gb"});
    v.comments = commentsOf(m, node);
    return v;
}

Link DesignReader::readLink(const YamlNode *node, SourcePos fallback)
{
    MapReader m(node, tr("a link").toStdString(), fallback);
    Link l;
    l.pos = m.pos();
    if (m.has("id"))
        l.id = readId(m, "link");
    for (const char *key : {"a", "b"})
        if (!m.has(key))
            fail(m.pos(), tr("a link is missing required key '%1'").arg(q(key)));
    l.a = m.requiredString("a");
    l.aPos = m.valuePos("a");
    l.b = m.requiredString("b");
    l.bPos = m.valuePos("b");
    l.speedMbps = readSpeed(m, "speed");
    if (m.has("networks"))
        l.networks = m.stringList("networks", &l.networkPos);
    if (m.has("kind")) {
        const std::string text = scalarOf(m.get("kind"), "kind", m.valuePos("kind"));
        const auto kind = linkKindFromString(text);
        if (!kind)
            fail(m.valuePos("kind"),
                 tr("unknown link kind '%1'; expected cable or stacking").arg(q(text)));
        l.kind = *kind;
    }
    l.extras = extras(m, {"id", "a", "b", "speed", "networks", "kind"});
    l.comments = commentsOf(m, node);
    return l;
}

AcceptedRisk DesignReader::readAcceptedRisk(const YamlNode *node, SourcePos fallback)
{
    MapReader m(node, tr("an accepted risk").toStdString(), fallback);
    AcceptedRisk r;
    r.pos = m.pos();
    r.rule = m.requiredString("rule");
    const auto &rules = acceptableRules();
    if (std::find(rules.begin(), rules.end(), r.rule) == rules.end())
        fail(m.valuePos("rule"), tr("unknown rule '%1' in an accepted risk; a rule id of RULES.md, such as spof")
                                     .arg(q(r.rule)));
    if (!m.has("elements"))
        fail(m.pos(), tr("an accepted risk of rule '%1' is missing required key 'elements'").arg(q(r.rule)));
    r.elements = m.stringList("elements", &r.elementPos);
    if (r.elements.empty())
        fail(m.valuePos("elements"), tr("an accepted risk names at least one element, as its finding does"));
    r.reason = m.requiredString("reason");
    while (!r.reason.empty() && r.reason.back() == '\n')
        r.reason.pop_back();
    r.by = m.requiredString("by");
    r.date = m.optionalString("date");
    r.extras = extras(m, {"rule", "elements", "reason", "by", "date"});
    r.comments = commentsOf(m, node);
    return r;
}

} // namespace

bool isValidId(const std::string &id)
{
    if (id.empty() || !std::isalnum(static_cast<unsigned char>(id[0])))
        return false;
    for (char c : id) {
        const auto u = static_cast<unsigned char>(c);
        if (!(std::isalnum(u) || c == '_' || c == '.' || c == '-'))
            return false;
    }
    return true;
}

LoadResult DesignLoader::loadFile(const std::string &path) const
{
    std::string text;
    if (auto err = readFileLimited(path, text, YamlLimits{}.maxBytes)) {
        LoadResult r;
        r.error = Diagnostic{Diagnostic::Severity::Error, path, {1, 1}, *err};
        return r;
    }
    return loadText(text, path);
}

LoadResult DesignLoader::loadText(const std::string &text, const std::string &label) const
{
    LoadResult result;
    DesignReader reader(label);
    try {
        const YamlDocument doc = parseYaml(text);
        Design design = reader.read(doc);
        checkReferences(design, m_templates);
        result.design = std::move(design);
    } catch (const LoadFailure &f) {
        result.error = Diagnostic{Diagnostic::Severity::Error, label, f.pos, f.text};
    }
    result.warnings = std::move(reader.warnings);
    return result;
}

} // namespace cn
