#include "panels/FailurePanel.h"

#include "analysis/DesignIndex.h"
#include "analysis/FailureAnalysis.h"
#include "analysis/FindingText.h"
#include "canvas/DiagramScene.h"
#include "document/DesignDocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cn
{
namespace
{

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString gbps(int mbps)
{
    return QString::number(mbps / 1000.0, 'g', 4) + " Gb/s";
}

QString seconds(double s)
{
    return s > 0 ? QString::number(s, 'f', 0) + " s" : FailurePanel::tr("no path");
}

} // namespace

FailurePanel::FailurePanel(DiagramScene *scene, QWidget *parent) : QWidget(parent), m_scene(scene)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_help = new QLabel(this);
    m_help->setObjectName("failureSummary");
    m_help->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName("failureList");
    m_list->setHeaderLabels({tr("Lost"), tr("Detail")});
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
    m_impact = {};
    const FailureReport &r = m_scene->failureReport();
    if (!m_scene->failureMode()) {
        m_help->setText(tr("Turn on failure mode (Design menu) and click a switch, a NIC card or a "
                           "cable to fail it."));
        return;
    }
    if (r.failed.empty()) {
        m_help->setText(tr("Failure mode is on: click a switch, a NIC card or a cable to fail it; "
                           "click again to repair."));
        return;
    }
    const DesignDocument *doc = m_scene->document();
    const DesignIndex index(doc->design(), doc->templates());
    const FailureAnalysis analysis(index);
    m_impact = failureImpact(index, analysis, r.failed);
    const FailureImpact &im = m_impact;

    QStringList failed;
    for (const auto &f : r.failed)
        failed << q(f);
    if (im.nothingLost()) {
        m_help->setText(tr("Failed: %1. Nothing is cut: every pair keeps its roles, and no host "
                           "loses bandwidth.")
                            .arg(failed.join(", ")));
        return;
    }
    QStringList lost;
    if (!im.cutPairs.empty())
        lost << tr("%n pair(s) cut", nullptr, int(im.cutPairs.size()));
    int down = 0;
    for (const NetworkImpact &n : im.networks)
        down += n.down();
    if (down)
        lost << tr("%n network(s) down", nullptr, down);
    if (!im.bandwidth.empty())
        lost << tr("bandwidth lost");
    if (im.estimatesChange())
        lost << tr("estimates change");
    m_help->setText(tr("Failed: %1. %2.").arg(failed.join(", "), lost.join(", ")));

    auto section = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_list, {title});
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setExpanded(true);
        item->setFirstColumnSpanned(true);
        return item;
    };
    if (!im.clusters.empty()) {
        QTreeWidgetItem *s = section(tr("Roles lost"));
        for (const ClusterLoss &c : im.clusters) {
            QStringList pairs;
            for (const auto &[a, b] : c.pairs)
                pairs << q(a) + " ↔ " + q(b);
            new QTreeWidgetItem(
                s, {c.cluster.empty() ? tr("outside clusters") : tr("cluster %1").arg(q(c.cluster)),
                    FindingText::roles(c.roles) + ": " + pairs.join(", ")});
        }
        s->setExpanded(true);
    }
    if (!im.networks.empty()) {
        QTreeWidgetItem *s = section(tr("Networks"));
        for (const NetworkImpact &n : im.networks) {
            QStringList cut;
            for (const auto &d : n.cutOff)
                cut << q(d);
            const QString state =
                n.down()
                    ? tr("down")
                    : tr("split: %1 of %2 pairs still joined").arg(n.pairsAfter).arg(n.pairsBefore);
            new QTreeWidgetItem(
                s, {q(n.network),
                    state + (cut.isEmpty() ? QString()
                                           : "; " + tr("cut off: %1").arg(cut.join(", ")))});
        }
        s->setExpanded(true);
    }
    if (!im.bandwidth.empty()) {
        QTreeWidgetItem *s = section(tr("Bandwidth"));
        for (const BandwidthLoss &b : im.bandwidth)
            new QTreeWidgetItem(
                s, {b.team.empty() ? q(b.device) : tr("%1 team %2").arg(q(b.device), q(b.team)),
                    tr("%1 → %2 (−%3)")
                        .arg(gbps(b.beforeMbps), gbps(b.afterMbps),
                             gbps(b.beforeMbps - b.afterMbps))});
        s->setExpanded(true);
    }
    const Policy &policy = doc->design().policy;
    // The estimates under the failure, every one, so "unchanged" is seen as well as a change.
    if (!im.drains.empty()) {
        int changed = 0;
        for (const DrainChange &c : im.drains)
            changed += c.changed();
        QTreeWidgetItem *s =
            section(changed ? tr("Live migration (host drain): %n host(s) slower", nullptr, changed)
                            : tr("Live migration (host drain): unchanged"));
        s->setData(0, Qt::UserRole, QStringLiteral("drains"));
        for (const DrainChange &c : im.drains) {
            const bool over = c.afterS <= 0 || c.afterS > policy.evacuationLimit();
            const QString text =
                !c.changed()
                    ? tr("%1 at %2 Gb/s, unchanged").arg(seconds(c.beforeS)).arg(c.beforeGbps)
                    : tr("%1 at %2 Gb/s → %3 at %4 Gb/s%5")
                          .arg(seconds(c.beforeS))
                          .arg(c.beforeGbps)
                          .arg(seconds(c.afterS))
                          .arg(c.afterGbps)
                          .arg(over ? tr(" (over the %1 s limit)").arg(policy.evacuationLimit())
                                    : QString());
            auto *item = new QTreeWidgetItem(s, {q(c.host), text});
            if (c.changed() && over)
                item->setForeground(1, QColor("#c62828"));
        }
        s->setExpanded(changed > 0);
    }
    if (!im.capacity.empty()) {
        int changed = 0;
        for (const CapacityChange &c : im.capacity)
            changed += c.changed();
        QTreeWidgetItem *s = section(
            changed ? tr("Failover capacity: %n network(s) with less room", nullptr, changed)
                    : tr("Failover capacity: unchanged"));
        s->setData(0, Qt::UserRole, QStringLiteral("capacity"));
        for (const CapacityChange &c : im.capacity) {
            const QString text = !c.changed()
                                     ? tr("room %1 Gb/s, unchanged").arg(c.roomBeforeGbps)
                                     : tr("room %1 → %2 Gb/s%3")
                                           .arg(c.roomBeforeGbps)
                                           .arg(c.roomAfterGbps)
                                           .arg(c.shortAfter ? tr(" (short of room)") : QString());
            auto *item =
                new QTreeWidgetItem(s, {tr("%1 on %2").arg(q(c.cluster), q(c.network)), text});
            if (c.shortAfter)
                item->setForeground(1, QColor("#c62828"));
        }
        s->setExpanded(changed > 0);
    }
    if (!im.cutPairs.empty()) {
        QTreeWidgetItem *s = section(tr("Pairs cut"));
        for (std::size_t i = 0; i < r.lostPairs.size(); ++i)
            new QTreeWidgetItem(
                s, {q(r.lostPairs[i].first) + " ↔ " + q(r.lostPairs[i].second), r.lostRoles[i]});
        s->setExpanded(true);
    }
}

} // namespace cn
