#include "panels/PalettePanel.h"

#include "document/DesignDocument.h"

#include <QMimeData>

namespace cn {

bool looksLikeSwitch(const DeviceTemplate &t)
{
    int data = 0;
    for (const auto &i : t.interfaces)
        data += !i.mgmtOnly && i.cablable();
    return data >= 8;
}

PalettePanel::PalettePanel(DesignDocument *doc, QWidget *parent) : QTreeWidget(parent), m_doc(doc)
{
    setObjectName("palette");
    setHeaderHidden(true);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QStringList parts = item->data(0, Qt::UserRole).toString().split('|');
        if (parts.size() == 2)
            emit addRequested(parts[0], parts[1]);
    });
    refresh();
}

void PalettePanel::refresh()
{
    clear();
    auto *kinds = new QTreeWidgetItem(this, {tr("Device kinds")});
    const std::pair<const char *, QString> types[] = {{"host", tr("Host")},         {"storage", tr("Storage")},
                                                      {"router", tr("Router")},     {"firewall", tr("Firewall")},
                                                      {"other", tr("Other device")}};
    for (const auto &[type, label] : types) {
        auto *item = new QTreeWidgetItem(kinds, {label});
        item->setData(0, Qt::UserRole, QString::fromLatin1(type) + "|");
    }
    auto *switches = new QTreeWidgetItem(this, {tr("Switches")});
    auto *hosts = new QTreeWidgetItem(this, {tr("Host models")});
    for (const auto &e : m_doc->templates().devices()) {
        const bool isSwitch = looksLikeSwitch(e.device);
        auto *item = new QTreeWidgetItem(isSwitch ? switches : hosts, {QString::fromStdString(e.device.model)});
        item->setData(0, Qt::UserRole, QString(isSwitch ? "switch|" : "host|") + QString::fromStdString(e.device.model));
        item->setToolTip(0, QString::fromStdString(e.device.manufacturer + " " + e.device.model + "\n" + e.device.file));
    }
    for (QTreeWidgetItem *top : {kinds, switches, hosts})
        top->setFlags(top->flags() & ~Qt::ItemIsDragEnabled);
    expandAll();
}

QMimeData *PalettePanel::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    if (items.isEmpty() || items.first()->data(0, Qt::UserRole).toString().isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData("application/x-clusternet-device", items.first()->data(0, Qt::UserRole).toString().toUtf8());
    return mime;
}

} // namespace cn
