// Hand-over to the network team, in the model: switch configurations against golden files
// written by hand from the dialect rules (docs/handover.md), the NetBox CSVs parsed back column
// by column, and the differences between revisions of each bundled template against lists of
// the edits made by hand.
#include "analysis/DesignIndex.h"
#include "analysis/Validator.h"
#include "design/CableIds.h"
#include "handover/ConfigPlan.h"
#include "handover/Csv.h"
#include "handover/RevisionDiff.h"
#include "handover/DiagramXml.h"
#include "handover/NetBoxExport.h"
#include "handover/SwitchConfig.h"
#include "io/DesignLoader.h"
#include "templates/TemplateLibrary.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

#include <map>
#include <set>

using namespace cn;

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

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

struct Loaded {
    TemplateLibrary templates;
    Design design;
};

Loaded load(const QString &path)
{
    Loaded l{TemplateLibrary::forDesign(path.toStdString()), {}};
    LoadResult r = DesignLoader(l.templates).loadFile(path.toStdString());
    if (!r.ok())
        qFatal("%s", r.error->format().c_str());
    l.design = std::move(*r.design);
    return l;
}

using Table = std::vector<std::map<std::string, std::string>>;

// A CSV file as rows keyed by the header; every row must have the header's column count.
Table table(const std::string &text, const std::vector<std::string> &header)
{
    const auto rows = parseCsv(text);
    if (rows.empty() || rows.front() != header)
        qFatal("unexpected header: %s", text.substr(0, text.find('\n')).c_str());
    Table out;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        if (rows[i].size() != header.size())
            qFatal("row %zu has %zu columns, not %zu", i, rows[i].size(), header.size());
        std::map<std::string, std::string> row;
        for (std::size_t c = 0; c < header.size(); ++c)
            row[header[c]] = rows[i][c];
        out.push_back(row);
    }
    return out;
}

const NetBoxFile *file(const std::vector<NetBoxFile> &files, const std::string &name)
{
    for (const NetBoxFile &f : files)
        if (f.name == name)
            return &f;
    return nullptr;
}

} // namespace

class TestHandover : public QObject
{
    Q_OBJECT
private slots:
    void configsOfTheTemplates_data();
    void configsOfTheTemplates();
    void configsRefuseWhatTheModelCannotDo();
    void dialectsByModel();
    void configOfAStackMember();
    void csvRoundTrip();
    void netBoxFilesParseBack_data();
    void netBoxFilesParseBack();
    void diffListsExactlyTheEdits_data();
    void diffListsExactlyTheEdits();
    void movesAreNoChanges();
    void acceptedErrorDoesNotFailTheDiff();
    void diagramXmlAttachesEdgesToPorts();
};

void TestHandover::configsOfTheTemplates_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &t : kTemplates)
        QTest::newRow(qPrintable(t)) << t;
}

void TestHandover::configsOfTheTemplates()
{
    QFETCH(QString, name);
    const Loaded l = load(templatePath(name));
    const DesignIndex index(l.design, l.templates);
    const std::vector<SwitchConfig> configs = switchConfigs(index, cableIds(l.design));
    const QDir golden(dataDir() + "/config/" + name);
    QStringList expected = golden.entryList(QDir::Files, QDir::Name);
    QStringList written;
    for (const SwitchConfig &c : configs) {
        written << QString::fromStdString(c.fileName());
        QVERIFY2(c.problems.empty(), c.problems.empty() ? "" : c.problems.front().c_str());
        QVERIFY(c.dialect != ConfigDialect::Neutral);
        const QByteArray want = readAll(golden.filePath(QString::fromStdString(c.fileName())));
        // Line by line, so a failure names the first line that differs.
        const QStringList got = QString::fromStdString(c.text).split('\n');
        const QStringList exp = QString::fromUtf8(want).split('\n');
        for (int i = 0; i < std::min(got.size(), exp.size()); ++i)
            QCOMPARE(got.at(i), exp.at(i));
        QCOMPARE(got.size(), exp.size());
    }
    written.sort();
    QCOMPARE(written, expected);
}

