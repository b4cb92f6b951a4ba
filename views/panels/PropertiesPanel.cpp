#include "panels/PropertiesPanel.h"

#include "document/DesignDocument.h"
#include "design/DesignEdits.h"
#include "canvas/DiagramScene.h"
#include "panels/FieldText.h"
#include "io/YamlAccess.h"
#include "canvas/NetworkStyle.h"
#include "templates/DeviceKind.h"
#include "design/Endpoint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QSignalBlocker>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cn {
namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }
std::string s(const QString &t) { return t.trimmed().toStdString(); }

QString number(std::optional<double> v) { return v ? QString::number(*v, 'g', 12) : QString(); }

bool readNumber(const QString &text, std::optional<double> &out)
{
    if (text.trimmed().isEmpty()) {
        out.reset();
        return true;
    }
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || v < 0)
        return false;
    out = v;
    return true;
}

QString cell(QTableWidget *t, int row, int col)
{
    if (auto *combo = qobject_cast<QComboBox *>(t->cellWidget(row, col)))
        return combo->currentText().trimmed();
    const QTableWidgetItem *i = t->item(row, col);
    return i ? i->text().trimmed() : QString();
}

void setRow(QTableWidget *t, int row, const QStringList &values)
{
    for (int c = 0; c < values.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(values.at(c)));
}

} // namespace

PropertiesPanel::PropertiesPanel(DesignDocument *doc, DiagramScene *scene, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_scene(scene)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_error = new QLabel(this);
    m_error->setObjectName("propertiesError");
    m_error->setWordWrap(true);
    m_error->setStyleSheet("color: #c62828;");
    m_error->hide();
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildDesignPage());
    m_pages->addWidget(buildDevicePage());
    m_pages->addWidget(buildLinkPage());
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_pages);
    layout->addWidget(m_error);
    layout->addWidget(scroll);
    connect(doc, &DesignDocument::designChanged, this, &PropertiesPanel::refresh);
    // A move changes the position field (and nothing else shown here).
    connect(doc, &DesignDocument::layoutChanged, this, &PropertiesPanel::refresh);
    connect(scene, &QGraphicsScene::selectionChanged, this, [this] {
        m_error->hide();
        refresh();
    });
    refresh();
}

QLineEdit *PropertiesPanel::addLine(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    form->addRow(label, edit);
    return edit;
}

