#include "templates/TemplateIndex.h"

#include "io/SafeWrite.h"
#include "io/YamlGuard.h"
#include "templates/TemplateReader.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <unordered_map>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace cn
{
namespace
{

// Bump when what is read from a template, or how, changes: an index of another version is
// read again from the files.
const char kMagic[8] = {'C', 'N', 'T', 'I', 'D', 'X', '\n', '\0'};
const std::uint32_t kVersion = 4;
const int kHashBytes = 20; // SHA-1 of everything before it
// A file changed less than this long ago may change again within its time stamp's resolution
// without a new stamp: it is never taken from an index, always read.
const std::int64_t kSettleNs = 3'000'000'000LL;

std::atomic<int> g_minimumFiles{48};

struct Stamp {
    std::int64_t size = -1;
    std::int64_t mtimeNs = 0;
    bool operator==(const Stamp &o) const { return size == o.size && mtimeNs == o.mtimeNs; }
};

struct ListedFile {
    std::string path;
    Stamp stamp;
};

bool isTemplateName(const char *name)
{
    const std::size_t n = std::strlen(name);
    auto endsWith = [&](const char *suffix) {
        const std::size_t s = std::strlen(suffix);
        return n > s && strncasecmp(name + n - s, suffix, s) == 0;
    };
    return name[0] != '.' && (endsWith(".yaml") || endsWith(".yml"));
}

#ifdef Q_OS_UNIX
std::int64_t nsOf(const struct stat &st)
{
#if defined(Q_OS_MACOS)
    return std::int64_t(st.st_mtimespec.tv_sec) * 1000000000 + st.st_mtimespec.tv_nsec;
#else
    return std::int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
#endif
}

// One pass of readdir and fstatat per folder: a library has thousands of files, and a path
// resolved from the root for each would cost as much again.
void collect(const std::string &dir, std::vector<ListedFile> &out, int depth)
{
    if (depth > 32)
        return; // a loop of links
    DIR *d = opendir(dir.c_str());
    if (!d)
        return;
    const int fd = dirfd(d);
    while (const dirent *e = readdir(d)) {
        const char *name = e->d_name;
        if (name[0] == '.')
            continue; // ., .. and hidden files, as Qt's listing leaves them out
        struct stat st;
        if (fstatat(fd, name, &st, 0) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            if (std::strcmp(name, "module-types") != 0)
                collect(dir + "/" + name, out, depth + 1);
        } else if (S_ISREG(st.st_mode) && isTemplateName(name)) {
            out.push_back({dir + "/" + name, {std::int64_t(st.st_size), nsOf(st)}});
        }
    }
    closedir(d);
}
#else
void collect(const std::string &dir, std::vector<ListedFile> &out, int depth)
{
    if (depth > 32)
        return;
    QDirIterator it(QString::fromStdString(dir), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const std::string path = dir + "/" + info.fileName().toStdString();
        if (info.isDir()) {
            if (info.fileName() != QLatin1String("module-types"))
                collect(path, out, depth + 1);
        } else if (info.isFile() && isTemplateName(info.fileName().toUtf8().constData())) {
            out.push_back({path, {info.size(), info.lastModified().toMSecsSinceEpoch() * 1000000}});
        }
    }
}
#endif

// The device-template files under devices/ and device-types/ of `root`, each part sorted.
std::vector<ListedFile> listFiles(const std::string &root)
{
    std::vector<ListedFile> files;
    for (const char *sub : {"devices", "device-types"}) {
        const std::size_t first = files.size();
        collect(root + "/" + sub, files, 0);
        std::sort(files.begin() + long(first), files.end(),
                  [](const ListedFile &a, const ListedFile &b) { return a.path < b.path; });
    }
    return files;
}

// The index file: a header, the entries with their paths relative to the folder, and a
// SHA-1 of all before it. Numbers are little-endian; strings are a length and their bytes.
class Writer
{
public:
    void bytes(const void *p, std::size_t n) { m_out.append(static_cast<const char *>(p), n); }
    void u32(std::uint32_t v)
    {
        unsigned char b[4];
        for (int i = 0; i < 4; ++i)
            b[i] = static_cast<unsigned char>(v >> (8 * i));
        bytes(b, 4);
    }
    void i64(std::int64_t v)
    {
        unsigned char b[8];
        for (int i = 0; i < 8; ++i)
            b[i] = static_cast<unsigned char>(std::uint64_t(v) >> (8 * i));
        bytes(b, 8);
    }
    void str(const std::string &s)
    {
        u32(std::uint32_t(s.size()));
        bytes(s.data(), s.size());
    }
    std::string &out() { return m_out; }

private:
    std::string m_out;
};

class Reader
{
public:
    Reader(const char *data, std::size_t size) : m_p(data), m_end(data + size) {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p == m_end; }
    std::uint32_t u32()
    {
        if (!need(4))
            return 0;
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i)
            v |= std::uint32_t(static_cast<unsigned char>(m_p[i])) << (8 * i);
        m_p += 4;
        return v;
    }
    std::int64_t i64()
    {
        if (!need(8))
            return 0;
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v |= std::uint64_t(static_cast<unsigned char>(m_p[i])) << (8 * i);
        m_p += 8;
        return std::int64_t(v);
    }
    std::string str()
    {
        const std::uint32_t n = u32();
        if (!need(n))
            return {};
        std::string s(m_p, n);
        m_p += n;
        return s;
    }
    bool raw(const char *expected, std::size_t n)
    {
        if (!need(n) || std::memcmp(m_p, expected, n) != 0)
            return m_ok = false;
        m_p += n;
        return true;
    }

private:
    bool need(std::size_t n)
    {
        if (!m_ok || std::size_t(m_end - m_p) < n)
            return m_ok = false;
        return true;
    }
    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

void writeEntry(Writer &w, const IndexedTemplate &e, std::size_t prefix)
{
    w.str(e.path.substr(prefix));
    w.i64(e.size);
    w.i64(e.mtimeNs);
    const DeviceTemplate &h = e.header;
    w.u32(std::uint32_t(e.isDevice) | std::uint32_t(h.stackable) << 1 |
          std::uint32_t(h.hasClusternet) << 2);
    w.str(h.manufacturer);
    w.str(h.model);
    w.str(h.slug);
    w.str(h.partNumber);
    w.i64(std::int64_t(h.uHeight * 2)); // u_height is a multiple of 0.5
    w.u32(std::uint32_t(h.kind));
    w.u32(std::uint32_t(e.ports.size()));
    for (const PortGroup &g : e.ports) {
        w.u32(std::uint32_t(g.speedMbps));
        w.str(g.media);
        w.u32(std::uint32_t(g.count));
    }
    w.u32(std::uint32_t(e.oobByName.size()));
    for (const auto &n : e.oobByName)
        w.str(n);
    w.u32(std::uint32_t(e.problems.size()));
    for (const Diagnostic &d : e.problems) {
        w.u32(std::uint32_t(d.severity));
        w.u32(std::uint32_t(d.pos.line));
        w.u32(std::uint32_t(d.pos.column));
        w.str(d.text);
    }
}

// Reads an entry whose path is still relative to its folder.
bool readEntry(Reader &r, IndexedTemplate &e)
{
    e.path = r.str();
    e.size = r.i64();
    e.mtimeNs = r.i64();
    const std::uint32_t flags = r.u32();
    DeviceTemplate &h = e.header;
    e.isDevice = flags & 1;
    h.stackable = flags & 2;
    h.hasClusternet = flags & 4;
    h.manufacturer = r.str();
    h.model = r.str();
    h.slug = r.str();
    h.partNumber = r.str();
    h.uHeight = double(r.i64()) / 2;
    const std::uint32_t kind = r.u32();
    if (kind > std::uint32_t(DeviceKind::Other))
        return false;
    h.kind = DeviceKind(kind);
    const std::uint32_t groups = r.u32();
    for (std::uint32_t i = 0; i < groups && r.ok(); ++i) {
        PortGroup g;
        g.speedMbps = int(r.u32());
        g.media = r.str();
        g.count = int(r.u32());
        e.ports.push_back(std::move(g));
    }
    const std::uint32_t oob = r.u32();
    for (std::uint32_t i = 0; i < oob && r.ok(); ++i)
        e.oobByName.push_back(r.str());
    const std::uint32_t problems = r.u32();
    for (std::uint32_t i = 0; i < problems && r.ok(); ++i) {
        Diagnostic d;
        d.severity = r.u32() == 1 ? Diagnostic::Severity::Warning : Diagnostic::Severity::Error;
        d.pos.line = int(r.u32());
        d.pos.column = int(r.u32());
        d.text = r.str();
        e.problems.push_back(std::move(d));
    }
    return r.ok();
}

// The entries of a cached index of `root`, in the order written, or nothing when the file is
// missing, damaged, of another version or of another folder.
bool readCache(const QString &file, const std::string &root, std::vector<IndexedTemplate> &out,
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
    if (bytes.size() < kHashBytes + int(sizeof kMagic)) {
        problem = "index too short";
        return false;
    }
    const QByteArrayView payload(bytes.constData(), bytes.size() - kHashBytes);
    if (QCryptographicHash::hash(payload, QCryptographicHash::Sha1) != bytes.right(kHashBytes)) {
        problem = "index checksum does not match";
        return false;
    }
    Reader r(payload.data(), std::size_t(payload.size()));
    if (!r.raw(kMagic, sizeof kMagic) || r.u32() != kVersion) {
        problem = "index of another version";
        return false;
    }
    if (r.str() != root) {
        problem = "index of another folder";
        return false;
    }
    const std::uint32_t count = r.u32();
    // Every entry takes more than 32 bytes: a count beyond that is no index of ours.
    if (count > std::size_t(payload.size()) / 32) {
        problem = "index damaged";
        return false;
    }
    out.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        IndexedTemplate e;
        if (!readEntry(r, e)) {
            problem = "index damaged";
            out.clear();
            return false;
        }
        out.push_back(std::move(e));
    }
    if (!r.ok() || !r.atEnd()) {
        problem = "index damaged";
        out.clear();
        return false;
    }
    return true;
}

std::int64_t settledBefore()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000 - kSettleNs;
}