void TestHandover::configsRefuseWhatTheModelCannotDo()
{
    const Loaded l = load(dataDir() + "/edge/edge.cluster.yaml");
    const DesignIndex index(l.design, l.templates);
    const std::vector<SwitchConfig> configs = switchConfigs(index, cableIds(l.design));
    QCOMPARE(int(configs.size()), 3);
    const QDir golden(dataDir() + "/config/edge");
    for (const SwitchConfig &c : configs) {
        QCOMPARE(QString::fromStdString(c.text),
                 QString::fromUtf8(readAll(golden.filePath(QString::fromStdString(c.fileName())))));
        if (!c.csv.empty())
            QCOMPARE(QString::fromStdString(c.csv), QString::fromUtf8(readAll(golden.filePath(
                                                        QString::fromStdString(c.csvFileName())))));
    }
    // The LACP team across two unstacked 6248s: no channel-group on either, the problem named
    // on both; VLAN 4094 neither created nor added to a port.
    for (int i : {0, 1}) {
        const SwitchConfig &c = configs[std::size_t(i)];
        QCOMPARE(int(c.problems.size()), 2);
        QVERIFY(QString::fromStdString(c.problems[0]).contains("hv01:t1 (lacp)"));
        QVERIFY(QString::fromStdString(c.problems[1]).contains("VLAN 4094"));
        QVERIFY(!QString::fromStdString(c.text).contains("channel-group"));
        QVERIFY(!QString::fromStdString(c.text).contains("4094\n"));
    }
    QCOMPARE(int(configs[2].dialect), int(ConfigDialect::Neutral));
    QVERIFY(configs[2].problems.empty());
}

void TestHandover::dialectsByModel()
{
    QCOMPARE(int(dialectOfModel("PowerConnect 5424")), int(ConfigDialect::PowerConnect5424));
    QCOMPARE(int(dialectOfModel("PowerConnect 5448")), int(ConfigDialect::PowerConnect5424));
    QCOMPARE(int(dialectOfModel("PowerConnect 6248")), int(ConfigDialect::PowerConnect6248));
    QCOMPARE(int(dialectOfModel("PowerConnect 6224P")), int(ConfigDialect::PowerConnect6248));
    QCOMPARE(int(dialectOfModel("PowerConnect 8024F")), int(ConfigDialect::PowerConnect8024F));
    QCOMPARE(int(dialectOfModel("powerconnect 8024")), int(ConfigDialect::PowerConnect8024F));
    QCOMPARE(int(dialectOfModel("PowerConnect 7048P")), int(ConfigDialect::Neutral));
    QCOMPARE(int(dialectOfModel("PowerConnect 62480")), int(ConfigDialect::Neutral));
    QCOMPARE(ipv4Mask("10.1.0.0/22"), std::string("255.255.252.0"));
    QCOMPARE(ipv4Mask("2001:db8::/64"), std::string());
}

void TestHandover::configOfAStackMember()
{
    const Loaded l = load(templatePath("stacked-lacp"));
    const DesignIndex index(l.design, l.templates);
    const std::vector<SwitchConfig> configs = switchConfigs(index, cableIds(l.design));
    const SwitchConfig *a = configOfSwitch(configs, "sw-a"), *b = configOfSwitch(configs, "sw-b");
    QVERIFY(a && a == b);
    QCOMPARE(a->name, std::string("stack10"));
    QVERIFY(a->stack);
    QCOMPARE(configOfSwitch(configs, "hv01"), nullptr);
    QCOMPARE(QString::fromStdString(configOfSwitch(configs, "sw-mgmt")->fileName()),
             QString("sw-mgmt.cfg"));
}

void TestHandover::csvRoundTrip()
{
    const std::vector<std::string> fields = {"plain", "with, comma", "with \"quotes\"",
                                             "two\nlines", ""};
    const auto rows = parseCsv(csvRow(fields) + csvRow({"a", "b", "c", "d", "e"}));
    QCOMPARE(int(rows.size()), 2);
    QVERIFY(rows[0] == fields);
    QCOMPARE(csvField("with, comma"), std::string("\"with, comma\""));
}

void TestHandover::netBoxFilesParseBack_data()
{
    configsOfTheTemplates_data();
}