QTableWidget *PropertiesPanel::addTable(QFormLayout *form, const QString &title, const QStringList &columns,
                                        const QString &objectName)
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    auto *label = new QLabel("<b>" + title + "</b>");
    auto *add = new QPushButton(tr("Add"));
    auto *remove = new QPushButton(tr("Remove"));
    add->setObjectName(objectName + "Add");
    remove->setObjectName(objectName + "Remove");
    head->addWidget(label);
    head->addStretch();
    head->addWidget(add);
    head->addWidget(remove);
    auto *table = new QTableWidget(0, int(columns.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(columns);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setMinimumHeight(90);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    v->addLayout(head);
    v->addWidget(table);
    form->addRow(box);
    connect(table, &QTableWidget::cellChanged, this, [this] {
        if (!m_populating)
            commitDevice();
    });
    connect(add, &QPushButton::clicked, this, [this, table] {
        m_populating = true;
        const int row = table->rowCount();
        table->insertRow(row);
        // A fresh row that already reads as valid: ids that are free, no references.
        if (table == m_adapters) {
            Device scratch;
            for (int r = 0; r < row; ++r)
                scratch.adapters.push_back(Adapter{s(cell(table, r, 0)), {}, {}, {}, {}, {}});
            setRow(table, row, {q(nextAdapterId(scratch)), QString(), "1G", "p1, p2"});
        } else if (table == m_vms) {
            setRow(table, row, {tr("VM%1").arg(row + 1), "8"});
        } else {
            m_populating = false;
            table->editItem(table->item(row, 0));
            return;
        }
        m_populating = false;
        commitDevice();
    });
    connect(remove, &QPushButton::clicked, this, [this, table] {
        const int row = table->currentRow() >= 0 ? table->currentRow() : table->rowCount() - 1;
        if (row < 0)
            return;
        table->removeRow(row);
        commitDevice();
    });
    return table;
}

QWidget *PropertiesPanel::buildDesignPage()
{
    auto *page = new QWidget;
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->addRow(new QLabel("<b>" + tr("Title block") + "</b>"));
    m_title = addLine(form, tr("Title"), "title");
    m_author = addLine(form, tr("Author"), "author");
    m_organisation = addLine(form, tr("Organisation"), "organisation");
    m_revision = addLine(form, tr("Revision"), "revision");
    m_date = addLine(form, tr("Date"), "date");
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName("notes");
    m_notes->setMaximumHeight(90);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(new QLabel("<b>" + tr("Policy") + "</b>"));
    m_maxLm = addLine(form, tr("Longest live migration (s)"), "maxLiveMigration");
    m_maxLm->setPlaceholderText(tr("60 (default)"));
    m_maxEvac = addLine(form, tr("Longest host drain (s)"), "maxEvacuation");
    m_maxEvac->setPlaceholderText(tr("600 (default)"));
    for (QLineEdit *e : {m_title, m_author, m_organisation, m_revision, m_date, m_maxLm, m_maxEvac})
        connect(e, &QLineEdit::editingFinished, this, &PropertiesPanel::commitDesign);
    auto *apply = new QPushButton(tr("Apply notes"));
    connect(apply, &QPushButton::clicked, this, &PropertiesPanel::commitDesign);
    form->addRow(QString(), apply);
    return page;
}

QWidget *PropertiesPanel::buildDevicePage()
{
    auto *page = new QWidget;
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    m_id = addLine(form, tr("Id"), "deviceId");
    m_name = addLine(form, tr("Name"), "deviceName");
    m_type = new QComboBox;
    m_type->setObjectName("deviceType");
    for (const char *t : {"host", "switch", "storage", "router", "firewall", "other"})
        m_type->addItem(QString::fromLatin1(t));
    form->addRow(tr("Type"), m_type);
    m_model = new QComboBox;
    m_model->setObjectName("deviceModel");
    m_model->setEditable(true);
    // The library has thousands of models: typing any part of a name finds it.
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->completer()->setFilterMode(Qt::MatchContains);
    m_model->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_model->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    form->addRow(tr("Model"), m_model);
    m_cluster = addLine(form, tr("Cluster"), "deviceCluster");
    m_memory = addLine(form, tr("Memory (GB)"), "deviceMemory");
    m_stack = addLine(form, tr("Stack"), "deviceStack");
    m_position = addLine(form, tr("Position (x, y)"), "devicePosition");
    m_multiNote = new QLabel;
    m_multiNote->setObjectName("multiNote");
    m_multiNote->setWordWrap(true);
    form->insertRow(0, m_multiNote);
    for (QLineEdit *e : {m_id, m_name, m_cluster, m_memory, m_stack, m_position})
        connect(e, &QLineEdit::editingFinished, this, &PropertiesPanel::commitDevice);
    connect(m_type, &QComboBox::activated, this, &PropertiesPanel::commitDevice);
    connect(m_model, &QComboBox::activated, this, &PropertiesPanel::commitDevice);
    connect(m_model->lineEdit(), &QLineEdit::editingFinished, this, &PropertiesPanel::commitDevice);
    m_adapters = addTable(form, tr("Adapters (NIC cards)"), {tr("Id"), tr("Model"), tr("Speed"), tr("Ports")}, "adapters");
    form->addRow(buildTeamEditor());
    form->addRow(buildBindingEditor());
    m_vms = addTable(form, tr("VMs"), {tr("Name"), tr("Memory (GB)")}, "vms");
    return page;
}

QWidget *PropertiesPanel::buildTeamEditor()
{
    m_teamBox = new QWidget;
    auto *v = new QVBoxLayout(m_teamBox);
    v->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    head->addWidget(new QLabel("<b>" + tr("Teams") + "</b>"));
    m_teamPick = new QComboBox;
    m_teamPick->setObjectName("teamPick");
    head->addWidget(m_teamPick, 1);
    m_teamRemove = new QPushButton(tr("Remove team"));
    m_teamRemove->setObjectName("teamRemove");
    head->addWidget(m_teamRemove);
    v->addLayout(head);
    auto *row = new QHBoxLayout;
    m_teamId = new QLineEdit;
    m_teamId->setObjectName("teamId");
    m_teamMode = new QComboBox;
    m_teamMode->setObjectName("teamMode");
    m_teamMode->addItem(tr("switch independent"), QStringLiteral("switch-independent"));
    m_teamMode->addItem(tr("static"), QStringLiteral("static"));
    m_teamMode->addItem(tr("LACP"), QStringLiteral("lacp"));
    row->addWidget(new QLabel(tr("Id")));
    row->addWidget(m_teamId, 1);
    row->addWidget(new QLabel(tr("Mode")));
    row->addWidget(m_teamMode, 1);
    v->addLayout(row);
    m_teamMembers = new QListWidget;
    m_teamMembers->setObjectName("teamMembers");
    m_teamMembers->setToolTip(tr("Tick the ports that form the team: any card, any speed."));
    m_teamMembers->setMinimumHeight(110);
    v->addWidget(m_teamMembers);
    m_teamHint = new QLabel;
    m_teamHint->setObjectName("teamHint");
    m_teamHint->setFixedHeight(m_teamHint->fontMetrics().height() + 2);
    m_teamHint->setStyleSheet("color: #555;");
    v->addWidget(m_teamHint);
    m_teamCreate = new QPushButton(tr("Create team"));
    m_teamCreate->setObjectName("teamCreate");
    v->addWidget(m_teamCreate);
    for (QComboBox *c : {m_teamPick, m_teamMode, m_type, m_model})
        ignoreWheelUnlessFocused(c);
    connect(m_teamPick, &QComboBox::activated, this, [this] {
        m_team = s(m_teamPick->currentData().toString());
        m_staged.clear();
        refresh();
    });
    connect(m_teamMembers, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        m_inListSignal = true;
        teamMemberToggled(item);
        m_inListSignal = false;
    });
    connect(m_teamMode, &QComboBox::activated, this, &PropertiesPanel::commitTeam);
    connect(m_teamId, &QLineEdit::editingFinished, this, &PropertiesPanel::commitTeam);
    connect(m_teamCreate, &QPushButton::clicked, this, &PropertiesPanel::createTeam);
    connect(m_teamRemove, &QPushButton::clicked, this, &PropertiesPanel::removeTeam);
    return m_teamBox;
}

