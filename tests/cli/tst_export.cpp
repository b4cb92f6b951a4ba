// Export and report from the command line, headless: PDF text, pages and tiling, PNG size,
// SVG validity, report counts. The PDF is read back with poppler's pdftotext and pdfinfo.
#include "RunProgram.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

QString dataDir() { return QStringLiteral(CLUSTERNET_TEST_DATA); }
QString example(const QString &name) { return dataDir() + "/examples/" + name + ".cluster.yaml"; }

Run run(const QString &program, const QStringList &args)
{
    return runProgram(program, args, Platform::Unset);
}

Run clusternet(const QStringList &args) { return run(QStringLiteral(CLUSTERNET_BINARY), args); }

int pdfPages(const QString &pdf)
{
    const Run r = run("pdfinfo", {pdf});
    for (const QString &line : r.out.split('\n'))
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    return -1;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfHoldsTitleLegendAndPortLabels_data();
    void pdfHoldsTitleLegendAndPortLabels();
    void tilingSetsThePageCount();
    void pngHasTheRequestedSize();
    void svgParses();
    void reportJson_data();
    void reportJson();
    void reportTextAndCsv();
    void portPlanOfTheBlogDesign();
    void portPlanTextAndCsv();
    void vlanPlan();
    void reportPagesForTheNetworkTeam();
    void exportRefusesBadInput();

private:
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    QVERIFY2(run("pdftotext", {"-v"}).code == 0, "pdftotext (poppler-utils) is needed");
}

void TestExport::pdfHoldsTitleLegendAndPortLabels_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QStringList>("texts");
    const QStringList dedicated = {"SQL Server Hyper-V cluster", "Example Corp", "Example engineer",
                                   "Host Management (mgmt)", "VM Network (vm)", "CSV & Heartbeat (csv)",
                                   "Live Migration (lm)", "Guest iSCSI A (iscsi-a)", "Guest iSCSI B (iscsi-b)",
                                   "VLAN 41", "172.16.41.0/24", "lom/nic1", "slot2/p2", "Te1/0/2", "g24", "oob",
                                   "Page", "1 of", "dedicated-10g-csv-lm.cluster.yaml", "Management stays on one",
                                   "a management-only (out-of-band) port"};
    const QStringList converged = {"Converged 10GbE blade cluster", "Host Management (mgmt)", "Live Migration (lm)",
                                   "VLAN 30", "10.20.10.0/24", "mezz-b/p1", "mezz-b/p2", "Te1/0/23", "10G"};
    for (const char *page : {"A4", "A3"}) {
        QTest::newRow(qPrintable(QString("dedicated %1").arg(page))) << "dedicated-10g-csv-lm" << page << dedicated;
        QTest::newRow(qPrintable(QString("converged %1").arg(page))) << "converged-10g-blade" << page << converged;
    }
}