void TestHandover::netBoxFilesParseBack()
{
    QFETCH(QString, name);
    const Loaded l = load(templatePath(name));
    const Design &d = l.design;
    const DesignIndex index(d, l.templates);
    const std::vector<std::string> cables = cableIds(d);
    NetBoxOptions options;
    options.site = "DC 1";
    for (std::size_t n = 0; n < d.networks.size(); ++n)
        options.networkColors.push_back(n % 2 ? "1f77b4" : "ff7f0e");
    const std::vector<NetBoxFile> files = netBoxFiles(index, cables, options);

    const Table sites = table(file(files, "sites.csv")->text, {"name", "slug", "status"});
    QCOMPARE(int(sites.size()), 1);
    QCOMPARE(sites[0].at("name"), std::string("DC 1"));
    QCOMPARE(sites[0].at("slug"), std::string("dc-1"));

    const Table roles = table(file(files, "device-roles.csv")->text, {"name", "slug", "color"});
    std::set<std::string> roleNames;
    for (const auto &r : roles) {
        roleNames.insert(r.at("name"));
        QVERIFY(QRegularExpression("^[0-9a-f]{6}$")
                    .match(QString::fromStdString(r.at("color")))
                    .hasMatch());
    }

    // Devices: one row each, the device type by its template's slug, the manufacturer it is
    // filtered by, a role of device-roles.csv and the site.
    const Table devices =
        table(file(files, "devices.csv")->text, {"name", "role", "manufacturer", "device_type.slug",
                                                 "status", "site", "description"});
    QCOMPARE(devices.size(), d.devices.size());
    std::map<std::string, std::string> nameOf; // design id -> NetBox name
    std::set<std::string> names;
    for (std::size_t i = 0; i < d.devices.size(); ++i) {
        const auto &row = devices[i];
        const DeviceTemplate *t = index.templateOf(int(i));
        nameOf[d.devices[i].id] = row.at("name");
        QVERIFY(names.insert(row.at("name")).second);
        QCOMPARE(row.at("name"), d.devices[i].displayName());
        QVERIFY(roleNames.count(row.at("role")));
        QCOMPARE(row.at("site"), std::string("DC 1"));
        QCOMPARE(row.at("status"), std::string("planned"));
        if (t) {
            QCOMPARE(row.at("device_type.slug"), t->slug);
            QCOMPARE(row.at("manufacturer"), t->manufacturer);
        } else {
            QCOMPARE(row.at("manufacturer"), std::string("Generic"));
            QVERIFY(file(files, "device-types.csv"));
            QVERIFY(file(files, "device-types.csv")->text.find(row.at("device_type.slug")) !=
                    std::string::npos);
        }
    }

    // Interfaces: every NIC port that its device type lacks, teams as lag interfaces before
    // the members that name them.
    const Table interfaces = table(file(files, "interfaces.csv")->text,
                                   {"device", "name", "type", "lag", "mgmt_only", "description"});
    std::set<std::string> seen, lags;
    for (const auto &row : interfaces) {
        const std::string key = row.at("device") + "\n" + row.at("name");
        QVERIFY(seen.insert(key).second);
        QVERIFY(names.count(row.at("device")));
        QVERIFY(!row.at("type").empty());
        if (row.at("type") == "lag")
            lags.insert(key);
        if (!row.at("lag").empty())
            QVERIFY2(lags.count(row.at("device") + "\n" + row.at("lag")), row.at("name").c_str());
    }
    for (const PortInfo &p : index.ports()) {
        const Device &dev = d.devices[std::size_t(p.device)];
        const DeviceTemplate *t = index.templateOf(p.device);
        if (t && t->findInterface(p.local))
            continue;
        QVERIFY2(seen.count(nameOf[dev.id] + "\n" + p.local), p.local.c_str());
        const auto row = std::find_if(interfaces.begin(), interfaces.end(), [&](const auto &r) {
            return r.at("device") == nameOf[dev.id] && r.at("name") == p.local;
        });
        QCOMPARE(row->at("lag"), p.team ? p.team->id : std::string());
    }
    for (const Device &dev : d.devices)
        for (const Team &team : dev.teams)
            QVERIFY(lags.count(nameOf[dev.id] + "\n" + team.id));

    // VLANs: one per network with a VLAN id.
    const Table vlans =
        table(file(files, "vlans.csv")->text, {"vid", "name", "status", "site", "description"});
    std::size_t withVlan = 0;
    for (const Network &n : d.networks)
        if (n.vlan) {
            const auto &row = vlans[withVlan++];
            QCOMPARE(row.at("vid"), std::to_string(*n.vlan));
            QCOMPARE(row.at("name"), n.displayName());
            QCOMPARE(row.at("status"), std::string("active"));
        }
    QCOMPARE(vlans.size(), withVlan);

    // Cables: one per link, both ends interfaces of listed devices (the switch's template
    // names, or a port interfaces.csv makes), the cable id as label.
    const Table cableRows =
        table(file(files, "cables.csv")->text,
              {"side_a_device", "side_a_type", "side_a_name", "side_b_device", "side_b_type",
               "side_b_name", "type", "status", "label", "color", "length", "length_unit"});
    QCOMPARE(cableRows.size(), d.links.size());
    static const std::set<std::string> cableTypes = {"", "cat6", "cat6a", "mmf-om3"};
    for (std::size_t i = 0; i < d.links.size(); ++i) {
        const auto &row = cableRows[i];
        const LinkInfo &l = index.links()[i];
        QCOMPARE(row.at("label"), cables[i]);
        QCOMPARE(row.at("side_a_type"), std::string("dcim.interface"));
        QCOMPARE(row.at("side_b_type"), std::string("dcim.interface"));
        QCOMPARE(row.at("side_a_device"), nameOf[l.a.device->id]);
        QCOMPARE(row.at("side_b_device"), nameOf[l.b.device->id]);
        for (const auto &[side, end] :
             {std::pair{"side_a_name", &l.a}, std::pair{"side_b_name", &l.b}}) {
            const std::string &nm = row.at(side);
            if (end->onSwitch())
                QCOMPARE(nm, end->interface->name);
            else
                QVERIFY(seen.count(nameOf[end->device->id] + "\n" + nm) ||
                        (index.templateOf(index.deviceIndex(end->device->id)) &&
                         index.templateOf(index.deviceIndex(end->device->id))->findInterface(nm)));
        }
        QCOMPARE(row.at("status"), std::string("planned"));
        QVERIFY(cableTypes.count(row.at("type")));
        QVERIFY(QRegularExpression("^([0-9a-f]{6})?$")
                    .match(QString::fromStdString(row.at("color")))
                    .hasMatch());
        if (!l.carries.empty() && !l.outOfBand && l.link->kind == LinkKind::Cable)
            QCOMPARE(row.at("color"), options.networkColors[std::size_t(l.carries.front())]);
        QCOMPARE(row.at("length"), std::string());
        QCOMPARE(row.at("length_unit"), std::string());
    }
    QVERIFY(file(files, "README.txt"));
}

