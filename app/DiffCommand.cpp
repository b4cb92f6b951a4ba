#include "CommandParser.h"
#include "handover/RevisionDiff.h"
#include "io/DesignLoader.h"
#include "templates/TemplateLibrary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace cn::cli
{
namespace
{

class DiffCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)
};

struct Loaded {
    TemplateLibrary templates;
    std::optional<Design> design;
};

Loaded load(const std::string &file, Io io)
{
    Loaded l{TemplateLibrary::forDesign(file), std::nullopt};
    const LoadResult r = DesignLoader(l.templates).loadFile(file);
    if (printDiagnostics(r, io))
        l.design = *r.design;
    return l;
}

QJsonArray strings(const std::vector<std::string> &items)
{
    QJsonArray a;
    for (const auto &i : items)
        a.append(q(i));
    return a;
}

QJsonObject findingJson(const Finding &f)
{
    QJsonObject o{{"rule", q(f.rule)},
                  {"severity", q(toString(f.severity))},
                  {"message", q(f.message)},
                  {"elements", strings(f.elements)},
                  {"accepted", f.accepted}};
    if (f.accepted)
        o.insert("accepted_by", q(f.acceptedBy));
    return o;
}

QString findingLine(const Finding &f)
{
    QString text =
        QStringLiteral("%1 %2: %3").arg(q(toString(f.severity)), q(f.rule), q(f.message));
    if (f.accepted)
        text += ' ' + DiffCommand::tr("[accepted by %1]").arg(q(f.acceptedBy));
    return text;
}

} // namespace

int runDiff(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DiffCommand::tr(
        "List what changed from revision OLD to NEW of a design: devices, adapters, ports, teams, "
        "bindings, links, networks, the policy and accepted risks added, removed or changed (moves "
        "are not changes), and the findings that appear or disappear. Exit 1 when NEW adds an "
        "error "
        "that is not accepted."));
    parser.addPositionalArgument("OLD", DiffCommand::tr("The earlier revision."));
    parser.addPositionalArgument("NEW", DiffCommand::tr("The later revision."));
    parser.addOption(
        {"format", DiffCommand::tr("Output format: text or json."), "text|json", "text"});
    if (int code = parseCommand(parser, args, io, 2, 2); code >= 0)
        return code;
    QString format;
    if (!readFormat(parser, {"text", "json"}, format, io))
        return Failed;
    const std::string oldFile = parser.positionalArguments().at(0).toStdString();
    const std::string newFile = parser.positionalArguments().at(1).toStdString();
    const Loaded before = load(oldFile, io);
    const Loaded after = load(newFile, io);
    if (!before.design || !after.design)
        return Failed;
    const RevisionDiff diff =
        diffDesigns(*before.design, before.templates, *after.design, after.templates);

    if (format == "json") {
        QJsonArray changes, appeared, disappeared, acceptance;
        for (const DesignChange &c : diff.changes) {
            QJsonObject o{
                {"element", q(c.element)}, {"change", q(toString(c.kind))}, {"ref", q(c.ref)}};
            if (c.kind == ChangeKind::Changed) {
                QJsonArray fields;
                for (const FieldChange &f : c.fields)
                    fields.append(QJsonObject{
                        {"field", q(f.field)}, {"old", q(f.before)}, {"new", q(f.after)}});
                o.insert("fields", fields);
            } else {
                o.insert("summary", q(c.summary));
            }
            changes.append(o);
        }
        for (const Finding &f : diff.appeared)
            appeared.append(findingJson(f));
        for (const Finding &f : diff.disappeared)
            disappeared.append(findingJson(f));
        for (const Finding &f : diff.acceptanceChanged)
            acceptance.append(findingJson(f));
        const QJsonObject o{{"old", QJsonObject{{"file", q(oldFile)},
                                                {"revision", q(before.design->title.revision)},
                                                {"date", q(before.design->title.date)}}},
                            {"new", QJsonObject{{"file", q(newFile)},
                                                {"revision", q(after.design->title.revision)},
                                                {"date", q(after.design->title.date)}}},
                            {"changes", changes},
                            {"findings", QJsonObject{{"appeared", appeared},
                                                     {"disappeared", disappeared},
                                                     {"acceptance_changed", acceptance}}},
                            {"summary", QJsonObject{{"added", diff.count(ChangeKind::Added)},
                                                    {"removed", diff.count(ChangeKind::Removed)},
                                                    {"changed", diff.count(ChangeKind::Changed)},
                                                    {"appeared", int(diff.appeared.size())},
                                                    {"disappeared", int(diff.disappeared.size())},
                                                    {"adds_open_error", diff.addsOpenError}}}};
        io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        auto revision = [](const Design &d) {
            return d.title.revision.empty()
                       ? QString()
                       : ' ' + DiffCommand::tr("(revision %1)").arg(q(d.title.revision));
        };
        io.out << DiffCommand::tr("From %1%2 to %3%4: %n change(s)", nullptr,
                                  int(diff.changes.size()))
                      .arg(q(oldFile), revision(*before.design), q(newFile),
                           revision(*after.design))
               << '\n';
        for (const DesignChange &c : diff.changes)
            io.out << "  " << RevisionDiffText::line(c) << '\n';
        io.out << DiffCommand::tr("Findings: %1 appear, %2 disappear")
                      .arg(diff.appeared.size())
                      .arg(diff.disappeared.size());
        if (!diff.acceptanceChanged.empty())
            io.out << DiffCommand::tr(", %n accepted or no longer accepted", nullptr,
                                      int(diff.acceptanceChanged.size()));
        io.out << '\n';
        for (const Finding &f : diff.appeared)
            io.out << "  + " << findingLine(f) << '\n';
        for (const Finding &f : diff.disappeared)
            io.out << "  - " << findingLine(f) << '\n';
        for (const Finding &f : diff.acceptanceChanged)
            io.out << "  * "
                   << (f.accepted ? findingLine(f)
                                  : findingLine(f) + ' ' + DiffCommand::tr("[no longer accepted]"))
                   << '\n';
        if (diff.addsOpenError)
            io.out << DiffCommand::tr("The new revision adds an error that is not accepted.")
                   << '\n';
    }
    return diff.addsOpenError ? Findings : Done;
}

} // namespace cn::cli
