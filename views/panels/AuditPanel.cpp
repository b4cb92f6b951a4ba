#include "panels/AuditPanel.h"

#include "canvas/AuditMarks.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cn
{

AuditPanel::AuditPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    auto *open = new QPushButton(tr("Open Inventories…"), this);
    m_clear = new QPushButton(tr("Clear"), this);
    top->addWidget(m_summary, 1);
    top->addWidget(open);
    top->addWidget(m_clear);
    m_legend = new QLabel(this);
    m_legend->setText(tr("<span style=\"color:%1\">&#9636;</span> built differently from the "
                         "design (dashed frame on "
                         "the canvas; cables shaded)")
                          .arg(kAuditMarkColor.name()));
    m_list = new QTreeWidget(this);
    m_list->setObjectName("auditList");
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Host"), tr("Difference"), tr("What was built")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addLayout(top);
    layout->addWidget(m_legend);
    layout->addWidget(m_list);
    connect(open, &QPushButton::clicked, this, &AuditPanel::openRequested);
    connect(m_clear, &QPushButton::clicked, this, &AuditPanel::clearRequested);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = item->data(0, Qt::UserRole).toInt();
        if (index >= 0 && index < int(m_result.differences.size()))
            emit differenceChosen(m_result.differences[std::size_t(index)].elements);
    });
    connect(m_list, &QTreeWidget::itemClicked, m_list, &QTreeWidget::itemActivated);
    setResult({}, {});
}

void AuditPanel::setResult(const QStringList &sources, const AuditResult &result)
{
    m_result = result;
    m_list->clear();
    m_clear->setEnabled(!sources.isEmpty());
    m_legend->setVisible(!sources.isEmpty());
    if (sources.isEmpty()) {
        m_summary->setText(
            tr("No inventory laid over the design. Collect one on each host with Help ▸ Collect "
               "Host Inventory…, then open the files here."));
        return;
    }
    QStringList names;
    for (const QString &s : sources)
        names << QFileInfo(s).fileName();
    m_summary->setText(tr("%n difference(s) from %1", nullptr, int(result.differences.size()))
                           .arg(names.join(", ")));
    for (std::size_t i = 0; i < result.differences.size(); ++i) {
        const AuditDifference &d = result.differences[i];
        auto *item = new QTreeWidgetItem(m_list, {QString::fromStdString(d.host),
                                                  QString::fromStdString(d.kind),
                                                  QString::fromStdString(d.message)});
        item->setToolTip(2, QString::fromStdString(d.message));
        item->setData(0, Qt::UserRole, int(i));
    }
    for (const std::string &n : result.notes) {
        auto *item =
            new QTreeWidgetItem(m_list, {QString(), tr("note"), QString::fromStdString(n)});
        item->setData(0, Qt::UserRole, -1);
        item->setForeground(2, palette().color(QPalette::Disabled, QPalette::Text));
    }
}

} // namespace cn
