// Benchmarks of the analysis on synthetic designs from 8 to 256 hosts. Prints a Markdown table
// of medians; used for docs/performance.md. Not a test: no limits are asserted here.
//
//   bench_analysis [--sizes 8,16,64] [--runs N] [--binary PATH] [--failures 1]   measure
//                 (--failures 1 skips the double failures)
//   bench_analysis --write HOSTS FILE                               write a synthetic design
#include "io/DesignSaver.h"
#include "SyntheticDesign.h"
#include "Timing.h"
#include "templates/TemplateLibrary.h"
#include "analysis/Validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace cn;

using bench::medianMs;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    QTextStream out(stdout);
    const TemplateLibrary templates = TemplateLibrary::scan({});

    if (args.size() == 4 && args[1] == "--write") {
        bench::SyntheticParams p;
        p.hosts = args[2].toInt();
        const std::string error = saveDesignToFile(bench::makeSyntheticDesign(p), args[3].toStdString());
        if (!error.empty()) {
            out << QString::fromStdString(error) << '\n';
            return 2;
        }
        return 0;
    }

    QList<int> sizes = {8, 16, 32, 64, 128, 256};
    int runs = 15;
    QString binary;
    int maxFailures = 2;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == "--sizes") {
            sizes.clear();
            for (const QString &s : args[i + 1].split(','))
                sizes << s.toInt();
        } else if (args[i] == "--runs") {
            runs = args[i + 1].toInt();
        } else if (args[i] == "--failures") {
            maxFailures = args[i + 1].toInt();
        } else if (args[i] == "--binary") {
            binary = args[i + 1];
        }
    }

    QTemporaryDir dir;
    out << "| hosts | switches | links | findings (1) | single failures ms | findings (2) | "
           "double failures ms | `check` ms | `check` MiB | `check --failures 2` ms | "
           "`check --failures 2` MiB |\n";
    out << "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (int hosts : sizes) {
        bench::SyntheticParams p;
        p.hosts = hosts;
        const Design d = bench::makeSyntheticDesign(p);
        int switches = 0;
        for (const auto &dev : d.devices)
            switches += dev.isSwitch();
        std::size_t single = 0, twice = 0;
        const double singleMs = medianMs(runs, [&] { single = validate(d, templates, {1}).size(); });
        const int doubleRuns = std::max(1, hosts >= 128 ? 3 : runs / 3);
        const double doubleMs =
            maxFailures < 2 ? 0.0 : medianMs(doubleRuns, [&] { twice = validate(d, templates, {2}).size(); });
        QString process[4] = {"–", "–", "–", "–"};
        if (!binary.isEmpty()) {
            const QString file = dir.filePath(QString("synthetic-%1.cluster.yaml").arg(hosts));
            saveDesignToFile(d, file.toStdString());
            const auto one = bench::runProcess(std::max(3, runs / 3), binary, {"check", file});
            process[0] = QString::number(one.ms, 'f', 1);
            process[1] = QString::number(one.peakMib, 'f', 0);
            if (maxFailures >= 2) {
                const auto two = bench::runProcess(doubleRuns, binary, {"check", file, "--failures", "2"});
                process[2] = QString::number(two.ms, 'f', 1);
                process[3] = QString::number(two.peakMib, 'f', 0);
            }
        }
        out << "| " << hosts << " | " << switches << " | " << d.links.size() << " | " << single
            << " | " << QString::number(singleMs, 'f', 2) << " | " << twice << " | "
            << QString::number(doubleMs, 'f', 1) << " | " << process[0] << " | " << process[1] << " | "
            << process[2] << " | " << process[3] << " |\n";
        out.flush();
    }
    return 0;
}
