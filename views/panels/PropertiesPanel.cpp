#include "panels/PropertiesPanel.h"

#include "document/DesignDocument.h"
#include "design/DesignEdits.h"
#include "canvas/DiagramScene.h"
#include "panels/FieldText.h"
#include "io/YamlAccess.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
            std::set<std::string> taken;
            for (int r = 0; r < row; ++r)
                taken.insert(s(cell(table, r, 0)));
            setRow(table, row, {q(nextFreeId("slot1", taken)), QString(), "1G", "p1, p2"});
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
    form->addRow(tr("Model"), m_model);
    m_cluster = addLine(form, tr("Cluster"), "deviceCluster");
    m_memory = addLine(form, tr("Memory (GB)"), "deviceMemory");
    m_stack = addLine(form, tr("Stack"), "deviceStack");
    m_position = addLine(form, tr("Position (x, y)"), "devicePosition");
    for (QLineEdit *e : {m_id, m_name, m_cluster, m_memory, m_stack, m_position})
        connect(e, &QLineEdit::editingFinished, this, &PropertiesPanel::commitDevice);
    connect(m_type, &QComboBox::activated, this, &PropertiesPanel::commitDevice);
    connect(m_model, &QComboBox::activated, this, &PropertiesPanel::commitDevice);
    connect(m_model->lineEdit(), &QLineEdit::editingFinished, this, &PropertiesPanel::commitDevice);
    m_adapters = addTable(form, tr("Adapters (NIC cards)"), {tr("Id"), tr("Model"), tr("Speed"), tr("Ports")}, "adapters");
    m_teams = addTable(form, tr("Teams"), {tr("Id"), tr("Members"), tr("Mode")}, "teams");
    m_bindings = addTable(form, tr("Bindings"), {tr("Port or team"), tr("Networks")}, "bindings");
    m_vms = addTable(form, tr("VMs"), {tr("Name"), tr("Memory (GB)")}, "vms");
    return page;
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
    m_linkSpeed = addLine(form, tr("Speed"), "linkSpeed");
    m_linkSpeed->setPlaceholderText(tr("the slower end"));
    m_linkNetworks = addLine(form, tr("Networks"), "linkNetworks");
    m_linkNetworks->setPlaceholderText(tr("from the bindings (write [] for none)"));
    m_linkKind = new QComboBox;
    m_linkKind->setObjectName("linkKind");
    m_linkKind->addItems({"cable", "stacking"});
    form->addRow(tr("Kind"), m_linkKind);
    for (QLineEdit *e : {m_linkId, m_linkA, m_linkB, m_linkSpeed, m_linkNetworks})
        connect(e, &QLineEdit::editingFinished, this, &PropertiesPanel::commitLink);
    connect(m_linkKind, &QComboBox::activated, this, &PropertiesPanel::commitLink);
    return page;
}

