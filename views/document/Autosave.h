#pragma once
// Autosave and crash recovery. While a design has unsaved changes, each editor session writes
// a copy of its own every half minute (CLUSTERNET_AUTOSAVE_SECONDS overrides the period),
// named for the file it stands for and the session, and holds a lock on it while it runs. A
// clean save or close removes the copy. A copy whose lock is free was left behind (a crash, a
// kill, or a user who chose to keep it): it is offered when its file is opened or the editor
// starts, and nothing overwrites it before the user chose.

#include "design/Design.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace cn
{

struct RecoveryCopy {
    QString path;    // the copy
    QString origin;  // the absolute path of the file it stands for; empty: an untitled design
    QDateTime saved; // when it was written
    bool crashedBefore = false; // the editor stopped while recovering it last time
};

// The folder of autosaved copies (created when needed).
QString autosaveFolder();
// The autosave period in milliseconds.
int autosaveIntervalMs();
// The file a copy stands for (empty for an untitled design).
QString autosaveOrigin(const QString &copyPath);
// The design text of a copy, without its origin line.
bool readRecoveryCopy(const QString &copyPath, std::string &text, QString *error);

// Copies no running session holds, newest first; only those of `documentPath` when given.
QList<RecoveryCopy> leftCopies();
QList<RecoveryCopy> leftCopiesOf(const QString &documentPath);
void removeCopy(const QString &copyPath);
// Notes that recovering `copyPath` is under way, until clearRecovering(): a crash meanwhile
// leaves the note, and the next offer of the copy says so.
void markRecovering(const QString &copyPath);
void clearRecovering(const QString &copyPath);

// The copy of one editor session.
class Autosaver
{
public:
    Autosaver();
    ~Autosaver(); // keeps the copy: only discard() removes it

    // Writes the copy of `design`, the file at `documentPath` (empty: untitled), all or
    // nothing. A new document path starts a new copy and removes the old one.
    bool write(const Design &design, const QString &documentPath, QString *error);
    // Removes the copy (the design was saved or put away).
    void discard();
    // Takes over a copy the user recovered: later writes replace it.
    bool adopt(const QString &copyPath);
    QString copyPath() const { return m_path; }

private:
    QString m_session;
    QString m_path;
    QString m_origin;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace cn
