// The Dutch and German translations: complete, current with the sources, placeholders intact,
// and used by the program when the locale or the setting asks for them.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

QString sourceDir() { return QStringLiteral(CLUSTERNET_SOURCE_DIR); }

struct Message {
    QString source;
    QStringList translations;
    QString type;
    bool numerus = false;
};

std::vector<Message> readTs(const QString &path, QString *error)
{
    std::vector<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            m = Message{};
            m.numerus = xml.attributes().value("numerus") == QLatin1String("yes");
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value("type").toString();
            if (!m.numerus)
                m.translations << xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
            m.translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.push_back(m);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &text)
{
    QStringList out;
    static const QRegularExpression re("%(\\d|n)");
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

QString lupdate()
{
    for (const QString &p : {QStandardPaths::findExecutable("lupdate"), QString("/usr/lib/qt6/bin/lupdate")})
        if (!p.isEmpty() && QFile::exists(p))
            return p;
    return {};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void currentWithTheSources();
    void programSpeaksTheLanguage_data();
    void programSpeaksTheLanguage();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("nl") << sourceDir() + "/translations/clusternet_nl.ts";
    QTest::newRow("de") << sourceDir() + "/translations/clusternet_de.ts";
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QString error;
    const auto messages = readTs(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 400);
    for (const Message &m : messages) {
        QVERIFY2(m.type.isEmpty(), qPrintable(m.type + ": " + m.source)); // unfinished, obsolete, vanished
        QVERIFY2(!m.translations.isEmpty(), qPrintable(m.source));
        QCOMPARE(m.translations.size(), m.numerus ? 2 : 1);
        for (const QString &t : m.translations) {
            QVERIFY2(!t.trimmed().isEmpty() || m.source.trimmed().isEmpty(), qPrintable(m.source));
            QCOMPARE(placeholders(t), placeholders(m.source));
        }
    }
}

void TestTranslations::currentWithTheSources()
{
    // lupdate on the sources finds no string the .ts files lack.
    const QString tool = lupdate();
    QVERIFY2(!tool.isEmpty(), "lupdate (qt6-l10n-tools) is needed");
    QTemporaryDir dir;
    for (const char *lang : {"nl", "de"}) {
        const QString copy = dir.filePath(QString("clusternet_%1.ts").arg(lang));
        QVERIFY(QFile::copy(sourceDir() + QString("/translations/clusternet_%1.ts").arg(lang), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess p;
        p.setWorkingDirectory(sourceDir());
        p.start(tool, {"-no-obsolete", "-locations", "none", "model", "views", "app", "-ts", copy});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QString error;
        for (const Message &m : readTs(copy, &error))
            QVERIFY2(m.type.isEmpty(), qPrintable(QString(lang) + " lacks: " + m.source));
    }
}

void TestTranslations::programSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nl") << "nl_NL.UTF-8" << "is een single point of failure: hv01 en hv02 verliezen beheer";
    QTest::newRow("de") << "de_DE.UTF-8" << "ist ein Single Point of Failure: hv01 und hv02 verlieren Management";
    QTest::newRow("en") << "C" << "is a single point of failure: hv01 and hv02 lose management";
}

void TestTranslations::programSpeaksTheLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    QTemporaryDir config;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(v);
    env.insert("LANG", lang);
    env.insert("XDG_CONFIG_HOME", config.path()); // no language setting
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CLUSTERNET_BINARY),
            {"check", QStringLiteral(CLUSTERNET_TEST_DATA) + "/examples/dedicated-10g-csv-lm.cluster.yaml"});
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains(expected), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
