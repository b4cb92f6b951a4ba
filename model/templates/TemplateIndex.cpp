#include "templates/TemplateIndex.h"

#include "io/SafeWrite.h"
#include "io/YamlGuard.h"
#include "templates/TemplateReader.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <unordered_map>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace cn {
namespace {

// Bump when what is read from a template, or how, changes: an index of another version is
// read again from the files.
const quint32 kMagic = 0x434e5449; // "CNTI"
const quint32 kVersion = 3;
const int kHashBytes = 20; // SHA-1 of everything before it

std::atomic<int> g_minimumFiles{48};

struct Stamp {
    std::int64_t size = -1;
    std::int64_t mtimeNs = 0;
};

Stamp stampOf(const QString &path)
{
    Stamp s;
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode)) {
        s.size = st.st_size;
#if defined(Q_OS_MACOS)
        s.mtimeNs = std::int64_t(st.st_mtimespec.tv_sec) * 1000000000 + st.st_mtimespec.tv_nsec;
#else
        s.mtimeNs = std::int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
#endif
    }
#else
    const QFileInfo info(path);
    if (info.isFile()) {
        s.size = info.size();
        s.mtimeNs = info.lastModified().toMSecsSinceEpoch() * 1000000;
    }
#endif
    return s;
}

bool isTemplateName(const QString &name)
{
    return name.endsWith(".yaml", Qt::CaseInsensitive) || name.endsWith(".yml", Qt::CaseInsensitive);
}

void collect(const QString &dir, QStringList &out)
{
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isDir()) {
            if (info.fileName() != QLatin1String("module-types"))
                collect(path, out);
        } else if (isTemplateName(info.fileName())) {
            out << path;
        }
    }
}

QByteArray utf8(const std::string &s) { return QByteArray::fromStdString(s); }
std::string str(const QByteArray &b) { return b.toStdString(); }

// Paths are kept relative to the folder: `prefix` is the folder's path and a '/'.
void writeEntry(QDataStream &out, const IndexedTemplate &e, std::size_t prefix)
{
    out << utf8(e.path.substr(prefix)) << qint64(e.size)
        << qint64(e.mtimeNs) << e.isDevice;
    const DeviceTemplate &h = e.header;
    out << utf8(h.manufacturer) << utf8(h.model) << utf8(h.slug) << utf8(h.partNumber) << h.uHeight
        << h.stackable << h.hasClusternet << qint32(h.kind);
    out << quint32(e.ports.size());
    for (const PortGroup &g : e.ports)
        out << qint32(g.speedMbps) << utf8(g.media) << qint32(g.count);
    out << quint32(e.oobByName.size());
    for (const auto &n : e.oobByName)
        out << utf8(n);
    out << quint32(e.problems.size());
    for (const Diagnostic &d : e.problems)
        out << qint32(d.severity) << qint32(d.pos.line) << qint32(d.pos.column) << utf8(d.text);
}

// Reads an entry whose path is still relative to its folder.
bool readEntry(QDataStream &in, IndexedTemplate &e)
{
    QByteArray rel, manufacturer, model, slug, part, media, name, textBytes;
    qint64 size = 0, mtime = 0;
    qint32 kind = 0;
    quint32 n = 0;
    in >> rel >> size >> mtime >> e.isDevice;
    DeviceTemplate &h = e.header;
    in >> manufacturer >> model >> slug >> part >> h.uHeight >> h.stackable >> h.hasClusternet >> kind;
    if (in.status() != QDataStream::Ok || kind < 0 || kind > int(DeviceKind::Other))
        return false;
    e.path = str(rel);
    e.size = size;
    e.mtimeNs = mtime;
    h.manufacturer = str(manufacturer);
    h.model = str(model);
    h.slug = str(slug);
    h.partNumber = str(part);
    h.kind = DeviceKind(kind);
    h.file = e.path;
    in >> n;
    if (n > 100000)
        return false;
    for (quint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        qint32 speed = 0, count = 0;
        in >> speed >> media >> count;
        e.ports.push_back({speed, str(media), count});
    }
    in >> n;
    if (n > 100000)
        return false;
    for (quint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        in >> name;
        e.oobByName.push_back(str(name));
    }
    in >> n;
    if (n > 1000)
        return false;
    for (quint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        qint32 severity = 0, line = 0, column = 0;
        in >> severity >> line >> column >> textBytes;
        e.problems.push_back({severity == 1 ? Diagnostic::Severity::Warning : Diagnostic::Severity::Error, {},
                              {line, column}, str(textBytes)});
    }
    return in.status() == QDataStream::Ok;
}

// The entries of a cached index of `root`, or nothing when the file is missing, damaged,
// of another version or of another folder.
bool readCache(const QString &file, const QString &root, std::unordered_map<std::string, IndexedTemplate> &out,
               std::string &problem)
{
    QFile f(file);
    if (!f.exists())
        return false;
    if (!f.open(QIODevice::ReadOnly)) {
        problem = f.errorString().toStdString();
        return false;
    }
    const QByteArray bytes = f.readAll();
    if (bytes.size() < kHashBytes + 8) {
        problem = "index too short";
        return false;
    }
    const QByteArray payload = bytes.left(bytes.size() - kHashBytes);
    if (QCryptographicHash::hash(payload, QCryptographicHash::Sha1) != bytes.right(kHashBytes)) {
        problem = "index checksum does not match";
        return false;
    }
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0, version = 0, count = 0;
    QByteArray storedRoot;
    in >> magic >> version >> storedRoot >> count;
    if (magic != kMagic || version != kVersion) {
        problem = "index of another version";
        return false;
    }
    if (storedRoot != root.toUtf8()) {
        problem = "index of another folder";
        return false;
    }
    if (count > 10000000) {
        problem = "index damaged";
        return false;
    }
    for (quint32 i = 0; i < count; ++i) {
        IndexedTemplate e;
        if (!readEntry(in, e)) {
            problem = "index damaged";
            out.clear();
            return false;
        }
        out.emplace(e.path, std::move(e));
    }
    if (!in.atEnd()) {
        problem = "index damaged";
        out.clear();
        return false;
    }
    return true;
}

