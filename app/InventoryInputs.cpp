#include "InventoryInputs.h"

#include "inventory/InventoryReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cn::cli
{
namespace
{

class InventoryInputs
{
    Q_DECLARE_TR_FUNCTIONS(InventoryInputs)
};

} // namespace

void addLldpOption(QCommandLineParser &parser)
{
    parser.addOption({"lldp",
                      InventoryInputs::tr(
                          "A switch's 'show lldp remote-device all' output, saved as text; the "
                          "switch is SWITCH, or the file's name without its suffix. Repeatable."),
                      "[SWITCH=]FILE"});
}

bool readInventories(const QStringList &files, std::vector<HostInventory> &out, Io io)
{
    bool ok = true;
    for (const QString &file : files) {
        const InventoryLoad load = readInventoryFile(file.toStdString());
        for (const Diagnostic &w : load.warnings)
            io.err << q(w.format()) << '\n';
        if (!load.ok()) {
            io.err << q(load.error->format()) << '\n';
            ok = false;
            continue;
        }
        for (const HostInventory &seen : out)
            if (idFromName(seen.hostName) == idFromName(load.inventory->hostName)) {
                io.err << InventoryInputs::tr("%1: error: host %2 comes twice (also in %3)")
                              .arg(file, q(load.inventory->hostName), q(seen.file))
                       << '\n';
                ok = false;
            }
        out.push_back(*load.inventory);
    }
    return ok;
}

bool readNeighbourTables(const QCommandLineParser &parser, std::vector<NeighbourTable> &out, Io io)
{
    bool ok = true;
    for (const QString &value : parser.values("lldp")) {
        QString file = value, name = QFileInfo(value).completeBaseName();
        const int eq = value.indexOf('=');
        if (eq > 0 && !value.left(eq).contains('/')) {
            name = value.left(eq);
            file = value.mid(eq + 1);
        }
        const NeighbourTableLoad load =
            readNeighbourTableFile(file.toStdString(), name.toStdString());
        if (!load.table) {
            io.err << q(load.error->format()) << '\n';
            ok = false;
            continue;
        }
        out.push_back(*load.table);
    }
    return ok;
}

} // namespace cn::cli
