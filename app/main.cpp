#include "Cli.h"
#include "EscapingDevice.h"
#include "window/MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>

#include <QDir>
#include <QFile>

#include <cstdio>
#include <unistd.h>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName("clusternet");
    QCoreApplication::setApplicationName("clusternet");
    QCoreApplication::setApplicationVersion(CLUSTERNET_VERSION);
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList args = argumentsOf(argc, argv);
    if (cn::cli::isCommandLine(args)) {
        // Headless: no display is needed. Drawing commands paint offscreen.
        std::unique_ptr<QCoreApplication> app;
        if (cn::cli::needsGui(args)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            // Qt warns on every run without a runtime folder; a private one keeps stderr clean.
            if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
                const QString dir = QDir::tempPath() + "/clusternet-runtime-" + QString::number(getuid());
                QDir().mkpath(dir);
                QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", dir.toLocal8Bit());
            }
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        describeApplication();
        cn::installTranslations(*app);
        cn::cli::EscapingDevice outDevice(stdout);
        cn::cli::EscapingDevice errDevice(stderr);
        QTextStream out(&outDevice);
        QTextStream err(&errDevice);
        const int code = cn::cli::run(args, {out, err});
        out.flush();
        err.flush();
        return code;
    }
    QApplication app(argc, argv);
    describeApplication();
    cn::installTranslations(app);
    cn::MainWindow window;
    window.show();
    if (args.size() == 3 && args.at(1) == QLatin1String("--recover"))
        window.recoverCopy(args.at(2));
    else if (args.size() > 1 && !args.at(1).isEmpty())
        window.openFile(args.at(1)); // offers the file's own recovery copies first
    else
        window.offerRecovery();
    return app.exec();
}
