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
        const int index = item->data(0, Qt::UserRole).toInt();
        if (index >= 0 && index < int(m_doc->findings().size()))
            emit findingChosen(m_doc->findings()[std::size_t(index)].elements);
    });
    connect(m_list, &QTreeWidget::itemClicked, m_list, &QTreeWidget::itemActivated);
    connect(doc, &DesignDocument::findingsChanged, this, &FindingsPanel::refresh);
    refresh();
}

void FindingsPanel::refresh()
{
    m_list->clear();
    const auto &findings = m_doc->findings();
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding &f = findings[i];
        QStringList elements;
        for (const auto &e : f.elements)
            elements << QString::fromStdString(e);
        QString message = QString::fromStdString(f.message);
        if (f.accepted)
            message += "\n" + tr("Accepted by %1: %2").arg(QString::fromStdString(f.acceptedBy),
                                                            QString::fromStdString(f.acceptedReason));
        auto *item = new QTreeWidgetItem(
            m_list, {f.accepted ? tr("%1 (accepted)").arg(QString::fromStdString(f.rule)) : QString::fromStdString(f.rule),
                     message, elements.join(", ")});
        item->setIcon(0, severityIcon(f.severity));
        item->setToolTip(1, message);
        item->setData(0, Qt::UserRole, int(i));
        if (f.accepted)
            for (int c = 0; c < 3; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    const FindingCounts c = countFindings(findings);
    int accepted = 0;
    for (const Finding &f : findings)
        accepted += f.accepted ? 1 : 0;
    QString summary = tr("%n error(s)", nullptr, c.errors) + ", " + tr("%n warning(s)", nullptr, c.warnings) + ", " +
                      tr("%n info", nullptr, c.info);
    if (accepted > 0)
        summary += "; " + tr("%n accepted", nullptr, accepted);
    m_summary->setText(summary);
    updateActions();
}

int FindingsPanel::currentIndex() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const int index = item ? item->data(0, Qt::UserRole).toInt() : -1;
    return index >= 0 && index < int(m_doc->findings().size()) ? index : -1;
}

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
