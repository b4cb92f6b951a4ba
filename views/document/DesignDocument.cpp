#include "document/DesignDocument.h"

#include "design/CableIds.h"
#include "io/DesignLoader.h"
#include "io/DesignReferences.h"
#include "io/DesignSaver.h"
#include "document/SnapshotCommand.h"
#include "analysis/Validator.h"

namespace cn {

DesignDocument::DesignDocument(QObject *parent) : QObject(parent)
{
    // newDesign() reads the template path.
    connect(&m_undo, &QUndoStack::cleanChanged, this, &DesignDocument::fileChanged);
    newDesign();
}

DesignDocument::~DesignDocument()
{
    // The undo stack signals cleanChanged while it is destroyed, after the window that
    // listens to fileChanged may already be gone.
    blockSignals(true);
    disconnect(&m_undo, nullptr, this, nullptr);
}

void DesignDocument::newDesign()
{
    Design d;
    d.hasTitleBlock = true;
    d.title.title = tr("Untitled cluster design").toStdString();
    m_path.clear();
    m_loadWarnings.clear();
    m_templates = TemplateLibrary::scan(TemplateLibrary::standardFolders());
    m_undo.clear();
    setDesign(d);
    emit fileChanged();
}

bool DesignDocument::load(const QString &path, QString *error)
{
    TemplateLibrary templates = TemplateLibrary::forDesign(path.toStdString());
    LoadResult r = DesignLoader(templates).loadFile(path.toStdString());
    if (!r.ok()) {
        if (error)
            *error = QString::fromStdString(r.error->format());
        return false;
    }
    m_templates = std::move(templates);
    m_loadWarnings.clear();
    for (const auto &w : r.warnings)
        m_loadWarnings << QString::fromStdString(w.format());
    m_path = path;
    m_undo.clear();
    setDesign(*r.design);
    emit fileChanged();
    return true;
}

bool DesignDocument::loadText(const std::string &text, const QString &label, QString *error, bool dropTemplateHeader)
{
    TemplateLibrary templates = TemplateLibrary::scan(TemplateLibrary::standardFolders());
    LoadResult r = DesignLoader(templates).loadText(text, label.toStdString());
    if (!r.ok()) {
        if (error)
            *error = QString::fromStdString(r.error->format());
        return false;
    }
    if (dropTemplateHeader)
        r.design->templateHeader.reset();
    m_templates = std::move(templates);
    m_loadWarnings.clear();
    m_path.clear();
    m_undo.clear();
    setDesign(*r.design);
    emit fileChanged();
    return true;
}

bool DesignDocument::recover(const std::string &text, const QString &path, QString *error)
{
    // The device templates are those the file itself would see.
    TemplateLibrary templates = path.isEmpty() ? TemplateLibrary::scan(TemplateLibrary::standardFolders())
                                               : TemplateLibrary::forDesign(path.toStdString());
    const QString label = path.isEmpty() ? tr("recovered design") : path;
    LoadResult r = DesignLoader(templates).loadText(text, label.toStdString());
    if (!r.ok()) {
        if (error)
            *error = QString::fromStdString(r.error->format());
        return false;
    }
    m_templates = std::move(templates);
    m_loadWarnings.clear();
    m_path = path;
    m_undo.clear();
    setDesign(*r.design);
    m_undo.resetClean(); // it differs from what is on disk
    emit fileChanged();
    return true;
}

bool DesignDocument::save(const QString &path, QString *error)
{
    // Links without an id get their cable ids in the file; the open design takes them too, so
    // findings and the diagram name the cables as the file now does.
    const Design saved = withCableIds(m_design);
    const std::string failure = saveDesignToFile(saved, path.toStdString());
    if (!failure.empty()) {
        if (error)
            *error = QString::fromStdString(failure);
        return false;
    }
    m_path = path;
    bool renamed = false;
    for (std::size_t i = 0; i < saved.links.size() && !renamed; ++i)
        renamed = saved.links[i].id != m_design.links[i].id;
    if (renamed)
        setDesign(saved);
    m_undo.setClean();
    emit fileChanged();
    return true;
}

QString DesignDocument::apply(const Design &next, const QString &text, int mergeId, const QString &mergeKey)
{
    try {
        checkReferences(next, m_templates);
    } catch (const LoadFailure &f) {
        return QString::fromStdString(f.text);
    }
    m_undo.push(new SnapshotCommand(this, m_design, next, text, mergeId, mergeKey));
    return {};
}

void DesignDocument::rescanTemplates()
{
    m_templates = TemplateLibrary::scan(TemplateLibrary::standardFolders(m_path.toStdString()));
    revalidate();
    emit designChanged();
}

void DesignDocument::setDesign(const Design &d)
{
    m_design = d;
    revalidate();
    emit designChanged();
}

void DesignDocument::revalidate()
{
    m_findings = validate(m_design, m_templates);
    emit findingsChanged();
}

} // namespace cn