void TestHandover::diffListsExactlyTheEdits_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("revision");
    QTest::addColumn<bool>("addsOpenError");
    QTest::newRow("baseline-1g") << "baseline-1g"
                                 << "baseline-1g.rev2" << true;
    QTest::newRow("converged-10g-blade") << "converged-10g-blade"
                                         << "converged-10g-blade.rev2" << false;
    QTest::newRow("dedicated-10g-csv-lm") << "dedicated-10g-csv-lm"
                                          << "dedicated-10g-csv-lm.revB" << true;
    QTest::newRow("stacked-lacp") << "stacked-lacp"
                                  << "stacked-lacp.rev2" << false;
}

void TestHandover::diffListsExactlyTheEdits()
{
    QFETCH(QString, name);
    QFETCH(QString, revision);
    QFETCH(bool, addsOpenError);
    const Loaded before = load(templatePath(name));
    const Loaded after = load(dataDir() + "/revisions/" + revision + ".cluster.yaml");
    const RevisionDiff diff =
        diffDesigns(before.design, before.templates, after.design, after.templates);
    QStringList lines;
    for (const DesignChange &c : diff.changes)
        lines << RevisionDiffText::line(c);
    QStringList expected =
        QString::fromUtf8(readAll(dataDir() + "/revisions/" + revision + ".expected.txt"))
            .split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines, expected);
    QCOMPARE(diff.addsOpenError, addsOpenError);
    // The other way round: every addition is a removal, and the reverse.
    const RevisionDiff back =
        diffDesigns(after.design, after.templates, before.design, before.templates);
    QCOMPARE(back.count(ChangeKind::Added), diff.count(ChangeKind::Removed));
    QCOMPARE(back.count(ChangeKind::Removed), diff.count(ChangeKind::Added));
    QCOMPARE(back.count(ChangeKind::Changed), diff.count(ChangeKind::Changed));
    QCOMPARE(back.appeared.size(), diff.disappeared.size());
}

void TestHandover::movesAreNoChanges()
{
    const Loaded l = load(templatePath("dedicated-10g-csv-lm"));
    Design moved = l.design;
    for (Device &d : moved.devices)
        d.position =
            Position{d.position ? d.position->x + 137 : 5, d.position ? d.position->y - 40 : 5};
    for (Network &n : moved.networks)
        n.color = "#123456";
    moved.title.revision = "Z";
    moved.title.date = "2030-01-01";
    // The same cable written the other way round is the same cable.
    std::swap(moved.links[0].a, moved.links[0].b);
    const RevisionDiff diff = diffDesigns(l.design, l.templates, moved, l.templates);
    QVERIFY2(diff.changes.empty(),
             diff.changes.empty() ? "" : qPrintable(RevisionDiffText::line(diff.changes.front())));
    QVERIFY(diff.appeared.empty() && diff.disappeared.empty());
    QVERIFY(!diff.addsOpenError);
}

