#pragma once
// The editor's side of the audit: inventories (and switch neighbour tables) laid over the open
// design, compared again after every edit, the differences marked on the canvas and listed in
// the Inventory panel. Also the collector script, offered to save (Help ▸ Collect Host
// Inventory…).

#include "inventory/Inventory.h"
#include "inventory/InventoryAudit.h"
#include "inventory/NeighbourTable.h"

#include <QObject>
#include <QStringList>

class QMenu;

namespace cn
{

class AuditPanel;
class DesignDocument;
class DiagramScene;
class DiagramView;
class MainWindow;

class InventoryOverlay : public QObject
{
    Q_OBJECT
public:
    InventoryOverlay(DesignDocument *doc, DiagramScene *scene, AuditPanel *panel,
                     QObject *parent = nullptr);

    // Reads the files (inventories as JSON, anything else as a neighbour table named after the
    // file); on an error nothing changes and `error` says FILE:LINE:COLUMN: error: TEXT.
    bool open(const QStringList &files, QString *error);
    void clear();
    const AuditResult &result() const { return m_result; }
    const QStringList &sources() const { return m_sources; }

    // The collector script shipped with the program.
    static QByteArray collectorScript();

private:
    void recompute();

    DesignDocument *m_doc;
    DiagramScene *m_scene;
    AuditPanel *m_panel;
    QStringList m_sources;
    std::vector<HostInventory> m_hosts;
    std::vector<NeighbourTable> m_tables;
    AuditResult m_result;
};

// Adds the Inventory dock, Design ▸ Compare with Inventory… and Help ▸ Collect Host Inventory…
// to `window`. Returns the overlay (owned by the window).
InventoryOverlay *installInventoryOverlay(MainWindow *window, QMenu *design, QMenu *help);

} // namespace cn
