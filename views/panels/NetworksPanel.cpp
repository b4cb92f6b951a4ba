#include "panels/NetworksPanel.h"

#include "canvas/DiagramScene.h"
#include "canvas/NetworkStyle.h"
#include "design/ColorName.h"
#include "design/DesignEdits.h"
#include "design/Subnet.h"
#include "document/DesignDocument.h"
#include "io/DesignLoader.h"
#include "panels/FieldText.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cn
{

const char *const kNetworkMime = kNetworkDragMime;

namespace
{

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
std::string s(const QString &t)
{
    return t.trimmed().toStdString();
}
enum Column { Id, Name, Roles, Vlan, SubnetCol, Columns };

// The list drags a network by its id.
class NetworkTable : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;

protected:
    QStringList mimeTypes() const override { return {QString::fromLatin1(kNetworkMime)}; }
    QMimeData *mimeData(const QList<QTableWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        const QTableWidgetItem *first = item(items.first()->row(), Id);
        if (!first)
            return nullptr;
        auto *mime = new QMimeData;
        mime->setData(kNetworkMime, first->data(Qt::UserRole).toString().toUtf8());
        mime->setText(first->data(Qt::UserRole).toString());
        return mime;
    }
};

// A line under a field for its problem, always there so the form never jumps.
QLabel *problemLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setStyleSheet("color: #c62828;");
    l->setFixedHeight(l->fontMetrics().height() + 2);
    return l;
}

QString roleLabel(Role r)
{
    switch (r) {
    case Role::Management:
        return NetworksPanel::tr("management");
    case Role::Vm:
        return NetworksPanel::tr("VM traffic");
    case Role::Heartbeat:
        return NetworksPanel::tr("heartbeat");
    case Role::Csv:
        return NetworksPanel::tr("CSV");
    case Role::LiveMigration:
        return NetworksPanel::tr("live migration");
    case Role::IscsiHost:
        return NetworksPanel::tr("iSCSI (host)");
    case Role::IscsiGuest:
        return NetworksPanel::tr("iSCSI (guest)");
    case Role::Backup:
        return NetworksPanel::tr("backup");
    case Role::Oob:
        return NetworksPanel::tr("out-of-band");
    }
    return {};
}

} // namespace

NetworksPanel::NetworksPanel(DesignDocument *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_table = new NetworkTable(0, Columns, this);
    m_table->setObjectName("networksTable");
    m_table->setHorizontalHeaderLabels(
        {tr("Network"), tr("Name"), tr("Roles"), tr("VLAN"), tr("Subnet")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setToolTip(tr("Drag a network onto a port or a team on the canvas to bind it there."));
    m_error = new QLabel(this);
    m_error->setObjectName("networksError");
    m_error->setStyleSheet("color: #c62828;");
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add network"), this);
    add->setObjectName("addNetwork");
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName("removeNetwork");
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    // Six networks in sight at least; the form below scrolls rather than squeezing the list.
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6 +
                              m_table->horizontalHeader()->sizeHint().height() + 4);
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildForm());
    layout->addWidget(m_table, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 3);
    connect(add, &QPushButton::clicked, this, &NetworksPanel::addNetwork);
    connect(remove, &QPushButton::clicked, this, &NetworksPanel::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        if (m_populating)
            return;
        const auto rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        m_current = s(m_table->item(rows.first().row(), Id)->data(Qt::UserRole).toString());
        m_draft = false;
        m_error->hide();
        showForm();
    });
    connect(doc, &DesignDocument::designChanged, this, &NetworksPanel::refresh);
    refresh();
}

