#pragma once
// The editor's main window: canvas in the middle; palette, properties, networks, findings,
// failure mode and undo history as docks; File/Edit/View/Insert/Design/Help menus.

#include <QMainWindow>

#include <string>
#include <vector>

class QAction;
class QLabel;
class QMenu;
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
class PalettePanel;
class PropertiesPanel;
class FailurePanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    DesignDocument *document() const { return m_doc; }
    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    PropertiesPanel *properties() const { return m_properties; }
    NetworksPanel *networks() const { return m_networks; }
    FindingsPanel *findings() const { return m_findings; }

    // Opens `path`; on a load error shows it and keeps the open design. Returns success.
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
    // Offers the copy an earlier run left behind (a crash); call once the window shows.
    void offerRecovery();
    void autosaveNow();
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
    QMenu *m_switchMenu = nullptr;
    QAction *m_failureAction = nullptr;
    QString m_autosavedFor;
};

} // namespace cn
