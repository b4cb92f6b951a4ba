#include "CommandParser.h"
#include "analysis/DesignIndex.h"
#include "canvas/DiagramScene.h"
#include "canvas/NetworkStyle.h"
#include "design/CableIds.h"
#include "document/DesignDocument.h"
#include "handover/NetBoxExport.h"
#include "io/SafeWrite.h"
#include "paper/Comparison.h"
#include "paper/DiagramRenderer.h"
#include "paper/EditableDiagram.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace cn::cli {
namespace {

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

int writeNetBox(const DesignDocument &doc, const QString &dir, const QString &site, Io io)
{
    if (!QDir().mkpath(dir)) {
        io.err << ExportCommand::tr("clusternet export: cannot make the folder %1").arg(dir) << '\n';
        return Failed;
    }
    const Design &d = doc.design();
    NetBoxOptions options;
    options.site = site.toStdString();
    // The diagram's colours, as NetBox writes them: hex without '#'.
    for (std::size_t n = 0; n < d.networks.size(); ++n)
        options.networkColors.push_back(networkColor(d, int(n)).name().mid(1).toStdString());
    const DesignIndex index(d, doc.templates());
    for (const NetBoxFile &f : netBoxFiles(index, cableIds(d), options)) {
        const QString path = QDir(dir).filePath(QString::fromStdString(f.name));
        const std::string error = writeFileAtomically(path.toStdString(), f.text);
        if (!error.empty()) {
            io.err << "clusternet export: " << QString::fromStdString(error) << '\n';
            return Failed;
        }
        io.out << path << '\n';
    }
    return Done;
}

} // namespace

int runExport(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportCommand::tr(
        "Write the diagram to OUT: .pdf (vector, every page), .svg or .png (one page, fit), or for "
        "other tools to edit .drawio (draw.io) or .graphml (yEd). --netbox writes NetBox import "
        "files into the folder OUT instead. Designs with findings export too."));
    parser.addPositionalArgument("FILE", ExportCommand::tr("The design file."));
    parser.addOption({{"o", "output"}, ExportCommand::tr("The file to write; its suffix picks the format."), "OUT"});
    parser.addOption({"page", ExportCommand::tr("Paper size: A4, A3, Letter or Legal."), "SIZE", "A4"});
    parser.addOption({"landscape", ExportCommand::tr("Landscape orientation (default portrait).")});
    parser.addOption({"tiles", ExportCommand::tr("Tile the diagram over COLUMNSxROWS pages (PDF)."), "CxR", "1x1"});
    parser.addOption({"dpi", ExportCommand::tr("Resolution of a PNG."), "N", "150"});
    parser.addOption({"report", ExportCommand::tr("Add findings, bill of materials and cable schedule pages (PDF).")});
    parser.addOption({"netbox", ExportCommand::tr("Write NetBox bulk-import CSV files into the folder OUT.")});
    parser.addOption({"site", ExportCommand::tr("The NetBox site (--netbox); default: the design's title."), "NAME"});
    parser.addOption({"compare", ExportCommand::tr("Draw the changes since the earlier revision OLD and add a change "
                                                   "list and a revision table (.pdf, .svg, .png)."),
                      "OLD"});
    if (int code = parseCommand(parser, args, io, 1, 1); code >= 0)
        return code;
    const QString out = parser.value("output");
    if (out.isEmpty()) {
        io.err << ExportCommand::tr("clusternet export: -o OUT is required") << '\n';
        return Failed;
    }
    const QString suffix = QFileInfo(out).suffix().toLower();
    const bool netbox = parser.isSet("netbox");
    const bool editable = suffix == "drawio" || suffix == "graphml";
    if (!netbox && suffix != "pdf" && suffix != "svg" && suffix != "png" && !editable) {
        io.err << ExportCommand::tr("clusternet export: OUT must end in .pdf, .svg, .png, .drawio or .graphml "
                                    "(or be a folder, with --netbox)")
               << '\n';
        return Failed;
    }
    if (parser.isSet("compare") && (netbox || editable)) {
        io.err << ExportCommand::tr("clusternet export: --compare draws on paper: OUT must end in .pdf, .svg or .png")
               << '\n';
        return Failed;
    }
    if (parser.isSet("site") && !netbox) {
        io.err << ExportCommand::tr("clusternet export: --site goes with --netbox") << '\n';
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
    if ((netbox || editable) && (parser.isSet("report") || options.diagramPages() > 1))
        io.err << ExportCommand::tr("clusternet export: --report and --tiles apply to PDF; ignored") << '\n';
    else if (suffix != "pdf" && (parser.isSet("report") || options.diagramPages() > 1))
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
    if (netbox)
        return writeNetBox(doc, out, parser.value("site"), io);
    DiagramScene scene(&doc);
    if (editable) {
        if (!writeEditableDiagram(scene, doc, out, &error)) {
            io.err << "clusternet export: " << error << '\n';
            return Failed;
        }
        return Done;
    }
    doc.waitForFindings(); // the report lists them
    DiagramRenderer renderer(&scene, &doc, file);
    // The earlier revision, laid out on a scene of its own: removed elements are drawn where it
    // had them.
    DesignDocument before;
    std::unique_ptr<DiagramScene> beforeScene;
    if (parser.isSet("compare")) {
        const QString oldFile = parser.value("compare");
        if (!before.load(oldFile, &error)) {
            io.err << error << '\n';
            return Failed;
        }
        for (const QString &w : before.loadWarnings())
            io.err << w << '\n';
        beforeScene = std::make_unique<DiagramScene>(&before);
        renderer.setComparison(std::make_shared<DesignComparison>(
            compareRevisions(scene, doc, *beforeScene, before, QFileInfo(oldFile).fileName())));
    }
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
