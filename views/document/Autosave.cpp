#include "document/Autosave.h"

#include "io/DesignSaver.h"
#include "io/SafeWrite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

namespace cn
{
namespace
{

class Autosave
{
    Q_DECLARE_TR_FUNCTIONS(Autosave)
};

const char *const kOriginTag = "# clusternet autosave of: ";

QString lockPathOf(const QString &copy)
{
    return copy + ".lock";
}
QString markerPathOf(const QString &copy)
{
    return copy + ".recovering";
}

QString keyOf(const QString &documentPath)
{
    const QString key = documentPath.isEmpty() ? QStringLiteral("untitled")
                                               : QFileInfo(documentPath).absoluteFilePath();
    return QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

// Whether a running session holds the copy. Only a live process counts: an old lock whose
// owner still runs is held, however long ago it was taken.
bool heldByRunningSession(const QString &copy)
{
    QLockFile lock(lockPathOf(copy));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return true;
    lock.unlock();
    return false;
}

} // namespace

QString autosaveFolder()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                        "/clusternet/autosave";
    QDir().mkpath(dir);
    return dir;
}

int autosaveIntervalMs()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("CLUSTERNET_AUTOSAVE_SECONDS", &ok);
    return ok && seconds > 0 ? seconds * 1000 : 30000;
}

QString autosaveOrigin(const QString &copyPath)
{
    QFile f(copyPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString first = QString::fromUtf8(f.readLine()).trimmed();
    const QString tag = QString::fromLatin1(kOriginTag).trimmed();
    if (!first.startsWith(tag))
        return {};
    return first.mid(tag.size()).trimmed();
}

bool readRecoveryCopy(const QString &copyPath, std::string &text, QString *error)
{
    QFile f(copyPath);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    text = f.readAll().toStdString();
    if (text.rfind(kOriginTag, 0) == 0) {
        const std::size_t nl = text.find('\n');
        text.erase(0, nl == std::string::npos ? text.size() : nl + 1);
    }
    return true;
}

QList<RecoveryCopy> leftCopies()
{
    QList<RecoveryCopy> out;
    const QDir dir(autosaveFolder());
    for (const QFileInfo &f : dir.entryInfoList({"*.cluster.yaml"}, QDir::Files, QDir::Time)) {
        const QString path = f.absoluteFilePath();
        if (heldByRunningSession(path))
            continue;
        out.append(
            {path, autosaveOrigin(path), f.lastModified(), QFileInfo::exists(markerPathOf(path))});
    }
    return out;
}

QList<RecoveryCopy> leftCopiesOf(const QString &documentPath)
{
    const QString origin = QFileInfo(documentPath).absoluteFilePath();
    QList<RecoveryCopy> out;
    for (const RecoveryCopy &c : leftCopies())
        if (!c.origin.isEmpty() && QFileInfo(c.origin).absoluteFilePath() == origin)
            out.append(c);
    return out;
}

void removeCopy(const QString &copyPath)
{
    QFile::remove(copyPath);
    QFile::remove(markerPathOf(copyPath));
}

void markRecovering(const QString &copyPath)
{
    // The note must be on disk before the attempt that may crash.
    writeFileAtomically(markerPathOf(copyPath).toStdString(), "recovering\n");
}

void clearRecovering(const QString &copyPath)
{
    QFile::remove(markerPathOf(copyPath));
}

Autosaver::Autosaver() : m_session(QUuid::createUuid().toString(QUuid::Id128).left(12)) {}

Autosaver::~Autosaver() = default;

bool Autosaver::write(const Design &design, const QString &documentPath, QString *error)
{
    const QString origin =
        documentPath.isEmpty() ? QString() : QFileInfo(documentPath).absoluteFilePath();
    QString path = m_path;
    if (m_path.isEmpty() || m_origin != origin)
        path = autosaveFolder() + "/" + keyOf(documentPath) + "-" + m_session + ".cluster.yaml";
    std::unique_ptr<QLockFile> lock;
    if (path != m_path) {
        lock = std::make_unique<QLockFile>(lockPathOf(path));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            if (error)
                *error = Autosave::tr("the copy %1 is in use by another clusternet").arg(path);
            return false;
        }
    }
    // The origin goes in a comment line, which readRecoveryCopy() takes off again.
    const std::string text = kOriginTag + origin.toStdString() + "\n" + saveDesignToString(design);
    const std::string failure = writeFileAtomically(path.toStdString(), text);
    if (!failure.empty()) {
        if (error)
            *error = QString::fromStdString(failure);
        return false;
    }
    if (path != m_path) {
        discard();
        m_path = path;
        m_lock = std::move(lock);
    }
    m_origin = origin;
    return true;
}

void Autosaver::discard()
{
    if (m_path.isEmpty())
        return;
    removeCopy(m_path);
    m_lock.reset(); // unlocks and removes the lock file
    m_path.clear();
}

bool Autosaver::adopt(const QString &copyPath)
{
    auto lock = std::make_unique<QLockFile>(lockPathOf(copyPath));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    discard();
    m_path = copyPath;
    m_origin = autosaveOrigin(copyPath);
    m_lock = std::move(lock);
    return true;
}

} // namespace cn
