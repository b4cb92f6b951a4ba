#include "CommandParser.h"

#include <QCoreApplication>

namespace cn::cli {
namespace {

class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(CommandParser)
};

// Qt's help names the program by the path it was started with ("Usage: build/app/clusternet
// [options] FILE"); the user typed a command, so the usage names it.
QString commandHelp(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QStringList argv = QCoreApplication::arguments();
    const QString program = argv.isEmpty() ? QString() : argv.constFirst();
    const int firstLineEnd = text.indexOf('\n');
    const int at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < firstLineEnd)
        text.replace(at, program.size(), "clusternet " + command);
    return text;
}

} // namespace

int parseCommand(QCommandLineParser &parser, const QStringList &args, Io io, int minPositional,
                 int maxPositional)
{
    const QCommandLineOption help({"h", "help"}, CommandParser::tr("Show this help."));
    parser.addOption(help);
    QStringList argv = args;
    argv[0] = "clusternet " + args.at(0);
    if (!parser.parse(argv)) {
        io.err << "clusternet " << args.at(0) << ": " << parser.errorText() << '\n';
        return Failed;
    }
    if (parser.isSet(help)) {
        io.out << commandHelp(parser, args.at(0));
        return Done;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional || n > maxPositional) {
        io.err << CommandParser::tr("clusternet %1: wrong number of arguments").arg(args.at(0))
               << "\n"
               << commandHelp(parser, args.at(0));
        return Failed;
    }
    return -1;
}

bool readFormat(const QCommandLineParser &parser, const QStringList &allowed, QString &format, Io io)
{
    format = parser.isSet("format") ? parser.value("format") : allowed.first();
    if (allowed.contains(format))
        return true;
    io.err << CommandParser::tr("clusternet: unknown format '%1'; expected %2")
                  .arg(format, allowed.join('|'))
           << '\n';
    return false;
}

} // namespace cn::cli
