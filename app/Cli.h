#pragma once
// The headless command line of FORMAT.md §4: check, templates, fmt (and more to come).

#include <QStringList>
#include <QTextStream>

namespace cn::cli {

enum ExitCode { Done = 0, Findings = 1, Failed = 2 };

struct Io {
    QTextStream &out;
    QTextStream &err;
};

// True when `args` (program name first) asks for a command rather than the editor.
bool isCommandLine(const QStringList &args);
// True for the commands that draw (export): they need a QApplication, on the offscreen platform.
bool needsGui(const QStringList &args);
int run(const QStringList &args, Io io);

int runCheck(const QStringList &args, Io io);
int runTemplates(const QStringList &args, Io io);
int runFmt(const QStringList &args, Io io);
int runReport(const QStringList &args, Io io);
int runExport(const QStringList &args, Io io);
int runNew(const QStringList &args, Io io);

} // namespace cn::cli
