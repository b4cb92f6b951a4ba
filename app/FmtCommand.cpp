#include "CommandParser.h"
#include "io/DesignLoader.h"
#include "io/DesignSaver.h"
#include "templates/TemplateLibrary.h"

#include <QCoreApplication>

namespace cn::cli {
namespace {

class FmtCommand
{
    Q_DECLARE_TR_FUNCTIONS(FmtCommand)
};

} // namespace

int runFmt(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(FmtCommand::tr(
        "Load a design and write it back in canonical form (in place without -o)."));
    parser.addPositionalArgument("FILE", FmtCommand::tr("The design file."));
    parser.addOption({{"o", "output"}, FmtCommand::tr("Write to OUT instead of FILE."), "OUT"});
    if (int code = parseCommand(parser, args, io, 1, 1); code >= 0)
        return code;
    const std::string file = parser.positionalArguments().first().toStdString();
    const std::string out = parser.isSet("output") ? parser.value("output").toStdString() : file;

    const TemplateLibrary templates = TemplateLibrary::forDesign(file);
    const LoadResult loaded = DesignLoader(templates).loadFile(file);
    if (!printDiagnostics(loaded, io))
        return Failed;
    const std::string error = saveDesignToFile(*loaded.design, out);
    if (!error.empty()) {
        io.err << "clusternet fmt: " << QString::fromStdString(error) << '\n';
        return Failed;
    }
    return Done;
}

} // namespace cn::cli
