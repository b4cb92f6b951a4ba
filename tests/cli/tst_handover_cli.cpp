// Hand-over from the command line: config (files, one switch, exit codes), diff (text, JSON,
// exit codes), export --netbox, the draw.io and GraphML files checked as XML against the
// design (every device there, every edge between two port shapes), and export --compare.
#include "RunProgram.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <map>
#include <set>

namespace
{

const QStringList kTemplates = {"baseline-1g", "converged-10g-blade", "dedicated-10g-csv-lm",
                                "stacked-lacp"};

QString dataDir()
{
    return QStringLiteral(CLUSTERNET_TEST_DATA) + "/handover";
}

QString templatePath(const QString &name)
{
    return QStringLiteral(CLUSTERNET_SOURCE_DIR) + "/templates/designs/" + name + ".cluster.yaml";
}

Run run(const QString &program, const QStringList &args)
{
    return runProgram(program, args, Platform::Unset);
}

Run clusternet(const QStringList &args)
{
    return run(QStringLiteral(CLUSTERNET_BINARY), args);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The design's devices, links (cable id -> networks carried are not known here: ends only)
// and networks, read from `report --format json` and `--vlans` so the test does not parse YAML.
struct DesignFacts {
    std::set<QString> devices;
    std::map<QString, std::pair<QString, QString>> cables; // id -> (a, b)
};

DesignFacts facts(const QString &design)
{
    DesignFacts f;
    const Run r = clusternet({"report", design, "--format", "json"});
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const QJsonValue &row : o.value("schedule").toArray()) {
        const QJsonObject c = row.toObject();
        f.cables[c.value("id").toString()] = {c.value("a").toString(), c.value("b").toString()};
    }
    const Run ports = clusternet({"report", design, "--ports", "--format", "json"});
    for (const QJsonValue &sw :
         QJsonDocument::fromJson(ports.out.toUtf8()).object().value("switches").toArray())
        f.devices.insert(sw.toObject().value("switch").toString());
    for (const auto &[id, ends] : f.cables)
        for (const QString &end : {ends.first, ends.second})
            f.devices.insert(end.section(':', 0, 0));
    return f;
}

} // namespace

class TestHandoverCli : public QObject
{
    Q_OBJECT
private slots:
    void configWritesTheGoldenFiles_data();
    void configWritesTheGoldenFiles();
    void configOfOneSwitchIsThePlainText();
    void configExitCodes();
    void diffTextJsonAndExitCodes();
    void exportNetBox();
    void exportDrawio_data();
    void exportDrawio();
    void exportGraphml_data();
    void exportGraphml();
    void exportCompare();
    void exportRefusesWrongCombinations();

private:
    QTemporaryDir m_dir;
};

void TestHandoverCli::configWritesTheGoldenFiles_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &t : kTemplates)
        QTest::newRow(qPrintable(t)) << t;
}