QWidget *PropertiesPanel::buildBindingEditor()
{
    m_bindBox = new QWidget;
    auto *v = new QVBoxLayout(m_bindBox);
    v->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    head->addWidget(new QLabel("<b>" + tr("Networks on") + "</b>"));
    m_viaPick = new QComboBox;
    m_viaPick->setObjectName("bindVia");
    head->addWidget(m_viaPick, 1);
    v->addLayout(head);
    m_bindNetworks = new QListWidget;
    m_bindNetworks->setObjectName("bindNetworks");
    m_bindNetworks->setToolTip(tr("Tick the networks this port or team carries. You can also drag a network "
                                  "from the Networks panel onto a port on the canvas."));
    m_bindNetworks->setMinimumHeight(90);
    v->addWidget(m_bindNetworks);
    ignoreWheelUnlessFocused(m_viaPick);
    connect(m_viaPick, &QComboBox::activated, this, [this] {
        m_bindVia = s(m_viaPick->currentData().toString());
        refresh();
    });
    connect(m_bindNetworks, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        m_inListSignal = true;
        bindingToggled(item);
        m_inListSignal = false;
    });
    return m_bindBox;
}

void PropertiesPanel::showTeams(const Device &d)
{
    if (!m_team.empty() && !d.findTeam(m_team))
        m_team.clear();
    m_teamPick->clear();
    for (const Team &t : d.teams)
        m_teamPick->addItem(tr("%1 (%n member(s))", nullptr, int(t.members.size())).arg(q(t.id)), q(t.id));
    m_teamPick->addItem(tr("New team…"), QString());
    m_teamPick->setCurrentIndex(m_teamPick->findData(q(m_team)));
    const Team *team = m_team.empty() ? nullptr : d.findTeam(m_team);
    std::set<std::string> teamIds;
    for (const Team &t : d.teams)
        teamIds.insert(t.id);
    if (!m_teamId->hasFocus())
        m_teamId->setText(team ? q(team->id) : q(nextFreeId("team1", teamIds)));
    const TeamMode mode = team ? team->effectiveMode() : TeamMode(m_teamMode->currentIndex() < 0 ? 0 : m_teamMode->currentIndex());
    m_teamMode->setCurrentIndex(m_teamMode->findData(q(toString(mode))));
    // Every port of the host, with its speed and what it is cabled to.
    std::map<std::string, std::string> cabledTo;
    for (const Link &l : m_doc->design().links) {
        EndpointRef a, b;
        if (!splitEndpoint(l.a, a) || !splitEndpoint(l.b, b))
            continue;
        if (a.device == d.id)
            cabledTo[a.rest] = l.b;
        if (b.device == d.id)
            cabledTo[b.rest] = l.a;
    }
    m_teamMembers->clear();
    for (const Adapter &a : d.adapters)
        for (const Port &p : a.ports) {
            const std::string local = a.id + "/" + p.id;
            const Team *other = d.teamOf(local);
            auto it = cabledTo.find(local);
            QString text = q(local) + "  ·  " + q(speedToString(a.portSpeedMbps(p))) + "  ·  " +
                           (it == cabledTo.end() ? tr("not cabled") : "→ " + q(it->second));
            auto *item = new QListWidgetItem(text, m_teamMembers);
            item->setData(Qt::UserRole, q(local));
            Qt::ItemFlags flags = Qt::ItemIsUserCheckable | Qt::ItemIsEnabled;
            if (other && other != team) {
                text += "  " + tr("(in %1)").arg(q(other->id));
                item->setText(text);
                flags &= ~Qt::ItemIsEnabled;
            }
            item->setFlags(flags);
            const bool member = team ? std::find(team->members.begin(), team->members.end(), local) != team->members.end()
                                     : m_staged.count(local) != 0;
            item->setCheckState(member ? Qt::Checked : Qt::Unchecked);
        }
    m_teamCreate->setVisible(!team);
    m_teamCreate->setEnabled(!m_staged.empty());
    m_teamRemove->setEnabled(team != nullptr);
    m_teamHint->setText(team ? tr("Ticking a port adds it to %1 at once.").arg(q(team->id))
                             : tr("Tick the member ports, then create the team."));
}

void PropertiesPanel::showBindings(const Device &d)
{
    std::map<std::string, std::vector<std::string>> bound;
    for (const Binding &b : d.bindings)
        bound[b.via] = b.networks;
    std::vector<std::string> vias;
    for (const Team &t : d.teams)
        vias.push_back(t.id);
    for (const Adapter &a : d.adapters)
        for (const Port &p : a.ports)
            if (!d.teamOf(a.id + "/" + p.id))
                vias.push_back(a.id + "/" + p.id);
    if (std::find(vias.begin(), vias.end(), m_bindVia) == vias.end())
        m_bindVia = vias.empty() ? std::string() : vias.front();
    m_viaPick->clear();
    for (const std::string &via : vias) {
        const bool team = d.findTeam(via) != nullptr;
        auto it = bound.find(via);
        const QString nets = it == bound.end() || it->second.empty() ? tr("no network") : joinList(it->second);
        m_viaPick->addItem((team ? tr("team %1").arg(q(via)) : q(via)) + "  —  " + nets, q(via));
    }
    m_viaPick->setCurrentIndex(m_viaPick->findData(q(m_bindVia)));
    m_bindNetworks->clear();
    const Design &design = m_doc->design();
    const auto current = bound[m_bindVia];
    for (int i = 0; i < int(design.networks.size()); ++i) {
        const Network &n = design.networks[std::size_t(i)];
        auto *item = new QListWidgetItem(q(n.id) + (n.name.empty() ? QString() : "  (" + q(n.name) + ")"), m_bindNetworks);
        item->setData(Qt::UserRole, q(n.id));
        item->setData(Qt::DecorationRole, networkColor(design, i));
        item->setFlags(Qt::ItemIsUserCheckable | (m_bindVia.empty() ? Qt::NoItemFlags : Qt::ItemIsEnabled));
        item->setCheckState(std::find(current.begin(), current.end(), n.id) != current.end() ? Qt::Checked : Qt::Unchecked);
    }
    if (design.networks.empty())
        new QListWidgetItem(tr("(no networks yet: add them in the Networks panel)"), m_bindNetworks);
}

