#include "templates/TemplateReader.h"

#include "io/YamlAccess.h"
#include "io/YamlGuard.h"
#include "io/YamlTree.h"

#include <QCoreApplication>

#include <regex>

namespace cn {
namespace {

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
    i.speedMbps = speedOfInterfaceType(i.type);
    i.media = mediaOfInterfaceType(i.type);
    return i;
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
        t.uHeight = m.optionalNumber("u_height", 0, 100).value_or(1);
        for (const YamlNode *node : m.sequence("interfaces")) {
            Interface i = readInterface(node, m.valuePos("interfaces"));
            if (t.findInterface(i.name))
                throw LoadFailure{posOf(node), TemplateReader::tr("duplicate interface name '%1'")
                                                   .arg(TemplateReader::q(i.name))
                                                   .toStdString()};
            t.interfaces.push_back(std::move(i));
        }
        if (m.has("clusternet")) {
            MapReader extra(m.get("clusternet"), "clusternet", m.valuePos("clusternet"));
            t.stackable = extra.optionalBool("stackable").value_or(false);
            extra.extras({"stackable"}, [&](SourcePos p, const std::string &text) {
                result.warnings.push_back({Diagnostic::Severity::Warning, label, p, text});
            });
        }
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
