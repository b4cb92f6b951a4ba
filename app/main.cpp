#include "Cli.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
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
        // Headless: no display is needed, so no QGuiApplication.
        QCoreApplication app(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = cn::cli::run(args, {out, err});
        out.flush();
        err.flush();
        return code;
    }
    QApplication app(argc, argv);
    describeApplication();
    cn::MainWindow window;
    window.show();
    if (args.size() > 1)
        window.openFile(args.at(1));
    return app.exec();
}
