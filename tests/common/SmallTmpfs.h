#pragma once
// A real full disk for the fault tests: a temporary folder with a 64 KiB tmpfs mounted on it,
// unmounted (then removed) when it goes. Only root may mount one: whyNot() says why there is
// none, for QSKIP.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <sys/mount.h>
#include <unistd.h>

class SmallTmpfs
{
public:
    SmallTmpfs()
    {
        if (::geteuid() != 0) {
            m_whyNot = "needs root to mount a small tmpfs";
            return;
        }
        const QByteArray at = QFile::encodeName(m_dir.path());
        if (::mount("tmpfs", at.constData(), "tmpfs", 0, "size=64k") != 0) {
            m_whyNot = "cannot mount a tmpfs here";
            return;
        }
        m_mounted = at;
    }
    ~SmallTmpfs()
    {
        if (!m_mounted.isEmpty())
            ::umount(m_mounted.constData());
    }
    SmallTmpfs(const SmallTmpfs &) = delete;
    SmallTmpfs &operator=(const SmallTmpfs &) = delete;

    const char *whyNot() const { return m_whyNot; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QByteArray m_mounted;
    const char *m_whyNot = nullptr;
};
