#include "window/InventoryOverlay.h"

#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "document/DesignDocument.h"
#include "inventory/InventoryReader.h"
#include "io/SafeWrite.h"
#include "panels/AuditPanel.h"
#include "window/MainWindow.h"

#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

static void initCollectorResource()
{
    // Resources of a static library must be registered by name before first use.
    Q_INIT_RESOURCE(collector);
}

namespace cn
{
namespace
{

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

InventoryOverlay::InventoryOverlay(DesignDocument *doc, DiagramScene *scene, AuditPanel *panel,
                                   QObject *parent)
    : QObject(parent), m_doc(doc), m_scene(scene), m_panel(panel)
{
    connect(doc, &DesignDocument::designChanged, this, [this] {
        if (!m_sources.isEmpty())
            recompute();
    });
    connect(panel, &AuditPanel::clearRequested, this, &InventoryOverlay::clear);
}

bool InventoryOverlay::open(const QStringList &files, QString *error)
{
    std::vector<HostInventory> hosts;
    std::vector<NeighbourTable> tables;
    QStringList problems;
    for (const QString &file : files) {
        if (!file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            const NeighbourTableLoad t = readNeighbourTableFile(
                file.toStdString(), QFileInfo(file).completeBaseName().toStdString());
            if (t.table)
                tables.push_back(*t.table);
            else
                problems << q(t.error->format());
            continue;
        }
        const InventoryLoad load = readInventoryFile(file.toStdString());
        if (load.ok())
            hosts.push_back(*load.inventory);
        else
            problems << q(load.error->format());
    }
    if (!problems.isEmpty() || hosts.empty()) {
        if (error)
            *error = problems.isEmpty() ? tr("No inventory (.json) among the files")
                                        : problems.join('\n');
        return false;
    }
    m_hosts = std::move(hosts);
    m_tables = std::move(tables);
    m_sources = files;
    recompute();
    return true;
}

void InventoryOverlay::clear()
{
    m_sources.clear();
    m_hosts.clear();
    m_tables.clear();
    m_result = {};
    m_scene->setAuditMarks({});
    m_panel->setResult({}, m_result);
}

void InventoryOverlay::recompute()
{
    m_result = auditDesign(m_doc->design(), m_doc->templates(), m_hosts, m_tables);
    std::set<std::string> refs;
    for (const AuditDifference &d : m_result.differences)
        refs.insert(d.elements.begin(), d.elements.end());
    m_scene->setAuditMarks(std::move(refs));
    m_panel->setResult(m_sources, m_result);
}

QByteArray InventoryOverlay::collectorScript()
{
    initCollectorResource();
    QFile f(QStringLiteral(":/clusternet/collect-inventory.ps1"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

InventoryOverlay *installInventoryOverlay(MainWindow *window, QMenu *design, QMenu *help)
{
    auto *panel = new AuditPanel(window);
    auto *dock = new QDockWidget(InventoryOverlay::tr("Inventory"), window);
    dock->setObjectName("inventoryDock");
    dock->setWidget(panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (auto *findings = window->findChild<QDockWidget *>("findingsDock"))
        window->tabifyDockWidget(findings, dock);
    dock->hide();
    auto *overlay = new InventoryOverlay(window->document(), window->scene(), panel, window);

    auto openFiles = [window, overlay, dock] {
        const QStringList files = QFileDialog::getOpenFileNames(
            window, InventoryOverlay::tr("Compare with Inventory"), QString(),
            InventoryOverlay::tr(
                "Host inventories and switch LLDP tables (*.json *.txt);;All files (*)"));
        if (files.isEmpty())
            return;
        QString error;
        if (!overlay->open(files, &error)) {
            QMessageBox::warning(window, InventoryOverlay::tr("Inventory not opened"), error);
            return;
        }
        dock->show();
        dock->raise();
        window->statusBar()->showMessage(
            InventoryOverlay::tr("%n difference(s) from what was built", nullptr,
                                 int(overlay->result().differences.size())),
            6000);
    };
    QObject::connect(panel, &AuditPanel::openRequested, window, openFiles);
    QObject::connect(panel, &AuditPanel::differenceChosen, window,
                     [window](const std::vector<std::string> &refs) {
                         const QRectF area = window->scene()->selectReferences(refs);
                         if (!area.isNull())
                             window->view()->centerOn(area.center());
                     });
    design->addSeparator();
    QObject::connect(design->addAction(InventoryOverlay::tr("Compare with &Inventory…")),
                     &QAction::triggered, window, openFiles);
    QObject::connect(design->addAction(InventoryOverlay::tr("Clear Inventory Overlay")),
                     &QAction::triggered, overlay, &InventoryOverlay::clear);

    QObject::connect(
        help->addAction(InventoryOverlay::tr("&Collect Host Inventory…")), &QAction::triggered,
        window, [window] {
            const QString path = QFileDialog::getSaveFileName(
                window, InventoryOverlay::tr("Save the Collector Script"), "collect-inventory.ps1",
                InventoryOverlay::tr("PowerShell scripts (*.ps1)"));
            if (path.isEmpty())
                return;
            const std::string error = writeFileAtomically(
                path.toStdString(), InventoryOverlay::collectorScript().toStdString());
            if (!error.empty()) {
                QMessageBox::warning(window, InventoryOverlay::tr("Not saved"), q(error));
                return;
            }
            QMessageBox::information(
                window, InventoryOverlay::tr("Collector saved"),
                InventoryOverlay::tr(
                    "<p>Saved %1.</p><p>Run it on each Hyper-V host as an administrator "
                    "(Windows PowerShell 5.1 or PowerShell 7):</p>"
                    "<pre>.\\collect-inventory.ps1 -Path HV01.json</pre>"
                    "<p>Then Design ▸ Compare with Inventory… lays the files over this "
                    "design, or <tt>clusternet import</tt> builds a design from them.</p>")
                    .arg(path.toHtmlEscaped()));
        });
    return overlay;
}

} // namespace cn