void TestExport::pdfHoldsTitleLegendAndPortLabels()
{
    QFETCH(QString, name);
    QFETCH(QString, page);
    QFETCH(QStringList, texts);
    const QString pdf = m_dir.filePath(name + "-" + page + ".pdf");
    const Run r = clusternet({"export", example(name), "-o", pdf, "--page", page, "--landscape", "--report"});
    QCOMPARE(r.code, 0); // exports despite its error findings
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    // pdftotext writes text set at a slant one character a line: look for it without breaks too.
    const Run text = run("pdftotext", {"-raw", "-f", "1", "-l", "1", pdf, "-"});
    const QString squashed = QString(text.out).remove('\n');
    for (const QString &t : texts)
        QVERIFY2(text.out.contains(t) || squashed.contains(t), qPrintable(t));
    // The report pages follow: findings, bill of materials, cable schedule.
    const Run all = run("pdftotext", {pdf, "-"});
    for (const char *t : {"Findings", "Bill of materials", "Ports per switch", "Cable schedule", "spof"})
        QVERIFY2(all.out.contains(t), t);
    QVERIFY(pdfPages(pdf) >= 2);
    const Run info = run("pdfinfo", {pdf});
    QVERIFY(info.out.contains(page == "A4" ? "(A4)" : "(A3)"));
    // Every font embedded: the "emb" column of pdffonts.
    const QStringList fontRows = run("pdffonts", {pdf}).out.split('\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fontRows.isEmpty());
    for (const QString &row : fontRows) {
        const QStringList fields = row.split(' ', Qt::SkipEmptyParts);
        QVERIFY2(fields.size() >= 5 && fields.at(fields.size() - 5) == "yes", qPrintable(row));
    }
}

void TestExport::tilingSetsThePageCount()
{
    const QString pdf = m_dir.filePath("tiles.pdf");
    QCOMPARE(clusternet({"export", example("dedicated-10g-csv-lm"), "-o", pdf, "--tiles", "2x2"}).code, 0);
    QCOMPARE(pdfPages(pdf), 4);
    const Run text = run("pdftotext", {"-f", "4", "-l", "4", pdf, "-"});
    QVERIFY(text.out.contains("4 of 4"));
    QVERIFY(text.out.contains("Tile row 2, column 2 of 2 × 2"));
    QCOMPARE(clusternet({"export", example("dedicated-10g-csv-lm"), "-o", pdf, "--tiles", "3x1"}).code, 0);
    QCOMPARE(pdfPages(pdf), 3);
    QCOMPARE(clusternet({"export", example("dedicated-10g-csv-lm"), "-o", pdf}).code, 0);
    QCOMPARE(pdfPages(pdf), 1);
}

void TestExport::pngHasTheRequestedSize()
{
    const QString png = m_dir.filePath("d.png");
    QCOMPARE(clusternet({"export", example("converged-10g-blade"), "-o", png, "--dpi", "100", "--landscape"}).code, 0);
    QImage image(png);
    QCOMPARE(image.size(), QSize(1169, 827)); // A4 landscape at 100 dpi
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    QCOMPARE(clusternet({"export", example("converged-10g-blade"), "-o", png, "--dpi", "200", "--page", "Letter"}).code, 0);
    QCOMPARE(QImage(png).size(), QSize(1700, 2200)); // Letter portrait at 200 dpi
}

void TestExport::svgParses()
{
    for (const char *name : {"dedicated-10g-csv-lm", "converged-10g-blade"}) {
        const QString svg = m_dir.filePath(QString(name) + ".svg");
        QCOMPARE(clusternet({"export", example(name), "-o", svg}).code, 0);
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int texts = 0;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
                ++texts;
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(texts > 50);
        QVERIFY(QSvgRenderer(svg).isValid());
    }
}

void TestExport::reportJson_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("switches");
    QTest::addColumn<int>("cables");
    QTest::newRow("dedicated") << "dedicated-10g-csv-lm" << 6 << 20;
    QTest::newRow("converged") << "converged-10g-blade" << 2 << 10;
}

void TestExport::reportJson()
{
    QFETCH(QString, name);
    QFETCH(int, switches);
    QFETCH(int, cables);
    const Run r = clusternet({"report", example(name), "--format", "json"});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value("totals").toObject().value("switches").toInt(), switches);
    QCOMPARE(o.value("totals").toObject().value("cables").toInt(), cables);
    QCOMPARE(o.value("schedule").toArray().size(), cables);
    int bySpeed = 0;
    for (const auto &c : o.value("cables").toArray())
        bySpeed += c.toObject().value("count").toInt();
    QCOMPARE(bySpeed, cables);
    int models = 0;
    for (const auto &s : o.value("switches").toArray())
        models += s.toObject().value("count").toInt();
    QCOMPARE(models, switches);
}

void TestExport::reportTextAndCsv()
{
    const Run text = clusternet({"report", example("dedicated-10g-csv-lm")});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("2 × PowerConnect 6248"));
    QVERIFY(text.out.contains("sw-core-1 (PowerConnect 6248) 1000base-t: 5 used, 43 free"));
    QVERIFY(text.out.contains("VM SQL02 on hv01: 48 GB at 10 Gb/s: about 46 s"));
    QVERIFY(text.out.contains("Draining hv01: 96 GB at 10 Gb/s: about 92 s"));
    const Run csv = clusternet({"report", example("dedicated-10g-csv-lm"), "--format", "csv"});
    QCOMPARE(csv.code, 0);
    QCOMPARE(csv.out.split('\n').filter(QRegularExpression("^schedule,")).size(), 20);
    QVERIFY(csv.out.split('\n').first().startsWith("section,"));
}

