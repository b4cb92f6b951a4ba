#pragma once
// The program under test, and the tools that read what it writes, run as processes of their
// own: headless, in English, with settings of their own (never those of the user running the
// tests). Shared by the command-line suites.

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

struct Run {
    int code = -1; // -1: crashed, or did not finish within two minutes
    QString out, err;
};

// Offscreen sets QT_QPA_PLATFORM; Unset leaves it out, for commands that must choose the
// offscreen platform by themselves (export).
enum class Platform { Offscreen, Unset };

inline Run runProgram(const QString &program, const QStringList &args,
                      Platform platform = Platform::Offscreen,
                      QProcessEnvironment env = QProcessEnvironment::systemEnvironment(),
                      const QString &workDir = QString())
{
    env.remove("DISPLAY");
    if (platform == Platform::Offscreen)
        env.insert("QT_QPA_PLATFORM", "offscreen");
    else
        env.remove("QT_QPA_PLATFORM");
    env.insert("LC_ALL", "C");
    env.insert("XDG_CONFIG_HOME", QDir::tempPath() + "/clusternet-test-config");
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