void PropertiesPanel::teamMemberToggled(QListWidgetItem *item)
{
    if (m_populating || m_deviceId.empty())
        return;
    const std::string local = s(item->data(Qt::UserRole).toString());
    const bool on = item->checkState() == Qt::Checked;
    const Device *dev = m_doc->design().findDevice(m_deviceId);
    const Team *team = dev && !m_team.empty() ? dev->findTeam(m_team) : nullptr;
    if (!team) {
        if (on)
            m_staged.insert(local);
        else
            m_staged.erase(local);
        m_teamCreate->setEnabled(!m_staged.empty());
        return;
    }
    Team t = *team;
    if (on && std::find(t.members.begin(), t.members.end(), local) == t.members.end())
        t.members.push_back(local);
    if (!on)
        t.members.erase(std::remove(t.members.begin(), t.members.end(), local), t.members.end());
    if (t.members.empty()) {
        m_teamHint->setText(tr("A team keeps one member at least: remove the team instead."));
        m_populating = true;
        item->setCheckState(Qt::Checked);
        m_populating = false;
        return;
    }
    report(m_doc->apply(withTeamReplaced(m_doc->design(), m_deviceId, t.id, t),
                        on ? tr("Add %1 to team %2").arg(q(local), q(t.id)) : tr("Take %1 out of team %2").arg(q(local), q(t.id))));
}

void PropertiesPanel::commitTeam()
{
    if (m_populating || m_deviceId.empty())
        return;
    const Device *dev = m_doc->design().findDevice(m_deviceId);
    const Team *team = dev && !m_team.empty() ? dev->findTeam(m_team) : nullptr;
    if (!team)
        return; // a new team takes id and mode when it is created
    Team t = *team;
    const QString id = m_teamId->text().trimmed();
    if (QString e = checkId(id, tr("team")); !e.isEmpty())
        return report(e);
    if (s(id) != t.id && (dev->findTeam(s(id)) || dev->findAdapter(s(id))))
        return report(tr("%1 already has a team or card '%2'").arg(q(dev->id), id));
    t.id = s(id);
    t.mode = teamModeFromString(s(m_teamMode->currentData().toString()));
    if (t.id == team->id && t.mode == team->mode)
        return;
    const std::string oldId = team->id;
    const QString error = m_doc->apply(withTeamReplaced(m_doc->design(), m_deviceId, oldId, t), tr("Edit team %1").arg(q(t.id)));
    if (error.isEmpty())
        m_team = t.id;
    report(error);
    refresh();
}

void PropertiesPanel::createTeam()
{
    const Device *dev = m_doc->design().findDevice(m_deviceId);
    if (!dev || m_staged.empty())
        return;
    Team t;
    t.id = s(m_teamId->text());
    std::set<std::string> teamIds;
    for (const Team &x : dev->teams)
        teamIds.insert(x.id);
    if (t.id.empty())
        t.id = nextFreeId("team1", teamIds);
    if (QString e = checkId(q(t.id), tr("team")); !e.isEmpty())
        return report(e);
    if (dev->findTeam(t.id) || dev->findAdapter(t.id))
        return report(tr("%1 already has a team or card '%2'").arg(q(dev->id), q(t.id)));
    for (const Adapter &a : dev->adapters)
        for (const Port &p : a.ports)
            if (m_staged.count(a.id + "/" + p.id))
                t.members.push_back(a.id + "/" + p.id);
    t.mode = teamModeFromString(s(m_teamMode->currentData().toString()));
    const QString error = m_doc->apply(withTeam(m_doc->design(), m_deviceId, t), tr("Create team %1").arg(q(t.id)));
    if (error.isEmpty()) {
        m_team = t.id;
        m_staged.clear();
        m_bindVia = t.id;
    }
    report(error);
    refresh();
}

void PropertiesPanel::removeTeam()
{
    if (m_deviceId.empty() || m_team.empty())
        return;
    const std::string id = m_team;
    m_team.clear();
    report(m_doc->apply(withoutTeam(m_doc->design(), m_deviceId, id), tr("Remove team %1").arg(q(id))));
}

void PropertiesPanel::bindingToggled(QListWidgetItem *)
{
    if (m_populating || m_deviceId.empty() || m_bindVia.empty())
        return;
    std::vector<std::string> nets;
    for (int i = 0; i < m_bindNetworks->count(); ++i)
        if (m_bindNetworks->item(i)->checkState() == Qt::Checked)
            nets.push_back(s(m_bindNetworks->item(i)->data(Qt::UserRole).toString()));
    report(m_doc->apply(withBindingNetworks(m_doc->design(), m_deviceId, m_bindVia, nets),
                        tr("Networks on %1:%2").arg(q(m_deviceId), q(m_bindVia))));
}