QWidget *NetworksPanel::buildForm()
{
    m_form = new QWidget(this);
    m_form->setObjectName("networkForm");
    auto *v = new QVBoxLayout(m_form);
    v->setContentsMargins(0, 4, 0, 0);
    m_formTitle = new QLabel(m_form);
    m_formTitle->setWordWrap(true);
    v->addWidget(m_formTitle);
    // Where a role is missing, said at the top, where it is seen.
    m_roleHint = problemLabel(m_form);
    m_roleHint->setObjectName("roleHint");
    v->addWidget(m_roleHint);
    auto *form = new QFormLayout;
    v->addLayout(form);
    auto line = [&](const QString &label, const QString &name, QLabel **problem) {
        auto *e = new QLineEdit(m_form);
        e->setObjectName(name);
        auto *box = new QWidget(m_form);
        auto *bl = new QVBoxLayout(box);
        bl->setContentsMargins(0, 0, 0, 0);
        bl->setSpacing(0);
        bl->addWidget(e);
        if (problem) {
            *problem = problemLabel(box);
            (*problem)->setObjectName(name + "Problem");
            bl->addWidget(*problem);
        }
        form->addRow(label, box);
        connect(e, &QLineEdit::editingFinished, this, &NetworksPanel::commitForm);
        connect(e, &QLineEdit::textEdited, this, &NetworksPanel::validateAsYouType);
        return e;
    };
    QLabel *idProblem = nullptr;
    m_id = line(tr("Id"), "networkId", &idProblem);
    m_id->setProperty("problem", QVariant::fromValue<QObject *>(idProblem));
    m_name = line(tr("Name"), "networkName", nullptr);
    auto *roles = new QWidget(m_form);
    auto *grid = new QGridLayout(roles);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (Role r : allRoles()) {
        auto *box = new QCheckBox(roleLabel(r), roles);
        box->setObjectName(q("role-" + toString(r)));
        m_roles[r] = box;
        grid->addWidget(box, i / 2, i % 2);
        ++i;
        connect(box, &QCheckBox::toggled, this, [this, r](bool on) {
            if (!m_populating)
                roleToggled(r, on);
        });
    }
    form->addRow(tr("Roles"), roles);
    m_vlan = line(tr("VLAN"), "networkVlan", &m_vlanProblem);
    m_vlan->setPlaceholderText(tr("1 to 4094, or empty"));
    m_subnet = line(tr("Subnet"), "networkSubnet", &m_subnetProblem);
    m_subnet->setPlaceholderText(tr("e.g. 10.0.10.0/24"));
    m_clusterUse = new QComboBox(m_form);
    m_clusterUse->setObjectName("networkClusterUse");
    m_clusterUse->addItem(tr("from the roles"), QString());
    for (const char *c : {"none", "cluster", "cluster-and-client"})
        m_clusterUse->addItem(QString::fromLatin1(c), QString::fromLatin1(c));
    form->addRow(tr("Cluster use"), m_clusterUse);
    m_isolation = new QComboBox(m_form);
    m_isolation->setObjectName("networkIsolation");
    m_isolation->addItem(tr("VLAN (default)"), QString());
    m_isolation->addItem(tr("VLAN"), QStringLiteral("vlan"));
    m_isolation->addItem(tr("own switches (physical)"), QStringLiteral("physical"));
    form->addRow(tr("Isolation"), m_isolation);
    for (QComboBox *c : {m_clusterUse, m_isolation}) {
        ignoreWheelUnlessFocused(c);
        connect(c, &QComboBox::activated, this, &NetworksPanel::commitForm);
    }
    m_load = line(tr("Load (Gb/s)"), "networkLoad", &m_loadProblem);
    auto *colours = new QWidget(m_form);
    auto *ch = new QHBoxLayout(colours);
    ch->setContentsMargins(0, 0, 0, 0);
    m_colour = new QPushButton(colours);
    m_colour->setObjectName("networkColour");
    m_colourAuto = new QPushButton(tr("Automatic"), colours);
    m_colourAuto->setObjectName("networkColourAuto");
    ch->addWidget(m_colour, 1);
    ch->addWidget(m_colourAuto);
    form->addRow(tr("Colour"), colours);
    connect(m_colour, &QPushButton::clicked, this, &NetworksPanel::chooseColour);
    connect(m_colourAuto, &QPushButton::clicked, this, [this] {
        if (m_draft || m_current.empty())
            return;
        const Network *n = m_doc->design().findNetwork(m_current);
        if (!n || n->color.empty())
            return;
        Network next = *n;
        next.color.clear();
        m_doc->apply(withNetworkReplaced(m_doc->design(), m_current, next),
                     tr("Edit network %1").arg(q(next.id)));
    });
    return m_form;
}

void NetworksPanel::select(const std::string &id)
{
    m_current = id;
    m_draft = false;
    refresh();
}

void NetworksPanel::refresh()
{
    m_populating = true;
    const Design &d = m_doc->design();
    if (!m_draft && !m_current.empty() && !d.findNetwork(m_current))
        m_current.clear();
    m_table->setRowCount(int(d.networks.size()));
    m_table->clearSelection();
    for (int r = 0; r < int(d.networks.size()); ++r) {
        const Network &n = d.networks[std::size_t(r)];
        const QStringList values = {q(n.id), q(n.name), rolesText(n),
                                    n.vlan ? QString::number(*n.vlan) : QString(), q(n.subnet)};
        for (int c = 0; c < Columns; ++c) {
            auto *item = new QTableWidgetItem(values.at(c));
            item->setData(Qt::UserRole, q(n.id));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled);
            m_table->setItem(r, c, item);
        }
        m_table->item(r, Id)->setData(Qt::DecorationRole, networkColor(d, r));
        if (n.id == m_current && !m_draft)
            m_table->selectRow(r);
    }
    m_populating = false;
    showForm();
}

