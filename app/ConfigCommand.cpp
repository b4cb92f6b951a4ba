#include "CommandParser.h"
#include "analysis/DesignIndex.h"
#include "design/CableIds.h"
#include "handover/SwitchConfig.h"
#include "io/DesignLoader.h"
#include "io/SafeWrite.h"
#include "templates/TemplateLibrary.h"

#include <QCoreApplication>
#include <QDir>

namespace cn::cli
{
namespace
{

class ConfigCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConfigCommand)
};

} // namespace

int runConfig(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ConfigCommand::tr(
        "Write the configuration of each switch (a stack is one): PowerConnect 5424, 6248 and "
        "8024F "
        "CLI, or a vendor-neutral plan (Markdown and CSV) for other models. Without -o the "
        "configurations are printed. Exit 1 when the design asks for something a switch cannot do "
        "(the configurations name it and leave it out)."));
    parser.addPositionalArgument("FILE", ConfigCommand::tr("The design file."));
    parser.addOption({"switch",
                      ConfigCommand::tr("Only the configuration of this switch (its stack's)."),
                      "ID"});
    parser.addOption({{"o", "output"},
                      ConfigCommand::tr("Write one file per switch or stack into DIR."),
                      "DIR"});
    if (int code = parseCommand(parser, args, io, 1, 1); code >= 0)
        return code;
    const std::string file = parser.positionalArguments().first().toStdString();
    const TemplateLibrary templates = TemplateLibrary::forDesign(file);
    const LoadResult loaded = DesignLoader(templates).loadFile(file);
    if (!printDiagnostics(loaded, io))
        return Failed;
    const Design &d = *loaded.design;
    const DesignIndex index(d, templates);
    std::vector<SwitchConfig> configs = switchConfigs(index, cableIds(d));
    if (parser.isSet("switch")) {
        const std::string id = parser.value("switch").toStdString();
        const SwitchConfig *one = configOfSwitch(configs, id);
        if (!one) {
            QStringList ids;
            for (const SwitchConfig &c : configs)
                for (const std::string &s : c.switches)
                    ids << q(s);
            io.err << ConfigCommand::tr(
                          "clusternet config: %1 is no switch of the design; the switches are: %2")
                          .arg(q(id), ids.isEmpty() ? ConfigCommand::tr("(none)") : ids.join(", "))
                   << '\n';
            return Failed;
        }
        configs = {*one};
    }
    if (configs.empty()) {
        io.err << ConfigCommand::tr("clusternet config: the design has no switch") << '\n';
        return Done;
    }

    int problems = 0;
    for (const SwitchConfig &c : configs)
        for (const std::string &p : c.problems) {
            io.err << ConfigCommand::tr("clusternet config: %1: %2").arg(q(c.name), q(p)) << '\n';
            ++problems;
        }

    if (!parser.isSet("output")) {
        for (std::size_t i = 0; i < configs.size(); ++i) {
            // Several configurations on one stream: a line between them names the file each
            // would be (one alone is printed as it is, to paste).
            if (configs.size() > 1)
                io.out << (i ? "\n" : "") << "==> " << q(configs[i].fileName()) << " <==\n";
            io.out << q(configs[i].text);
            if (!configs[i].csv.empty())
                io.out << "\n==> " << q(configs[i].csvFileName()) << " <==\n" << q(configs[i].csv);
        }
        return problems ? Findings : Done;
    }
    const QString dir = parser.value("output");
    if (!QDir().mkpath(dir)) {
        io.err << ConfigCommand::tr("clusternet config: cannot make the folder %1").arg(dir)
               << '\n';
        return Failed;
    }
    for (const SwitchConfig &c : configs) {
        std::vector<std::pair<std::string, std::string>> files = {{c.fileName(), c.text}};
        if (!c.csv.empty())
            files.push_back({c.csvFileName(), c.csv});
        for (const auto &[name, text] : files) {
            const QString path = QDir(dir).filePath(q(name));
            const std::string error = writeFileAtomically(path.toStdString(), text);
            if (!error.empty()) {
                io.err << "clusternet config: " << q(error) << '\n';
                return Failed;
            }
            io.out << path << '\n';
        }
    }
    return problems ? Findings : Done;
}

} // namespace cn::cli