std::string writeCache(const QString &file, const std::string &root, std::size_t prefix,
                       const std::vector<IndexedTemplate> &entries)
{
    const std::int64_t settled = settledBefore();
    Writer w;
    w.bytes(kMagic, sizeof kMagic);
    w.u32(kVersion);
    w.str(root);
    std::uint32_t count = 0;
    for (const auto &e : entries)
        count += e.mtimeNs < settled;
    w.u32(count);
    for (const auto &e : entries)
        if (e.mtimeNs < settled)
            writeEntry(w, e, prefix);
    std::string bytes = std::move(w.out());
    bytes += QCryptographicHash::hash(QByteArrayView(bytes.data(), qsizetype(bytes.size())),
                                      QCryptographicHash::Sha1)
                 .toStdString();
    QDir().mkpath(QFileInfo(file).absolutePath());
    return writeFileAtomically(file.toStdString(), bytes);
}

// What this process last read of a folder: a second scan (a new design, a file opened, the
// editor's rescan) whose listing and stamps are all the same takes the same entries.
struct Memo {
    std::vector<ListedFile> files;
    std::shared_ptr<const std::vector<IndexedTemplate>> entries;
};

std::mutex g_memoMutex;
std::unordered_map<std::string, Memo> g_memo;

bool sameListing(const std::vector<ListedFile> &a, const std::vector<ListedFile> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!(a[i].stamp == b[i].stamp) || a[i].path != b[i].path)
            return false;
    return true;
}