void TestExport::portPlanOfTheBlogDesign()
{
    // The port plan equals the one written by hand from the design (tests/data/report).
    const QString blog = QStringLiteral(CLUSTERNET_SOURCE_DIR) + "/templates/designs/dedicated-10g-csv-lm.cluster.yaml";
    const Run r = clusternet({"report", blog, "--ports", "--format", "json"});
    QCOMPARE(r.code, 0);
    auto list = [](const QJsonArray &a, const char *key) {
        QStringList out;
        for (const auto &v : a)
            out << (v.isObject() ? v.toObject().value(key).toVariant().toString() : v.toString());
        return out.isEmpty() ? QString("-") : out.join(',');
    };
    QStringList got;
    for (const auto &s : QJsonDocument::fromJson(r.out.toUtf8()).object().value("switches").toArray()) {
        const QJsonObject sw = s.toObject();
        for (const auto &p : sw.value("ports").toArray()) {
            const QJsonObject e = p.toObject();
            if (e.value("mode").toString() == "free")
                continue;
            const QJsonObject far = e.value("far").toObject();
            auto text = [&](const char *key) { return e.value(key).isNull() ? QString("-") : e.value(key).toString(); };
            got << QStringList{sw.value("switch").toString(), e.value("port").toString(), e.value("mode").toString(),
                               list(e.value("networks").toArray(), "network"), list(e.value("untagged").toArray(), "vlan"),
                               list(e.value("tagged").toArray(), "vlan"), text("port_channel"), text("team"), text("cable"),
                               far.value("device").toString() + " " + far.value("port").toString(), text("media"),
                               text("speed")}
                       .join(" | ");
        }
        got << QString("%1 used %2 free %3").arg(sw.value("switch").toString()).arg(sw.value("used").toInt()).arg(sw.value("free").toInt());
    }
    QStringList want;
    QFile f(dataDir() + "/report/dedicated-10g-csv-lm.ports.txt");
    QVERIFY(f.open(QIODevice::ReadOnly));
    for (const QString &line : QString::fromUtf8(f.readAll()).split('\n'))
        if (!line.isEmpty() && !line.startsWith('#'))
            want << line;
    QCOMPARE(got, want);
    // The copy in tests/data/examples has no cable ids in the file: the plan gives the ones a
    // save would write, the same.
    const Run unsaved = clusternet({"report", example("dedicated-10g-csv-lm"), "--ports", "--format", "json"});
    QCOMPARE(unsaved.code, 0);
    QVERIFY(unsaved.out.contains("\"cable\": \"C016\""));
}

void TestExport::portPlanTextAndCsv()
{
    const QString blog = example("dedicated-10g-csv-lm");
    const Run text = clusternet({"report", blog, "--ports"});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("sw-core-1 · PowerConnect 6248 · stack core · 7 used, 45 free"));
    QVERIFY(text.out.contains(QRegularExpression("\\n  g5–g46 +free +42 ports\\n")));
    QVERIFY(text.out.contains(QRegularExpression("\\n  oob +out-of-band +oob-csv +sw-core-1 g47 .*reaches 10 mgmt on sw-core-1 g47")));
    const Run csv = clusternet({"report", blog, "--ports", "--format", "csv"});
    QCOMPARE(csv.code, 0);
    const QStringList lines = csv.out.trimmed().split('\n');
    QVERIFY(lines.first().startsWith("switch,port,type,mode,"));
    QCOMPARE(lines.size(), 1 + 52 + 52 + 25 + 25 + 24 + 24); // every port of every switch
    QVERIFY(lines.contains("sw-core-1,g2,1000base-t,access,vm,100,,,,,C002,hv01,lom/nic3,1G,1000BASE-T,hv01:vmteam,switch-independent,"));
    // --ports and --vlans are two tables: one at a time in CSV.
    QCOMPARE(clusternet({"report", blog, "--ports", "--vlans", "--format", "csv"}).code, 2);
}

