// Fuzzing the design loader with seeded mutations of every design in tests/data: no crash, no
// hang, every error placed inside the text, every design that loads saves and loads again.
// The checks are LLVMFuzzerTestOneInput's (LoaderFuzzTarget.cpp), the same as under libFuzzer.
//
// Environment: CLUSTERNET_FUZZ_SEED (default 1), CLUSTERNET_FUZZ_ITERATIONS (default 3000),
// CLUSTERNET_FUZZ_WATCHDOG_S (default 120: a load running longer is reported as a hang),
// CLUSTERNET_FUZZ_REPLAY=FILE[:FILE...] (the replay test loads those files).
#include "LoaderFuzzTarget.h"
#include "Mutator.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <QtTest>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CLUSTERNET_FUZZ_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define CLUSTERNET_FUZZ_ASAN 1
#endif
#ifdef CLUSTERNET_FUZZ_ASAN
// Sanitizer reports end in abort(), whose handler below saves and names the input, also when
// the test runs by hand without ASAN_OPTIONS/UBSAN_OPTIONS (those still override).
extern "C" const char *__asan_default_options() { return "abort_on_error=1"; }
extern "C" const char *__ubsan_default_options() { return "abort_on_error=1:print_stacktrace=1"; }
#endif

using namespace cn::fuzz;

namespace {

// Before each load the driver notes the input and a line naming it, so that whatever stops the
// process (an abort, a signal, a sanitizer report, the watchdog) can save the input to a file
// and name it with async-signal-safe calls only; nothing is written while all goes well.
const char *g_input = nullptr;
std::size_t g_inputSize = 0;
char g_inputPath[1024];
char g_where[2048];
std::atomic<bool> g_saved{false};

void say(const char *text)
{
    [[maybe_unused]] const ssize_t n = ::write(STDERR_FILENO, text, std::strlen(text));
}

void saveInput()
{
    if (g_saved.exchange(true) || !g_input)
        return;
    const int fd = ::open(g_inputPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    bool ok = fd >= 0;
    for (std::size_t done = 0; ok && done < g_inputSize;) {
        const ssize_t n = ::write(fd, g_input + done, g_inputSize - done);
        ok = n > 0;
        done += ok ? std::size_t(n) : 0;
    }
    if (fd >= 0)
        ::close(fd);
    if (!ok)
        say("loader fuzz: could not save the input to the file named next\n");
    say(g_where);
}

void onDeadlySignal(int sig)
{
    saveInput();
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void onBrokenPromise(const std::string &problem)
{
    std::fprintf(stderr, "loader fuzz: %s\n", problem.c_str());
    std::fflush(stderr);
    saveInput();
}

qint64 envNumber(const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok ? value : fallback;
}

// Reports a load that does not come back. It only looks every second: no load is slowed down
// and the limit is a hang detector, never a measure of speed.
class Watchdog
{
public:
    explicit Watchdog(int limitSeconds) : m_limitMs(qint64(limitSeconds) * 1000)
    {
        m_thread.reset(QThread::create([this] { watch(); }));
        m_thread->start();
    }
    ~Watchdog()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_stop = true;
            m_wake.wakeAll();
        }
        m_thread->wait();
    }
    void begin()
    {
        m_generation.fetchAndAddOrdered(1);
        m_busy.storeRelease(1);
    }
    void end() { m_busy.storeRelease(0); }

private:
    void watch()
    {
        QMutexLocker lock(&m_mutex);
        quint64 seen = 0;
        qint64 since = 0;
        QElapsedTimer clock;
        clock.start();
        while (!m_stop) {
            m_wake.wait(&m_mutex, QDeadlineTimer(1000));
            const quint64 generation = m_generation.loadAcquire();
            if (!m_busy.loadAcquire() || generation != seen) {
                seen = generation;
                since = clock.elapsed();
                continue;
            }
            if (clock.elapsed() - since > m_limitMs) {
                std::fprintf(stderr,
                             "loader fuzz: a load has not come back after %lld s: it hangs\n",
                             static_cast<long long>(m_limitMs / 1000));
                std::fflush(stderr);
                saveInput();
                std::abort();
            }
        }
    }

    const qint64 m_limitMs;
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stop = false;
    QAtomicInteger<quint64> m_generation = 0;
    QAtomicInteger<int> m_busy = 0;
};

struct Seed {
    QString name; // relative to tests/data
    std::string text;
};

} // namespace

class TestLoaderFuzz : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void checkerRejectsMisplacedMessages();
    void corpusAsIs();
    void mutants();
    void replay();

private:
    // Loads `text` through the fuzz entry, which aborts on a broken promise.
    void run(const std::string &text, const QString &what);

    std::vector<Seed> m_corpus;
    std::unique_ptr<Watchdog> m_watchdog;
};

