// Every rule of RULES.md on small designs where it fires and near-identical ones where it must
// not; and both shipped examples against their expected findings.
#include "io/DesignLoader.h"
#include "templates/TemplateLibrary.h"
#include "analysis/Validator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace cn;

namespace {

QString dataDir() { return QStringLiteral(CLUSTERNET_TEST_DATA); }

// "spof error [sw1, hv1:lom] roles=[management] affects=[hv1, hv2]" with the optional parts
// present only when the design's comment names them.
struct Expectation {
    QString rule, severity;
    QStringList elements;
    std::optional<QStringList> roles, affects;
};

QStringList bracketList(const QString &text)
{
    QStringList out;
    for (const QString &s : text.split(',', Qt::SkipEmptyParts))
        out << s.trimmed();
    return out;
}

QString key(const QString &rule, const QString &severity, QStringList elements)
{
    elements.sort();
    return rule + " " + severity + " [" + elements.join(", ") + "]";
}

std::vector<Finding> check(const QString &path, int failures)
{
    const TemplateLibrary lib = TemplateLibrary::forDesign(path.toStdString());
    const LoadResult r = DesignLoader(lib).loadFile(path.toStdString());
    if (!r.ok())
        qFatal("%s", r.error->format().c_str());
    ValidationOptions options;
    options.failures = failures;
    return validate(*r.design, lib, options);
}

QStringList toQt(const std::vector<std::string> &v)
{
    QStringList out;
    for (const auto &s : v)
        out << QString::fromStdString(s);
    return out;
}

QStringList roleNames(const std::vector<Role> &roles)
{
    QStringList out;
    for (Role r : roles)
        out << QString::fromStdString(toString(r));
    return out;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT
private slots:
    void rule_data();
    void rule();
    void everyRuleFiresAndStaysQuiet();
    void examples_data();
    void examples();
    void repros_data();
    void repros();
    void doubleFaultsAreNotSinglePoints();
    void deterministic();
};

void TestRules::rule_data()
{
    QTest::addColumn<QString>("path");
    QDir dir(dataDir() + "/rules");
    for (const QString &name : dir.entryList({"*.cluster.yaml"}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestRules::rule()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString ruleUnderTest;
    int failures = 1;
    std::vector<Expectation> expected;
    static const QRegularExpression line(
        R"(^# expect: (\S+) (\S+) \[([^\]]*)\](?: roles=\[([^\]]*)\])?(?: affects=\[([^\]]*)\])?\s*$)");
    while (!f.atEnd()) {
        const QString text = QString::fromUtf8(f.readLine()).trimmed();
        if (text.startsWith("# rule: "))
            ruleUnderTest = text.mid(8);
        else if (text.startsWith("# failures: "))
            failures = text.mid(12).toInt();
        else if (text.startsWith("# expect: ")) {
            const auto m = line.match(text);
            QVERIFY2(m.hasMatch(), qPrintable(text));
            Expectation e{m.captured(1), m.captured(2), bracketList(m.captured(3)), {}, {}};
            if (m.lastCapturedIndex() >= 4 && !m.captured(4).isNull())
                e.roles = bracketList(m.captured(4));
            if (m.lastCapturedIndex() >= 5 && !m.captured(5).isNull())
                e.affects = bracketList(m.captured(5));
            expected.push_back(e);
        }
    }
    QVERIFY(!ruleUnderTest.isEmpty());

    QStringList want, got;
    for (const auto &e : expected)
        want << key(e.rule, e.severity, e.elements);
    std::vector<Finding> findings;
    for (const Finding &fd : check(path, failures))
        if (QString::fromStdString(fd.rule) == ruleUnderTest) {
            got << key(QString::fromStdString(fd.rule), QString::fromStdString(toString(fd.severity)),
                       toQt(fd.elements));
            findings.push_back(fd);
        }
    want.sort();
    got.sort();
    QCOMPARE(got, want);
    // Roles and affects, where the expectation names them.
    for (const auto &e : expected) {
        const QString k = key(e.rule, e.severity, e.elements);
        // Several findings may share rule and elements (unreachable per role): match roles too.
        const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding &fd) {
            return key(QString::fromStdString(fd.rule), QString::fromStdString(toString(fd.severity)),
                       toQt(fd.elements)) == k &&
                   (!e.roles || roleNames(fd.roles) == *e.roles);
        });
        QVERIFY(it != findings.end());
        QVERIFY2(!it->message.empty(), qPrintable(k));
        if (e.roles)
            QCOMPARE(roleNames(it->roles), *e.roles);
        if (e.affects)
            QCOMPARE(toQt(it->affects), *e.affects);
    }
}

void TestRules::everyRuleFiresAndStaysQuiet()
{
    const QStringList rules = {"unreachable", "spof", "double-fault", "single-cluster-network",
                               "node-asymmetry", "team-single-adapter", "team-single-switch",
                               "team-mode-stack", "team-mixed-speed", "iscsi-teamed", "iscsi-shared",
                               "role-mix", "duplicate-subnet", "overlapping-subnet", "duplicate-vlan",
                               "speed-mismatch", "uncabled-binding", "physical-isolation",
                               "stack-unsupported", "stack-incomplete", "live-migration-slow",
                               "failover-capacity", "no-oob"};
    QDir dir(dataDir() + "/rules");
    for (const QString &rule : rules) {
        int firing = 0, quiet = 0;
        for (const QString &name : dir.entryList({rule + "-*.cluster.yaml"}, QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            if (!text.contains("# rule: " + rule.toUtf8() + "\n"))
                continue;
            (text.contains("# expect: ") ? firing : quiet)++;
        }
        QVERIFY2(firing > 0, qPrintable(rule + " has no design where it fires"));
        QVERIFY2(quiet > 0, qPrintable(rule + " has no design where it must stay quiet"));
    }
}

void TestRules::examples_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("converged") << "converged-10g-blade";
    QTest::newRow("dedicated") << "dedicated-10g-csv-lm";
}

void TestRules::examples()
{
    QFETCH(QString, name);
    QFile f(dataDir() + "/examples/" + name + ".expected.json");
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
    QStringList want, got;
    for (const auto &v : expected.value("findings").toArray()) {
        const QJsonObject o = v.toObject();
        QStringList elements;
        for (const auto &e : o.value("elements").toArray())
            elements << e.toString();
        want << key(o.value("rule").toString(), o.value("severity").toString(), elements);
    }
    const auto findings = check(dataDir() + "/examples/" + name + ".cluster.yaml", 1);
    for (const Finding &fd : findings)
        got << key(QString::fromStdString(fd.rule), QString::fromStdString(toString(fd.severity)),
                   toQt(fd.elements));
    want.sort();
    got.sort();
    QCOMPARE(got, want);
    const FindingCounts c = countFindings(findings);
    const QJsonObject summary = expected.value("summary").toObject();
    QCOMPARE(c.errors, summary.value("errors").toInt());
    QCOMPARE(c.warnings, summary.value("warnings").toInt());
    QCOMPARE(c.info, summary.value("info").toInt());
}

// Shrunk designs on which the analysis once crashed or answered wrongly (tests/data/repros,
// kept byte for byte: the order of networks and links matters), with every finding in full.
void TestRules::repros_data()
{
    QTest::addColumn<QString>("name");
    QDir dir(dataDir() + "/repros");
    for (const QString &name : dir.entryList({"*.cluster.yaml"}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << name.chopped(int(strlen(".cluster.yaml")));
}

void TestRules::repros()
{
    QFETCH(QString, name);
    QFile f(dataDir() + "/repros/" + name + ".expected.json");
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
    auto full = [](QString rule, QString severity, QStringList elements, QStringList affects, QStringList roles) {
        affects.sort();
        roles.sort();
        return key(rule, severity, elements) + " affects=[" + affects.join(", ") + "] roles=[" + roles.join(", ") + "]";
    };
    auto strings = [](const QJsonValue &v) {
        QStringList out;
        for (const auto &e : v.toArray())
            out << e.toString();
        return out;
    };
    QStringList want, got;
    for (const auto &v : expected.value("findings").toArray()) {
        const QJsonObject o = v.toObject();
        want << full(o.value("rule").toString(), o.value("severity").toString(), strings(o.value("elements")),
                     strings(o.value("affects")), strings(o.value("roles")));
    }
    const auto findings = check(dataDir() + "/repros/" + name + ".cluster.yaml", expected.value("failures").toInt(1));
    for (const Finding &fd : findings)
        got << full(QString::fromStdString(fd.rule), QString::fromStdString(toString(fd.severity)),
                    toQt(fd.elements), toQt(fd.affects), roleNames(fd.roles));
    want.sort();
    got.sort();
    QCOMPARE(got, want);
    const FindingCounts c = countFindings(findings);
    const QJsonObject summary = expected.value("summary").toObject();
    QCOMPARE(c.errors, summary.value("errors").toInt());
    QCOMPARE(c.warnings, summary.value("warnings").toInt());
    QCOMPARE(c.info, summary.value("info").toInt());
}

void TestRules::doubleFaultsAreNotSinglePoints()
{
    const auto findings = check(dataDir() + "/examples/dedicated-10g-csv-lm.cluster.yaml", 2);
    QStringList spofs;
    int doubles = 0;
    for (const Finding &fd : findings)
        if (fd.rule == "spof")
            spofs << QString::fromStdString(fd.elements[0]);
    for (const Finding &fd : findings) {
        if (fd.rule != "double-fault")
            continue;
        ++doubles;
        QCOMPARE(fd.elements.size(), std::size_t(2));
        QVERIFY(!spofs.contains(QString::fromStdString(fd.elements[0])));
        QVERIFY(!spofs.contains(QString::fromStdString(fd.elements[1])));
        QVERIFY(fd.severity == Severity::Warning);
    }
    // The two iSCSI paths of each host: its two iSCSI switches fail together, for one.
    QVERIFY(doubles > 0);
    const bool iscsiSwitches = std::any_of(findings.begin(), findings.end(), [](const Finding &fd) {
        return fd.rule == "double-fault" &&
               ((fd.elements[0] == "sw-iscsi-a" && fd.elements[1] == "sw-iscsi-b") ||
                (fd.elements[0] == "sw-iscsi-b" && fd.elements[1] == "sw-iscsi-a"));
    });
    QVERIFY(iscsiSwitches);
}

void TestRules::deterministic()
{
    const QString path = dataDir() + "/examples/converged-10g-blade.cluster.yaml";
    const auto a = check(path, 2), b = check(path, 2);
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].message, b[i].message);
        QCOMPARE(a[i].elements, b[i].elements);
    }
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
