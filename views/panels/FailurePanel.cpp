#include "panels/FailurePanel.h"

#include "canvas/DiagramScene.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cn {

FailurePanel::FailurePanel(DiagramScene *scene, QWidget *parent) : QWidget(parent), m_scene(scene)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName("failureList");
    m_list->setHeaderLabels({tr("Lost"), tr("Roles")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *clear = new QPushButton(tr("Repair all"), this);
    layout->addWidget(m_help);
    layout->addWidget(m_list);
    layout->addWidget(clear);
    connect(clear, &QPushButton::clicked, scene, &DiagramScene::clearFailures);
    connect(scene, &DiagramScene::failuresChanged, this, &FailurePanel::refresh);
    refresh();
}

void FailurePanel::refresh()
{
    m_list->clear();
    const FailureReport &r = m_scene->failureReport();
    if (!m_scene->failureMode()) {
        m_help->setText(tr("Turn on failure mode (Design menu) and click a switch, a NIC card or a cable to fail it."));
        return;
    }
    if (r.failed.empty()) {
        m_help->setText(tr("Failure mode is on: click a switch, a NIC card or a cable to fail it; click again to repair."));
        return;
    }
    QStringList failed;
    for (const auto &f : r.failed)
        failed << QString::fromStdString(f);
    m_help->setText(r.lostPairs.empty() ? tr("Failed: %1. Nothing is cut.").arg(failed.join(", "))
                                        : tr("Failed: %1. Cut:").arg(failed.join(", ")));
    for (std::size_t i = 0; i < r.lostPairs.size(); ++i)
        new QTreeWidgetItem(m_list, {QString::fromStdString(r.lostPairs[i].first) + " ↔ " +
                                         QString::fromStdString(r.lostPairs[i].second),
                                     r.lostRoles[i]});
}

} // namespace cn
