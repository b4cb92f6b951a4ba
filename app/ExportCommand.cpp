#include "CommandParser.h"
#include "document/DesignDocument.h"
#include "paper/DiagramRenderer.h"
#include "canvas/DiagramScene.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace cn::cli {
namespace {

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

} // namespace

int runExport(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportCommand::tr(
        "Write the diagram to OUT: .pdf (vector, every page), .svg or .png (one page, fit). "
        "Designs with findings export too."));
    parser.addPositionalArgument("FILE", ExportCommand::tr("The design file."));
    parser.addOption({{"o", "output"}, ExportCommand::tr("The file to write; its suffix picks the format."), "OUT"});
    parser.addOption({"page", ExportCommand::tr("Paper size: A4, A3, Letter or Legal."), "SIZE", "A4"});
    parser.addOption({"landscape", ExportCommand::tr("Landscape orientation (default portrait).")});
    parser.addOption({"tiles", ExportCommand::tr("Tile the diagram over COLUMNSxROWS pages (PDF)."), "CxR", "1x1"});
    parser.addOption({"dpi", ExportCommand::tr("Resolution of a PNG."), "N", "150"});
    parser.addOption({"report", ExportCommand::tr("Add findings, bill of materials and cable schedule pages (PDF).")});
    if (int code = parseCommand(parser, args, io, 1, 1); code >= 0)
        return code;
    const QString out = parser.value("output");
    if (out.isEmpty()) {
        io.err << ExportCommand::tr("clusternet export: -o OUT is required") << '\n';
        return Failed;
    }
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != "pdf" && suffix != "svg" && suffix != "png") {
        io.err << ExportCommand::tr("clusternet export: OUT must end in .pdf, .svg or .png") << '\n';
        return Failed;
    }
    PageOptions options;
    if (!pageSizeFromName(parser.value("page"), options.size)) {
        io.err << ExportCommand::tr("clusternet export: unknown page size '%1'; expected A4, A3, Letter or Legal")
                      .arg(parser.value("page"))
               << '\n';
        return Failed;
    }
    options.orientation = parser.isSet("landscape") ? QPageLayout::Landscape : QPageLayout::Portrait;
    const auto tiles = QRegularExpression("^(\\d{1,2})x(\\d{1,2})$").match(parser.value("tiles"));
    if (!tiles.hasMatch() || tiles.captured(1).toInt() < 1 || tiles.captured(2).toInt() < 1) {
        io.err << ExportCommand::tr("clusternet export: --tiles is COLUMNSxROWS, such as 2x1") << '\n';
        return Failed;
    }
    options.columns = tiles.captured(1).toInt();
    options.rows = tiles.captured(2).toInt();
    bool ok = false;
    const int dpi = parser.value("dpi").toInt(&ok);
    if (!ok || dpi < 30 || dpi > 1200) {
        io.err << ExportCommand::tr("clusternet export: --dpi must be a number from 30 to 1200") << '\n';
        return Failed;
    }
    if (suffix != "pdf" && (parser.isSet("report") || options.diagramPages() > 1))
        io.err << ExportCommand::tr("clusternet export: --report and --tiles apply to PDF; writing one page") << '\n';

    DesignDocument doc;
    QString error;
    const QString file = parser.positionalArguments().first();
    if (!doc.load(file, &error)) {
        io.err << error << '\n';
        return Failed;
    }
    for (const QString &w : doc.loadWarnings())
        io.err << w << '\n';
    DiagramScene scene(&doc);
    doc.waitForFindings(); // the report lists them
    const DiagramRenderer renderer(&scene, &doc, file);
    bool written = false;
    if (suffix == "pdf")
        written = renderer.writePdf(out, options, parser.isSet("report"), &error);
    else if (suffix == "svg")
        written = renderer.writeSvg(out, options, &error);
    else
        written = renderer.writePng(out, options, dpi, &error);
    if (!written) {
        io.err << "clusternet export: " << error << '\n';
        return Failed;
    }
    return Done;
}

} // namespace cn::cli