void TestHandoverCli::configWritesTheGoldenFiles()
{
    QFETCH(QString, name);
    const QString out = m_dir.filePath("config-" + name);
    const Run r = clusternet({"config", templatePath(name), "-o", out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    const QDir golden(dataDir() + "/config/" + name), written(out);
    QCOMPARE(written.entryList(QDir::Files, QDir::Name), golden.entryList(QDir::Files, QDir::Name));
    for (const QString &f : golden.entryList(QDir::Files)) {
        QCOMPARE(readAll(written.filePath(f)), readAll(golden.filePath(f)));
        QVERIFY(r.out.contains(written.filePath(f)));
    }
}

void TestHandoverCli::configOfOneSwitchIsThePlainText()
{
    // A stack member's configuration is its stack's, printed as it is: ready to paste.
    const Run r = clusternet({"config", templatePath("stacked-lacp"), "--switch", "sw-b"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.toUtf8(), readAll(dataDir() + "/config/stacked-lacp/stack10.cfg"));
    // All of them: one after the other, each under its file's name.
    const Run all = clusternet({"config", templatePath("baseline-1g")});
    QCOMPARE(all.code, 0);
    QVERIFY(all.out.startsWith("==> core.cfg <==\n! Switch configuration of stack core"));
    QVERIFY(all.out.contains("\n==> sw-iscsi-a.cfg <==\n"));
    QVERIFY(all.out.contains("\n==> sw-iscsi-b.cfg <==\n"));
}

void TestHandoverCli::configExitCodes()
{
    const Run unknown = clusternet({"config", templatePath("stacked-lacp"), "--switch", "hv01"});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains("sw-a, sw-b, sw-mgmt"));
    QCOMPARE(clusternet({"config"}).code, 2);
    QCOMPARE(clusternet({"config", m_dir.filePath("missing.cluster.yaml")}).code, 2);

    // What a switch cannot do: named, left out, exit 1; the files are still written.
    const QString out = m_dir.filePath("config-edge");
    const Run edge = clusternet({"config", dataDir() + "/edge/edge.cluster.yaml", "-o", out});
    QCOMPARE(edge.code, 1);
    QCOMPARE(edge.err.count("clusternet config: sw-1: "), 2);
    QCOMPARE(edge.err.count("clusternet config: sw-2: "), 2);
    for (const QString &f : QStringList{"sw-1.cfg", "sw-2.cfg", "sw-3.md", "sw-3.csv"})
        QCOMPARE(readAll(QDir(out).filePath(f)), readAll(dataDir() + "/config/edge/" + f));
}

void TestHandoverCli::diffTextJsonAndExitCodes()
{
    const QString before = templatePath("baseline-1g"),
                  after = dataDir() + "/revisions/baseline-1g.rev2.cluster.yaml";
    const Run text = clusternet({"diff", before, after});
    QCOMPARE(text.code, 1); // the revision cuts an iSCSI path: new errors
    for (const QString &line :
         QString::fromUtf8(readAll(dataDir() + "/revisions/baseline-1g.rev2.expected.txt"))
             .split('\n', Qt::SkipEmptyParts))
        QVERIFY2(text.out.contains("  " + line + "\n"), qPrintable(line));
    QVERIFY(text.out.contains("The new revision adds an error that is not accepted."));

    const Run json = clusternet({"diff", before, after, "--format", "json"});
    QCOMPARE(json.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value("old").toObject().value("revision").toString(), QString("1"));
    QCOMPARE(o.value("new").toObject().value("revision").toString(), QString("2"));
    const QJsonObject summary = o.value("summary").toObject();
    QCOMPARE(summary.value("added").toInt(), 1);
    QCOMPARE(summary.value("removed").toInt(), 1);
    QCOMPARE(summary.value("changed").toInt(), 3);
    QVERIFY(summary.value("adds_open_error").toBool());
    const QJsonArray changes = o.value("changes").toArray();
    QCOMPARE(changes.size(), 5);
    const QJsonObject vlan = changes.at(0).toObject();
    QCOMPARE(vlan.value("element").toString(), QString("network"));
    QCOMPARE(vlan.value("change").toString(), QString("changed"));
    QCOMPARE(vlan.value("ref").toString(), QString("vm"));
    QCOMPARE(vlan.value("fields").toArray().at(0).toObject().value("new").toString(),
             QString("101"));
    QVERIFY(!o.value("findings").toObject().value("appeared").toArray().isEmpty());

    // Only moves and a blade fewer: no new error, exit 0; against itself: nothing.
    QCOMPARE(clusternet({"diff", templatePath("converged-10g-blade"),
                         dataDir() + "/revisions/converged-10g-blade.rev2.cluster.yaml"})
                 .code,
             0);
    const Run same = clusternet({"diff", before, before});
    QCOMPARE(same.code, 0);
    QVERIFY(same.out.contains(": 0 change(s)"));
    QCOMPARE(clusternet({"diff", before}).code, 2);
    QCOMPARE(clusternet({"diff", before, m_dir.filePath("missing.cluster.yaml")}).code, 2);
    QCOMPARE(clusternet({"diff", before, after, "--format", "csv"}).code, 2);
}

void TestHandoverCli::exportNetBox()
{
    const QString out = m_dir.filePath("netbox");
    const Run r = clusternet(
        {"export", templatePath("stacked-lacp"), "-o", out, "--netbox", "--site", "Lab 2"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const QString &f :
         QStringList{"sites.csv", "device-roles.csv", "manufacturers.csv", "device-types.csv",
                     "devices.csv", "interfaces.csv", "vlans.csv", "cables.csv", "README.txt"})
        QVERIFY2(QFile::exists(QDir(out).filePath(f)), qPrintable(f));
    QVERIFY(readAll(QDir(out).filePath("sites.csv")).contains("Lab 2,lab-2,planned"));
    QVERIFY(readAll(QDir(out).filePath("devices.csv"))
                .startsWith("name,role,manufacturer,device_type.slug,status,site,description\n"));
    // The diagram's colour of the management network, without '#'.
    QVERIFY(
        readAll(QDir(out).filePath("cables.csv"))
            .contains(
                "HV01,dcim.interface,slot1/p1,sw-a,dcim.interface,Te1/0/1,,planned,C001,1f77b4,,"));
}

void TestHandoverCli::exportDrawio_data()
{
    configWritesTheGoldenFiles_data();
}

void TestHandoverCli::exportDrawio()
{
    QFETCH(QString, name);
    const QString out = m_dir.filePath(name + ".drawio");
    const Run r = clusternet({"export", templatePath(name), "-o", out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const DesignFacts f = facts(templatePath(name));
    QXmlStreamReader xml(readAll(out));
    QString root;
    std::map<QString, QString> parentOf; // cell -> parent
    std::set<QString> layers, devices;
    struct Edge {
        QString id, value, source, target, parent;
    };
    std::vector<Edge> edges;
    int points = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("mxPoint"))
            ++points;
        if (xml.name() != QLatin1String("mxCell"))
            continue;
        const auto a = xml.attributes();
        const QString id = a.value("id").toString(), parent = a.value("parent").toString();
        if (!a.hasAttribute("parent"))
            root = id;
        else if (parent == root)
            layers.insert(id);
        parentOf[id] = parent;
        if (a.value("vertex") == QLatin1String("1") && parent == "#devices")
            devices.insert(id);
        if (a.value("edge") == QLatin1String("1"))
            edges.push_back({id, a.value("value").toString(), a.value("source").toString(),
                             a.value("target").toString(), parent});
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QString("#root"));
    // Every device of the design is a container.
    for (const QString &d : f.devices)
        QVERIFY2(devices.count(d), qPrintable(d));
    // Every edge runs between two port shapes: cells inside a device container, named by the
    // design's reference of the port; and sits in a layer.
    std::set<QString> cablesDrawn;
    for (const Edge &e : edges) {
        for (const QString &end : {e.source, e.target}) {
            QVERIFY2(parentOf.count(end), qPrintable(e.id));
            QVERIFY2(devices.count(parentOf[end]), qPrintable(e.id + " " + end));
            QCOMPARE(end.section(':', 0, 0), parentOf[end]);
        }
        QVERIFY(layers.count(e.parent));
        QCOMPARE(e.id.section('#', 0, 0), e.value);
        cablesDrawn.insert(e.value);
        const auto ends = f.cables.at(e.value);
        QVERIFY((e.source == ends.first && e.target == ends.second));
    }
    QCOMPARE(cablesDrawn.size(), f.cables.size());
    QVERIFY(points >= 2 * int(f.cables.size()));
    QVERIFY(layers.count("#devices") && layers.count("#layer-mgmt"));
}

void TestHandoverCli::exportGraphml_data()
{
    configWritesTheGoldenFiles_data();
}

void TestHandoverCli::exportGraphml()
{
    QFETCH(QString, name);
    const QString out = m_dir.filePath(name + ".graphml");
    const Run r = clusternet({"export", templatePath(name), "-o", out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const DesignFacts f = facts(templatePath(name));
    QXmlStreamReader xml(readAll(out));
    std::map<QString, QString> refOf; // node id -> design reference
    std::set<QString> groups, ports;
    std::set<QString> keys;
    QString node, edgeSource, edgeTarget, dataKey;
    std::map<QString, QString> edgeData;
    int edges = 0;
    std::set<QString> cablesDrawn;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("key"))
                keys.insert(a.value("attr.name").toString());
            if (xml.name() == QLatin1String("node")) {
                node = a.value("id").toString();
                (a.value("yfiles.foldertype") == QLatin1String("group") ? groups : ports)
                    .insert(node);
            }
            if (xml.name() == QLatin1String("edge")) {
                edgeSource = a.value("source").toString();
                edgeTarget = a.value("target").toString();
                edgeData.clear();
                node.clear();
            }
            if (xml.name() == QLatin1String("data")) {
                dataKey = a.value("key").toString();
                if (node.isEmpty())
                    edgeData[dataKey]; // present, even when empty (a stacking cable has no network)
            }
        } else if (token == QXmlStreamReader::Characters && !xml.isWhitespace()) {
            if (dataKey == "ref" && !node.isEmpty())
                refOf[node] = xml.text().toString();
            else if (!dataKey.isEmpty())
                edgeData[dataKey] = xml.text().toString();
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("data"))
                dataKey.clear();
            if (xml.name() == QLatin1String("edge")) {
                ++edges;
                QVERIFY(ports.count(edgeSource) && ports.count(edgeTarget));
                const QString cable = edgeData["cable"];
                cablesDrawn.insert(cable);
                QCOMPARE(refOf[edgeSource], f.cables.at(cable).first);
                QCOMPARE(refOf[edgeTarget], f.cables.at(cable).second);
                QVERIFY(edgeData.count("network"));
                // A port node sits inside its device's group.
                QVERIFY(groups.count(edgeSource.section("::", 0, 0)));
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(keys.count("network") && keys.count("cable"));
    std::set<QString> deviceRefs;
    for (const QString &g : groups)
        deviceRefs.insert(refOf[g]);
    for (const QString &d : f.devices)
        QVERIFY2(deviceRefs.count(d), qPrintable(d));
    QCOMPARE(edges, int(f.cables.size()));
    QCOMPARE(cablesDrawn.size(), f.cables.size());
}

void TestHandoverCli::exportCompare()
{
    QVERIFY2(run("pdftotext", {"-v"}).code == 0, "pdftotext (poppler-utils) is needed");
    const QString pdf = m_dir.filePath("compare.pdf");
    const Run r = clusternet({"export", dataDir() + "/revisions/baseline-1g.rev2.cluster.yaml",
                              "--compare", templatePath("baseline-1g"), "-o", pdf, "--landscape"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const Run info = run("pdfinfo", {pdf});
    QVERIFY(info.out.contains(QRegularExpression("Pages:\\s+2\\n")));
    const Run text = run("pdftotext", {"-raw", pdf, "-"});
    // The change list page, and the revision table on every page.
    QVERIFY(text.out.contains("Changes since revision 1"));
    for (const QString &s :
         QStringList{"hv01:vm-team", "sw-spare", "memory_gb: 96 → 128", "Findings that appear",
                     "1 added, 1 removed, 3 changed", "earlier revision"})
        QVERIFY2(text.out.contains(s), qPrintable(s));
    QCOMPARE(text.out.count("1 added, 1 removed, 3 changed"), 2);
    // The legend says what the marks mean.
    QVERIFY(text.out.contains("removed since revision 1 (dashed)"));
}

void TestHandoverCli::exportRefusesWrongCombinations()
{
    const QString design = templatePath("baseline-1g");
    QCOMPARE(
        clusternet({"export", design, "-o", m_dir.filePath("x.drawio"), "--compare", design}).code,
        2);
    QCOMPARE(clusternet({"export", design, "-o", m_dir.filePath("x.vsdx")}).code, 2);
    QCOMPARE(clusternet({"export", design, "-o", m_dir.filePath("x.pdf"), "--site", "A"}).code, 2);
    QCOMPARE(clusternet({"export", design, "-o", m_dir.filePath("x.pdf"), "--compare",
                         m_dir.filePath("missing.yaml")})
                 .code,
             2);
}

QTEST_GUILESS_MAIN(TestHandoverCli)
#include "tst_handover_cli.moc"
