#include "panels/TemplateBrowser.h"

#include "templates/TemplateLibrary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

#include <map>
#include <tuple>

namespace cn
{
namespace
{

const char *const kRecentKey = "palette/recentModels";
const int kRecentMax = 12;
const int kChoiceRole = Qt::UserRole;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

int speedOf(const QString &number, const QString &unit)
{
    const double v = number.toDouble();
    return int(unit == "g" ? v * 1000 : v);
}

QString kindLabel(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::Switch:
        return TemplateBrowser::tr("switch");
    case DeviceKind::Server:
        return TemplateBrowser::tr("server");
    case DeviceKind::Storage:
        return TemplateBrowser::tr("storage");
    case DeviceKind::Router:
        return TemplateBrowser::tr("router");
    case DeviceKind::Firewall:
        return TemplateBrowser::tr("firewall");
    case DeviceKind::Other:
        break;
    }
    return TemplateBrowser::tr("other");
}

QString choiceOf(const DeviceTemplateEntry &e)
{
    return q(designTypeOf(e.device.kind)) + "|" + q(e.device.model);
}

} // namespace

TemplateQuery TemplateQuery::parse(const QString &text)
{
    TemplateQuery query;
    QString rest = text.toLower();
    rest.replace(QChar(0x00d7), 'x'); // ×
    static const QRegularExpression counted(
        "(\\d+)\\s*x\\s*(\\d+(?:\\.\\d+)?)\\s*([gm])(?:b|bit|bps|be)?\\b");
    for (auto it = counted.globalMatch(rest); it.hasNext();) {
        const auto m = it.next();
        query.ports.push_back({m.captured(1).toInt(), speedOf(m.captured(2), m.captured(3))});
    }
    rest.replace(counted, " ");
    static const QRegularExpression speed("\\b(\\d+(?:\\.\\d+)?)\\s*([gm])(?:b|bit|bps|be)?\\b");
    for (auto it = speed.globalMatch(rest); it.hasNext();) {
        const auto m = it.next();
        query.ports.push_back({0, speedOf(m.captured(1), m.captured(2))});
    }
    rest.replace(speed, " ");
    query.words = rest.split(QRegularExpression("\\s+"), Qt::SkipEmptyParts);
    return query;
}

bool TemplateQuery::matches(const DeviceTemplateEntry &e, const QString &haystack) const
{
    for (const Ports &p : ports) {
        int n = 0;
        for (const PortGroup &g : e.ports)
            n += g.speedMbps == p.speedMbps ? g.count : 0;
        if (n == 0 || n < p.count)
            return false;
    }
    for (const QString &w : words)
        if (!haystack.contains(w))
            return false;
    return true;
}

QString searchTextOf(const DeviceTemplateEntry &e)
{
    const DeviceTemplate &d = e.device;
    return q(d.manufacturer + " " + d.model + " " + d.slug + " " + d.partNumber + " " +
             portSummary(e.ports) + " " + toString(d.kind))
        .toLower();
}

QString templateToolTip(const DeviceTemplateEntry &e)
{
    const DeviceTemplate &d = e.device;
    QStringList lines;
    lines << q(d.manufacturer + " " + d.model) +
                 (d.partNumber.empty() ? QString() : " (" + q(d.partNumber) + ")");
    lines << TemplateBrowser::tr("Kind: %1, %2 U").arg(kindLabel(d.kind)).arg(d.uHeight);
    if (e.ports.empty())
        lines << TemplateBrowser::tr("No front ports that take a cable");
    else
        lines << TemplateBrowser::tr("Front ports:");
    for (const PortGroup &g : e.ports)
        lines << "    " + q(portSummary({g}));
    if (d.stackable)
        lines << TemplateBrowser::tr("Stackable");
    if (!e.oobByName.empty()) {
        QStringList names;
        for (const auto &n : e.oobByName)
            names << q(n);
        lines << TemplateBrowser::tr(
                     "Out-of-band: %1 (taken for its name: the file does not mark it mgmt_only)")
                     .arg(names.join(", "));
    }
    lines << TemplateBrowser::tr("Slug: %1").arg(q(d.slug));
    lines << TemplateBrowser::tr("From: %1").arg(q(d.file));
    for (const auto &s : e.shadows)
        lines << TemplateBrowser::tr("Hides: %1").arg(q(s));
    return lines.join('\n');
}

