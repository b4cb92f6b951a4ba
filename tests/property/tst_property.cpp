// The property test: on random valid designs (seeds FIRST..FIRST+SEEDS-1), the program's
// findings of rules unreachable, spof and double-fault (validate with failures 2) must equal
// those of the plain reference reading of RULES.md.
//
//   tst_property [--first S] [--seeds N] [Qt Test options]
//   CLUSTERNET_PROPERTY_FIRST, CLUSTERNET_PROPERTY_SEEDS: the same from the environment
//   CLUSTERNET_PROPERTY_OUT: folder for the designs of failing seeds (default: the folder of
//   this program, property-failures/)
//
// A failing seed leaves its design as seed-N.cluster.yaml there (check it with
// `clusternet check FILE --failures 2 --format json`). The real analysis runs in this process,
// so a crash in it ends the run: a signal handler then names the seed and writes its design to
// seed-N.cluster.yaml before Qt Test's own crash report.
#include "RandomDesign.h"
#include "ReferenceAnalysis.h"

#include "analysis/Validator.h"
#include "io/DesignLoader.h"
#include "io/DesignSaver.h"
#include "templates/TemplateLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

#include <cstdio>
#include <cstring>
#include <map>
#include <string>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace cn;
using namespace cn::reference;

namespace {

std::uint64_t g_first = 1;
std::uint64_t g_seeds = 500;

// What a fatal signal handler may use: preformatted text and paths, the design's text (kept
// alive by the caller while armed), and only async-signal-safe calls.
namespace crash {
char message[1024];
std::size_t messageLength = 0;
char designPath[1024];
const char *design = nullptr;
std::size_t designLength = 0;
#ifdef Q_OS_UNIX
struct sigaction previous[32];
const int fatalSignals[] = {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL};

void handler(int sig)
{
    if (messageLength > 0) {
        const int fd = ::open(designPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            [[maybe_unused]] ssize_t w = ::write(fd, design, designLength);
            ::close(fd);
        }
        [[maybe_unused]] ssize_t w = ::write(STDERR_FILENO, message, messageLength);
    }
    // Qt Test's own handler (or the default) reports the rest.
    ::sigaction(sig, &previous[sig], nullptr);
    ::raise(sig);
}

void install()
{
    struct sigaction sa;
    std::memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    for (int s : fatalSignals)
        ::sigaction(s, &sa, &previous[s]);
}

void uninstall()
{
    for (int s : fatalSignals)
        ::sigaction(s, &previous[s], nullptr);
}
#else
void install() {}
void uninstall() {}
#endif

void arm(std::uint64_t seed, const std::string &seedPath, const std::string &text)
{
    std::snprintf(designPath, sizeof designPath, "%s", seedPath.c_str());
    design = text.data();
    designLength = text.size();
    const int n = std::snprintf(message, sizeof message,
                                "\ntst_property: crashed while analysing seed %llu; its design: %s\n",
                                static_cast<unsigned long long>(seed), seedPath.c_str());
    messageLength = n > 0 ? std::min<std::size_t>(std::size_t(n), sizeof message - 1) : 0;
}

void disarm()
{
    messageLength = 0;
}
} // namespace crash

QString outDir()
{
    const QByteArray env = qgetenv("CLUSTERNET_PROPERTY_OUT");
    return env.isEmpty() ? QCoreApplication::applicationDirPath() + "/property-failures"
                         : QString::fromLocal8Bit(env);
}

bool writeText(const QString &path, const std::string &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           f.write(text.data(), qint64(text.size())) == qint64(text.size());
}

std::map<std::string, int> countKeys(const std::vector<Finding> &findings)
{
    std::map<std::string, int> out;
    for (const Finding &f : findings)
        ++out[findingKey(f)];
    return out;
}

// Keys in `a` more often than in `b`, with the surplus.
std::vector<std::string> surplus(const std::map<std::string, int> &a,
                                 const std::map<std::string, int> &b)
{
    std::vector<std::string> out;
    for (const auto &[key, n] : a) {
        auto it = b.find(key);
        for (int i = it == b.end() ? 0 : it->second; i < n; ++i)
            out.push_back(key);
    }
    return out;
}

} // namespace

class TestProperty : public QObject
{
    Q_OBJECT
private slots:
    void realAnalysisMatchesReference();
};

