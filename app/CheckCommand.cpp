#include "CommandParser.h"
#include "io/DesignLoader.h"
#include "templates/TemplateLibrary.h"
#include "analysis/Validator.h"

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

QString q(const std::string &s) { return QString::fromStdString(s); }

QJsonArray strings(const std::vector<std::string> &items)
{
    QJsonArray a;
    for (const auto &i : items)
        a.append(q(i));
    return a;
}

QJsonObject findingsToJson(const std::string &file, const std::vector<Finding> &findings,
                           const FindingCounts &counts)
{
    QJsonArray list;
    for (const Finding &f : findings) {
        QJsonArray roles;
        for (Role r : f.roles)
            roles.append(q(toString(r)));
        list.append(QJsonObject{{"rule", q(f.rule)},
                                {"severity", q(toString(f.severity))},
                                {"message", q(f.message)},
                                {"elements", strings(f.elements)},
                                {"affects", strings(f.affects)},
                                {"roles", roles}});
    }
    const QJsonObject summary{{"errors", counts.errors}, {"warnings", counts.warnings}, {"info", counts.info}};
    return QJsonObject{{"file", q(file)}, {"summary", summary}, {"findings", list}};
}

QString severityWord(Severity s)
{
    switch (s) {
    case Severity::Error:
        return CheckCommand::tr("error");
    case Severity::Warning:
        return CheckCommand::tr("warning");
    case Severity::Info:
        return CheckCommand::tr("info");
    }
    return {};
}

void printText(const std::string &file, const std::vector<Finding> &findings,
               const FindingCounts &counts, Io io)
{
    for (const Finding &f : findings)
        io.out << q(file) << ": " << severityWord(f.severity) << ": " << q(f.rule) << ": "
               << q(f.message) << '\n';
    io.out << CheckCommand::tr("%1: %n error(s)", nullptr, counts.errors).arg(q(file)) << ", "
           << CheckCommand::tr("%n warning(s)", nullptr, counts.warnings) << ", "
           << CheckCommand::tr("%n info", nullptr, counts.info) << '\n';
}

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

    ValidationOptions options;
    options.failures = failures.toInt();
    const std::vector<Finding> findings = validate(*loaded.design, templates, options);
    const FindingCounts counts = countFindings(findings);
    if (format == "json")
        io.out << QJsonDocument(findingsToJson(file, findings, counts)).toJson(QJsonDocument::Indented);
    else
        printText(file, findings, counts, io);
    return counts.errors > 0 ? Findings : Done;
}

} // namespace cn::cli
