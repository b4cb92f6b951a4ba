#pragma once
// The headless command line of FORMAT.md §4. Commands are rows of one table (Cli.cpp): a new
// command is a run function and one row.

#include <QStringList>
#include <QTextStream>

#include <string>
#include <vector>

namespace cn::cli
{

enum ExitCode { Done = 0, Findings = 1, Failed = 2 };

inline QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

struct Io {
    QTextStream &out;
    QTextStream &err;
};

struct Command {
    const char *name;
    const char *synopsis;                       // the arguments, as in FORMAT.md §4
    int (*run)(const QStringList &args, Io io); // args: the command name first
    bool needsGui; // draws (export): needs a QApplication, on the offscreen platform
};
const std::vector<Command> &commands();

// True when `args` (program name first) asks for the command line rather than the editor:
// an option, a command, or anything that is not one file to open (an unknown command word
// is an error, not a file name).
bool isCommandLine(const QStringList &args);
// True for the commands that draw (export).
bool needsGui(const QStringList &args);
int run(const QStringList &args, Io io);

int runCheck(const QStringList &args, Io io);
int runTemplates(const QStringList &args, Io io);
int runFmt(const QStringList &args, Io io);
int runReport(const QStringList &args, Io io);
int runExport(const QStringList &args, Io io);
int runNew(const QStringList &args, Io io);
int runImport(const QStringList &args, Io io);
int runAudit(const QStringList &args, Io io);
int runConfig(const QStringList &args, Io io);
int runDiff(const QStringList &args, Io io);

} // namespace cn::cli
