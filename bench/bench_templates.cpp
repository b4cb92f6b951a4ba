// Template loading at the scale of the NetBox device-type library (../shared/netbox-library
// when present), at 1×, 2× and 4× its size (copies of its device-types/ folder side by side).
// Prints Markdown tables for docs/performance.md. Not a test: no limits are asserted here.
// The index is built in process twice: on idealThreadCount() threads and on one.
//
//   bench_templates [--library DIR] [--binary PATH] [--runs N] [--copies 1,2,4]
//                   [--under devices]   (the copies under devices/: for the program as it was
//                                        before it read device-types/ folders)
//                   [--distinct]        (copies with models and slugs renamed: none shadows
//                   another)
#include "Timing.h"
#include "templates/TemplateIndex.h"
#include "templates/TemplateLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

using namespace cn;

namespace
{

const char *const kDesign = R"(format: clusternet/1
design: {title: Two library switches}
networks:
  - {id: mgmt, roles: [management]}
  - {id: csv, roles: [csv, heartbeat]}
devices:
  - {id: hv01, type: host, cluster: c1, adapters: [{id: lom, speed: 10G, ports: [p1, p2]}], bindings: [{via: lom/p1, networks: [mgmt]}, {via: lom/p2, networks: [csv]}]}
  - {id: hv02, type: host, cluster: c1, adapters: [{id: lom, speed: 10G, ports: [p1, p2]}], bindings: [{via: lom/p1, networks: [mgmt]}, {via: lom/p2, networks: [csv]}]}
  - {id: nx1, type: switch, model: Nexus 93180YC-FX}
  - {id: cat1, type: switch, model: Catalyst 9300-48P}
links:
  - {a: hv01:lom/p1, b: cat1:GigabitEthernet1/0/1}
  - {a: hv02:lom/p1, b: cat1:GigabitEthernet1/0/2}
  - {a: hv01:lom/p2, b: nx1:Ethernet1/1}
  - {a: hv02:lom/p2, b: nx1:Ethernet1/2}
  - {a: nx1:Ethernet1/48, b: cat1:GigabitEthernet1/0/48}
)";

// A folder whose device-types/ (or `under`) holds `copies` copies of the library's
// manufacturers' folders: real folders of links to the library's files (a listing that does
// not follow links to folders still sees them). With `distinct`, every copy after the first is
// written with its models and slugs renamed, so no copy shadows another: a step that compares
// names pairwise shows its square there.
bool makeCopies(const QString &library, int copies, const QString &root, const QString &under,
                bool distinct)
{
    static const QRegularExpression model("^(model|slug): *(['\"]?)(.*?)\\2 *$",
                                          QRegularExpression::MultilineOption);
    for (int c = 1; c <= copies; ++c) {
        const QString dir = root + QString("/%1/copy%2").arg(under).arg(c);
        QDirIterator it(library + "/device-types", QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString target =
                dir + "/" + QDir(library + "/device-types").relativeFilePath(file);
            if (!QDir().mkpath(QFileInfo(target).absolutePath()))
                return false;
            if (c == 1 || !distinct) {
                if (!QFile::link(file, target))
                    return false;
                continue;
            }
            QFile in(file), out(target);
            if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
                return false;
            QString text = QString::fromUtf8(in.readAll());
            text.replace(model, QString("\\1: \\2\\3-copy%1\\2").arg(c));
            out.write(text.toUtf8());
        }
    }
    return true;
}

struct Timed {
    double ms = 0;    // median wall time
    double cpuMs = 0; // median processor time (user and system): steadier on a loaded machine
    double peakMib = 0;
    int exitCode = 0;
    QString cell() const
    {
        // A run that failed is no figure: say so.
        return QString("%1 (%2)").arg(ms, 0, 'f', 0).arg(cpuMs, 0, 'f', 0) +
               (exitCode > 1 ? QString(" exit %1").arg(exitCode) : QString());
    }
};

// One run of `program args...` with its output thrown away: wall and processor time, peak
// memory and exit code (posix_spawn and wait4).
Timed runOnce(const QString &program, const QStringList &args)
{
    std::vector<QByteArray> storage{program.toLocal8Bit()};
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    Timed t;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        t.ms = double(timer.nsecsElapsed()) / 1e6;
        t.cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
                  (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
        t.peakMib = double(usage.ru_maxrss) / 1024.0;
        t.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 99;
    } else {
        t.exitCode = 99;
    }
    posix_spawn_file_actions_destroy(&actions);
    return t;
}