void TestLoaderFuzz::initTestCase()
{
    const QString data = QStringLiteral(CLUSTERNET_TEST_DATA);
    QDirIterator it(data, {"*.cluster.yaml"}, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    int bad = 0;
    for (const QString &path : paths) {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QString name = QDir(data).relativeFilePath(path);
        bad += name.startsWith("bad/");
        m_corpus.push_back({name, f.readAll().toStdString()});
    }
    QVERIFY2(m_corpus.size() >= 50, "the designs in tests/data are the seeds");
    QVERIFY(bad >= 30);

    const QString inputPath =
        QDir(QStringLiteral(CLUSTERNET_FUZZ_OUT)).absoluteFilePath("loader-fuzz-failure.cluster.yaml");
    QFile::remove(inputPath);
    std::snprintf(g_inputPath, sizeof g_inputPath, "%s", qPrintable(inputPath));
    setFailureHandler(onBrokenPromise);
    std::signal(SIGABRT, onDeadlySignal);
#ifndef CLUSTERNET_FUZZ_ASAN // AddressSanitizer handles these itself, reports, then aborts
    for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL})
        std::signal(sig, onDeadlySignal);
#endif
    m_watchdog = std::make_unique<Watchdog>(int(envNumber("CLUSTERNET_FUZZ_WATCHDOG_S", 120)));
}

void TestLoaderFuzz::cleanupTestCase()
{
    m_watchdog.reset();
}

void TestLoaderFuzz::run(const std::string &text, const QString &what)
{
    std::snprintf(g_where, sizeof g_where, "loader fuzz: stopped on %s; the input is saved in %s\n",
                  qPrintable(what), g_inputPath);
    g_input = text.data();
    g_inputSize = text.size();
    m_watchdog->begin();
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(text.data()), text.size());
    m_watchdog->end();
    g_input = nullptr;
}

void TestLoaderFuzz::checkerRejectsMisplacedMessages()
{
    const std::string text = "format: clusternet/1\nnetworks: [\n";
    const std::string label = kLabel;
    QVERIFY(diagnosticProblem(label + ":2:12: error: end of flow", "error", text).empty());
    QVERIFY(diagnosticProblem(label + ":3:1: error: at the very end", "error", text).empty());
    QVERIFY(diagnosticProblem(label + ":1:5: warning: unknown key", "warning", text).empty());
    for (const std::string &wrong : {
             std::string("other.yaml:1:1: error: wrong file"),
             label + ": error: no place",
             label + ":0:1: error: line 0",
             label + ":1:0: error: column 0",
             label + ":4:1: error: past the last line",
             label + ":2:13: error: past the end of the line",
             label + ":1:1: error: ",
             label + ":1:1: error: two\nlines",
             label + ":1:1: warning: a warning where an error belongs",
             label + ":-1:1: error: negative",
         })
        QVERIFY2(!diagnosticProblem(wrong, "error", text).empty(), wrong.c_str());
}

void TestLoaderFuzz::corpusAsIs()
{
    for (const Seed &seed : m_corpus)
        run(seed.text, seed.name + " as it is");
}

void TestLoaderFuzz::mutants()
{
    const quint64 seed = quint64(envNumber("CLUSTERNET_FUZZ_SEED", 1));
    const qint64 iterations = envNumber("CLUSTERNET_FUZZ_ITERATIONS", 3000);
    std::vector<std::string> texts;
    for (const Seed &s : m_corpus)
        texts.push_back(s.text);
    Mutator mutator(seed, texts);
    const LoadCounts before = loadCounts();
    std::string log;
    for (qint64 i = 0; i < iterations; ++i) {
        const std::size_t from = std::size_t(i) % m_corpus.size();
        const std::string mutant = mutator.mutate(from, log);
        run(mutant, QStringLiteral("mutant %1 of seed %2 (%3: %4)")
                        .arg(i)
                        .arg(seed)
                        .arg(m_corpus[from].name, QString::fromStdString(log)));
    }
    const long loaded = loadCounts().designs - before.designs;
    const long refused = loadCounts().errors - before.errors;
    qInfo("%lld mutants of seed %llu: %ld loaded, saved and loaded again; %ld refused with a "
          "placed error",
          iterations, seed, loaded, refused);
    // Both ways must be taken, or the mutations are too wild or too tame to test anything.
    QCOMPARE(loaded + refused, long(iterations));
    QVERIFY(iterations == 0 || (loaded > 0 && refused > 0));
}

void TestLoaderFuzz::replay()
{
    const QString files = qEnvironmentVariable("CLUSTERNET_FUZZ_REPLAY");
    if (files.isEmpty())
        QSKIP("set CLUSTERNET_FUZZ_REPLAY=FILE[:FILE...] to load saved inputs");
    for (const QString &path : files.split(':', Qt::SkipEmptyParts)) {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = f.readAll();
        run(bytes.toStdString(), path);
    }
}

QTEST_GUILESS_MAIN(TestLoaderFuzz)
#include "tst_loader_fuzz.moc"
