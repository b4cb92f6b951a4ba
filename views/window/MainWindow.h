#pragma once
// The editor's main window: canvas in the middle; palette, properties, networks, findings,
// failure mode and undo history as docks; File/Edit/View/Insert/Design/Help menus.

#include "design/DesignEdits.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <set>

#include <string>
#include <vector>

class QAction;
class QLabel;
class QMenu;
class QSettings;
class QToolBar;
class QToolButton;

namespace cn {

class DesignDocument;
class DiagramScene;
class FindBar;
class Overview;
struct CanvasHit;
struct FindTarget;
class DiagramView;
class FindingsPanel;
class NetworksPanel;
class Autosaver;
class PalettePanel;
struct RecoveryCopy;
class PropertiesPanel;
class FailurePanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DesignDocument *document() const { return m_doc; }
    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    PropertiesPanel *properties() const { return m_properties; }
    NetworksPanel *networks() const { return m_networks; }
    FindingsPanel *findings() const { return m_findings; }
    PalettePanel *palette() const { return m_palette; }
    FailurePanel *failure() const { return m_failure; }

    // Opens `path`, first offering any recovery copy of it; on a load error shows it and keeps
    // the open design. Returns success.
    bool openFile(const QString &path);
    bool saveFile(const QString &path);

    void newDesign();
    void open();
    bool save();
    bool saveAs();
    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();
    void deleteSelection();
    void arrange();
    void addDevice(const QString &type, const QString &model);
    void exportDiagram();
    void newFromTemplate();
    bool createFromTemplate(const QString &id);
    void showSettings();
    void rescanTemplates();
    // Offers each copy an earlier run left behind (a crash); call once the window shows.
    void offerRecovery();
    // Recovers the copy at `copyPath` into this window (after the user chose to).
    bool recoverCopy(const QString &copyPath);
    void autosaveNow();
    QString autosavePath() const;
    void printDiagram(bool preview);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildDocks();

public:
    FindBar *findBar() const { return m_findBar; }
    // Selects what `target` names and brings it into view (find).
    void jumpTo(const FindTarget &target);
    void showCanvasMenu(const CanvasHit &hit, const QPoint &screenPos, const QPointF &scenePos);

private:
    // The canvas's commands (window/CanvasActions.cpp): find, align and distribute, pins,
    // showing one network or role, the overview, the context menus of the canvas.
    void buildCanvasActions(QMenu *edit, QMenu *view, QMenu *design);
    void rebuildShowMenu();
    void addDeviceAt(const QString &type, const QString &model, const QPointF &scenePos);
    void showArea(const QRectF &sceneRect, bool zoomIn);
    FindBar *m_findBar = nullptr;
    QToolBar *m_findToolBar = nullptr;
    QMenu *m_showMenu = nullptr;
    QMenu *m_alignMenu = nullptr;
    Overview *m_overview = nullptr;
    QToolButton *m_shownButton = nullptr;
    bool maybeSave();
    void updateTitle();
    void rebuildSwitchMenu();
    void updateStatus();
    void addRecent(const QString &path);
    void updateRecentMenu();
    void showFinding(const std::vector<std::string> &elements);
    void storeSettings(const std::function<void(QSettings &)> &change);
    enum class RecoveryChoice { Recover, Skip, Discard };
    RecoveryChoice askRecovery(const RecoveryCopy &copy, bool elsewhere);
    // What a copy carries: the devices, the devices they are cabled to, their links.
    Design copyPart(const std::set<std::string> &ids) const;
    // The shift that puts copies of `ids` (placed as in `source`) beside them, on free ground.
    Position besideOriginals(const Design &source, const std::set<std::string> &ids) const;
    void pasteCopies(const Design &source, const std::set<std::string> &ids, const QString &verb);

    DesignDocument *m_doc;
    DiagramScene *m_scene;
    DiagramView *m_view;
    PalettePanel *m_palette;
    PropertiesPanel *m_properties;
    NetworksPanel *m_networks;
    FindingsPanel *m_findings;
    FailurePanel *m_failure;
    QLabel *m_counts;
    QLabel *m_zoom;
    QMenu *m_recent = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_failureAction = nullptr;
    std::unique_ptr<Autosaver> m_autosaver;
    QString m_recovering; // a copy being recovered, until the window survived it
    bool m_autosaveFailing = false;
};

} // namespace cn
