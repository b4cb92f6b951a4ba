#include "document/Autosave.h"

#include "io/DesignSaver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace cn {
namespace {

const char *const kOriginTag = "# clusternet autosave of: ";

} // namespace

QString autosaveFolder()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + "/clusternet/autosave";
    QDir().mkpath(dir);
    return dir;
}

QString autosavePathFor(const QString &documentPath)
{
    const QString key = documentPath.isEmpty() ? QStringLiteral("untitled") : QFileInfo(documentPath).absoluteFilePath();
    const QString hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return autosaveFolder() + "/" + hash + ".cluster.yaml";
}

bool writeAutosave(const Design &design, const QString &documentPath, QString *error)
{
    // The origin goes in a comment, so the copy stays a design the loader reads as it is.
    const QString origin = documentPath.isEmpty() ? QString() : QFileInfo(documentPath).absoluteFilePath();
    const std::string text = kOriginTag + origin.toStdString() + "\n" + saveDesignToString(design);
    QFile probe(autosavePathFor(documentPath) + ".tmp");
    if (!probe.open(QIODevice::WriteOnly) || probe.write(text.data(), qint64(text.size())) != qint64(text.size())) {
        if (error)
            *error = probe.errorString();
        return false;
    }
    probe.close();
    QFile::remove(autosavePathFor(documentPath));
    return QFile::rename(probe.fileName(), autosavePathFor(documentPath));
}

void removeAutosave(const QString &documentPath) { QFile::remove(autosavePathFor(documentPath)); }

QStringList pendingAutosaves()
{
    QDir dir(autosaveFolder());
    QStringList out;
    for (const QFileInfo &f : dir.entryInfoList({"*.cluster.yaml"}, QDir::Files, QDir::Time))
        out << f.absoluteFilePath();
    return out;
}

QString autosaveOrigin(const QString &autosavePath)
{
    QFile f(autosavePath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString first = QString::fromUtf8(f.readLine()).trimmed();
    const QString tag = QString::fromLatin1(kOriginTag).trimmed();
    if (!first.startsWith(tag))
        return {};
    return first.mid(tag.size()).trimmed();
}

} // namespace cn
