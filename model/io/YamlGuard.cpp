#include "io/YamlGuard.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cn
{
namespace
{

class YamlGuard
{
    Q_DECLARE_TR_FUNCTIONS(YamlGuard)
public:
    static QString sizeText(qulonglong bytes)
    {
        return tr("file is larger than %1 MiB").arg(bytes / (1024 * 1024));
    }
    static QString missing() { return tr("cannot read file: no such file"); }
    static QString denied() { return tr("cannot read file: permission denied"); }
    static QString failed(const char *why)
    {
        return tr("cannot read file: %1").arg(QString::fromLocal8Bit(why));
    }
    static QString notRegular(const std::string &kind)
    {
        return tr("cannot read file: it is %1, not a regular file")
            .arg(QString::fromStdString(kind));
    }
    static QString kind(mode_t mode)
    {
        if (S_ISDIR(mode))
            return tr("a directory");
        if (S_ISFIFO(mode))
            return tr("a named pipe (FIFO)");
        if (S_ISCHR(mode))
            return tr("a character device");
        if (S_ISBLK(mode))
            return tr("a block device");
        if (S_ISSOCK(mode))
            return tr("a socket");
        return tr("not a regular file");
    }
};

std::string errnoText(int err)
{
    if (err == ENOENT || err == ENOTDIR)
        return YamlGuard::missing().toStdString();
    if (err == EACCES || err == EPERM)
        return YamlGuard::denied().toStdString();
    return YamlGuard::failed(std::strerror(err)).toStdString();
}

} // namespace

std::string sizeLimitText(std::size_t maxBytes)
{
    return YamlGuard::sizeText(maxBytes).toStdString();
}

std::optional<std::string> nonRegularKind(const std::string &path)
{
    struct stat st {
    };
    if (::stat(path.c_str(), &st) != 0 || S_ISREG(st.st_mode))
        return std::nullopt;
    return YamlGuard::kind(st.st_mode).toStdString();
}

std::optional<std::string> readFileLimited(const std::string &path, std::string &out,
                                           std::size_t maxBytes)
{
    // Look before opening: open() on a FIFO with no writer blocks, on a socket it fails.
    struct stat st {
    };
    if (::stat(path.c_str(), &st) != 0)
        return errnoText(errno);
    if (!S_ISREG(st.st_mode))
        return YamlGuard::notRegular(YamlGuard::kind(st.st_mode).toStdString()).toStdString();
    // O_NONBLOCK: if the path was swapped for a FIFO since, open() still returns at once.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return errnoText(errno);
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    if (::fstat(fd, &st) != 0)
        return errnoText(errno);
    if (!S_ISREG(st.st_mode))
        return YamlGuard::notRegular(YamlGuard::kind(st.st_mode).toStdString()).toStdString();
    if (std::size_t(st.st_size) > maxBytes)
        return YamlGuard::sizeText(maxBytes).toStdString();
    out.clear();
    out.reserve(std::size_t(st.st_size));
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errnoText(errno);
        }
        if (n == 0)
            break;
        out.append(buf, std::size_t(n));
        if (out.size() > maxBytes) // it grew while we read
            return YamlGuard::sizeText(maxBytes).toStdString();
    }
    return std::nullopt;
}

} // namespace cn
