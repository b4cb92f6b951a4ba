#pragma once
// The open design: the one authority the scene, panels and commands read and change. Every
// change goes through apply(), which pushes an undoable snapshot command.
//
// Findings are worked out off the GUI thread (ValidationRunner): after an edit, findings()
// still holds those of the design before it until the new ones arrive (findingsChanged).
// A change of layout only (positions, pins) is not validated again: it changes no finding.

#include "design/Design.h"
#include "design/DesignDiff.h"
#include "analysis/Finding.h"
#include "templates/TemplateLibrary.h"

#include <QObject>
#include <QStringList>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace cn {

class ValidationRunner;
struct LinkFacts;

class DesignDocument : public QObject
{
    Q_OBJECT
public:
    explicit DesignDocument(QObject *parent = nullptr);
    ~DesignDocument() override;

    const Design &design() const { return m_design; }
    const TemplateLibrary &templates() const { return m_templates; }
    QUndoStack *undoStack() { return &m_undo; }
    // The findings of the last validation that finished (see findingsCurrent()).
    const std::vector<Finding> &findings() const;
    // What each link carries, from the same run as findings() (the canvas colours links by it).
    const std::vector<LinkFacts> &linkFacts() const;
    // Whether findings() are those of the design as it is now.
    bool findingsCurrent() const;
    // Blocks until findings() are current (export, print, tests, the command line).
    void waitForFindings();
    // What the last change of the design changed; `wasReset()`: a new design was loaded (or
    // the templates changed), so everything may have changed.
    const DesignDiff &lastChange() const { return m_lastChange; }
    bool lastChangeWasReset() const { return m_lastReset; }
    // Gives devices without a position one (the canvas's automatic placement), so what is
    // shown is what is saved: called on the design as it is, on every loaded design and on
    // every edit before it becomes a command. Loading does not count as a change.
    void setPlacer(std::function<void(Design &)> placer);
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
    // The design changed in more than its layout (lastChange() says what).
    void designChanged();
    // Only positions or pins changed: nothing but the canvas needs to know.
    void layoutChanged();
    void findingsChanged();
    void fileChanged();

private:
    friend class SnapshotCommand;
    void setDesign(const Design &d);
    void applySnapshot(const Design &d); // undo and redo
    void revalidate();

    Design m_design;
    TemplateLibrary m_templates;
    QUndoStack m_undo;
    ValidationRunner *m_validation;
    std::shared_ptr<const TemplateLibrary> m_sharedTemplates; // the copy validation runs read
    std::function<void(Design &)> m_placer;
    DesignDiff m_lastChange;
    std::optional<DesignDiff> m_nextChange; // made by apply() for the redo it triggers
    bool m_lastReset = true;
    QString m_path;
    QStringList m_loadWarnings;
};

} // namespace cn
