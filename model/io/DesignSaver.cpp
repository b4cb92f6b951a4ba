#include "io/DesignSaver.h"

#include "io/YamlAccess.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <yaml-cpp/yaml.h>

#include <charconv>

namespace cn {
namespace {

class DesignSaver
{
    Q_DECLARE_TR_FUNCTIONS(DesignSaver)
};

std::string number(double v)
{
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

void emitExtras(YAML::Emitter &out, const ExtraKeys &extras)
{
    for (const auto &e : extras) {
        out << YAML::Key << e.key << YAML::Value;
        try {
            out << YAML::Load(e.yaml);
        } catch (const YAML::Exception &) {
            out << e.yaml;
        }
    }
}

// Text that a YAML reader would take for a number, boolean or null is quoted, so other
// tools read the revision "7" as the text it is.
bool looksTyped(const std::string &value)
{
    static const char *const nulls[] = {"null", "Null", "NULL", "~"};
    for (const char *n : nulls)
        if (value == n)
            return true;
    return parseNumber(value).has_value() || parseBool(value).has_value() ||
           value == "y" || value == "n" || value == "Y" || value == "N";
}

void emitString(YAML::Emitter &out, const char *key, const std::string &value)
{
    if (value.empty())
        return;
    out << YAML::Key << key << YAML::Value;
    if (looksTyped(value))
        out << YAML::DoubleQuoted;
    out << value;
}

void emitList(YAML::Emitter &out, const char *key, const std::vector<std::string> &items)
{
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const auto &i : items)
        out << i;
    out << YAML::EndSeq;
}

void emitNetwork(YAML::Emitter &out, const Network &n)
{
    out << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << n.id;
    emitString(out, "name", n.name);
    std::vector<std::string> roles;
    for (Role r : n.roles)
        roles.push_back(toString(r));
    emitList(out, "roles", roles);
    if (n.vlan)
        out << YAML::Key << "vlan" << YAML::Value << *n.vlan;
    emitString(out, "subnet", n.subnet);
    if (n.clusterUse)
        out << YAML::Key << "cluster_use" << YAML::Value << toString(*n.clusterUse);
    if (n.isolation)
        out << YAML::Key << "isolation" << YAML::Value << toString(*n.isolation);
    if (n.loadGbps)
        out << YAML::Key << "load_gbps" << YAML::Value << number(*n.loadGbps);
    emitString(out, "color", n.color);
    emitExtras(out, n.extras);
    out << YAML::EndMap;
}

void emitAdapter(YAML::Emitter &out, const Adapter &a)
{
    out << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << a.id;
    emitString(out, "model", a.model);
    if (a.speedMbps)
        out << YAML::Key << "speed" << YAML::Value << speedToString(*a.speedMbps);
    out << YAML::Key << "ports" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const auto &p : a.ports) {
        if (!p.speedMbps && p.extras.empty()) {
            out << p.id;
            continue;
        }
        out << YAML::BeginMap << YAML::Key << "id" << YAML::Value << p.id;
        if (p.speedMbps)
            out << YAML::Key << "speed" << YAML::Value << speedToString(*p.speedMbps);
        emitExtras(out, p.extras);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    emitExtras(out, a.extras);
    out << YAML::EndMap;
}

void emitTeam(YAML::Emitter &out, const Team &t)
{
    out << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << t.id;
    emitList(out, "members", t.members);
    if (t.mode)
        out << YAML::Key << "mode" << YAML::Value << toString(*t.mode);
    emitExtras(out, t.extras);
    out << YAML::EndMap;
}

void emitBinding(YAML::Emitter &out, const Binding &b)
{
    out << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "via" << YAML::Value << b.via;
    emitList(out, "networks", b.networks);
    emitExtras(out, b.extras);
    out << YAML::EndMap;
}

void emitVm(YAML::Emitter &out, const Vm &v)
{
    out << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << v.name;
    out << YAML::Key << "memory_gb" << YAML::Value << number(v.memoryGb);
    emitExtras(out, v.extras);
    out << YAML::EndMap;
}

bool isSimpleDevice(const Device &d)
{
    return d.adapters.empty() && d.teams.empty() && d.bindings.empty() && d.vms.empty();
}

template <typename T, typename F>
void emitSequence(YAML::Emitter &out, const char *key, const std::vector<T> &items, F emitItem)
{
    if (items.empty())
        return;
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (const auto &i : items)
        emitItem(out, i);
    out << YAML::EndSeq;
}

void emitDevice(YAML::Emitter &out, const Device &d)
{
    // Small devices (switches, plain storage) stay on one line, as people write them.
    if (isSimpleDevice(d))
        out << YAML::Flow;
    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << d.id;
    out << YAML::Key << "type" << YAML::Value << toString(d.type);
    emitString(out, "name", d.name);
    emitString(out, "model", d.model);
    emitString(out, "cluster", d.cluster);
    if (d.memoryGb)
        out << YAML::Key << "memory_gb" << YAML::Value << number(*d.memoryGb);
    emitString(out, "stack", d.stack);
    if (d.position)
        out << YAML::Key << "position" << YAML::Value << YAML::Flow << YAML::BeginSeq
            << number(d.position->x) << number(d.position->y) << YAML::EndSeq;
    if (d.pinned)
        out << YAML::Key << "pinned" << YAML::Value << true;
    emitSequence(out, "adapters", d.adapters, emitAdapter);
    emitSequence(out, "teams", d.teams, emitTeam);
    emitSequence(out, "bindings", d.bindings, emitBinding);
    emitSequence(out, "vms", d.vms, emitVm);
    emitExtras(out, d.extras);
    out << YAML::EndMap;
}

void emitLink(YAML::Emitter &out, const Link &l)
{
    out << YAML::Flow << YAML::BeginMap;
    emitString(out, "id", l.id);
    out << YAML::Key << "a" << YAML::Value << l.a;
    out << YAML::Key << "b" << YAML::Value << l.b;
    if (l.speedMbps)
        out << YAML::Key << "speed" << YAML::Value << speedToString(*l.speedMbps);
    if (l.networks)
        emitList(out, "networks", *l.networks);
    if (l.kind != LinkKind::Cable)
        out << YAML::Key << "kind" << YAML::Value << toString(l.kind);
    emitExtras(out, l.extras);
    out << YAML::EndMap;
}

} // namespace

std::string saveDesignToString(const Design &d, const SaveOptions &options)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    out << YAML::Key << "format" << YAML::Value << "clusternet/1";
    if (d.templateHeader && options.withTemplateHeader) {
        const TemplateHeader &t = *d.templateHeader;
        out << YAML::Key << "template" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "id" << YAML::Value << t.id;
        emitString(out, "title", t.title);
        emitString(out, "description", t.description);
        emitExtras(out, t.extras);
        out << YAML::EndMap;
    }
    if (d.hasTitleBlock) {
        const TitleBlock &t = d.title;
        out << YAML::Key << "design" << YAML::Value << YAML::BeginMap;
        emitString(out, "title", t.title);
        emitString(out, "author", t.author);
        emitString(out, "organisation", t.organisation);
        emitString(out, "revision", t.revision);
        emitString(out, "date", t.date);
        if (t.notes.find('\n') != std::string::npos)
            out << YAML::Key << "notes" << YAML::Value << YAML::Literal << t.notes;
        else
            emitString(out, "notes", t.notes);
        emitExtras(out, t.extras);
        out << YAML::EndMap;
    }
    if (d.hasPolicy) {
        out << YAML::Key << "policy" << YAML::Value << YAML::BeginMap;
        if (d.policy.maxLiveMigrationS)
            out << YAML::Key << "max_live_migration_s" << YAML::Value
                << number(*d.policy.maxLiveMigrationS);
        if (d.policy.maxEvacuationS)
            out << YAML::Key << "max_evacuation_s" << YAML::Value << number(*d.policy.maxEvacuationS);
        emitExtras(out, d.policy.extras);
        out << YAML::EndMap;
    }
    emitSequence(out, "networks", d.networks, emitNetwork);
    emitSequence(out, "devices", d.devices, emitDevice);
    emitSequence(out, "links", d.links, emitLink);
    out << YAML::EndMap;
    return std::string(out.c_str()) + "\n";
}

std::string saveDesignToFile(const Design &design, const std::string &path, const SaveOptions &options)
{
    const std::string text = saveDesignToString(design, options);
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        return DesignSaver::tr("cannot write %1: %2")
            .arg(QString::fromStdString(path), file.errorString())
            .toStdString();
    if (file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit())
        return DesignSaver::tr("cannot write %1: %2")
            .arg(QString::fromStdString(path), file.errorString())
            .toStdString();
    return {};
}

} // namespace cn