// Reads the files at `toRead` (places in `files`) into the same places of `entries`. Each file is
// a yaml-cpp document of its own, so they are parsed side by side; every result lands in its
// file's place, so the entries are in the listing's order however the threads take turns, the
// same as one thread reading them one after the other. Gives the number of threads used.
int readFiles(const std::vector<ListedFile> &files, const std::vector<std::size_t> &toRead,
              std::vector<IndexedTemplate> &entries, int threads)
{
    std::atomic<std::size_t> next{0};
    std::mutex failureMutex;
    std::exception_ptr failure;
    auto work = [&] {
        try {
            for (std::size_t i = next++; i < toRead.size(); i = next++) {
                const ListedFile &f = files[toRead[i]];
                entries[toRead[i]] = indexTemplateFile(f.path, f.stamp.size, f.stamp.mtimeNs);
            }
        } catch (...) {
            // As one thread would: the first failure (out of memory) goes to the caller.
            std::lock_guard<std::mutex> lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
            next = toRead.size();
        }
    };
    const std::size_t wanted =
        std::min<std::size_t>(std::size_t(std::max(threads, 1)), toRead.size());
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < wanted; ++t) {
        try {
            helpers.emplace_back(work);
        } catch (const std::system_error &) {
            break; // no more threads to be had: the ones there are read the rest
        }
    }
    work();
    for (std::thread &h : helpers)
        h.join();
    if (failure)
        std::rethrow_exception(failure);
    return toRead.empty() ? 0 : int(helpers.size()) + 1;
}

} // namespace

