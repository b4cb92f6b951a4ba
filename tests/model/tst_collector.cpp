// The collector script (resources/collect-inventory.ps1) cannot run here: there is no pwsh on
// Debian. What can be checked without it: its brackets, strings and comments are balanced
// under PowerShell's lexical rules; every cmdlet it calls is one of the documented cmdlets the
// reader knows the output of (or one of its own functions); it writes every section the reader
// reads. A full parse by the tree-sitter PowerShell grammar is scripts/check-collector.sh
// (the test collector_parse).
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

#include <set>

namespace
{

QString script()
{
    QFile f(QStringLiteral(CLUSTERNET_SOURCE_DIR "/resources/collect-inventory.ps1"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the collector");
    return QString::fromUtf8(f.readAll());
}

// The script with comments and the insides of strings blanked (line breaks kept), or an error.
QString code(const QString &s, QString *error)
{
    QString out;
    int line = 1;
    auto fail = [&](const QString &what) {
        if (error->isEmpty())
            *error = QStringLiteral("line %1: %2").arg(line).arg(what);
    };
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        auto skipTo = [&](const QString &end, bool backtick, bool doubledQuote) {
            const int start = line;
            for (++i; i < s.size(); ++i) {
                if (s[i] == '\n') {
                    ++line;
                    out += '\n';
                }
                if (backtick && s[i] == '`') {
                    ++i;
                    continue;
                }
                if (s.mid(i, end.size()) == end) {
                    if (doubledQuote && s.mid(i, 2) == end + end) {
                        ++i;
                        continue;
                    }
                    i += int(end.size()) - 1;
                    out += ' ';
                    return;
                }
            }
            line = start;
            fail(QStringLiteral("'%1' never closed").arg(end));
        };
        if (c == '\n') {
            ++line;
            out += c;
        } else if (s.mid(i, 2) == "<#") {
            skipTo("#>", false, false);
        } else if (c == '#') {
            while (i + 1 < s.size() && s[i + 1] != '\n')
                ++i;
        } else if (s.mid(i, 2) == "@'" || s.mid(i, 2) == "@\"") {
            ++i;
            skipTo("\n" + QString(s[i]) + "@", false, false);
        } else if (c == '\'') {
            skipTo("'", false, true);
        } else if (c == '"') {
            skipTo("\"", true, false);
        } else if (c == '`') {
            ++i; // an escaped character or a line continuation
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

QString balance(const QString &code)
{
    std::vector<std::pair<QChar, int>> open;
    int line = 1;
    for (QChar c : code) {
        if (c == '\n')
            ++line;
        if (c == '(' || c == '{' || c == '[') {
            open.emplace_back(c, line);
        } else if (c == ')' || c == '}' || c == ']') {
            const QChar want = c == ')' ? '(' : c == '}' ? '{' : '[';
            if (open.empty() || open.back().first != want)
                return QStringLiteral("line %1: '%2' closes nothing open").arg(line).arg(c);
            open.pop_back();
        }
    }
    if (!open.empty())
        return QStringLiteral("line %1: '%2' never closed")
            .arg(open.back().second)
            .arg(open.back().first);
    return {};
}

} // namespace

class TestCollector : public QObject
{
    Q_OBJECT
private slots:
    void bracketsStringsAndCommentsAreClosed();
    void theCheckCatchesWhatItShould();
    void callsOnlyDocumentedCmdlets();
    void writesEverySectionTheReaderReads();
    void runsOnWindowsPowerShell51();
};

void TestCollector::bracketsStringsAndCommentsAreClosed()
{
    QString error;
    const QString c = code(script(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString b = balance(c);
    QVERIFY2(b.isEmpty(), qPrintable(b));
}

void TestCollector::theCheckCatchesWhatItShould()
{
    QString error;
    QVERIFY(balance(code("if ($a) { \"}\" + '{' } # }", &error)).isEmpty());
    QVERIFY(error.isEmpty());
    QVERIFY(!balance(code("if ($a) { $b = @(1, 2 }", &error)).isEmpty());
    code("$s = \"no end\n", &error);
    QCOMPARE(error, QString("line 1: '\"' never closed"));
    error.clear();
    code("<# a\nb", &error);
    QCOMPARE(error, QString("line 1: '#>' never closed"));
    error.clear();
    QVERIFY(balance(code("$x = 'it''s (' ; \"a `\" ( b\"", &error)).isEmpty());
    QVERIFY(error.isEmpty());
}

void TestCollector::callsOnlyDocumentedCmdlets()
{
    // The cmdlets whose documented output the reader (model/inventory/InventoryReader.cpp) and
    // the test inventories were written from, and the built-in ones the script needs.
    const std::set<QString> documented = {
        // NetAdapter, NetLbfo, NetTCPIP
        "Get-NetAdapter",
        "Get-NetAdapterHardwareInfo",
        "Get-NetLbfoTeam",
        "Get-NetLbfoTeamNic",
        "Get-NetIPAddress",
        // Hyper-V
        "Get-VMSwitch",
        "Get-VMSwitchTeam",
        "Get-VMNetworkAdapter",
        "Get-VMNetworkAdapterVlan",
        // FailoverClusters
        "Get-Cluster",
        "Get-ClusterNetwork",
        "Get-ClusterNetworkInterface",
        // LLDP: NetLldpAgent (DataCenterBridging feature), the DataCenterBridging module, the log
        "Enable-NetLldpAgent",
        "Get-FabricInfo",
        "Get-WinEvent",
        // CIM and the core
        "Get-CimInstance",
        "Get-Command",
        "Get-Date",
        "Get-Location",
        "Join-Path",
        "Select-Object",
        "Where-Object",
        "ForEach-Object",
        "ConvertTo-Json",
        "New-Object",
        "Start-Sleep",
        "Write-Host",
    };
    const QString s = script();
    QString error;
    const QString c = code(s, &error);
    std::set<QString> own;
    static const QRegularExpression function(QStringLiteral("function\\s+([A-Za-z]+-[A-Za-z]+)"));
    for (auto it = function.globalMatch(c); it.hasNext();)
        own.insert(it.next().captured(1));
    QCOMPARE(own, (std::set<QString>{"Get-Section", "Format-LldpId", "ConvertFrom-LldpFrame"}));
    static const QRegularExpression verbNoun(
        QStringLiteral("(?<![\\w$.-])([A-Z][a-z]+-[A-Z][A-Za-z]+)\\b"));
    std::set<QString> used;
    for (auto it = verbNoun.globalMatch(c); it.hasNext();)
        used.insert(it.next().captured(1));
    // Cmdlets named inside strings: Get-Command -Name X, and Get-Section's labels.
    static const QRegularExpression named(
        QStringLiteral("Get-Command -Name ([A-Za-z]+-[A-Za-z]+)"));
    for (auto it = named.globalMatch(s); it.hasNext();)
        used.insert(it.next().captured(1));
    for (const QString &cmd : used)
        QVERIFY2(documented.count(cmd) || own.count(cmd),
                 qPrintable(cmd + " is not a documented cmdlet"));
    for (const char *needed :
         {"Get-NetAdapterHardwareInfo", "Get-NetLbfoTeam", "Get-VMSwitchTeam",
          "Get-VMNetworkAdapterVlan", "Get-ClusterNetwork", "Get-FabricInfo", "Get-WinEvent"})
        QVERIFY2(used.count(needed), needed);
}

void TestCollector::writesEverySectionTheReaderReads()
{
    const QString s = script();
    for (const char *key : {"Format",
                            "CollectedAt",
                            "PSVersion",
                            "ComputerName",
                            "ClusterName",
                            "Model",
                            "TotalPhysicalMemory",
                            "NetAdapter",
                            "NetAdapterHardwareInfo",
                            "NetAdapterVirtual",
                            "NetLbfoTeam",
                            "NetLbfoTeamNic",
                            "VMSwitch",
                            "VMSwitchTeam",
                            "VMNetworkAdapter",
                            "VMNetworkAdapterVlan",
                            "NetIPAddress",
                            "ClusterNetwork",
                            "ClusterNetworkInterface",
                            "Lldp",
                            "Problems"}) {
        const QRegularExpression entry("^\\s+" + QString(key) + "\\s+=",
                                       QRegularExpression::MultilineOption);
        const QRegularExpression later("\\$inventory\\." + QString(key) + "\\s+=");
        QVERIFY2(entry.match(s).hasMatch() || later.match(s).hasMatch(), key);
    }
    QVERIFY(s.contains("'clusternet-inventory/1'"));
}

void TestCollector::runsOnWindowsPowerShell51()
{
    // Nothing newer than 5.1 may be needed: no ternary, no null-coalescing, no pipeline chains,
    // no ForEach-Object -Parallel, no -AsArray; EnumsAsStrings only where ConvertTo-Json has it.
    QString error;
    const QString c = code(script(), &error);
    for (const char *newer : {"??", "?.", "&&", "||", "-Parallel", "-AsArray", "::new("})
        QVERIFY2(!c.contains(QLatin1String(newer)), newer);
    QVERIFY(!QRegularExpression(QStringLiteral("\\)\\s*\\?\\s")).match(c).hasMatch());
    QVERIFY(c.contains("Parameters.ContainsKey( )")); // EnumsAsStrings asked for, not assumed
}

QTEST_GUILESS_MAIN(TestCollector)
#include "tst_collector.moc"
