#include "panels/FindingsPanel.h"

#include "design/AcceptedRisks.h"
#include "dialogs/AcceptRiskDialog.h"
#include "document/DesignDocument.h"
#include "panels/SeverityIcon.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

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
    m_accept = new QAction(tr("Accept Risk…"), this);
    m_accept->setToolTip(tr("Accept the selected finding as an intended risk, with a reason and a name"));
    m_withdraw = new QAction(tr("Withdraw Acceptance"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    for (QAction *a : {m_accept, m_withdraw}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        top->addWidget(button);
    }
    layout->addLayout(top);
    layout->addWidget(m_list);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (!m_list->itemAt(at))
            return;
        m_list->setCurrentItem(m_list->itemAt(at));
        QMenu menu(this);
        menu.addAction(m_accept);
        menu.addAction(m_withdraw);
        menu.exec(m_list->viewport()->mapToGlobal(at));
    });
    connect(m_accept, &QAction::triggered, this, &FindingsPanel::acceptCurrent);
    connect(m_withdraw, &QAction::triggered, this, &FindingsPanel::withdrawCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &FindingsPanel::updateActions);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const int index = indexOf(item); index >= 0)
            emit findingChosen(m_doc->findings()[std::size_t(index)].elements);
    });
    connect(m_list, &QTreeWidget::itemClicked, m_list, &QTreeWidget::itemActivated);
    connect(doc, &DesignDocument::findingsChanged, this, &FindingsPanel::refresh);
    refresh();
}

QTreeWidgetItem *FindingsPanel::makeItem(const Finding &f) const
{
    QStringList elements;
    for (const auto &e : f.elements)
        elements << QString::fromStdString(e);
    QString message = QString::fromStdString(f.message);
    if (f.accepted)
        message += "\n" + tr("Accepted by %1: %2").arg(QString::fromStdString(f.acceptedBy),
                                                        QString::fromStdString(f.acceptedReason));
    const QString rule = QString::fromStdString(f.rule);
    auto *item = new QTreeWidgetItem({f.accepted ? tr("%1 (accepted)").arg(rule) : rule, message, elements.join(", ")});
    item->setIcon(0, severityIcon(f.severity));
    item->setToolTip(1, message);
    if (f.accepted)
        for (int c = 0; c < 3; ++c)
            item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
    return item;
}

void FindingsPanel::refresh()
{
    const auto &findings = m_doc->findings();
    const FindingCounts c = countFindings(findings);
    QString summary = tr("%n error(s)", nullptr, c.errors) + ", " + tr("%n warning(s)", nullptr, c.warnings) +
                      ", " + tr("%n info", nullptr, c.info);
    if (c.accepted > 0)
        summary += "; " + tr("%n accepted", nullptr, c.accepted);
    m_summary->setText(summary);
    // Findings arrive after every edit but a move; most edits change few of them. An
    // unchanged list is left as it is (with its selection and scroll position).
    auto same = [](const Finding &a, const Finding &b) {
        return a.severity == b.severity && a.rule == b.rule && a.message == b.message &&
               a.elements == b.elements && a.accepted == b.accepted && a.acceptedBy == b.acceptedBy &&
               a.acceptedReason == b.acceptedReason;
    };
    if (!std::equal(findings.begin(), findings.end(), m_shown.begin(), m_shown.end(), same)) {
        // Only the rows between the unchanged beginning and end are replaced: laying out a list
        // of a thousand wrapped rows anew takes longer than the findings took to make.
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
        QList<QTreeWidgetItem *> items;
        for (std::size_t i = head; i < findings.size() - tail; ++i)
            items << makeItem(findings[i]);
        m_list->insertTopLevelItems(int(head), items);
    }
    // The acceptance indices of unchanged rows may have moved with other acceptances.
    m_shown = findings;
    updateActions();
}

int FindingsPanel::indexOf(QTreeWidgetItem *item) const
{
    const int index = item ? m_list->indexOfTopLevelItem(item) : -1;
    return index >= 0 && index < int(m_doc->findings().size()) ? index : -1;
}

int FindingsPanel::currentIndex() const { return indexOf(m_list->currentItem()); }

void FindingsPanel::updateActions()
{
    const int index = currentIndex();
    const Finding *f = index >= 0 ? &m_doc->findings()[std::size_t(index)] : nullptr;
    m_accept->setEnabled(f && !f->accepted && f->rule != kStaleAcceptanceRule);
    m_withdraw->setEnabled(f && f->acceptedRisk >= 0);
    m_withdraw->setText(f && f->rule == kStaleAcceptanceRule ? tr("Remove Stale Acceptance") : tr("Withdraw Acceptance"));
}

void FindingsPanel::acceptCurrent()
{
    const int index = currentIndex();
    if (index < 0 || !m_accept->isEnabled())
        return;
    QSettings settings;
    QString name = settings.value("risks/acceptedBy").toString();
    if (name.isEmpty())
        name = QString::fromStdString(m_doc->design().title.author);
    AcceptRiskDialog dialog(m_doc->findings()[std::size_t(index)], name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AcceptedRisk risk = dialog.risk();
    settings.setValue("risks/acceptedBy", QString::fromStdString(risk.by));
    m_doc->apply(withAcceptedRisk(m_doc->design(), risk), tr("Accept risk %1").arg(QString::fromStdString(risk.rule)));
}

void FindingsPanel::withdrawCurrent()
{
    const int index = currentIndex();
    if (index < 0)
        return;
    const int risk = m_doc->findings()[std::size_t(index)].acceptedRisk;
    if (risk >= 0)
        m_doc->apply(withoutAcceptedRisk(m_doc->design(), std::size_t(risk)), tr("Withdraw acceptance"));
}

} // namespace cn
