#include "inventory/NeighbourTable.h"

#include "io/YamlGuard.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cn
{
namespace
{

class NeighbourTableText
{
    Q_DECLARE_TR_FUNCTIONS(NeighbourTable)
};

// Column spans from the line of dashes under the header: the System Name column may hold
// spaces, so the columns are cut by place, not split at spaces.
std::vector<std::pair<int, int>> columnsOf(const QString &dashes)
{
    std::vector<std::pair<int, int>> cols;
    int start = -1;
    for (int i = 0; i <= dashes.size(); ++i) {
        const bool dash = i < dashes.size() && dashes[i] == '-';
        if (dash && start < 0)
            start = i;
        if (!dash && start >= 0) {
            cols.emplace_back(start, i);
            start = -1;
        }
    }
    return cols;
}

bool looksLikeInterface(const QString &s)
{
    for (QChar c : s)
        if (c.isDigit())
            return true;
    return false;
}

} // namespace

NeighbourTableLoad readNeighbourTableText(const std::string &text, const std::string &label,
                                          const std::string &switchName)
{
    NeighbourTableLoad out;
    NeighbourTable table;
    table.switchName = switchName;
    table.file = label;
    const QStringList lines = QString::fromStdString(text).split('\n');
    int header = -1;
    for (int i = 0; i < lines.size() && header < 0; ++i)
        if (lines[i].contains(QLatin1String("RemID")) &&
            lines[i].contains(QLatin1String("Chassis ID")))
            header = i;
    if (header < 0) {
        out.error = Diagnostic{
            Diagnostic::Severity::Error,
            label,
            {1, 1},
            NeighbourTableText::tr("no table of 'show lldp remote-device all' here "
                                   "(a header with Interface, RemID, Chassis ID, Port ID, "
                                   "System Name)")
                .toStdString()};
        return out;
    }
    std::vector<std::pair<int, int>> cols;
    int first = header + 1;
    if (first < lines.size() && lines[first].trimmed().startsWith('-')) {
        cols = columnsOf(lines[first]);
        ++first;
    }
    for (int i = first; i < lines.size(); ++i) {
        QString line = lines[i];
        line.remove('\r');
        if (line.trimmed().isEmpty() || line.contains(QLatin1String("--More--")))
            continue;
        QStringList fields;
        if (cols.size() >= 4) {
            for (std::size_t c = 0; c < cols.size(); ++c) {
                const int from = cols[c].first;
                // The last column runs to the end of the line; others up to the next one's start.
                const int to = c + 1 < cols.size() ? cols[c + 1].first : int(line.size());
                fields << (from < line.size() ? line.mid(from, to - from).trimmed() : QString());
            }
        } else {
            fields = line.split(' ', Qt::SkipEmptyParts);
            while (fields.size() > 5)
                fields[4] += ' ' + fields.takeAt(5);
        }
        if (fields.isEmpty() || !looksLikeInterface(fields[0]) || fields[0].contains('#'))
            continue; // a prompt, a pager line, or the next command
        if (fields.size() < 3 || (fields.value(2).isEmpty() && fields.value(3).isEmpty()))
            continue; // a port without a neighbour
        SwitchNeighbour n;
        n.localInterface = fields[0].toStdString();
        n.chassisId = fields.value(2).toStdString();
        n.portId = fields.value(3).toStdString();
        n.systemName = fields.value(4).toStdString();
        n.line = i + 1;
        table.rows.push_back(std::move(n));
    }
    out.table = std::move(table);
    return out;
}

NeighbourTableLoad readNeighbourTableFile(const std::string &path, const std::string &switchName)
{
    std::string text;
    if (const auto failure = readFileLimited(path, text, YamlLimits{}.maxBytes)) {
        NeighbourTableLoad out;
        out.error = Diagnostic{Diagnostic::Severity::Error, path, {}, *failure};
        return out;
    }
    return readNeighbourTableText(text, path, switchName);
}

} // namespace cn
