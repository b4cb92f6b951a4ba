#pragma once
// Medians of wall times, in process and of whole child processes (with their peak memory,
// through GNU time, /usr/bin/time from the Debian package time).

#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTemporaryFile>

#include <spawn.h>
#include <sys/wait.h>
#include <fcntl.h>

#include <algorithm>
#include <functional>
#include <vector>

namespace cn::bench {

inline double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

struct ProcessRun {
    double ms = 0;      // median wall time
    double peakMib = 0; // largest peak resident memory of the runs
    int exitCode = -1;
};

// Runs `program args...` `runs` times with its output thrown away. The peak memory is the
// child's own, as GNU time reports it: a child spawned by this process would count this
// process's pages too (exec keeps the high-water mark).
inline ProcessRun runProcess(int runs, const QString &program, const QStringList &args)
{
    QTemporaryFile report;
    report.open();
    std::vector<QByteArray> storage{"/usr/bin/time", "-f", "%M", "-o", report.fileName().toLocal8Bit(),
                                    program.toLocal8Bit()};
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
    ProcessRun result;
    const double ms = medianMs(runs, [&] {
        pid_t pid = 0;
        if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
            return;
        int status = 0;
        waitpid(pid, &status, 0);
        result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        QFile f(report.fileName());
        if (f.open(QIODevice::ReadOnly))
            result.peakMib = std::max(result.peakMib, f.readAll().trimmed().toDouble() / 1024.0);
    });
    posix_spawn_file_actions_destroy(&actions);
    result.ms = ms;
    return result;
}

} // namespace cn::bench
