#include "window/FindBar.h"

#include "canvas/DeviceGeometry.h"
#include "document/DesignDocument.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QToolButton>

namespace cn
{
namespace
{

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

FindBar::FindBar(DesignDocument *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    setObjectName("findBar");
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(new QLabel(tr("Find:"), this));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName("findEdit");
    m_edit->setPlaceholderText(tr("device, port, network or cable: id or name"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(380);
    layout->addWidget(m_edit);
    m_status = new QLabel(this);
    layout->addWidget(m_status);
    layout->addStretch();
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close (Esc)"));
    layout->addWidget(close);

    m_model = new QStringListModel(this);
    m_completer = new QCompleter(m_model, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(14);
    m_edit->setCompleter(m_completer);

    connect(doc, &DesignDocument::designChanged, this, [this] { m_stale = true; });
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_status->clear();
        if (m_stale)
            rebuild();
    });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &FindBar::choose);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        // A match picked in the list comes through activated(); this is Enter on typed text.
        if (!m_completer->popup()->isVisible() || !m_completer->popup()->currentIndex().isValid())
            choose(m_edit->text());
    });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
}

void FindBar::open()
{
    if (m_stale)
        rebuild();
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

void FindBar::rebuild()
{
    m_stale = false;
    m_targets.clear();
    const Design &d = m_doc->design();
    for (const Device &dev : d.devices) {
        QString text = q(dev.id) + " — " + q(toString(dev.type));
        if (!dev.name.empty() && dev.name != dev.id)
            text = q(dev.id) + " — " + q(dev.name) + " (" + q(toString(dev.type)) + ")";
        m_targets.push_back({FindTarget::Device, dev.id, text});
    }
    for (const Network &n : d.networks) {
        QString text = tr("network %1").arg(q(n.id));
        if (!n.name.empty() && n.name != n.id)
            text += " — " + q(n.name);
        if (n.vlan)
            text += " " + tr("(VLAN %1)").arg(*n.vlan);
        m_targets.push_back({FindTarget::Network, n.id, text});
    }
    for (const Link &l : d.links)
        m_targets.push_back({FindTarget::Cable, l.name(), tr("cable %1").arg(q(l.name()))});
    for (const Device &dev : d.devices)
        for (const PortCell &c : layoutDevice(dev, m_doc->templates().findDevice(dev.model)).ports)
            m_targets.push_back({FindTarget::Port, dev.id + ":" + c.local,
                                 tr("port %1").arg(q(dev.id + ":" + c.local))});
    QStringList texts;
    texts.reserve(int(m_targets.size()));
    for (const FindTarget &t : m_targets)
        texts << t.text;
    m_model->setStringList(texts);
}

std::vector<FindTarget> FindBar::find(const QString &typed) const
{
    const QString text = typed.trimmed();
    std::vector<FindTarget> found;
    if (text.isEmpty())
        return found;
    const std::string exact = text.toStdString();
    for (const FindTarget &t : m_targets)
        if (t.text.compare(text, Qt::CaseInsensitive) == 0 || t.ref == exact)
            found.push_back(t);
    if (found.empty())
        for (const Device &dev : m_doc->design().devices)
            if (QString::compare(q(dev.name), text, Qt::CaseInsensitive) == 0)
                found.push_back({FindTarget::Device, dev.id, q(dev.id)});
    if (found.empty())
        for (const Network &n : m_doc->design().networks)
            if (QString::compare(q(n.name), text, Qt::CaseInsensitive) == 0)
                found.push_back({FindTarget::Network, n.id, q(n.id)});
    if (found.empty())
        for (const FindTarget &t : m_targets)
            if (t.text.contains(text, Qt::CaseInsensitive))
                found.push_back(t);
    return found;
}

void FindBar::choose(const QString &text)
{
    if (m_stale)
        rebuild();
    const auto found = find(text);
    if (found.empty()) {
        m_status->setText(tr("Not found"));
        return;
    }
    m_status->setText(found.size() == 1
                          ? QString()
                          : tr("%n match(es), the first shown", nullptr, int(found.size())));
    emit chosen(found.front());
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace cn