QWidget *PropertiesPanel::buildLinkPage()
{
    auto *page = new QWidget;
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    m_linkId = addLine(form, tr("Id"), "linkId");
    m_linkId->setPlaceholderText(tr("(named by its ends)"));
    m_linkA = addLine(form, tr("End A"), "linkA");
    m_linkB = addLine(form, tr("End B"), "linkB");
    m_linkSpeed = new QComboBox;
    m_linkSpeed->setObjectName("linkSpeed");
    m_linkSpeed->addItem(tr("the slower end"), QString());
    for (int mbps : designSpeeds())
        m_linkSpeed->addItem(q(speedToString(mbps)), q(speedToString(mbps)));
    form->addRow(tr("Speed"), m_linkSpeed);
    m_linkKind = new QComboBox;
    m_linkKind->setObjectName("linkKind");
    m_linkKind->addItems({"cable", "stacking"});
    form->addRow(tr("Kind"), m_linkKind);
    m_linkFromBindings = new QCheckBox(tr("Carries what the ends' bindings carry"));
    m_linkFromBindings->setObjectName("linkFromBindings");
    form->addRow(tr("Networks"), m_linkFromBindings);
    m_linkNetworks = new QListWidget;
    m_linkNetworks->setObjectName("linkNetworks");
    m_linkNetworks->setMinimumHeight(90);
    m_linkNetworks->setToolTip(tr("The networks this cable carries, when not from the bindings (a switch's "
                                  "out-of-band port, an uplink)."));
    form->addRow(QString(), m_linkNetworks);
    for (QLineEdit *e : {m_linkId, m_linkA, m_linkB})
        connect(e, &QLineEdit::editingFinished, this, &PropertiesPanel::commitLink);
    ignoreWheelUnlessFocused(m_linkSpeed);
    ignoreWheelUnlessFocused(m_linkKind);
    connect(m_linkSpeed, &QComboBox::activated, this, &PropertiesPanel::commitLink);
    connect(m_linkFromBindings, &QCheckBox::toggled, this, &PropertiesPanel::commitLink);
    connect(m_linkNetworks, &QListWidget::itemChanged, this, [this] {
        m_inListSignal = true;
        commitLink();
        m_inListSignal = false;
    });
    connect(m_linkKind, &QComboBox::activated, this, &PropertiesPanel::commitLink);
    return page;
}

void PropertiesPanel::refresh()
{
    if (m_inListSignal) {
        if (!m_refreshQueued) {
            m_refreshQueued = true;
            QMetaObject::invokeMethod(this, [this] {
                m_refreshQueued = false;
                refresh();
            }, Qt::QueuedConnection);
        }
        return;
    }
    const auto devices = m_scene->selectedDeviceIds();
    const auto links = m_scene->selectedLinkNames();
    const Design &d = m_doc->design();
    m_populating = true;
    std::vector<const Device *> chosen;
    for (const auto &id : devices)
        if (const Device *dev = d.findDevice(id))
            chosen.push_back(dev);
    if (chosen.size() == 1 && links.empty()) {
        showDevice(*chosen.front());
    } else if (chosen.size() > 1) {
        // Several devices (and perhaps the cables among them): the devices' shared fields.
        showDevices(chosen);
    } else if (links.size() == 1 && devices.empty() && d.findLink(links.front())) {
        showLink(*d.findLink(links.front()));
    } else {
        showDesign();
    }
    // Show the start of long values (a title), not their end.
    for (QLineEdit *e : findChildren<QLineEdit *>())
        if (!e->hasFocus())
            e->setCursorPosition(0);
    m_populating = false;
}

void PropertiesPanel::showDesign()
{
    m_deviceId.clear();
    m_deviceIds.clear();
    m_linkName.clear();
    m_pages->setCurrentIndex(0);
    const Design &d = m_doc->design();
    m_title->setText(q(d.title.title));
    m_author->setText(q(d.title.author));
    m_organisation->setText(q(d.title.organisation));
    m_revision->setText(q(d.title.revision));
    m_date->setText(q(d.title.date));
    if (m_notes->toPlainText() != q(d.title.notes))
        m_notes->setPlainText(q(d.title.notes));
    m_maxLm->setText(number(d.policy.maxLiveMigrationS));
    m_maxEvac->setText(number(d.policy.maxEvacuationS));
}