bool kindPasses(KindFilter filter, DeviceKind kind)
{
    switch (filter) {
    case KindFilter::All:
        return true;
    case KindFilter::Switch:
        return kind == DeviceKind::Switch;
    case KindFilter::Server:
        return kind == DeviceKind::Server;
    case KindFilter::Storage:
        return kind == DeviceKind::Storage;
    case KindFilter::RouterOrFirewall:
        return kind == DeviceKind::Router || kind == DeviceKind::Firewall;
    case KindFilter::Other:
        return kind == DeviceKind::Other;
    }
    return true;
}

QMimeData *TemplateTree::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    if (items.isEmpty() || items.first()->data(0, kChoiceRole).toString().isEmpty())
        return nullptr;
    const QString choice = items.first()->data(0, kChoiceRole).toString();
    TemplateBrowser::noteUsed(choice.section('|', 1));
    auto *mime = new QMimeData;
    mime->setData("application/x-clusternet-device", choice.toUtf8());
    return mime;
}

TemplateBrowser::TemplateBrowser(const TemplateLibrary *library, bool withKinds, QWidget *parent)
    : QWidget(parent), m_library(library), m_withKinds(withKinds)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName("templateSearch");
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search: model, maker, 48x 10G…"));
    m_search->setToolTip(
        tr("Words match the model, manufacturer, slug and part number; \"48x 10G\" asks for at "
           "least 48 ports of 10G, \"25G\" for any 25G port"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName("templateKind");
    m_kind->addItem(tr("All kinds"), int(KindFilter::All));
    m_kind->addItem(tr("Switches"), int(KindFilter::Switch));
    m_kind->addItem(tr("Servers"), int(KindFilter::Server));
    m_kind->addItem(tr("Storage"), int(KindFilter::Storage));
    m_kind->addItem(tr("Routers and firewalls"), int(KindFilter::RouterOrFirewall));
    m_kind->addItem(tr("Other devices"), int(KindFilter::Other));
    m_count = new QLabel(this);
    m_count->setObjectName("templateCount");
    m_tree = new TemplateTree(this);
    m_tree->setObjectName("templateTree");
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Model"), tr("Front ports")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setUniformRowHeights(true); // thousands of rows
    m_tree->setRootIsDecorated(true);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &TemplateBrowser::rebuild);
    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &TemplateBrowser::rebuild);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString choice = item->data(0, kChoiceRole).toString();
        if (!choice.isEmpty())
            emit chosen(choice);
    });
    // Down from the search field goes to the results; Enter takes the only or first one.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            rebuild();
        }
        if (!m_tree->currentItem() ||
            m_tree->currentItem()->data(0, kChoiceRole).toString().isEmpty())
            return;
        emit chosen(m_tree->currentItem()->data(0, kChoiceRole).toString());
    });
    setLibrary(library);
}

void TemplateBrowser::setLibrary(const TemplateLibrary *library)
{
    m_library = library;
    m_listed = 0; // read the entries again
    rebuild();
}

bool TemplateBrowser::syncLibrary()
{
    if (m_library && m_library->identity() == m_listed)
        return false;
    rebuild();
    return true;
}

void TemplateBrowser::indexLibrary()
{
    // A document that opens a file replaces its library in place: the entries this browser
    // listed are then another library's.
    const std::uint64_t identity = m_library ? m_library->identity() : 0;
    if (identity == m_listed && identity != 0)
        return;
    m_haystacks.clear();
    if (m_library)
        for (const DeviceTemplateEntry &e : m_library->devices())
            m_haystacks.push_back(searchTextOf(e));
    m_listed = identity;
}

void TemplateBrowser::setKindFilter(KindFilter filter)
{
    m_kind->setCurrentIndex(m_kind->findData(int(filter)));
}

void TemplateBrowser::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_debounce->stop();
    rebuild();
}

QString TemplateBrowser::currentChoice() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, kChoiceRole).toString()
                                 : QString();
}

QList<QTreeWidgetItem *> TemplateBrowser::itemsOf(const QString &model) const
{
    QList<QTreeWidgetItem *> out;
    for (QTreeWidgetItem *item : m_tree->findItems(model, Qt::MatchExactly | Qt::MatchRecursive))
        if (!item->data(0, kChoiceRole).toString().isEmpty())
            out << item;
    return out;
}

QStringList TemplateBrowser::recentModels()
{
    return QSettings().value(kRecentKey).toStringList();
}

void TemplateBrowser::noteUsed(const QString &model)
{
    if (model.isEmpty())
        return;
    QStringList recent = recentModels();
    recent.removeAll(model);
    recent.prepend(model);
    while (recent.size() > kRecentMax)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
}