IndexedTemplate indexTemplateFile(const std::string &path, std::int64_t size, std::int64_t mtimeNs)
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
    std::vector<std::string> out;
    for (ListedFile &f : listFiles(root))
        out.push_back(std::move(f.path));
    return out;
}

std::string TemplateIndex::cacheFileFor(const std::string &root)
{
    const QString absolute = QFileInfo(QString::fromStdString(root)).absoluteFilePath();
    const QByteArray key =
        QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(20);
    return (QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
            "/clusternet/template-index/" + QString::fromLatin1(key) + ".idx")
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

std::shared_ptr<const std::vector<IndexedTemplate>>
TemplateIndex::load(const std::string &root, TemplateIndexStats *stats, int threads)
{
    TemplateIndexStats local;
    TemplateIndexStats &st = stats ? *stats : local;
    st = {};
    std::vector<ListedFile> files = listFiles(root);
    st.files = int(files.size());
    const std::int64_t settled = settledBefore();
    const bool allSettled = std::all_of(
        files.begin(), files.end(), [&](const ListedFile &f) { return f.stamp.mtimeNs < settled; });
    {
        std::lock_guard<std::mutex> lock(g_memoMutex);
        auto it = g_memo.find(root);
        if (allSettled && it != g_memo.end() && sameListing(it->second.files, files)) {
            st.memoUsed = true;
            return it->second.entries;
        }
    }
    auto entries = std::make_shared<std::vector<IndexedTemplate>>();
    entries->reserve(files.size());
    const bool useCache = st.files >= g_minimumFiles && st.files > 0;
    const std::string absoluteRoot =
        QFileInfo(QString::fromStdString(root)).absoluteFilePath().toStdString();
    const QString cacheFile = QString::fromStdString(cacheFileFor(root));
    std::vector<IndexedTemplate> cached;
    if (useCache) {
        st.cacheFile = cacheFile.toStdString();
        st.cacheUsed = readCache(cacheFile, absoluteRoot, cached, st.cacheProblem);
    }
    // The index is written in the listing's order: walk both together, and look a path up by
    // name only where they part (files added or removed).
    std::unordered_map<std::string, std::size_t> byPath;
    auto findCached = [&](std::size_t listed, const std::string &rel) -> IndexedTemplate * {
        if (listed < cached.size() && cached[listed].path == rel)
            return &cached[listed];
        if (byPath.empty())
            for (std::size_t k = 0; k < cached.size(); ++k)
                byPath.emplace(cached[k].path, k);
        auto it = byPath.find(rel);
        return it == byPath.end() ? nullptr : &cached[it->second];
    };
    const std::size_t prefix = root.size() + 1; // listFiles() gives ROOT/...
    entries->resize(files.size());
    std::vector<std::size_t> toRead; // new or changed: places in the listing
    for (std::size_t k = 0; k < files.size(); ++k) {
        const ListedFile &f = files[k];
        IndexedTemplate *hit = cached.empty() ? nullptr : findCached(k, f.path.substr(prefix));
        if (hit && hit->size == f.stamp.size && hit->mtimeNs == f.stamp.mtimeNs &&
            f.stamp.mtimeNs < settled) {
            IndexedTemplate &e = (*entries)[k] = std::move(*hit);
            e.path = f.path;
            e.header.file = f.path;
            for (Diagnostic &d : e.problems)
                d.file = f.path;
        } else {
            toRead.push_back(k);
        }
    }
    const bool changed = cached.size() != files.size() || !toRead.empty();
    st.threads =
        readFiles(files, toRead, *entries, threads > 0 ? threads : QThread::idealThreadCount());
    st.parsed = int(toRead.size());
    if (useCache && changed) {
        const std::string error = writeCache(cacheFile, absoluteRoot, prefix, *entries);
        st.cacheWritten = error.empty();
        if (!error.empty())
            st.cacheProblem = error;
    }
    std::lock_guard<std::mutex> lock(g_memoMutex);
    if (allSettled)
        g_memo[root] = Memo{std::move(files), entries};
    else
        g_memo.erase(root);
    return entries;
}

void TemplateIndex::forgetMemo()
{
    std::lock_guard<std::mutex> lock(g_memoMutex);
    g_memo.clear();
}

} // namespace cn
