#include "document/DesignDocument.h"

#include "design/CableIds.h"
#include "io/DesignLoader.h"
#include "io/DesignReferences.h"
#include "io/DesignSaver.h"
#include "document/SnapshotCommand.h"
#include "document/ValidationRunner.h"

namespace cn {

DesignDocument::DesignDocument(QObject *parent) : QObject(parent), m_validation(new ValidationRunner(this))
{
    connect(m_validation, &ValidationRunner::finished, this, &DesignDocument::findingsChanged);
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
    // Moving devices breaks no reference: the check is for other edits. The diff is kept
    // for the command's first redo, which follows at once.
    m_nextChange = diffDesigns(m_design, next);
    if (!m_nextChange->layoutOnly()) {
        try {
            checkReferences(next, m_templates);
        } catch (const LoadFailure &f) {
            m_nextChange.reset();
            return QString::fromStdString(f.text);
        }
    }
    bool unplaced = false;
    for (const Device &dev : next.devices)
        unplaced |= !dev.position;
    if (unplaced && m_placer) {
        // Placed before it becomes a command, so undo and redo show the same places.
        Design placed = next;
        m_placer(placed);
        m_nextChange.reset(); // placing changed the layout the diff was made for
        m_undo.push(new SnapshotCommand(this, m_design, placed, text, mergeId, mergeKey));
    } else {
        m_undo.push(new SnapshotCommand(this, m_design, next, text, mergeId, mergeKey));
    }
    return {};
}

const std::vector<Finding> &DesignDocument::findings() const { return m_validation->findings(); }

const std::vector<LinkFacts> &DesignDocument::linkFacts() const { return m_validation->links(); }

bool DesignDocument::findingsCurrent() const { return m_validation->isCurrent(); }

void DesignDocument::waitForFindings() { m_validation->wait(); }

void DesignDocument::setPlacer(std::function<void(Design &)> placer)
{
    m_placer = std::move(placer);
    if (!m_placer)
        return;
    for (const Device &dev : m_design.devices)
        if (!dev.position) {
            m_placer(m_design);
            break;
        }
}

void DesignDocument::rescanTemplates()
{
    m_templates = TemplateLibrary::scan(TemplateLibrary::standardFolders(m_path.toStdString()));
    m_lastChange = {};
    m_lastReset = true;
    revalidate();
    emit designChanged();
}

void DesignDocument::setDesign(const Design &d)
{
    m_design = d;
    if (m_placer)
        m_placer(m_design);
    m_lastChange = {};
    m_lastReset = true;
    revalidate();
    emit designChanged();
}

void DesignDocument::applySnapshot(const Design &d)
{
    m_lastChange = m_nextChange ? std::move(*m_nextChange) : diffDesigns(m_design, d);
    m_nextChange.reset();
    m_lastReset = false;
    m_design = d;
    if (m_lastChange.layoutOnly()) {
        emit layoutChanged();
        return;
    }
    m_validation->request(m_design, m_sharedTemplates);
    emit designChanged();
}

void DesignDocument::revalidate()
{
    // The templates may have been replaced: validation runs get a copy of their own.
    m_sharedTemplates = std::make_shared<const TemplateLibrary>(m_templates);
    m_validation->request(m_design, m_sharedTemplates);
}

} // namespace cn
