#include "document/SnapshotCommand.h"

#include "document/DesignDocument.h"

namespace cn {

SnapshotCommand::SnapshotCommand(DesignDocument *doc, Design before, Design after,
                                 const QString &text, int mergeId, QString mergeKey)
    : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeId(mergeId), m_mergeKey(std::move(mergeKey))
{
}

void SnapshotCommand::undo() { m_doc->applySnapshot(m_before); }
void SnapshotCommand::redo() { m_doc->applySnapshot(m_after); }

bool SnapshotCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SnapshotCommand *>(other);
    if (o->m_mergeKey != m_mergeKey)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace cn