void NetworksPanel::showForm()
{
    m_populating = true;
    const Design &d = m_doc->design();
    const Network *n = m_draft ? &m_draftNetwork : d.findNetwork(m_current);
    m_form->setEnabled(n != nullptr);
    if (!n) {
        m_formTitle->setText(tr("Choose a network above, or add one."));
        for (QLineEdit *e : {m_id, m_name, m_vlan, m_subnet, m_load})
            e->clear();
        for (auto &[r, box] : m_roles)
            box->setChecked(false);
        m_roleHint->clear();
        m_populating = false;
        return;
    }
    m_formTitle->setText(m_draft ? "<b>" + tr("New network") + "</b> " +
                                       tr("(not in the design until it has a role)")
                                 : "<b>" + tr("Network %1").arg(q(n->id)) + "</b>");
    // A field the user is still typing in, with a problem shown, keeps its text.
    auto set = [](QLineEdit *e, QLabel *problem, const QString &text) {
        if (!(e->hasFocus() && problem && !problem->text().isEmpty()))
            e->setText(text);
    };
    set(m_id, qobject_cast<QLabel *>(m_id->property("problem").value<QObject *>()), q(n->id));
    m_id->setPlaceholderText(m_draft ? tr("from the first role") : QString());
    set(m_name, nullptr, q(n->name));
    set(m_vlan, m_vlanProblem, n->vlan ? QString::number(*n->vlan) : QString());
    set(m_subnet, m_subnetProblem, q(n->subnet));
    set(m_load, m_loadProblem, n->loadGbps ? QString::number(*n->loadGbps) : QString());
    for (auto &[r, box] : m_roles)
        box->setChecked(n->hasRole(r));
    m_roleHint->setText(n->roles.empty() ? tr("No role yet: choose at least one.") : QString());
    m_clusterUse->setCurrentIndex(
        n->clusterUse ? m_clusterUse->findData(q(toString(*n->clusterUse))) : 0);
    m_isolation->setCurrentIndex(n->isolation ? m_isolation->findData(q(toString(*n->isolation)))
                                              : 0);
    const int index = m_draft ? -1
                      : d.networks.empty()
                          ? -1
                          : int(std::find_if(d.networks.begin(), d.networks.end(),
                                             [&](const Network &x) { return x.id == n->id; }) -
                                d.networks.begin());
    const QColor c = index >= 0 ? networkColor(d, index) : QColor(Qt::lightGray);
    m_colour->setText(n->color.empty() ? tr("automatic (%1)").arg(c.name()) : q(n->color));
    m_colour->setStyleSheet(QString("background: %1; color: %2;")
                                .arg(c.name(), c.lightness() < 128 ? "white" : "black"));
    m_colourAuto->setEnabled(!n->color.empty());
    m_populating = false;
    validateAsYouType();
}

QString NetworksPanel::readForm(Network &n) const
{
    QString first;
    auto note = [&](const QString &e) {
        if (first.isEmpty())
            first = e;
    };
    const QString id = m_id->text().trimmed();
    if (!(m_draft && id.isEmpty())) {
        if (QString e = checkId(id, tr("network")); !e.isEmpty())
            note(e);
        else if (s(id) != n.id && m_doc->design().findNetwork(s(id)))
            note(tr("there is already a network '%1'").arg(id));
        else
            n.id = s(id);
    }
    n.name = s(m_name->text());
    if (QString e = readVlan(m_vlan->text(), n.vlan); !e.isEmpty())
        note(e);
    if (QString e = readSubnet(m_subnet->text(), n.subnet); !e.isEmpty())
        note(e);
    if (QString e = readGbps(m_load->text(), n.loadGbps); !e.isEmpty())
        note(e);
    const QString use = m_clusterUse->currentData().toString();
    n.clusterUse = use.isEmpty() ? std::nullopt : clusterUseFromString(s(use));
    const QString iso = m_isolation->currentData().toString();
    n.isolation = iso.isEmpty() ? std::nullopt : isolationFromString(s(iso));
    return first;
}

void NetworksPanel::validateAsYouType()
{
    Network scratch = m_draft ? m_draftNetwork : Network{};
    if (const Network *n = m_doc->design().findNetwork(m_current); n && !m_draft)
        scratch = *n;
    const QString id = m_id->text().trimmed();
    QString idProblem;
    if (!(m_draft && id.isEmpty())) {
        idProblem = checkId(id, tr("network"));
        if (idProblem.isEmpty() && s(id) != scratch.id && m_doc->design().findNetwork(s(id)))
            idProblem = tr("there is already a network '%1'").arg(id);
    }
    if (auto *l = qobject_cast<QLabel *>(m_id->property("problem").value<QObject *>()))
        l->setText(idProblem);
    std::optional<int> vlan;
    m_vlanProblem->setText(readVlan(m_vlan->text(), vlan));
    std::string subnet;
    m_subnetProblem->setText(readSubnet(m_subnet->text(), subnet));
    std::optional<double> load;
    m_loadProblem->setText(readGbps(m_load->text(), load));
    for (QLabel *l : {m_vlanProblem, m_subnetProblem, m_loadProblem})
        l->setToolTip(l->text()); // the whole reason, where the panel is narrow
}