void TestHandover::acceptedErrorDoesNotFailTheDiff()
{
    // A revision that cuts a cable adds errors; the same revision accepting them does not fail.
    const Loaded l = load(templatePath("stacked-lacp"));
    Design cut = l.design;
    cut.links.erase(cut.links.begin() + 1); // C002: hv01's host team on one cable
    RevisionDiff diff = diffDesigns(l.design, l.templates, cut, l.templates);
    QVERIFY(diff.addsOpenError);
    Design accepted = cut;
    for (const Finding &f : validate(cut, l.templates))
        if (isOpenError(f))
            accepted.acceptedRisks.push_back(
                {f.rule, f.elements, "tested", "tester", "", {}, {}, {}, {}});
    diff = diffDesigns(l.design, l.templates, accepted, l.templates);
    QVERIFY(!diff.addsOpenError);
    QVERIFY(!diff.appeared.empty());
    for (const Finding &f : diff.appeared)
        if (f.severity == Severity::Error)
            QVERIFY(f.accepted);
    // Withdrawing the acceptance again is an error the newer revision adds.
    diff = diffDesigns(accepted, l.templates, cut, l.templates);
    QVERIFY(diff.addsOpenError);
    QVERIFY(diff.appeared.empty());
    QVERIFY(!diff.acceptanceChanged.empty());
}

void TestHandover::diagramXmlAttachesEdgesToPorts()
{
    const Loaded l = load(templatePath("stacked-lacp"));
    DiagramGeometry g;
    g.networkColors = {"#111111", "#222222", "#333333", "#444444"};
    g.devices.push_back(
        {"a", "A", QRectF(0, 0, 100, 60), {{"x/p1", "p1", QRectF(10, 40, 20, 10)}}});
    g.devices.push_back(
        {"b", "B & co", QRectF(0, 200, 100, 60), {{"g1", "g1", QRectF(10, 205, 20, 10)}}});
    g.links.push_back({"C001",
                       "a:x/p1",
                       "b:g1",
                       {QPointF(20, 60), QPointF(20, 200)},
                       {0, 2},
                       LinkKind::Cable,
                       false,
                       2});
    g.links.push_back({"C002",
                       "a:x/p1",
                       "b:nowhere",
                       {QPointF(0, 0), QPointF(1, 1)},
                       {0},
                       LinkKind::Cable,
                       false,
                       1});

    QXmlStreamReader drawio(QByteArray::fromStdString(drawioXml(l.design, g)));
    std::set<QString> cells, ports, layers;
    std::vector<std::pair<QString, QString>> edges;
    while (!drawio.atEnd()) {
        if (drawio.readNext() != QXmlStreamReader::StartElement ||
            drawio.name() != QLatin1String("mxCell"))
            continue;
        const auto a = drawio.attributes();
        cells.insert(a.value("id").toString());
        if (a.value("parent") == QLatin1String("#root"))
            layers.insert(a.value("id").toString());
        if (a.value("vertex") == QLatin1String("1") &&
            (a.value("parent") == QLatin1String("a") || a.value("parent") == QLatin1String("b")))
            ports.insert(a.value("id").toString());
        if (a.value("edge") == QLatin1String("1"))
            edges.push_back({a.value("source").toString(), a.value("target").toString()});
    }
    QVERIFY(!drawio.hasError());
    QCOMPARE(ports, (std::set<QString>{"a:x/p1", "b:g1"}));
    QVERIFY(layers.count("#layer-mgmt") && layers.count("#layer-csv") &&
            !layers.count("#layer-vm"));
    QCOMPARE(int(edges.size()), 2); // C001 in two layers; C002 has no port to attach to
    for (const auto &[s, t] : edges) {
        QCOMPARE(s, QString("a:x/p1"));
        QCOMPARE(t, QString("b:g1"));
    }

    QXmlStreamReader graphml(QByteArray::fromStdString(graphmlXml(l.design, g)));
    int groups = 0, edgeCount = 0;
    while (!graphml.atEnd())
        if (graphml.readNext() == QXmlStreamReader::StartElement) {
            if (graphml.name() == QLatin1String("node") &&
                graphml.attributes().value("yfiles.foldertype") == QLatin1String("group"))
                ++groups;
            if (graphml.name() == QLatin1String("edge")) {
                ++edgeCount;
                QCOMPARE(graphml.attributes().value("source").toString(), QString("n0::n0"));
                QCOMPARE(graphml.attributes().value("target").toString(), QString("n1::n0"));
            }
        }
    QVERIFY(!graphml.hasError());
    QCOMPARE(groups, 2);
    QCOMPARE(edgeCount, 1);
}

QTEST_GUILESS_MAIN(TestHandover)
#include "tst_handover.moc"
