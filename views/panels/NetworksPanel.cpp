#include "panels/NetworksPanel.h"

#include "design/ColorName.h"
#include "document/DesignDocument.h"
#include "design/DesignEdits.h"
#include "panels/FieldText.h"
#include "canvas/NetworkStyle.h"
#include "design/Subnet.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cn {
namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }
std::string s(const QString &t) { return t.trimmed().toStdString(); }
enum Column { Id, Name, Roles, Vlan, SubnetCol, ClusterUseCol, IsolationCol, Load, Colour, Columns };

} // namespace

NetworksPanel::NetworksPanel(DesignDocument *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_table = new QTableWidget(0, Columns, this);
    m_table->setObjectName("networksTable");
    m_table->setHorizontalHeaderLabels({tr("Id"), tr("Name"), tr("Roles"), tr("VLAN"), tr("Subnet"),
                                        tr("Cluster use"), tr("Isolation"), tr("Load Gb/s"), tr("Colour")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setToolTip(tr("Roles: management, vm, heartbeat, csv, live-migration, iscsi-host, iscsi-guest, "
                           "backup, oob. Cluster use: none, cluster, cluster-and-client (empty: from the roles). "
                           "Isolation: vlan or physical."));
    m_error = new QLabel(this);
    m_error->setStyleSheet("color: #c62828;");
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add network"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addWidget(m_error);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &NetworksPanel::addNetwork);
    connect(remove, &QPushButton::clicked, this, &NetworksPanel::removeSelected);
    connect(m_table, &QTableWidget::cellChanged, this, [this](int row) {
        if (!m_populating)
            commitRow(row);
    });
    connect(doc, &DesignDocument::designChanged, this, &NetworksPanel::refresh);
    refresh();
}

void NetworksPanel::refresh()
{
    m_populating = true;
    const Design &d = m_doc->design();
    m_table->setRowCount(int(d.networks.size()));
    for (int r = 0; r < int(d.networks.size()); ++r) {
        const Network &n = d.networks[std::size_t(r)];
        const QStringList values = {q(n.id),
                                    q(n.name),
                                    rolesText(n),
                                    n.vlan ? QString::number(*n.vlan) : QString(),
                                    q(n.subnet),
                                    n.clusterUse ? q(toString(*n.clusterUse)) : QString(),
                                    n.isolation ? q(toString(*n.isolation)) : QString(),
                                    n.loadGbps ? QString::number(*n.loadGbps) : QString(),
                                    q(n.color)};
        for (int c = 0; c < Columns; ++c)
            m_table->setItem(r, c, new QTableWidgetItem(values.at(c)));
        auto *swatch = m_table->item(r, Colour);
        swatch->setBackground(networkColor(d, r));
        swatch->setForeground(networkColor(d, r).lightness() < 128 ? Qt::white : Qt::black);
    }
    m_populating = false;
}

void NetworksPanel::addNetwork()
{
    Network n;
    n.id = nextFreeId("net1", networkIds(m_doc->design()));
    n.roles = {Role::Vm};
    m_doc->apply(withNetwork(m_doc->design(), n), tr("Add network %1").arg(q(n.id)));
}

void NetworksPanel::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_doc->design().networks.size()))
        return;
    const std::string id = m_doc->design().networks[std::size_t(row)].id;
    m_doc->apply(withoutNetwork(m_doc->design(), id), tr("Remove network %1").arg(q(id)));
}

void NetworksPanel::commitRow(int row)
{
    const Design &d = m_doc->design();
    if (row < 0 || row >= int(d.networks.size()))
        return;
    const Network &old = d.networks[std::size_t(row)];
    Network n = old;
    auto text = [&](int c) { return m_table->item(row, c) ? m_table->item(row, c)->text().trimmed() : QString(); };
    auto fail = [&](const QString &e) {
        m_error->setText(tr("Not applied: %1").arg(e));
        m_error->show();
        refresh();
    };
    if (QString e = checkId(text(Id), tr("network")); !e.isEmpty())
        return fail(e);
    n.id = s(text(Id));
    if (n.id != old.id && d.findNetwork(n.id))
        return fail(tr("there is already a network '%1'").arg(text(Id)));
    n.name = s(text(Name));
    if (QString e = readRoles(text(Roles), n); !e.isEmpty())
        return fail(e);
    if (text(Vlan).isEmpty()) {
        n.vlan.reset();
    } else {
        bool ok = false;
        const int v = text(Vlan).toInt(&ok);
        if (!ok || v < 1 || v > 4094)
            return fail(tr("VLAN must be an integer from 1 to 4094"));
        n.vlan = v;
    }
    n.subnet = s(text(SubnetCol));
    if (!n.subnet.empty() && !parseCidr(n.subnet))
        return fail(tr("bad subnet '%1': expected a prefix such as 10.0.0.0/24").arg(text(SubnetCol)));
    if (text(ClusterUseCol).isEmpty()) {
        n.clusterUse.reset();
    } else if (!(n.clusterUse = clusterUseFromString(s(text(ClusterUseCol))))) {
        return fail(tr("cluster use is none, cluster or cluster-and-client"));
    }
    if (text(IsolationCol).isEmpty()) {
        n.isolation.reset();
    } else if (!(n.isolation = isolationFromString(s(text(IsolationCol))))) {
        return fail(tr("isolation is vlan or physical"));
    }
    if (text(Load).isEmpty()) {
        n.loadGbps.reset();
    } else {
        bool ok = false;
        const double v = text(Load).toDouble(&ok);
        if (!ok || v < 0)
            return fail(tr("load is a number of Gb/s"));
        n.loadGbps = v;
    }
    n.color = s(text(Colour));
    if (!n.color.empty() && !isValidColor(n.color))
        return fail(tr("colour is #RRGGBB or a colour name"));
    m_error->hide();
    const QString error = m_doc->apply(withNetworkReplaced(d, old.id, n), tr("Edit network %1").arg(q(n.id)));
    if (!error.isEmpty())
        fail(error);
}

} // namespace cn