void NetworksPanel::commitForm()
{
    if (m_populating)
        return;
    validateAsYouType();
    if (m_draft) {
        // Kept in the form, with its problems shown, until it has a role.
        Network n = m_draftNetwork;
        readForm(n);
        m_draftNetwork = n;
        if (m_id->text().trimmed().isEmpty())
            m_draftNetwork.id.clear();
        return;
    }
    const Network *old = m_doc->design().findNetwork(m_current);
    if (!old)
        return;
    Network n = *old;
    if (!readForm(n).isEmpty())
        return; // the problem is shown beside its field; the text stays for the user to fix
    if (n.id == old->id && n.name == old->name && n.vlan == old->vlan && n.subnet == old->subnet &&
        n.loadGbps == old->loadGbps && n.clusterUse == old->clusterUse &&
        n.isolation == old->isolation)
        return;
    const std::string oldId = old->id;
    const QString error = m_doc->apply(withNetworkReplaced(m_doc->design(), oldId, n),
                                       tr("Edit network %1").arg(q(n.id)));
    m_error->setVisible(!error.isEmpty());
    m_error->setText(tr("Not applied: %1").arg(error));
    if (error.isEmpty() && n.id != oldId)
        select(n.id);
}

void NetworksPanel::roleToggled(Role role, bool on)
{
    m_error->hide();
    if (m_draft) {
        if (!on)
            return;
        Network n = m_draftNetwork;
        readForm(n);
        if (n.id.empty() || m_doc->design().findNetwork(n.id) || !isValidId(n.id))
            n.id = suggestedNetworkId(m_doc->design(), role);
        n.roles = {role};
        const QString error =
            m_doc->apply(withNetwork(m_doc->design(), n), tr("Add network %1").arg(q(n.id)));
        if (!error.isEmpty()) {
            m_error->setText(tr("Not added: %1").arg(error));
            m_error->show();
            return;
        }
        m_draft = false;
        select(n.id);
        return;
    }
    const Network *old = m_doc->design().findNetwork(m_current);
    if (!old)
        return;
    Network n = *old;
    if (on && !n.hasRole(role))
        n.roles.push_back(role);
    if (!on)
        n.roles.erase(std::remove(n.roles.begin(), n.roles.end(), role), n.roles.end());
    if (n.roles.empty()) {
        m_populating = true;
        m_roles[role]->setChecked(true);
        m_populating = false;
        m_roleHint->setText(tr("A network keeps at least one role: choose another first."));
        return;
    }
    m_roleHint->clear();
    m_doc->apply(
        withNetworkReplaced(m_doc->design(), n.id, n),
        tr("%1 role %2 of %3").arg(on ? tr("Add") : tr("Remove"), roleLabel(role), q(n.id)));
}

void NetworksPanel::chooseColour()
{
    if (m_draft || m_current.empty())
        return;
    const Design &d = m_doc->design();
    const Network *n = d.findNetwork(m_current);
    if (!n)
        return;
    const int index = int(n - d.networks.data());
    const QColor chosen = QColorDialog::getColor(networkColor(d, index), this,
                                                 tr("Colour of %1").arg(q(n->displayName())));
    if (!chosen.isValid())
        return;
    Network next = *n;
    next.color = chosen.name().toStdString();
    m_doc->apply(withNetworkReplaced(d, next.id, next), tr("Colour of network %1").arg(q(next.id)));
}

void NetworksPanel::addNetwork()
{
    m_draft = true;
    m_draftNetwork = Network{};
    m_current.clear();
    m_error->hide();
    m_populating = true;
    m_table->clearSelection();
    m_populating = false;
    for (QLineEdit *e : {m_id, m_name, m_vlan, m_subnet, m_load})
        e->clear();
    showForm();
    m_scroll->ensureWidgetVisible(m_formTitle);
    m_id->setFocus();
}

void NetworksPanel::removeSelected()
{
    if (m_draft) {
        m_draft = false;
        refresh();
        return;
    }
    if (m_current.empty() || !m_doc->design().findNetwork(m_current))
        return;
    const std::string id = m_current;
    m_doc->apply(withoutNetwork(m_doc->design(), id), tr("Remove network %1").arg(q(id)));
}

} // namespace cn
