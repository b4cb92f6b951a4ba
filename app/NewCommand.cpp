#include "CommandParser.h"
#include "io/DesignLoader.h"
#include "io/DesignSaver.h"
#include "templates/TemplateLibrary.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cn::cli {
namespace {

class NewCommand
{
    Q_DECLARE_TR_FUNCTIONS(NewCommand)
};

} // namespace

int runNew(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(NewCommand::tr(
        "Write a new design from a design template (see 'clusternet templates'), without its template header."));
    parser.addPositionalArgument("TEMPLATE", NewCommand::tr("The id of a design template."));
    parser.addOption({{"o", "output"}, NewCommand::tr("The design file to write."), "FILE"});
    parser.addOption({"force", NewCommand::tr("Overwrite FILE if it exists.")});
    if (int code = parseCommand(parser, args, io, 1, 1); code >= 0)
        return code;
    const QString out = parser.value("output");
    if (out.isEmpty()) {
        io.err << NewCommand::tr("clusternet new: -o FILE is required") << '\n';
        return Failed;
    }
    if (QFileInfo::exists(out) && !parser.isSet("force")) {
        io.err << NewCommand::tr("clusternet new: %1 exists; give --force to overwrite it").arg(out) << '\n';
        return Failed;
    }
    const TemplateLibrary library = TemplateLibrary::scan(TemplateLibrary::standardFolders());
    const std::string id = parser.positionalArguments().first().toStdString();
    const DesignTemplateEntry *entry = library.findDesign(id);
    if (!entry) {
        QStringList known;
        for (const auto &e : library.designs())
            known << q(e.info.id);
        io.err << NewCommand::tr("clusternet new: no design template '%1'; there are: %2")
                      .arg(q(id), known.join(", "))
               << '\n';
        return Failed;
    }
    std::string error;
    const auto text = TemplateLibrary::readDesignText(entry->info, error);
    if (!text) {
        io.err << q(entry->info.file) << ": error: " << q(error) << '\n';
        return Failed;
    }
    // Device templates as the new file will see them: beside it first.
    const TemplateLibrary templates = TemplateLibrary::forDesign(out.toStdString());
    const LoadResult loaded = DesignLoader(templates).loadText(*text, entry->info.file);
    if (!loaded.ok()) {
        io.err << q(loaded.error->format()) << '\n';
        return Failed;
    }
    SaveOptions options;
    options.withTemplateHeader = false;
    const std::string failure = saveDesignToFile(*loaded.design, out.toStdString(), options);
    if (!failure.empty()) {
        io.err << "clusternet new: " << q(failure) << '\n';
        return Failed;
    }
    io.out << NewCommand::tr("Wrote %1 from template %2 (%3)").arg(out, q(id), q(entry->info.file)) << '\n';
    return Done;
}

} // namespace cn::cli