void TestProperty::realAnalysisMatchesReference()
{
    const TemplateLibrary lib = TemplateLibrary::scan({}, true); // built-ins only
    const QString dir = outDir();
    QVERIFY2(QDir().mkpath(dir), qPrintable(dir));

    QStringList failing, generatorBugs;
    std::map<std::string, int> differencesByKind; // "missing spof", "extra double-fault", ...
    qint64 referenceNs = 0, realNs = 0;
    QElapsedTimer total, clock;
    total.start();
    crash::install();
    for (std::uint64_t seed = g_first; seed < g_first + g_seeds; ++seed) {
        const QString seedPath = QDir(dir).filePath(QString("seed-%1.cluster.yaml").arg(seed));
        QFile::remove(seedPath); // from an earlier run
        const std::string text = saveDesignToString(randomDesign(seed));
        const std::string label = "seed-" + std::to_string(seed) + ".cluster.yaml";
        const LoadResult loaded = DesignLoader(lib).loadText(text, label);
        if (!loaded.ok()) {
            // The generator must make designs a user could write: this is its bug.
            writeText(seedPath, text);
            qWarning("seed %llu: the loader refuses the generated design (generator bug): %s\n  %s",
                     static_cast<unsigned long long>(seed), loaded.error->format().c_str(),
                     qPrintable(seedPath));
            generatorBugs << QString::number(seed);
            continue;
        }
        const Design &design = *loaded.design;

        std::vector<Finding> expected, actual;
        QString problem;
        clock.start();
        try {
            expected = ReferenceAnalysis(design, lib).findings(2);
        } catch (const std::exception &e) {
            problem = QString("the reference failed: %1").arg(e.what());
        }
        referenceNs += clock.nsecsElapsed();

        crash::arm(seed, seedPath.toStdString(), text);
        clock.start();
        actual = failureFindings(validate(design, lib, ValidationOptions{2}));
        realNs += clock.nsecsElapsed();
        crash::disarm();

        const auto want = countKeys(expected), got = countKeys(actual);
        const auto missing = surplus(want, got), extra = surplus(got, want);
        if (problem.isEmpty() && missing.empty() && extra.empty())
            continue;
        failing << QString::number(seed);
        writeText(seedPath, text);
        QString report =
            QString("seed %1: %2 missing, %3 extra (reference vs program, failures 2): %4")
                .arg(seed)
                .arg(missing.size())
                .arg(extra.size())
                .arg(seedPath);
        if (!problem.isEmpty())
            report += "\n  " + problem;
        const int shown = 12;
        int n = 0;
        for (const auto *list : {&missing, &extra}) {
            const char *what = list == &missing ? "missing" : "extra";
            for (const auto &key : *list) {
                ++differencesByKind[std::string(what) + " " + key.substr(0, key.find(' '))];
                if (n++ < shown)
                    report += QString("\n  %1: %2").arg(what, QString::fromStdString(key));
            }
        }
        if (n > shown)
            report += QString("\n  ... and %1 more").arg(n - shown);
        qWarning("%s", qPrintable(report));
    }
    crash::uninstall();

    QStringList kinds;
    for (const auto &[kind, count] : differencesByKind)
        kinds << QString("%1 %2").arg(count).arg(QString::fromStdString(kind));
    qInfo("seeds %llu..%llu: %lld failing (%.1f%%), %lld generator bugs; %s; reference %lld ms, "
          "program %lld ms, total %lld ms",
          static_cast<unsigned long long>(g_first),
          static_cast<unsigned long long>(g_first + g_seeds - 1), qint64(failing.size()),
          g_seeds ? 100.0 * double(failing.size()) / double(g_seeds) : 0.0,
          qint64(generatorBugs.size()),
          kinds.isEmpty() ? "no differences" : qPrintable(kinds.join(", ")), referenceNs / 1000000,
          realNs / 1000000,
          total.elapsed());
    QVERIFY2(generatorBugs.isEmpty(),
             qPrintable("generated designs the loader refuses, seeds: " + generatorBugs.join(" ")));
    QVERIFY2(failing.isEmpty(), qPrintable(QString("%1 failing seeds (designs in %2): %3")
                                               .arg(failing.size())
                                               .arg(dir, failing.join(" "))));
}

namespace {

bool parseCount(const char *text, std::uint64_t &out)
{
    char *end = nullptr;
    const unsigned long long v = std::strtoull(text, &end, 10);
    if (!text[0] || *end)
        return false;
    out = v;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const QByteArray v = qgetenv("CLUSTERNET_PROPERTY_SEEDS");
        !v.isEmpty() && !parseCount(v.constData(), g_seeds))
        qFatal("CLUSTERNET_PROPERTY_SEEDS is not a number: %s", v.constData());
    if (const QByteArray v = qgetenv("CLUSTERNET_PROPERTY_FIRST");
        !v.isEmpty() && !parseCount(v.constData(), g_first))
        qFatal("CLUSTERNET_PROPERTY_FIRST is not a number: %s", v.constData());
    // Our options come out; the rest goes to Qt Test.
    std::vector<char *> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const bool seeds = std::strcmp(argv[i], "--seeds") == 0;
        const bool first = std::strcmp(argv[i], "--first") == 0;
        if (!seeds && !first) {
            rest.push_back(argv[i]);
            continue;
        }
        if (i + 1 >= argc || !parseCount(argv[i + 1], seeds ? g_seeds : g_first))
            qFatal("%s needs a number", argv[i]);
        ++i;
    }
    // A long run (--seeds 100000) is not a hung test: lift Qt Test's per-function watchdog
    // unless the caller set one.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(7 * 24 * 3600 * 1000LL));
    TestProperty test;
    return QTest::qExec(&test, int(rest.size()), rest.data());
}

#include "tst_property.moc"
