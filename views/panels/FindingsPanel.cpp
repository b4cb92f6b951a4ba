#include "panels/FindingsPanel.h"

#include "document/DesignDocument.h"
#include "panels/SeverityIcon.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cn {

FindingsPanel::FindingsPanel(DesignDocument *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName("findingsList");
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Rule"), tr("Finding"), tr("Elements")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Sized by the first rows, not by a thousand of them after every edit.
    m_list->header()->setResizeContentsPrecision(100);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = m_list->indexOfTopLevelItem(item);
        if (index >= 0 && index < int(m_doc->findings().size()))
            emit findingChosen(m_doc->findings()[std::size_t(index)].elements);
    });
    connect(m_list, &QTreeWidget::itemClicked, m_list, &QTreeWidget::itemActivated);
    connect(doc, &DesignDocument::findingsChanged, this, &FindingsPanel::refresh);
    refresh();
}

void FindingsPanel::refresh()
{
    const auto &findings = m_doc->findings();
    const FindingCounts c = countFindings(findings);
    m_summary->setText(tr("%n error(s)", nullptr, c.errors) + ", " +
                       tr("%n warning(s)", nullptr, c.warnings) + ", " +
                       tr("%n info", nullptr, c.info));
    // Findings arrive after every edit but a move; most edits change few of them. An
    // unchanged list is left as it is (with its selection and scroll position).
    auto same = [](const Finding &a, const Finding &b) {
        return a.severity == b.severity && a.rule == b.rule && a.message == b.message &&
               a.elements == b.elements;
    };
    if (std::equal(findings.begin(), findings.end(), m_shown.begin(), m_shown.end(), same))
        return;
    // Only the rows between the unchanged beginning and end are replaced: laying out a list of
    // a thousand wrapped rows anew takes longer than the findings took to make.
    const std::size_t common = std::min(findings.size(), m_shown.size());
    std::size_t head = 0, tail = 0;
    while (head < common && same(findings[head], m_shown[head]))
        ++head;
    while (tail < common - head &&
           same(findings[findings.size() - 1 - tail], m_shown[m_shown.size() - 1 - tail]))
        ++tail;
    const int removed = int(m_shown.size() - head - tail);
    if (removed > 200) {
        head = tail = 0; // as good as new: one rebuild
        m_list->clear();
    } else {
        for (int i = 0; i < removed; ++i)
            delete m_list->takeTopLevelItem(int(head));
    }
    m_shown = findings;
    const QIcon icons[] = {severityIcon(Severity::Error), severityIcon(Severity::Warning),
                           severityIcon(Severity::Info)};
    QList<QTreeWidgetItem *> items;
    for (std::size_t i = head; i < findings.size() - tail; ++i) {
        const Finding &f = findings[i];
        QStringList elements;
        for (const auto &e : f.elements)
            elements << QString::fromStdString(e);
        auto *item = new QTreeWidgetItem({QString::fromStdString(f.rule),
                                          QString::fromStdString(f.message), elements.join(", ")});
        item->setIcon(0, icons[std::clamp(int(f.severity), 0, 2)]);
        item->setToolTip(1, QString::fromStdString(f.message));
        items << item;
    }
    m_list->insertTopLevelItems(int(head), items);
}

} // namespace cn
