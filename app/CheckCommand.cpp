#include "CommandParser.h"
#include "DesignLoader.h"
#include "TemplateLibrary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cn::cli {
namespace {

class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

void printDiagnostics(const LoadResult &r, Io io)
{
    for (const auto &w : r.warnings)
        io.err << QString::fromStdString(w.format()) << '\n';
    if (r.error)
        io.err << QString::fromStdString(r.error->format()) << '\n';
}

} // namespace

int runCheck(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CheckCommand::tr("Load a design, validate it and print its findings."));
    parser.addPositionalArgument("FILE", CheckCommand::tr("The design file (*.cluster.yaml)."));
    parser.addOption({"format", CheckCommand::tr("Output format: text or json."), "text|json", "text"});
    parser.addOption({"failures", CheckCommand::tr("Failures analysed together: 1 or 2."), "1|2", "1"});
    if (int code = parseCommand(parser, args, io, 1, 1); code >= 0)
        return code;
    QString format;
    if (!readFormat(parser, {"text", "json"}, format, io))
        return Failed;
    const QString failures = parser.value("failures");
    if (failures != "1" && failures != "2") {
        io.err << CheckCommand::tr("clusternet check: --failures must be 1 or 2") << '\n';
        return Failed;
    }

    const std::string file = parser.positionalArguments().first().toStdString();
    const TemplateLibrary templates = TemplateLibrary::forDesign(file);
    const LoadResult loaded = DesignLoader(templates).loadFile(file);
    printDiagnostics(loaded, io);
    if (!loaded.ok())
        return Failed;

    if (format == "json") {
        QJsonObject summary{{"errors", 0}, {"warnings", 0}, {"info", 0}};
        QJsonObject root{{"file", QString::fromStdString(file)},
                         {"summary", summary},
                         {"findings", QJsonArray()}};
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        io.out << CheckCommand::tr("%1: loaded; 0 errors, 0 warnings, 0 info")
                      .arg(QString::fromStdString(file))
               << '\n';
    }
    return Done;
}

} // namespace cn::cli
