#pragma once
// One undoable edit: the design before and after (snapshots, never item pointers).

#include "design/Design.h"

#include <QUndoCommand>

namespace cn {

class DesignDocument;

class SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(DesignDocument *doc, Design before, Design after, const QString &text,
                    int mergeId, QString mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId > 0 ? m_mergeId : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    DesignDocument *m_doc;
    Design m_before;
    Design m_after;
    int m_mergeId;
    QString m_mergeKey;
};

} // namespace cn
