#include "CommandParser.h"
#include "InventoryInputs.h"
#include "inventory/InventoryAudit.h"
#include "io/DesignLoader.h"
#include "templates/TemplateLibrary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cn::cli
{
namespace
{

class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
};

QJsonArray strings(const std::vector<std::string> &items)
{
    QJsonArray a;
    for (const std::string &s : items)
        a.append(q(s));
    return a;
}

} // namespace

int runAudit(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        AuditCommand::tr("Compare a design with the inventories of its hosts "
                         "(collect-inventory.ps1) and list what was\n"
                         "built differently. Exit code 1 when something differs."));
    parser.addPositionalArgument("DESIGN", AuditCommand::tr("The design file."));
    parser.addPositionalArgument(
        "FILE.json", AuditCommand::tr("The inventory of one host; one per host."), "FILE.json...");
    addLldpOption(parser);
    parser.addOption(
        {"format", AuditCommand::tr("Output format: text or json."), "text|json", "text"});
    if (int code = parseCommand(parser, args, io, 2, 100000); code >= 0)
        return code;
    QString format;
    if (!readFormat(parser, {"text", "json"}, format, io))
        return Failed;
    QStringList files = parser.positionalArguments();
    const std::string file = files.takeFirst().toStdString();
    const TemplateLibrary templates = TemplateLibrary::forDesign(file);
    const LoadResult loaded = DesignLoader(templates).loadFile(file);
    if (!printDiagnostics(loaded, io))
        return Failed;
    std::vector<HostInventory> hosts;
    std::vector<NeighbourTable> tables;
    bool ok = readInventories(files, hosts, io);
    ok = readNeighbourTables(parser, tables, io) && ok;
    if (!ok)
        return Failed;

    const AuditResult result = auditDesign(*loaded.design, templates, hosts, tables);
    if (format == "json") {
        QJsonArray differences;
        for (const AuditDifference &d : result.differences)
            differences.append(QJsonObject{{"kind", q(d.kind)},
                                           {"host", q(d.host)},
                                           {"elements", strings(d.elements)},
                                           {"message", q(d.message)}});
        QJsonArray inventories;
        for (const HostInventory &h : hosts)
            inventories.append(q(h.file));
        const QJsonObject doc{
            {"design", q(file)},
            {"inventories", inventories},
            {"differences", differences},
            {"notes", strings(result.notes)},
            {"summary", QJsonObject{{"differences", int(result.differences.size())}}}};
        io.out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    } else {
        for (const AuditDifference &d : result.differences)
            io.out << q(d.host) << ": " << q(d.kind) << ": " << q(d.message) << '\n';
        for (const std::string &n : result.notes)
            io.err << AuditCommand::tr("note: %1").arg(q(n)) << '\n';
        io.out << AuditCommand::tr("%1: %n difference(s) from %2 inventor(ies)", nullptr,
                                   int(result.differences.size()))
                      .arg(q(file))
                      .arg(hosts.size())
               << '\n';
    }
    return result.differences.empty() ? Done : Findings;
}

} // namespace cn::cli
