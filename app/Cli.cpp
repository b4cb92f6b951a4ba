#include "Cli.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cn::cli
{
namespace
{

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QString usage()
    {
        QString text = tr("Usage: clusternet [FILE]                 open the editor\n");
        for (const Command &c : commands())
            text += QStringLiteral("       clusternet %1 %2\n")
                        .arg(QLatin1String(c.name), QLatin1String(c.synopsis));
        text += QStringLiteral("       clusternet --help | --version\n\n");
        return text +
               tr("Designs the networks of failover clusters and checks them for single points\n"
                  "of failure and traffic-role isolation.\n"
                  "Run 'clusternet COMMAND --help' for the options of a command.\n"
                  "Exit codes: 0 done, 1 the design has errors (check) or differs from what was\n"
                  "built (audit), 2 the input could not be loaded or the command line is wrong.\n") +
               tr("Exit code 1 also: the design asks what a switch cannot do (config), the new\n"
                  "revision adds an error that is not accepted (diff).\n");
    }
    static QString names()
    {
        QStringList out;
        for (const Command &c : commands())
            out << QLatin1String(c.name);
        return out.join(", ");
    }
};

const Command *find(const QString &name)
{
    for (const Command &c : commands())
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

bool isOption(const QString &arg)
{
    return arg.startsWith('-');
}

} // namespace

const std::vector<Command> &commands()
{
    static const std::vector<Command> table = {
        {"check", "FILE [--format text|json] [--failures 1|2]", runCheck, false},
        {"templates", "[--format text|json]", runTemplates, false},
        {"fmt", "FILE [-o OUT]", runFmt, false},
        {"export",
         "FILE -o OUT [--page A4|A3|Letter|Legal] [--landscape]\n"
         "                         [--tiles COLSxROWS] [--dpi N] [--report] [--compare OLD]\n"
         "       clusternet export FILE -o OUT.drawio|OUT.graphml\n"
         "       clusternet export FILE -o DIR --netbox [--site NAME]",
         runExport, true},
        {"report", "FILE [--format text|json|csv] [--ports] [--vlans]", runReport, false},
        {"new", "TEMPLATE -o FILE [--force]", runNew, false},
        {"import", "FILE.json... -o DESIGN [--lldp [SWITCH=]FILE]... [--switch-model SWITCH=MODEL]... [--force]",
         runImport, false},
        {"audit", "DESIGN FILE.json... [--lldp [SWITCH=]FILE]... [--format text|json]", runAudit, false},
        {"config", "FILE [--switch ID] [-o DIR]", runConfig, false},
        {"diff", "OLD NEW [--format text|json]", runDiff, false},
    };
    return table;
}

bool isCommandLine(const QStringList &args)
{
    if (args.size() < 2)
        return false;
    const QString first = args.at(1);
    if (first == QLatin1String("--recover") && args.size() == 3)
        return false; // the editor, recovering a copy (offered by another editor window)
    if (isOption(first) || find(first) || args.size() > 2)
        return true;
    // One word: a file to open, unless it is no file and looks like none (a mistyped
    // command must not open the editor, which never returns without a display).
    return !QFileInfo::exists(first) && !first.contains('.') && !first.contains('/');
}

bool needsGui(const QStringList &args)
{
    const Command *c = args.size() > 1 ? find(args.at(1)) : nullptr;
    return c && c->needsGui;
}

int run(const QStringList &args, Io io)
{
    const QString first = args.value(1);
    if (first == "--help" || first == "-h" || first == "help") {
        io.out << Cli::usage();
        return Done;
    }
    if (first == "--version" || first == "-v") {
        io.out << QCoreApplication::applicationName() << ' '
               << QCoreApplication::applicationVersion() << '\n';
        return Done;
    }
    if (const Command *c = find(first))
        return c->run(args.mid(1), io);
    if (isOption(first))
        io.err << Cli::tr("clusternet: unknown option '%1'").arg(first) << '\n';
    else
        io.err << Cli::tr("clusternet: unknown command '%1'; the commands are: %2")
                      .arg(first, Cli::names())
               << '\n';
    io.err << Cli::usage();
    return Failed;
}

} // namespace cn::cli
