#pragma once
// The open design: the one authority the scene, panels and commands read and change. Every
// change goes through apply(), which pushes an undoable snapshot command.

#include "design/Design.h"
#include "analysis/Finding.h"
#include "templates/TemplateLibrary.h"

#include <QObject>
#include <QStringList>
#include <QUndoStack>

namespace cn {

class DesignDocument : public QObject
{
    Q_OBJECT
public:
    explicit DesignDocument(QObject *parent = nullptr);
    ~DesignDocument() override;

    const Design &design() const { return m_design; }
    const TemplateLibrary &templates() const { return m_templates; }
    QUndoStack *undoStack() { return &m_undo; }
    const std::vector<Finding> &findings() const { return m_findings; }
    QString filePath() const { return m_path; }
    bool isModified() const { return !m_undo.isClean(); }
    // Warnings of the last load (unknown keys), as FILE:LINE:COLUMN: warning: TEXT.
    QStringList loadWarnings() const { return m_loadWarnings; }

    void newDesign();
    // Loads `path`; on failure nothing changes and `error` holds FILE:LINE:COLUMN: error: TEXT.
    bool load(const QString &path, QString *error);
    // Loads a design from text (a template); the document has no file until saved.
    bool loadText(const std::string &text, const QString &label, QString *error, bool dropTemplateHeader = false);
    bool save(const QString &path, QString *error);
    // Takes a recovered copy as the design of `path` (empty: unsaved), with unsaved changes.
    bool recover(const std::string &text, const QString &path, QString *error);
    // Replaces the design through an undoable command. Returns an error text (and changes
    // nothing) when `next` has a broken reference. Commands with the same non-zero `mergeId`
    // and `mergeKey` in a row merge into one (moves of the same items).
    QString apply(const Design &next, const QString &text, int mergeId = 0,
                  const QString &mergeKey = QString());
    void rescanTemplates();

signals:
    void designChanged();
    void findingsChanged();
    void fileChanged();

private:
    friend class SnapshotCommand;
    void setDesign(const Design &d);
    void revalidate();

    Design m_design;
    TemplateLibrary m_templates;
    QUndoStack m_undo;
    std::vector<Finding> m_findings;
    QString m_path;
    QStringList m_loadWarnings;
};

} // namespace cn