void PropertiesPanel::showDevice(const Device &d)
{
    if (m_deviceId != d.id) {
        // Show the device's first team; "New team…" is one choice away.
        m_team = d.teams.empty() ? std::string() : d.teams.front().id;
        m_staged.clear();
        m_bindVia.clear();
    }
    m_deviceId = d.id;
    m_deviceIds.clear();
    m_multiNote->hide();
    for (QWidget *w : {static_cast<QWidget *>(m_id), static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_position)})
        w->setEnabled(true);
    for (QLineEdit *e : {m_cluster, m_memory, m_stack, m_model->lineEdit()})
        e->setPlaceholderText(QString());
    m_linkName.clear();
    m_pages->setCurrentIndex(1);
    m_id->setText(q(d.id));
    m_name->setText(q(d.name));
    m_type->setCurrentText(q(toString(d.type)));
    fillModels(toString(d.type), q(d.model));
    m_model->setCurrentText(q(d.model));
    m_cluster->setText(q(d.cluster));
    m_memory->setText(number(d.memoryGb));
    m_stack->setText(q(d.stack));
    m_position->setText(d.position ? QString("%1, %2").arg(d.position->x).arg(d.position->y) : QString());
    const bool host = d.type == DeviceType::Host;
    m_cluster->setEnabled(host);
    m_memory->setEnabled(host);
    m_stack->setEnabled(d.isSwitch());
    // A switch's ports come from its template: no cards, teams or bindings to edit.
    for (QWidget *w : {m_adapters->parentWidget(), m_teamBox, m_bindBox})
        w->setVisible(!d.isSwitch());
    m_vms->parentWidget()->setVisible(host);

    m_adapters->setRowCount(int(d.adapters.size()));
    for (int i = 0; i < int(d.adapters.size()); ++i) {
        const Adapter &a = d.adapters[std::size_t(i)];
        setRow(m_adapters, i, {q(a.id), q(a.model), QString(), portsText(a)});
        // The speed from the speeds a card can have, not typed.
        auto *speed = new QComboBox;
        speed->setObjectName(QString("adapterSpeed-%1").arg(q(a.id)));
        speed->addItem(QString());
        for (int mbps : designSpeeds())
            speed->addItem(q(speedToString(mbps)));
        speed->setCurrentText(a.speedMbps ? q(speedToString(*a.speedMbps)) : QString());
        ignoreWheelUnlessFocused(speed);
        connect(speed, &QComboBox::activated, this, &PropertiesPanel::commitDevice);
        m_adapters->setCellWidget(i, 2, speed);
    }
    if (!d.isSwitch()) {
        showTeams(d);
        showBindings(d);
    }
    m_vms->setRowCount(int(d.vms.size()));
    for (int i = 0; i < int(d.vms.size()); ++i) {
        const Vm &v = d.vms[std::size_t(i)];
        setRow(m_vms, i, {q(v.name), QString::number(v.memoryGb, 'g', 12)});
    }
}

void PropertiesPanel::showDevices(const std::vector<const Device *> &devices)
{
    // The fields several devices share; a field whose values differ shows empty, and a value
    // entered there goes to all of them.
    m_deviceId.clear();
    m_linkName.clear();
    m_deviceIds.clear();
    for (const Device *d : devices)
        m_deviceIds.push_back(d->id);
    m_pages->setCurrentIndex(1);
    m_multiNote->setText("<b>" + tr("%n devices selected", nullptr, int(devices.size())) + "</b><br>" +
                         tr("A value entered here is given to all of them."));
    m_multiNote->show();
    auto common = [&](auto get) {
        const auto first = get(*devices.front());
        for (const Device *d : devices)
            if (get(*d) != first)
                return std::optional<decltype(first)>();
        return std::optional<decltype(first)>(first);
    };
    const QString several = tr("(several values)");
    auto show = [&](QLineEdit *e, std::optional<QString> v) {
        e->setText(v.value_or(QString()));
        e->setPlaceholderText(v ? QString() : several);
        e->setProperty("shown", e->text());
    };
    m_id->clear();
    m_name->clear();
    m_position->clear();
    for (QWidget *w : {static_cast<QWidget *>(m_id), static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_position)})
        w->setEnabled(false);
    const auto type = common([](const Device &d) { return d.type; });
    m_type->setCurrentIndex(type ? m_type->findText(q(toString(*type))) : -1);
    const auto model = common([](const Device &d) { return d.model; });
    fillModels(type ? toString(*type) : std::string(), model ? q(*model) : QString());
    m_model->setCurrentText(model ? q(*model) : QString());
    m_model->lineEdit()->setPlaceholderText(model ? QString() : several);
    m_model->lineEdit()->setProperty("shown", m_model->currentText());
    const bool hosts = type && *type == DeviceType::Host;
    const bool switches = type && *type == DeviceType::Switch;
    show(m_cluster, common([](const Device &d) { return q(d.cluster); }));
    show(m_memory, common([](const Device &d) { return number(d.memoryGb); }));
    show(m_stack, common([](const Device &d) { return q(d.stack); }));
    m_cluster->setEnabled(hosts);
    m_memory->setEnabled(hosts);
    m_stack->setEnabled(switches);
    for (QWidget *w : {m_adapters->parentWidget(), m_teamBox, m_bindBox, m_vms->parentWidget()})
        w->setVisible(false);
}

