#include "CommandParser.h"
#include "InventoryInputs.h"
#include "inventory/InventoryImport.h"
#include "io/DesignLoader.h"
#include "io/DesignSaver.h"
#include "io/SafeWrite.h"
#include "templates/TemplateLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cn::cli
{
namespace
{

class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

std::optional<QByteArray> existing(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

} // namespace

int runImport(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportCommand::tr(
        "Build a design from the inventories that collect-inventory.ps1 wrote on a cluster's "
        "hosts.\n"
        "Roles are guessed from the cluster networks' roles and names, and every guess is said.\n"
        "Switches come from LLDP; one whose model no template matches becomes a generic switch,\n"
        "with a template written to devices/ beside the design."));
    parser.addPositionalArgument(
        "FILE.json", ImportCommand::tr("The inventory of one host; one per host."), "FILE.json...");
    parser.addOption({{"o", "output"}, ImportCommand::tr("The design file to write."), "DESIGN"});
    addLldpOption(parser);
    parser.addOption(
        {"switch-model",
         ImportCommand::tr("The model (a device template) of a switch LLDP does not describe. "
                           "Repeatable."),
         "SWITCH=MODEL"});
    parser.addOption(
        {"force", ImportCommand::tr("Overwrite DESIGN and generated templates that exist.")});
    if (int code = parseCommand(parser, args, io, 1, 100000); code >= 0)
        return code;
    const QString out = parser.value("output");
    if (out.isEmpty()) {
        io.err << ImportCommand::tr("clusternet import: -o DESIGN is required") << '\n';
        return Failed;
    }
    if (QFileInfo::exists(out) && !parser.isSet("force")) {
        io.err << ImportCommand::tr("clusternet import: %1 exists; give --force to overwrite it")
                      .arg(out)
               << '\n';
        return Failed;
    }
    std::vector<HostInventory> hosts;
    ImportOptions options;
    bool ok = readInventories(parser.positionalArguments(), hosts, io);
    ok = readNeighbourTables(parser, options.tables, io) && ok;
    for (const QString &v : parser.values("switch-model")) {
        const int eq = v.indexOf('=');
        if (eq <= 0) {
            io.err << ImportCommand::tr(
                          "clusternet import: --switch-model wants SWITCH=MODEL, not '%1'")
                          .arg(v)
                   << '\n';
            ok = false;
            continue;
        }
        options.switchModels[v.left(eq).toStdString()] = v.mid(eq + 1).toStdString();
    }
    if (!ok)
        return Failed;

    const std::string design = out.toStdString();
    const ImportResult result =
        importInventories(hosts, TemplateLibrary::forDesign(design), options);

    // Generated templates first: the design names them, and loading it back checks both.
    const QDir folder = QFileInfo(out).absoluteDir();
    for (const GeneratedTemplate &t : result.templates) {
        const QString path = folder.filePath(q(t.fileName));
        const auto old = existing(path);
        if (old && *old == QByteArray::fromStdString(t.text))
            continue;
        if (old && !parser.isSet("force")) {
            io.err << ImportCommand::tr("clusternet import: %1 exists with other content; give "
                                        "--force to overwrite it")
                          .arg(path)
                   << '\n';
            return Failed;
        }
        if (!folder.mkpath(QFileInfo(path).absolutePath())) {
            io.err << ImportCommand::tr("clusternet import: cannot make folder %1")
                          .arg(QFileInfo(path).absolutePath())
                   << '\n';
            return Failed;
        }
        const std::string error = writeFileAtomically(path.toStdString(), t.text);
        if (!error.empty()) {
            io.err << "clusternet import: " << q(error) << '\n';
            return Failed;
        }
    }
    const LoadResult check = DesignLoader(TemplateLibrary::forDesign(design))
                                 .loadText(saveDesignToString(result.design), design);
    if (!check.ok()) {
        io.err << ImportCommand::tr(
                      "clusternet import: the imported design does not load (a bug): %1")
                      .arg(q(check.error->format()))
               << '\n';
        return Failed;
    }
    const std::string error = saveDesignToFile(result.design, design);
    if (!error.empty()) {
        io.err << "clusternet import: " << q(error) << '\n';
        return Failed;
    }
    for (const std::string &n : result.notes)
        io.out << ImportCommand::tr("note: %1").arg(q(n)) << '\n';
    int switches = 0;
    for (const Device &d : result.design.devices)
        switches += d.isSwitch() ? 1 : 0;
    io.out << ImportCommand::tr("Wrote %1: %n host(s)", nullptr,
                                int(result.design.devices.size()) - switches)
                  .arg(out)
           << ", " << ImportCommand::tr("%n switch(es)", nullptr, switches) << ", "
           << ImportCommand::tr("%n network(s)", nullptr, int(result.design.networks.size()))
           << ", " << ImportCommand::tr("%n cable(s)", nullptr, int(result.design.links.size()))
           << '\n';
    for (const GeneratedTemplate &t : result.templates)
        io.out << ImportCommand::tr("Wrote %1 (generic switch)").arg(folder.filePath(q(t.fileName)))
               << '\n';
    return Done;
}

} // namespace cn::cli
