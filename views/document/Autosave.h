#pragma once
// Autosave and crash recovery: while a design has unsaved changes, a copy is written every
// half minute beside the user's data; a clean save or close removes it, and a copy left
// behind by a crash is offered at the next start.

#include "design/Design.h"

#include <QString>
#include <QStringList>

namespace cn {

// The folder of autosaved copies (created when needed).
QString autosaveFolder();
// Where the copy of the design at `documentPath` (empty: an unsaved design) is kept.
QString autosavePathFor(const QString &documentPath);
// Writes the copy atomically; the file it stands for is noted in its first line.
bool writeAutosave(const Design &design, const QString &documentPath, QString *error);
void removeAutosave(const QString &documentPath);
// Copies left behind, newest first.
QStringList pendingAutosaves();
// The file a copy stands for (empty for an unsaved design).
QString autosaveOrigin(const QString &autosavePath);

} // namespace cn
