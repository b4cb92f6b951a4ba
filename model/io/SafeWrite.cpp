#include "io/SafeWrite.h"

#include "io/YamlGuard.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace cn
{
namespace
{

class SafeWrite
{
    Q_DECLARE_TR_FUNCTIONS(SafeWrite)
public:
    // Returns QString (callers convert): lupdate takes "std::string f()" for context "std".
    static QString failed(const std::string &path, const QString &why, bool existed)
    {
        const QString p = QString::fromStdString(path);
        return (existed ? tr("cannot write %1: %2; the file is unchanged")
                        : tr("cannot write %1: %2; nothing was written"))
            .arg(p, why);
    }
    static QString diskFull() { return tr("No space left on device"); }
    static QString notRegular(const std::string &kind)
    {
        return tr("it is %1, not a regular file").arg(QString::fromStdString(kind));
    }
    static QString settingsFailed(const QString &file)
    {
        return tr("cannot save the settings to %1: the disk may be full or the folder read-only; "
                  "the previous settings are kept")
            .arg(file);
    }
};

WriteFaultHook &hook()
{
    static WriteFaultHook h;
    return h;
}

const char *stageName(WriteStage s)
{
    switch (s) {
    case WriteStage::Open:
        return "open";
    case WriteStage::Write:
        return "write";
    case WriteStage::Flush:
        return "flush";
    case WriteStage::Sync:
        return "sync";
    case WriteStage::Commit:
        return "commit";
    case WriteStage::Settings:
        return "settings";
    }
    return "";
}

bool injected(WriteStage stage, const std::string &path)
{
    if (hook() && hook()(stage, path))
        return true;
    static const QByteArray env = qgetenv("CLUSTERNET_FAIL_WRITE");
    return !env.isEmpty() && env == stageName(stage);
}

} // namespace

WriteFaultHook setWriteFaultHook(WriteFaultHook h)
{
    WriteFaultHook previous = std::move(hook());
    hook() = std::move(h);
    return previous;
}

std::string writeFileAtomically(const std::string &path, const std::string &bytes)
{
    const QString name = QString::fromStdString(path);
    const bool existed = QFileInfo::exists(name);
    // Never a temporary file renamed over a device, a FIFO or a directory (as root, over
    // /dev/null).
    if (const auto kind = nonRegularKind(path))
        return SafeWrite::failed(path, SafeWrite::notRegular(*kind), true).toStdString();
    QSaveFile file(name);
    auto fail = [&](const QString &why) {
        file.cancelWriting();
        return SafeWrite::failed(path, why, existed).toStdString();
    };
    // Unbuffered: each write reaches the file at once, so a full disk fails the write itself.
    if (injected(WriteStage::Open, path))
        return fail(SafeWrite::diskFull());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(file.errorString());
    qint64 done = 0;
    while (done < qint64(bytes.size())) {
        const qint64 n = injected(WriteStage::Write, path)
                             ? -1
                             : file.write(bytes.data() + done, qint64(bytes.size()) - done);
        if (n <= 0)
            return fail(n < 0 && file.error() != QFileDevice::NoError ? file.errorString()
                                                                      : SafeWrite::diskFull());
        done += n;
    }
    if (injected(WriteStage::Flush, path) || !file.flush())
        return fail(file.error() != QFileDevice::NoError ? file.errorString()
                                                         : SafeWrite::diskFull());
    // Some file systems report a full disk or an I/O error only when the data is synced.
    if (injected(WriteStage::Sync, path))
        return fail(SafeWrite::diskFull());
    if (file.handle() >= 0 && ::fsync(file.handle()) != 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    if (injected(WriteStage::Commit, path))
        return fail(SafeWrite::diskFull());
    if (!file.commit())
        return SafeWrite::failed(path, file.errorString(), existed).toStdString();
    return {};
}

std::string syncSettings(QSettings &settings)
{
    settings.sync();
    if (settings.status() != QSettings::NoError ||
        injected(WriteStage::Settings, settings.fileName().toStdString()))
        return SafeWrite::settingsFailed(settings.fileName()).toStdString();
    return {};
}

} // namespace cn