// `runs` runs of the program with a fresh cache folder each time (a first run) or one cache
// folder kept (after a first run that is not counted).
Timed runProgram(int runs, const QString &binary, const QStringList &args, const QString &path,
                 bool cold, const QString &scratch)
{
    qputenv("CLUSTERNET_TEMPLATE_PATH", path.toUtf8());
    std::vector<double> wall, cpu;
    Timed result;
    const QString warmCache = scratch + "/cache-warm";
    QDir(warmCache).removeRecursively();
    if (!cold) {
        qputenv("XDG_CACHE_HOME", warmCache.toUtf8());
        runOnce(binary, args);
    }
    for (int i = 0; i < runs; ++i) {
        const QString cache = cold ? scratch + QString("/cache-cold-%1").arg(i) : warmCache;
        qputenv("XDG_CACHE_HOME", cache.toUtf8());
        const Timed r = runOnce(binary, args);
        wall.push_back(r.ms);
        cpu.push_back(r.cpuMs);
        result.peakMib = std::max(result.peakMib, r.peakMib);
        result.exitCode = std::max(result.exitCode, r.exitCode);
        if (cold)
            QDir(cache).removeRecursively();
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    result.ms = wall[wall.size() / 2];
    result.cpuMs = cpu[cpu.size() / 2];
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QString library = QStringLiteral(CLUSTERNET_SOURCE_DIR "/../shared/netbox-library");
    QString binary = QStringLiteral(CLUSTERNET_BINARY);
    int runs = 5;
    QList<int> copies = {1, 2, 4};
    QString under = "device-types"; // "devices" for programs that know no other folder
    bool distinct = false;
    for (int i = 1; i < args.size(); ++i) {
        if (i + 1 < args.size() && args[i] == "--library")
            library = args[++i];
        else if (i + 1 < args.size() && args[i] == "--binary")
            binary = args[++i];
        else if (args[i] == "--distinct")
            distinct = true;
        else if (i + 1 < args.size() && args[i] == "--under")
            under = args[++i];
        else if (i + 1 < args.size() && args[i] == "--runs")
            runs = std::max(1, args[++i].toInt());
        else if (i + 1 < args.size() && args[i] == "--copies") {
            copies.clear();
            for (const QString &c : args[++i].split(','))
                copies << c.toInt();
        }
    }
    if (!QFileInfo(library + "/device-types").isDir()) {
        out << "No library at " << library << " (../shared/netbox-library): nothing to measure.\n";
        return 0;
    }
    library = QFileInfo(library).canonicalFilePath();
    QTemporaryDir scratch;

    // The same design twice: once to take its two models from the library on the path, once
    // with their two files beside it (devices/) and no library on the path.
    const QString design = scratch.filePath("with-library/design.cluster.yaml");
    const QString bare = scratch.filePath("without-library/design.cluster.yaml");
    for (const QString &file : {design, bare}) {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        f.write(kDesign);
    }
    QDir().mkpath(scratch.filePath("without-library/devices"));
    for (const char *model : {"Cisco/N9K-C93180YC-FX.yaml", "Cisco/C9300-48P.yaml"})
        QFile::copy(library + "/device-types/" + model,
                    scratch.filePath("without-library/devices/") + QFileInfo(model).fileName());
    const QString pdf = scratch.filePath("out.pdf");

    out << "Process columns: wall ms (processor ms, user and system), medians.\n\n";
    out << "| copies | files | index built in process ms | one thread | index checked in process "
           "ms | "
           "`templates` first run ms | MiB | `templates` ms | MiB | `check` ms | without library | "
           "`export` ms | without library |\n";

    out << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (int n : copies) {
        const QString root = scratch.filePath(QString("library-x%1").arg(n));
        if (!makeCopies(library, n, root, under, distinct)) {
            out << "cannot make the copies in " << root << '\n';
            return 2;
        }
        TemplateIndexStats stats;
        const QString inProcessCache = scratch.filePath("cache-in-process");
        qputenv("XDG_CACHE_HOME", inProcessCache.toUtf8());
        const double buildMs = bench::medianMs(runs, [&] {
            QDir(inProcessCache).removeRecursively();
            TemplateIndex::forgetMemo();
            TemplateIndex::load(root.toStdString(), &stats);
        });
        const int files = stats.files;
        // The same with the files parsed one after the other: what the threads gain.
        const double buildOneMs = bench::medianMs(runs, [&] {
            QDir(inProcessCache).removeRecursively();
            TemplateIndex::forgetMemo();
            TemplateIndex::load(root.toStdString(), &stats, 1);
        });
        const double checkMs = bench::medianMs(runs, [&] {
            TemplateIndex::forgetMemo(); // a new process: the index file is read and checked
            TemplateIndex::load(root.toStdString(), &stats);
        });
        const Timed cold = runProgram(runs, binary, {"templates"}, root, true, scratch.path());
        const Timed warm = runProgram(runs, binary, {"templates"}, root, false, scratch.path());
        const Timed check =
            runProgram(runs, binary, {"check", design}, root, false, scratch.path());
        const Timed checkBare =
            runProgram(runs, binary, {"check", bare}, QString(), false, scratch.path());
        const Timed exp =
            runProgram(runs, binary, {"export", design, "-o", pdf}, root, false, scratch.path());
        const Timed expBare =
            runProgram(runs, binary, {"export", bare, "-o", pdf}, QString(), false, scratch.path());
        out << QString("| %1× | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 | %13 |\n")
                   .arg(n)
                   .arg(files)
                   .arg(buildMs, 0, 'f', 0)
                   .arg(buildOneMs, 0, 'f', 0)
                   .arg(checkMs, 0, 'f', 1)
                   .arg(cold.cell())
                   .arg(cold.peakMib, 0, 'f', 0)
                   .arg(warm.cell())
                   .arg(warm.peakMib, 0, 'f', 0)
                   .arg(check.cell())
                   .arg(checkBare.cell())
                   .arg(exp.cell())
                   .arg(expBare.cell());
        out.flush();
    }
    out << "\n(`check` and `export` of a design with two hosts, a Nexus 93180YC-FX and a Catalyst "
           "9300-48P, "
           "with the library on CLUSTERNET_TEMPLATE_PATH and its index built, and without the "
           "library (the "
           "two models' files beside the design instead). Medians of " +
               QString::number(runs) + " runs.)\n";
    return 0;
}