void PropertiesPanel::refresh()
{
    const auto devices = m_scene->selectedDeviceIds();
    const auto links = m_scene->selectedLinkNames();
    const Design &d = m_doc->design();
    m_populating = true;
    if (devices.size() == 1 && links.empty() && d.findDevice(devices.front())) {
        showDevice(*d.findDevice(devices.front()));
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
    m_deviceId = d.id;
    m_linkName.clear();
    m_pages->setCurrentIndex(1);
    m_id->setText(q(d.id));
    m_name->setText(q(d.name));
    m_type->setCurrentText(q(toString(d.type)));
    m_model->clear();
    for (const auto &e : m_doc->templates().devices())
        m_model->addItem(q(e.device.model));
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
    for (QTableWidget *t : {m_adapters, m_teams, m_bindings})
        t->parentWidget()->setVisible(!d.isSwitch());
    m_vms->parentWidget()->setVisible(host);

    m_adapters->setRowCount(int(d.adapters.size()));
    for (int i = 0; i < int(d.adapters.size()); ++i) {
        const Adapter &a = d.adapters[std::size_t(i)];
        setRow(m_adapters, i, {q(a.id), q(a.model), a.speedMbps ? q(speedToString(*a.speedMbps)) : QString(), portsText(a)});
    }
    m_teams->setRowCount(int(d.teams.size()));
    for (int i = 0; i < int(d.teams.size()); ++i) {
        const Team &t = d.teams[std::size_t(i)];
        setRow(m_teams, i, {q(t.id), joinList(t.members), t.mode ? q(toString(*t.mode)) : QString()});
    }
    m_bindings->setRowCount(int(d.bindings.size()));
    for (int i = 0; i < int(d.bindings.size()); ++i) {
        const Binding &b = d.bindings[std::size_t(i)];
        setRow(m_bindings, i, {q(b.via), joinList(b.networks)});
    }
    m_vms->setRowCount(int(d.vms.size()));
    for (int i = 0; i < int(d.vms.size()); ++i) {
        const Vm &v = d.vms[std::size_t(i)];
        setRow(m_vms, i, {q(v.name), QString::number(v.memoryGb, 'g', 12)});
    }
}

void PropertiesPanel::showLink(const Link &l)
{
    m_linkName = l.name();
    m_deviceId.clear();
    m_pages->setCurrentIndex(2);
    m_linkId->setText(q(l.id));
    m_linkA->setText(q(l.a));
    m_linkB->setText(q(l.b));
    m_linkSpeed->setText(l.speedMbps ? q(speedToString(*l.speedMbps)) : QString());
    m_linkNetworks->setText(l.networks ? (l.networks->empty() ? QString("[]") : joinList(*l.networks)) : QString());
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
    if (m_populating || m_deviceId.empty())
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
        std::vector<Team> teams;
        for (int r = 0; r < m_teams->rowCount(); ++r) {
            Team t;
            if (const Team *prev = old->findTeam(s(cell(m_teams, r, 0))))
                t.extras = prev->extras;
            if (QString e = checkId(cell(m_teams, r, 0), tr("team")); !e.isEmpty())
                return report(e);
            t.id = s(cell(m_teams, r, 0));
            for (const QString &m : splitList(cell(m_teams, r, 1)))
                t.members.push_back(s(m));
            if (t.members.empty())
                return report(tr("team '%1' needs members (ADAPTER/PORT, ...)").arg(q(t.id)));
            if (!cell(m_teams, r, 2).isEmpty()) {
                t.mode = teamModeFromString(s(cell(m_teams, r, 2)));
                if (!t.mode)
                    return report(tr("team mode is switch-independent, static or lacp"));
            }
            teams.push_back(std::move(t));
        }
        d.teams = std::move(teams);
        std::vector<Binding> bindings;
        for (int r = 0; r < m_bindings->rowCount(); ++r) {
            Binding b;
            b.via = s(cell(m_bindings, r, 0));
            if (b.via.empty())
                return report(tr("a binding names a port (ADAPTER/PORT) or a team"));
            for (const QString &n : splitList(cell(m_bindings, r, 1)))
                b.networks.push_back(s(n));
            bindings.push_back(std::move(b));
        }
        d.bindings = std::move(bindings);
    }
    std::vector<Vm> vms;
    if (d.type == DeviceType::Host) {
        for (int r = 0; r < m_vms->rowCount(); ++r) {
            Vm v;
            v.name = s(cell(m_vms, r, 0));
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
    if (QString e = readSpeed(m_linkSpeed->text(), l.speedMbps); !e.isEmpty())
        return report(e);
    const QString nets = m_linkNetworks->text().trimmed();
    if (nets.isEmpty())
        l.networks.reset();
    else if (nets == "[]")
        l.networks = std::vector<std::string>{};
    else {
        std::vector<std::string> list;
        for (const QString &n : splitList(nets))
            list.push_back(s(n));
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

} // namespace cn
