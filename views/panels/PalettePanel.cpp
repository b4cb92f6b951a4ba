#include "panels/PalettePanel.h"

#include "document/DesignDocument.h"
#include "panels/TemplateBrowser.h"

#include <QTimer>
#include <QVBoxLayout>

namespace cn
{

bool looksLikeSwitch(const DeviceTemplate &t)
{
    return t.kind == DeviceKind::Switch;
}

PalettePanel::PalettePanel(DesignDocument *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    setObjectName("palette");
    m_browser = new TemplateBrowser(&m_doc->templates(), true, this);
    TemplateTree *tree = m_browser->tree();
    tree->setHeaderHidden(true);
    tree->setColumnHidden(1, true); // the tooltip shows the ports; the dock is narrow
    tree->setDragEnabled(true);
    tree->setDragDropMode(QAbstractItemView::DragOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_browser);
    // Opening a file brings the templates beside it: list them.
    connect(m_doc, &DesignDocument::fileChanged, m_browser, &TemplateBrowser::syncLibrary);
    connect(m_browser, &TemplateBrowser::chosen, this, [this](const QString &choice) {
        const QString model = choice.section('|', 1);
        TemplateBrowser::noteUsed(model);
        emit addRequested(choice.section('|', 0, 0), model);
        if (!model.isEmpty())
            QTimer::singleShot(0, m_browser, &TemplateBrowser::rebuild); // recently used on top
    });
}

void PalettePanel::refresh()
{
    m_browser->setLibrary(&m_doc->templates());
}

QList<QTreeWidgetItem *> PalettePanel::itemsOf(const QString &model) const
{
    return m_browser->itemsOf(model);
}

} // namespace cn
