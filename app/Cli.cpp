#include "Cli.h"

#include <QCoreApplication>

namespace cn::cli {
namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QString usage()
    {
        return tr("Usage: clusternet [FILE]                 open the editor\n"
                  "       clusternet check FILE [--format text|json] [--failures 1|2]\n"
                  "       clusternet templates [--format text|json]\n"
                  "       clusternet fmt FILE [-o OUT]\n"
                  "       clusternet export FILE -o OUT [--page A4|A3|Letter|Legal] [--landscape]\n"
                  "                         [--tiles COLSxROWS] [--dpi N] [--report]\n"
                  "       clusternet report FILE [--format text|json|csv]\n"
                  "       clusternet new TEMPLATE -o FILE [--force]\n"
                  "       clusternet --help | --version\n"
                  "\n"
                  "Designs the networks of failover clusters and checks them for single points\n"
                  "of failure and traffic-role isolation.\n"
                  "Run 'clusternet COMMAND --help' for the options of a command.\n"
                  "Exit codes: 0 done, 1 the design has errors (check), 2 the input could not\n"
                  "be loaded or the command line is wrong.\n");
    }
};

struct Command {
    const char *name;
    int (*run)(const QStringList &, Io);
};

const Command kCommands[] = {
    {"check", runCheck},
    {"templates", runTemplates},
    {"fmt", runFmt},
    {"report", runReport},
    {"export", runExport},
    {"new", runNew},
};

} // namespace

bool isCommandLine(const QStringList &args)
{
    if (args.size() < 2)
        return false;
    const QString first = args.at(1);
    if (first.startsWith('-'))
        return true;
    for (const auto &c : kCommands)
        if (first == QLatin1String(c.name))
            return true;
    return false;
}

bool needsGui(const QStringList &args)
{
    return args.size() > 1 && args.at(1) == QLatin1String("export");
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
    for (const auto &c : kCommands)
        if (first == QLatin1String(c.name))
            return c.run(args.mid(1), io);
    io.err << Cli::tr("clusternet: unknown command or option '%1'").arg(first) << '\n'
           << Cli::usage();
    return Failed;
}

} // namespace cn::cli
