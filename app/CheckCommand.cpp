#include "CommandParser.h"
#include "io/DesignLoader.h"
#include "templates/TemplateLibrary.h"
#include "analysis/FindingText.h"
#include "analysis/Validator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace cn::cli {
namespace {

class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

QString severityWord(Severity s)
{
    switch (s) {
    case Severity::Error:
        return CheckCommand::tr("error");
    case Severity::Warning:
        return CheckCommand::tr("warning");
    case Severity::Info:
        return CheckCommand::tr("info");
    }
    return {};
}

// A reason written as a block keeps its line breaks in the file, not on one output line.
QString oneLine(const std::string &s) { return QString::fromStdString(s).simplified(); }

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// One string as JSON, escaped by QJsonDocument.
QByteArray jsonString(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

// FORMAT.md §4's object, written as the findings come: a hundred thousand double faults with
// their affected devices would not fit in memory as one QJsonDocument, and building one
// QJsonObject per finding costs more than the analysis. Each distinct id is escaped once.
class JsonPrinter
{
public:
    JsonPrinter(const std::string &file, Io io) : m_io(io)
    {
        m_io.out << "{\n    \"file\": " << jsonString(q(file)) << ",\n    \"findings\": [";
    }
    void add(const Finding &f)
    {
        QByteArray line = m_first ? "\n        {" : ",\n        {";
        m_first = false;
        line += "\"rule\":" + id(f.rule) + ",\"severity\":" + id(toString(f.severity)) +
                ",\"message\":" + jsonString(q(f.message)) + ",\"elements\":";
        list(line, f.elements);
        line += ",\"affects\":";
        list(line, f.affects);
        std::vector<std::string> roles;
        for (Role r : f.roles)
            roles.push_back(toString(r));
        line += ",\"roles\":";
        list(line, roles);
        line += f.accepted ? ",\"accepted\":true,\"accepted_by\":" + jsonString(q(f.acceptedBy)) +
                                 ",\"reason\":" + jsonString(q(f.acceptedReason))
                           : QByteArray(",\"accepted\":false");
        line += '}';
        m_io.out << line;
    }
    void finish(const FindingCounts &c)
    {
        m_io.out << (m_first ? "],\n" : "\n    ],\n") << "    \"summary\": "
                 << compact(QJsonObject{{"errors", c.errors}, {"warnings", c.warnings}, {"info", c.info}})
                 << ",\n    \"acceptance\": "
                 << compact(QJsonObject{{"accepted", c.accepted}, {"open_errors", c.openErrors}, {"stale", c.stale}})
                 << "\n}\n";
    }

private:
    const QByteArray &id(const std::string &s)
    {
        auto it = m_escaped.find(s);
        if (it == m_escaped.end())
            it = m_escaped.emplace(s, jsonString(q(s))).first;
        return it->second;
    }
    void list(QByteArray &line, const std::vector<std::string> &items)
    {
        line += '[';
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i)
                line += ',';
            line += id(items[i]);
        }
        line += ']';
    }

    Io m_io;
    bool m_first = true;
    std::unordered_map<std::string, QByteArray> m_escaped;
};

// One line per finding; double faults that only cut one device off through two of its own
// cards and cables are gathered into one line per device (JSON keeps each of them).
class TextPrinter
{
public:
    TextPrinter(const std::string &file, Io io) : m_file(q(file)), m_io(io) {}
    void add(Finding &&f)
    {
        if (!f.isolatedDevice.empty() && !f.accepted) {
            auto [it, fresh] = m_groupOf.try_emplace(f.isolatedDevice, m_groups.size());
            if (fresh)
                m_groups.push_back({f.isolatedDevice, {}, {}});
            Group &g = m_groups[it->second];
            g.pairs << q(f.elements[0]) + " + " + q(f.elements[1]);
            for (Role r : f.roles)
                if (std::find(g.roles.begin(), g.roles.end(), r) == g.roles.end())
                    g.roles.push_back(r);
            return;
        }
        if (f.severity == Severity::Info)
            flushGroups();
        if (f.accepted)
            line(f.severity, f.rule,
                 CheckCommand::tr("%1 [accepted by %2: %3]").arg(q(f.message), q(f.acceptedBy), oneLine(f.acceptedReason)));
        else
            line(f.severity, f.rule, q(f.message));
    }
    void finish(const FindingCounts &c)
    {
        flushGroups();
        m_io.out << CheckCommand::tr("%1: %n error(s)", nullptr, c.errors).arg(m_file) << ", "
                 << CheckCommand::tr("%n warning(s)", nullptr, c.warnings) << ", "
                 << CheckCommand::tr("%n info", nullptr, c.info);
        if (c.accepted > 0)
            m_io.out << "; " << CheckCommand::tr("%n accepted", nullptr, c.accepted) << ", "
                     << CheckCommand::tr("%n open error(s)", nullptr, c.openErrors);
        m_io.out << '\n';
    }

private:
    struct Group {
        std::string device;
        QStringList pairs;
        std::vector<Role> roles;
    };
    void line(Severity s, const std::string &rule, const QString &message)
    {
        m_io.out << m_file << ": " << severityWord(s) << ": " << q(rule) << ": " << message << '\n';
    }
    void flushGroups()
    {
        for (Group &g : m_groups) {
            std::sort(g.roles.begin(), g.roles.end());
            line(Severity::Warning, "double-fault",
                 CheckCommand::tr("%1 loses %2 if two of its own cards or cables fail together (%n pair(s)): %3",
                                  nullptr, int(g.pairs.size()))
                     .arg(q(g.device), FindingText::roles(g.roles), g.pairs.join("; ")));
        }
        m_groups.clear();
        m_groupOf.clear();
    }

    QString m_file;
    Io m_io;
    std::vector<Group> m_groups;
    std::map<std::string, std::size_t> m_groupOf;
};

} // namespace

int runCheck(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CheckCommand::tr("Load a design, validate it and print its findings."));
    parser.addPositionalArgument("FILE", CheckCommand::tr("The design file (*.cluster.yaml)."));
    parser.addOption({"format", CheckCommand::tr("Output format: text or json."), "text|json", "text"});
    parser.addOption({"failures", CheckCommand::tr("Failures analysed together: 1 or 2."), "1|2", "1"});
    if (int code = parseCommand(parser, args, io, 1, 1); code >= 0)
        return code;
    QString format;
    if (!readFormat(parser, {"text", "json"}, format, io))
        return Failed;
    const QString failures = parser.value("failures");
    if (failures != "1" && failures != "2") {
        io.err << CheckCommand::tr("clusternet check: --failures must be 1 or 2") << '\n';
        return Failed;
    }

    const std::string file = parser.positionalArguments().first().toStdString();
    const TemplateLibrary templates = TemplateLibrary::forDesign(file);
    const LoadResult loaded = DesignLoader(templates).loadFile(file);
    if (!printDiagnostics(loaded, io))
        return Failed;

    ValidationOptions options;
    options.failures = failures.toInt();
    FindingCounts counts;
    if (format == "json") {
        JsonPrinter printer(file, io);
        validate(*loaded.design, templates, options, [&](Finding &&f) {
            counts.add(f);
            printer.add(f);
        });
        printer.finish(counts);
    } else {
        TextPrinter printer(file, io);
        validate(*loaded.design, templates, options, [&](Finding &&f) {
            counts.add(f);
            printer.add(std::move(f));
        });
        printer.finish(counts);
    }
    // Accepted errors stay listed but no longer fail the check.
    return counts.openErrors > 0 ? Findings : Done;
}

} // namespace cn::cli
