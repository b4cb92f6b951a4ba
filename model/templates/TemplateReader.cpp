#include "templates/TemplateReader.h"

#include "io/YamlAccess.h"
#include "io/YamlGuard.h"
#include "io/YamlTree.h"
#include "templates/DeviceKind.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <regex>
#include <unordered_set>

namespace cn
{
namespace
{

class TemplateReader
{
    Q_DECLARE_TR_FUNCTIONS(TemplateReader)
public:
    static QString q(const std::string &s) { return QString::fromStdString(s); }
};

Diagnostic errorAt(const std::string &label, const LoadFailure &f)
{
    return Diagnostic{Diagnostic::Severity::Error, label, f.pos, f.text};
}

Interface readInterface(const YamlNode *node, SourcePos fallback)
{
    MapReader m(node, TemplateReader::tr("interface").toStdString(), fallback);
    Interface i;
    i.name = m.requiredString("name");
    i.type = m.optionalString("type");
    i.mgmtOnly = m.optionalBool("mgmt_only").value_or(false);
    const InterfaceTypeInfo info = interfaceTypeInfo(i.type);
    i.speedMbps = info.speedMbps;
    i.media = info.media;
    i.stacking = info.family == InterfaceFamily::Stacking;
    return i;
}

int countOf(const MapReader &m, const char *key)
{
    const YamlNode *n = m.get(key);
    return n && n->isSequence() ? int(n->items.size()) : 0;
}

std::string lowerText(std::string s)
{
    for (char &c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

} // namespace

DeviceTemplateResult readDeviceTemplate(const std::string &text, const std::string &label)
{
    DeviceTemplateResult result;
    try {
        const YamlDocument doc = parseYaml(text, {}, false);
        MapReader m(doc.root(), TemplateReader::tr("device template").toStdString(), {1, 1});
        DeviceTemplate t;
        t.file = label;
        t.manufacturer = m.optionalString("manufacturer");
        t.model = m.requiredString("model");
        t.slug = m.optionalString("slug");
        t.partNumber = m.has("part_number") && m.get("part_number")->isScalar()
                           ? m.get("part_number")->value
                           : std::string();
        t.uHeight = m.optionalNumber("u_height", 0, 100).value_or(1);
        const std::vector<const YamlNode *> interfaces = m.sequence("interfaces");
        t.interfaces.reserve(interfaces.size());
        std::unordered_set<std::string> names;
        names.reserve(interfaces.size());
        for (const YamlNode *node : interfaces) {
            Interface i = readInterface(node, m.valuePos("interfaces"));
            if (!names.insert(i.name).second)
                throw LoadFailure{posOf(node), TemplateReader::tr("duplicate interface name '%1'")
                                                   .arg(TemplateReader::q(i.name))
                                                   .toStdString()};
            t.interfaces.push_back(std::move(i));
        }
        // A module type (ports named with {module}, no slug) dropped among the devices is no
        // device.
        if (t.slug.empty() &&
            std::any_of(t.interfaces.begin(), t.interfaces.end(), [](const Interface &i) {
                return i.name.find("{module}") != std::string::npos;
            }))
            return result;
        // Module bays are read for their names only: a port a module adds is named by its bay.
        if (m.has("module-bays") && m.get("module-bays")->isSequence())
            for (const YamlNode *node : m.get("module-bays")->items)
                if (node && node->isMap()) {
                    MapReader bay(node, "module-bay", posOf(node));
                    const YamlNode *name = bay.get("name");
                    const YamlNode *position = bay.get("position");
                    if (name && name->isScalar())
                        t.moduleBays.push_back({name->value, position && position->isScalar()
                                                                 ? position->value
                                                                 : std::string()});
                }
        std::optional<DeviceKind> kind;
        bool stackableSaid = false;
        if (m.has("clusternet")) {
            t.hasClusternet = true;
            const YamlNode *extraNode = m.get("clusternet");
            if (!extraNode->isNull()) {
                MapReader extra(extraNode, "clusternet", m.valuePos("clusternet"));
                if (extra.has("stackable")) {
                    stackableSaid = true;
                    t.stackable = *extra.optionalBool("stackable");
                }
                if (extra.has("kind")) {
                    const std::string k = extra.optionalString("kind");
                    kind = deviceKindFromString(k);
                    if (!kind)
                        throw LoadFailure{
                            extra.valuePos("kind"),
                            TemplateReader::tr("kind '%1' is not one of switch, server, storage, "
                                               "router, firewall, other")
                                .arg(TemplateReader::q(k))
                                .toStdString()};
                }
                extra.extras({"stackable", "kind"}, [&](SourcePos p, const std::string &text) {
                    result.warnings.push_back({Diagnostic::Severity::Warning, label, p, text});
                });
            }
        }
        // A stacking port makes a template stackable unless its clusternet mapping says otherwise.
        if (!stackableSaid)
            t.stackable = std::any_of(t.interfaces.begin(), t.interfaces.end(),
                                      [](const Interface &i) { return i.stacking; });
        KindHints hints;
        hints.powerOutlets = countOf(m, "power-outlets");
        hints.consoleServerPorts = countOf(m, "console-server-ports");
        hints.frontPorts = countOf(m, "front-ports");
        hints.childDevice = m.has("subdevice_role") && m.get("subdevice_role")->isScalar() &&
                            m.get("subdevice_role")->value == "child";
        for (const char *key : {"comments", "description"})
            if (m.has(key) && m.get(key)->isScalar())
                hints.comments += lowerText(m.get(key)->value) + "\n";
        t.kind = kind ? *kind : inferKind(t, hints);
        // The library often leaves a switch's management port unmarked (FORMAT.md §2).
        markOobByName(t);
        result.device = std::move(t);
    } catch (const LoadFailure &f) {
        result.error = errorAt(label, f);
    }
    return result;
}

DeviceTemplateResult readDeviceTemplateFile(const std::string &path)
{
    std::string text;
    if (auto err = readFileLimited(path, text, YamlLimits{}.maxBytes)) {
        DeviceTemplateResult r;
        r.error = Diagnostic{Diagnostic::Severity::Error, path, {}, *err};
        return r;
    }
    return readDeviceTemplate(text, path);
}

DesignTemplateResult readDesignTemplateHeader(const std::string &text, const std::string &label)
{
    DesignTemplateResult result;
    try {
        const YamlDocument doc = parseYaml(text, {}, false);
        MapReader m(doc.root(), TemplateReader::tr("design").toStdString(), {1, 1});
        if (!m.has("template"))
            return result;
        MapReader t(m.get("template"), "template", m.valuePos("template"));
        DesignTemplateInfo info;
        info.id = t.requiredString("id");
        static const std::regex idPattern("[a-z0-9-]+");
        if (!std::regex_match(info.id, idPattern))
            throw LoadFailure{t.valuePos("id"),
                              TemplateReader::tr("template id '%1' must use only a-z, 0-9 and '-'")
                                  .arg(TemplateReader::q(info.id))
                                  .toStdString()};
        info.title = t.optionalString("title");
        info.description = t.optionalString("description");
        info.file = label;
        result.info = std::move(info);
    } catch (const LoadFailure &f) {
        result.error = errorAt(label, f);
    }
    return result;
}

} // namespace cn