std::string writeCache(const QString &file, const QString &root, std::size_t prefix,
                       const std::vector<IndexedTemplate> &entries)
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        // A file changed within the last seconds may change again within its time stamp's
        // resolution without a new stamp: it is not kept, and so is read again next time.
        const std::int64_t recent = (QDateTime::currentMSecsSinceEpoch() - 3000) * 1000000;
        quint32 count = 0;
        for (const auto &e : entries)
            count += e.mtimeNs < recent;
        out << kMagic << kVersion << root.toUtf8() << count;
        for (const auto &e : entries)
            if (e.mtimeNs < recent)
                writeEntry(out, e, prefix);
    }
    payload += QCryptographicHash::hash(payload, QCryptographicHash::Sha1);
    QDir().mkpath(QFileInfo(file).absolutePath());
    return writeFileAtomically(file.toStdString(), payload.toStdString());
}

} // namespace

IndexedTemplate indexTemplateFile(const std::string &path, std::int64_t size, std::int64_t mtimeNs, bool *fastPath)
{
    IndexedTemplate e;
    e.path = path;
    e.size = size;
    e.mtimeNs = mtimeNs;
    std::string content;
    if (auto err = readFileLimited(path, content, YamlLimits{}.maxBytes)) {
        e.problems.push_back({Diagnostic::Severity::Error, path, {}, *err});
        return e;
    }
    DeviceTemplateResult r = readDeviceTemplate(content, path);
    if (fastPath)
        *fastPath = r.fastPath;
    if (r.error) {
        e.problems.push_back(*r.error);
        return e;
    }
    if (!r.device)
        return e; // not a device template (a module type)
    e.isDevice = true;
    e.ports = frontPorts(*r.device);
    for (const Interface &i : r.device->interfaces)
        if (i.oobByName)
            e.oobByName.push_back(i.name);
    e.header = std::move(*r.device);
    e.header.interfaces.clear();
    e.header.interfaces.shrink_to_fit();
    e.header.moduleBays.clear();
    e.header.moduleBays.shrink_to_fit();
    return e;
}

std::vector<std::string> TemplateIndex::deviceFiles(const std::string &root)
{
    const QString base = QString::fromStdString(root);
    QStringList files;
    for (const char *sub : {"devices", "device-types"}) {
        QStringList here;
        const QString dir = base + "/" + sub;
        if (QFileInfo(dir).isDir())
            collect(dir, here);
        here.sort();
        files += here;
    }
    std::vector<std::string> out;
    out.reserve(std::size_t(files.size()));
    for (const QString &f : files)
        out.push_back(f.toStdString());
    return out;
}

std::string TemplateIndex::cacheFileFor(const std::string &root)
{
    const QString absolute = QFileInfo(QString::fromStdString(root)).absoluteFilePath();
    const QByteArray key = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(20);
    return (QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + "/clusternet/template-index/" +
            QString::fromLatin1(key) + ".idx")
        .toStdString();
}

int TemplateIndex::minimumFilesForCache()
{
    return g_minimumFiles;
}

void TemplateIndex::setMinimumFilesForCache(int files)
{
    g_minimumFiles = files;
}

std::vector<IndexedTemplate> TemplateIndex::load(const std::string &root, TemplateIndexStats *stats)
{
    TemplateIndexStats local;
    TemplateIndexStats &st = stats ? *stats : local;
    const std::vector<std::string> files = deviceFiles(root);
    st.files = int(files.size());
    std::vector<IndexedTemplate> entries;
    entries.reserve(files.size());
    const bool useCache = st.files >= g_minimumFiles && st.files > 0;
    const QString rootPath = QFileInfo(QString::fromStdString(root)).absoluteFilePath();
    const QString cacheFile = QString::fromStdString(cacheFileFor(root));
    std::unordered_map<std::string, IndexedTemplate> cached;
    if (useCache) {
        st.cacheFile = cacheFile.toStdString();
        st.cacheUsed = readCache(cacheFile, rootPath, cached, st.cacheProblem);
    }
    bool changed = cached.size() != files.size();
    const std::size_t prefix = root.size() + 1; // deviceFiles() gives ROOT/...
    for (const std::string &path : files) {
        const Stamp s = stampOf(QString::fromStdString(path));
        auto it = cached.find(path.substr(prefix));
        if (it != cached.end() && it->second.size == s.size && it->second.mtimeNs == s.mtimeNs && s.size >= 0) {
            IndexedTemplate &e = entries.emplace_back(std::move(it->second));
            e.path = path;
            e.header.file = path;
            for (Diagnostic &d : e.problems)
                d.file = path;
            continue;
        }
        changed = true;
        bool fast = false;
        entries.push_back(indexTemplateFile(path, s.size, s.mtimeNs, &fast));
        ++st.parsed;
        st.fastPath += fast;
    }
    if (useCache && changed) {
        const std::string error = writeCache(cacheFile, rootPath, prefix, entries);
        st.cacheWritten = error.empty();
        if (!error.empty())
            st.cacheProblem = error;
    }
    return entries;
}

} // namespace cn
