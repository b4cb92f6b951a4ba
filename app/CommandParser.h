#pragma once
// QCommandLineParser set up the same way for every command: errors exit 2, not 1.

#include "Cli.h"
#include "io/DesignLoader.h"

#include <QCommandLineParser>

namespace cn::cli {

// Parses `args` (command name first). Returns -1 to go on, or the exit code to return now
// (after --help, or a wrong command line).
int parseCommand(QCommandLineParser &parser, const QStringList &args, Io io,
                 int minPositional, int maxPositional);

// Prints a loaded design's warnings and its error (FILE:LINE:COLUMN) to io.err; true when it
// loaded.
bool printDiagnostics(const LoadResult &r, Io io);

// Reads --format; false (with a message) when it is not one of `allowed`.
bool readFormat(const QCommandLineParser &parser, const QStringList &allowed, QString &format, Io io);

} // namespace cn::cli
