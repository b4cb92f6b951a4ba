#include "CommandParser.h"
#include "templates/TemplateLibrary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cn::cli {
namespace {

class TemplatesCommand
{
    Q_DECLARE_TR_FUNCTIONS(TemplatesCommand)
};

QJsonArray toJson(const std::vector<std::string> &files)
{
    QJsonArray a;
    for (const auto &f : files)
        a.append(q(f));
    return a;
}

} // namespace

int runTemplates(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(TemplatesCommand::tr(
        "List the device and design templates on the search path, where each was found and "
        "which files it shadows."));
    parser.addOption({"format", TemplatesCommand::tr("Output format: text or json."), "text|json", "text"});
    if (int code = parseCommand(parser, args, io, 0, 0); code >= 0)
        return code;
    QString format;
    if (!readFormat(parser, {"text", "json"}, format, io))
        return Failed;

    const TemplateLibrary lib = TemplateLibrary::scan(TemplateLibrary::standardFolders());
    for (const auto &p : lib.problems())
        io.err << q(p.format()) << '\n';

    if (format == "json") {
        QJsonArray devices, designs;
        for (const auto &e : lib.devices())
            devices.append(QJsonObject{{"model", q(e.device.model)},
                                       {"slug", q(e.device.slug)},
                                       {"manufacturer", q(e.device.manufacturer)},
                                       {"kind", q(toString(e.device.kind))},
                                       {"ports", q(portSummary(e.ports))},
                                       {"file", q(e.device.file)},
                                       {"shadows", toJson(e.shadows)}});
        for (const auto &e : lib.designs())
            designs.append(QJsonObject{{"id", q(e.info.id)},
                                       {"title", q(e.info.title)},
                                       {"description", q(e.info.description)},
                                       {"file", q(e.info.file)},
                                       {"shadows", toJson(e.shadows)}});
        io.out << QJsonDocument(QJsonObject{{"devices", devices}, {"designs", designs}})
                      .toJson(QJsonDocument::Indented);
        return Done;
    }
    io.out << TemplatesCommand::tr("Device templates:") << '\n';
    for (const auto &e : lib.devices()) {
        io.out << "  " << q(e.device.model) << "  [" << q(e.device.slug) << "]  "
               << q(e.device.file) << '\n';
        for (const auto &s : e.shadows)
            io.out << "      " << TemplatesCommand::tr("shadows %1").arg(q(s)) << '\n';
    }
    io.out << TemplatesCommand::tr("Design templates:") << '\n';
    for (const auto &e : lib.designs()) {
        io.out << "  " << q(e.info.id) << "  " << q(e.info.title) << "  " << q(e.info.file)
               << '\n';
        for (const auto &s : e.shadows)
            io.out << "      " << TemplatesCommand::tr("shadows %1").arg(q(s)) << '\n';
    }
    return Done;
}

} // namespace cn::cli