void PropertiesPanel::commitDevices()
{
    Design d = m_doc->design();
    QStringList fields;
    auto changed = [](QLineEdit *e) { return e->text().trimmed() != e->property("shown").toString().trimmed(); };
    const bool cluster = m_cluster->isEnabled() && changed(m_cluster);
    const bool memory = m_memory->isEnabled() && changed(m_memory);
    const bool stack = m_stack->isEnabled() && changed(m_stack);
    const bool model = changed(m_model->lineEdit());
    std::optional<double> mem;
    if (cluster && !m_cluster->text().trimmed().isEmpty())
        if (QString e = checkId(m_cluster->text().trimmed(), tr("cluster")); !e.isEmpty())
            return report(e);
    if (stack && !m_stack->text().trimmed().isEmpty())
        if (QString e = checkId(m_stack->text().trimmed(), tr("stack")); !e.isEmpty())
            return report(e);
    if (memory && !readNumber(m_memory->text(), mem))
        return report(tr("memory must be a number of GB"));
    const auto type = deviceTypeFromString(s(m_type->currentText()));
    for (const std::string &id : m_deviceIds) {
        Device *dev = d.findDevice(id);
        if (!dev)
            continue;
        if (cluster)
            dev->cluster = s(m_cluster->text());
        if (memory)
            dev->memoryGb = mem;
        if (stack)
            dev->stack = s(m_stack->text());
        if (model)
            dev->model = s(m_model->currentText());
        if (type && m_type->currentIndex() >= 0 && dev->type != *type && !dev->isSwitch() && *type != DeviceType::Switch)
            dev->type = *type;
    }
    for (auto [on, name] : {std::pair{cluster, tr("cluster")}, {memory, tr("memory")}, {stack, tr("stack")}, {model, tr("model")}})
        if (on)
            fields << name;
    if (fields.isEmpty() && d.devices.size() == m_doc->design().devices.size()) {
        bool same = true;
        for (std::size_t i = 0; i < d.devices.size() && same; ++i)
            same = d.devices[i].type == m_doc->design().devices[i].type;
        if (same)
            return;
        fields << tr("type");
    }
    report(m_doc->apply(d, tr("Set %1 of %n devices", nullptr, int(m_deviceIds.size())).arg(fields.join(", "))));
}