void TemplateBrowser::rebuild()
{
    indexLibrary();
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    const TemplateQuery query = TemplateQuery::parse(m_search->text());
    const auto filter = KindFilter(m_kind->currentData().toInt());
    const std::vector<DeviceTemplateEntry> empty;
    const auto &devices = m_library ? m_library->devices() : empty;

    auto group = [this](const QString &title) {
        auto *g = new QTreeWidgetItem(m_tree, {title});
        g->setFlags(g->flags() & ~Qt::ItemIsDragEnabled & ~Qt::ItemIsSelectable);
        QFont f = g->font(0);
        f.setBold(true);
        g->setFont(0, f);
        return g;
    };
    auto add = [&](QTreeWidgetItem *parent, const DeviceTemplateEntry &e) {
        auto *item = new QTreeWidgetItem(parent, {q(e.device.model), q(portSummary(e.ports))});
        item->setData(0, kChoiceRole, choiceOf(e));
        item->setToolTip(0, templateToolTip(e));
        item->setToolTip(1, item->toolTip(0));
        return item;
    };

    if (m_withKinds && query.empty()) {
        QTreeWidgetItem *kinds = nullptr;
        const std::tuple<const char *, QString, DeviceKind> types[] = {
            {"host", tr("Host"), DeviceKind::Server},
            {"storage", tr("Storage"), DeviceKind::Storage},
            {"router", tr("Router"), DeviceKind::Router},
            {"firewall", tr("Firewall"), DeviceKind::Firewall},
            {"other", tr("Other device"), DeviceKind::Other}};
        for (const auto &[type, label, kind] : types) {
            if (!kindPasses(filter, kind))
                continue;
            if (!kinds)
                kinds = group(tr("Device kinds (no model)"));
            auto *item = new QTreeWidgetItem(kinds, {label});
            item->setData(0, kChoiceRole, QString::fromLatin1(type) + "|");
        }
        if (kinds)
            kinds->setExpanded(true);
    }

    std::vector<bool> passes(devices.size(), false);
    int matches = 0;
    for (std::size_t i = 0; i < devices.size(); ++i) {
        passes[i] =
            kindPasses(filter, devices[i].device.kind) &&
            (query.empty() ||
             query.matches(devices[i], i < m_haystacks.size() ? m_haystacks[i] : QString()));
        matches += passes[i];
    }

    QTreeWidgetItem *recent = nullptr;
    for (const QString &model : recentModels()) {
        const DeviceTemplateEntry *e =
            m_library ? m_library->findEntry(model.toStdString()) : nullptr;
        if (!e || !passes[std::size_t(e - devices.data())])
            continue;
        if (!recent)
            recent = group(tr("Recently used"));
        add(recent, *e);
    }
    if (recent)
        recent->setExpanded(true);

    std::vector<std::size_t> builtinList;
    std::map<QString, std::pair<QString, std::vector<std::size_t>>> makers; // by lower-cased name
    for (std::size_t i = 0; i < devices.size(); ++i) {
        if (!passes[i])
            continue;
        if (devices[i].builtin()) {
            builtinList.push_back(i);
            continue;
        }
        const QString maker = devices[i].device.manufacturer.empty()
                                  ? tr("(no manufacturer)")
                                  : q(devices[i].device.manufacturer);
        auto &slot = makers[maker.toLower()];
        slot.first = maker;
        slot.second.push_back(i);
    }
    std::sort(builtinList.begin(), builtinList.end(), [&](std::size_t a, std::size_t b) {
        return QString::compare(q(devices[a].device.model), q(devices[b].device.model),
                                Qt::CaseInsensitive) < 0;
    });
    if (!builtinList.empty()) {
        QTreeWidgetItem *builtins = group(tr("Built-in"));
        for (std::size_t i : builtinList)
            add(builtins, devices[i]);
        builtins->setExpanded(true);
    }
    const bool expandMakers = !query.empty() && matches <= 300;
    for (auto &[key, slot] : makers) {
        auto &[name, members] = slot;
        std::sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
            return QString::compare(q(devices[a].device.model), q(devices[b].device.model),
                                    Qt::CaseInsensitive) < 0;
        });
        QTreeWidgetItem *g = group(tr("%1 (%2)").arg(name).arg(members.size()));
        for (std::size_t i : members)
            add(g, devices[i]);
        g->setExpanded(expandMakers);
    }
    m_count->setText(tr("%n model(s)", nullptr, matches));

    // The first model found is current, so Enter in the search field takes it.
    if (!query.empty())
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
            if (!(*it)->data(0, kChoiceRole).toString().isEmpty()) {
                m_tree->setCurrentItem(*it);
                break;
            }
    m_tree->setUpdatesEnabled(true);
}

} // namespace cn