void TestExport::vlanPlan()
{
    const Run r = clusternet({"report", example("dedicated-10g-csv-lm"), "--vlans", "--format", "json"});
    QCOMPARE(r.code, 0);
    const QJsonArray networks = QJsonDocument::fromJson(r.out.toUtf8()).object().value("networks").toArray();
    QCOMPARE(networks.size(), 6);
    const QJsonObject mgmt = networks.at(0).toObject();
    QCOMPARE(mgmt.value("vlan").toInt(), 10);
    QCOMPARE(mgmt.value("subnet").toString(), QString("10.10.10.0/24"));
    QCOMPARE(mgmt.value("cluster_use").toString(), QString("cluster-and-client"));
    QCOMPARE(mgmt.value("switches").toArray(), (QJsonArray{"sw-core-1", "sw-core-2"}));
    QCOMPARE(mgmt.value("trunks").toArray().size(), 2); // the two stacking links
    QStringList bound;
    for (const auto &b : mgmt.value("bindings").toArray()) {
        const QJsonObject o = b.toObject();
        bound << o.value("device").toString() + " " + o.value("via").toString() + " " +
                     o.value("ports").toArray().at(0).toObject().value("far").toString();
    }
    QCOMPARE(bound, (QStringList{"hv01 lom/nic1 sw-core-1:g1", "hv02 lom/nic1 sw-core-1:g3", "sw-csv oob sw-core-1:g47",
                                 "sw-lm oob sw-core-2:g47"}));
    const Run text = clusternet({"report", example("dedicated-10g-csv-lm"), "--vlans"});
    QVERIFY(text.out.contains("VLAN 100 · vm (VM Network) · no subnet · VM traffic · cluster use: none"));
    QVERIFY(text.out.contains("lom/nic3 → sw-core-1:g2 (C002, untagged); slot1/p1 → sw-core-2:g1 (C003, untagged)"));
    const Run csv = clusternet({"report", example("dedicated-10g-csv-lm"), "--vlans", "--format", "csv"});
    QVERIFY(csv.out.contains("\ncsv,20,172.16.20.0/24,heartbeat csv,cluster,physical,sw-csv,hv01,slot2/p1,,slot2/p1,C004,sw-csv:Te1/0/1,untagged\n"));
}

void TestExport::reportPagesForTheNetworkTeam()
{
    // The blog design with its accepted risks: the report pages carry them, the port plan of
    // each switch on a page of its own, the VLAN plan, optics and the cable schedule with ids.
    const QString blog = QStringLiteral(CLUSTERNET_SOURCE_DIR) + "/templates/designs/dedicated-10g-csv-lm.cluster.yaml";
    const QString pdf = m_dir.filePath("blog.pdf");
    QCOMPARE(clusternet({"export", blog, "-o", pdf, "--page", "A3", "--landscape", "--report"}).code, 0);
    const int pages = pdfPages(pdf);
    QVERIFY(pages >= 9);
    auto pageText = [&](int page) {
        return run("pdftotext", {"-raw", "-f", QString::number(page), "-l", QString::number(page), pdf, "-"}).out;
    };
    const QString all = run("pdftotext", {"-raw", pdf, "-"}).out;
    for (const char *t : {"error, accepted", "Accepted by Example engineer: Management stays on one 1GbE port",
                          "Accepted risks", "accepts 1 finding", "Optics and cables", "SFP+ SR or DAC",
                          "12 (none with DAC)", "VLAN and IP plan", "oob-csv", "out-of-band management: mgmt",
                          "C016", "Length class"})
        QVERIFY2(all.contains(t), t);
    // One page per switch: each port plan starts a page, and no page holds two.
    QStringList planPages;
    QString report;
    for (int page = 2; page <= pages; ++page) {
        const QString text = pageText(page);
        report += text;
        const int plans = text.count("Port plan of ");
        QVERIFY(plans <= 1);
        if (plans == 1)
            planPages << text.mid(text.indexOf("Port plan of ") + 13).section('\n', 0, 0).trimmed();
    }
    QCOMPARE(planPages, (QStringList{"sw-core-1", "sw-core-2", "sw-csv", "sw-lm", "sw-iscsi-a", "sw-iscsi-b"}));
    // Nothing on the report pages is cut short (the diagram's own labels are the canvas's).
    QVERIFY(!report.contains(QChar(0x2026)));
}

void TestExport::exportRefusesBadInput()
{
    const QString out = m_dir.filePath("x.pdf");
    Run r = clusternet({"export", dataDir() + "/bad/link-port-twice.cluster.yaml", "-o", out});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("link-port-twice.cluster.yaml:25:27: error:"));
    QCOMPARE(clusternet({"export", example("converged-10g-blade"), "-o", m_dir.filePath("x.doc")}).code, 2);
    QCOMPARE(clusternet({"export", example("converged-10g-blade"), "-o", out, "--page", "A5"}).code, 2);
    QCOMPARE(clusternet({"export", example("converged-10g-blade")}).code, 2);
    QCOMPARE(clusternet({"report", example("converged-10g-blade"), "--format", "xml"}).code, 2);
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