void PropertiesPanel::showLink(const Link &l)
{
    m_linkName = l.name();
    m_deviceId.clear();
    m_deviceIds.clear();
    m_pages->setCurrentIndex(2);
    m_linkId->setText(q(l.id));
    m_linkA->setText(q(l.a));
    m_linkB->setText(q(l.b));
    m_linkSpeed->setCurrentIndex(l.speedMbps ? m_linkSpeed->findData(q(speedToString(*l.speedMbps))) : 0);
    m_linkFromBindings->setChecked(!l.networks);
    m_linkNetworks->clear();
    const Design &design = m_doc->design();
    for (int i = 0; i < int(design.networks.size()); ++i) {
        const Network &n = design.networks[std::size_t(i)];
        auto *item = new QListWidgetItem(q(n.id), m_linkNetworks);
        item->setData(Qt::UserRole, q(n.id));
        item->setData(Qt::DecorationRole, networkColor(design, i));
        item->setFlags(Qt::ItemIsUserCheckable | (l.networks ? Qt::ItemIsEnabled : Qt::NoItemFlags));
        const bool on = l.networks && std::find(l.networks->begin(), l.networks->end(), n.id) != l.networks->end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_linkKind->setCurrentText(q(toString(l.kind)));
}

void PropertiesPanel::report(const QString &error)
{
    m_error->setVisible(!error.isEmpty());
    m_error->setText(error.isEmpty() ? QString() : tr("Not applied: %1").arg(error));
    if (!error.isEmpty())
        refresh(); // back to what the design holds
}

void PropertiesPanel::commitDesign()
{
    if (m_populating)
        return;
    Design d = m_doc->design();
    TitleBlock t = d.title;
    t.title = s(m_title->text());
    t.author = s(m_author->text());
    t.organisation = s(m_organisation->text());
    t.revision = s(m_revision->text());
    t.date = s(m_date->text());
    t.notes = m_notes->toPlainText().toStdString();
    Policy p = d.policy;
    if (!readNumber(m_maxLm->text(), p.maxLiveMigrationS) || !readNumber(m_maxEvac->text(), p.maxEvacuationS))
        return report(tr("a limit must be a number of seconds, or empty for the default"));
    if (t.title.empty())
        return report(tr("the design needs a title"));
    const bool sameTitle = t.title == d.title.title && t.author == d.title.author &&
                           t.organisation == d.title.organisation && t.revision == d.title.revision &&
                           t.date == d.title.date && t.notes == d.title.notes;
    if (sameTitle && p.maxLiveMigrationS == d.policy.maxLiveMigrationS && p.maxEvacuationS == d.policy.maxEvacuationS)
        return;
    d.title = t;
    d.hasTitleBlock = true;
    d.policy = p;
    d.hasPolicy = d.hasPolicy || p.maxLiveMigrationS || p.maxEvacuationS;
    report(m_doc->apply(d, tr("Edit title block and policy")));
}

void PropertiesPanel::commitDevice()
{
    if (m_populating)
        return;
    if (!m_deviceIds.empty())
        return commitDevices();
    if (m_deviceId.empty())
        return;
    const Device *old = m_doc->design().findDevice(m_deviceId);
    if (!old)
        return;
    Device d = *old;
    if (QString e = checkId(m_id->text().trimmed(), tr("device")); !e.isEmpty())
        return report(e);
    d.id = s(m_id->text());
    if (d.id != m_deviceId && m_doc->design().findDevice(d.id))
        return report(tr("there is already a device '%1'").arg(q(d.id)));
    d.name = s(m_name->text());
    d.type = deviceTypeFromString(s(m_type->currentText())).value_or(d.type);
    d.model = s(m_model->currentText());
    d.cluster = d.type == DeviceType::Host ? s(m_cluster->text()) : std::string();
    if (!d.cluster.empty())
        if (QString e = checkId(q(d.cluster), tr("cluster")); !e.isEmpty())
            return report(e);
    if (!readNumber(m_memory->text(), d.memoryGb))
        return report(tr("memory must be a number of GB"));
    d.stack = d.isSwitch() ? s(m_stack->text()) : std::string();
    if (!d.stack.empty())
        if (QString e = checkId(q(d.stack), tr("stack")); !e.isEmpty())
            return report(e);
    const QStringList xy = splitList(m_position->text());
    if (xy.size() == 2) {
        bool okx = false, oky = false;
        const double x = xy[0].toDouble(&okx), y = xy[1].toDouble(&oky);
        if (!okx || !oky)
            return report(tr("position is two numbers: x, y"));
        d.position = Position{x, y};
    } else if (!xy.isEmpty()) {
        return report(tr("position is two numbers: x, y"));
    }
    if (d.isSwitch()) {
        d.adapters.clear();
        d.teams.clear();
        d.bindings.clear();
    } else {
        std::vector<Adapter> adapters;
        for (int r = 0; r < m_adapters->rowCount(); ++r) {
            Adapter a;
            if (const Adapter *prev = old->findAdapter(s(cell(m_adapters, r, 0))))
                a = *prev;
            if (QString e = checkId(cell(m_adapters, r, 0), tr("adapter")); !e.isEmpty())
                return report(e);
            a.id = s(cell(m_adapters, r, 0));
            a.model = s(cell(m_adapters, r, 1));
            if (QString e = readSpeed(cell(m_adapters, r, 2), a.speedMbps); !e.isEmpty())
                return report(e);
            if (QString e = readPorts(cell(m_adapters, r, 3), a); !e.isEmpty())
                return report(e);
            a.pos = {};
            adapters.push_back(std::move(a));
        }
        d.adapters = std::move(adapters);
        // Teams and bindings have their own pickers; they stay as the design has them.
    }
    std::vector<Vm> vms;
    if (d.type == DeviceType::Host) {
        for (int r = 0; r < m_vms->rowCount(); ++r) {
            Vm v;
            v.name = s(cell(m_vms, r, 0));
            for (const Vm &prev : old->vms)
                if (prev.name == v.name) {
                    v.extras = prev.extras;
                    v.comments = prev.comments;
                    break;
                }
            std::optional<double> mem;
            if (v.name.empty() || !readNumber(cell(m_vms, r, 1), mem) || !mem)
                return report(tr("a VM needs a name and its memory in GB"));
            v.memoryGb = *mem;
            vms.push_back(std::move(v));
        }
    }
    d.vms = std::move(vms);
    const std::string oldId = m_deviceId;
    const QString error = m_doc->apply(withDeviceReplaced(m_doc->design(), oldId, d),
                                       tr("Edit %1").arg(q(d.id)));
    if (error.isEmpty() && d.id != oldId) {
        m_deviceId = d.id;
        m_scene->selectReferences({d.id});
    }
    report(error);
}

void PropertiesPanel::commitLink()
{
    if (m_populating || m_linkName.empty())
        return;
    const Link *old = m_doc->design().findLink(m_linkName);
    if (!old)
        return;
    Link l = *old;
    l.id = s(m_linkId->text());
    if (!l.id.empty())
        if (QString e = checkId(q(l.id), tr("link")); !e.isEmpty())
            return report(e);
    l.a = s(m_linkA->text());
    l.b = s(m_linkB->text());
    if (QString e = readSpeed(m_linkSpeed->currentData().toString(), l.speedMbps); !e.isEmpty())
        return report(e);
    if (m_linkFromBindings->isChecked()) {
        l.networks.reset();
    } else {
        std::vector<std::string> list;
        for (int i = 0; i < m_linkNetworks->count(); ++i)
            if (m_linkNetworks->item(i)->checkState() == Qt::Checked)
                list.push_back(s(m_linkNetworks->item(i)->data(Qt::UserRole).toString()));
        l.networks = list;
    }
    l.networkPos.clear();
    l.kind = linkKindFromString(s(m_linkKind->currentText())).value_or(LinkKind::Cable);
    for (const Link &other : m_doc->design().links)
        if (&other != old && other.name() == l.name())
            return report(tr("there is already a link '%1'").arg(q(l.name())));
    const QString error = m_doc->apply(withLinkReplaced(m_doc->design(), m_linkName, l),
                                       tr("Edit link %1").arg(q(l.name())));
    if (error.isEmpty() && l.name() != m_linkName) {
        m_linkName = l.name();
        m_scene->selectReferences({l.name()});
    }
    report(error);
}

// The models of the device's type only (a switch is not offered server models), and the
// current model even when the library lacks it. Refilled only when the type or the library
// changed: thousands of items cost more than a selection should.
void PropertiesPanel::fillModels(const std::string &type, const QString &current)
{
    const std::uint64_t library = m_doc->templates().identity();
    if (type != m_modelsType || library != m_modelsLibrary || m_model->count() == 0) {
        QStringList models;
        for (const auto &e : m_doc->templates().devices()) {
            if (type.empty() || designTypeOf(e.device.kind) == type)
                models << q(e.device.model);
        }
        models.sort(Qt::CaseInsensitive);
        models.removeDuplicates();
        const QSignalBlocker block(m_model);
        m_model->clear();
        m_model->addItems(models);
        m_modelsType = type;
        m_modelsLibrary = library;
        m_modelsExtra = -1;
    }
    const QSignalBlocker block(m_model);
    if (m_modelsExtra >= 0) {
        m_model->removeItem(m_modelsExtra);
        m_modelsExtra = -1;
    }
    if (!current.isEmpty() && m_model->findText(current, Qt::MatchFixedString) < 0) {
        m_model->insertItem(0, current);
        m_modelsExtra = 0;
    }
}

} // namespace cn
