#include "window/MainWindow.h"

#include "canvas/AutoLayout.h"
#include "design/Endpoint.h"
#include "document/Autosave.h"
#include "document/DesignDocument.h"
#include "design/DesignEdits.h"
#include "io/DesignLoader.h"
#include "io/DesignSaver.h"
#include "io/SafeWrite.h"
#include "canvas/DeviceItem.h"
#include "canvas/DiagramScene.h"
#include "paper/DiagramRenderer.h"
#include "canvas/DiagramView.h"
#include "dialogs/DeviceChooser.h"
#include "dialogs/ExportDialog.h"
#include "panels/FailurePanel.h"
#include "panels/FindingsPanel.h"
#include "panels/NetworksPanel.h"
#include "panels/PalettePanel.h"
#include "panels/PropertiesPanel.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/SwitchConfigDialog.h"
#include "panels/SeverityIcon.h"
#include "dialogs/TemplateDialog.h"
#include "window/InventoryOverlay.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QUndoView>

#include <cmath>

namespace cn {
namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }
const char *const kMime = "application/x-clusternet-design";
// A recovery that has not crashed the editor this long after it was taken in succeeded.
const int kRecoverySettleMs = 3000;

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName("mainWindow");
    m_doc = new DesignDocument(this);
    m_scene = new DiagramScene(m_doc, this);
    m_view = new DiagramView(m_scene, this);
    m_view->setObjectName("canvas");
    setCentralWidget(m_view);
    m_counts = new QLabel(this);
    m_counts->setObjectName("findingCounts");
    m_zoom = new QLabel(this);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_zoom);
    buildDocks();
    buildActions();

    connect(m_doc, &DesignDocument::fileChanged, this, &MainWindow::updateTitle);
    m_autosaver = std::make_unique<Autosaver>();
    auto *autosave = new QTimer(this);
    autosave->setInterval(autosaveIntervalMs());
    connect(autosave, &QTimer::timeout, this, &MainWindow::autosaveNow);
    autosave->start();
    // A design that is saved, or put away, needs no copy any more.
    connect(m_doc, &DesignDocument::fileChanged, this, [this] {
        if (!m_doc->isModified())
            m_autosaver->discard();
    });
    connect(m_doc, &DesignDocument::findingsChanged, this, &MainWindow::updateStatus);
    connect(m_scene, &DiagramScene::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 6000); });
    connect(m_view, &DiagramView::zoomChanged, this, [this](qreal z) { m_zoom->setText(tr("Zoom %1%").arg(qRound(z * 100))); });
    connect(m_findings, &FindingsPanel::findingChosen, this, &MainWindow::showFinding);
    connect(m_palette, &PalettePanel::addRequested, this, &MainWindow::addDevice);

    QSettings settings;
    resize(1400, 900);
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
    updateTitle();
    updateStatus();
    updateRecentMenu();
    m_view->setZoom(1.0);
}

MainWindow::~MainWindow()
{
    // Children are destroyed in the order they were made: the document before the scene,
    // whose items signal selection changes while they go; panels would then read a document
    // that is gone. Nothing may listen by then.
    m_scene->blockSignals(true);
    m_doc->blockSignals(true);
}

void MainWindow::buildDocks()
{
    auto dock = [this](QWidget *w, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    m_palette = new PalettePanel(m_doc, this);
    m_properties = new PropertiesPanel(m_doc, m_scene, this);
    m_networks = new NetworksPanel(m_doc, this);
    m_findings = new FindingsPanel(m_doc, this);
    m_failure = new FailurePanel(m_scene, this);
    auto *undo = new QUndoView(m_doc->undoStack(), this);
    undo->setEmptyLabel(tr("<opened>"));
    dock(m_palette, tr("Palette"), "paletteDock", Qt::LeftDockWidgetArea);
    auto *history = dock(undo, tr("Undo history"), "undoDock", Qt::LeftDockWidgetArea);
    dock(m_properties, tr("Properties"), "propertiesDock", Qt::RightDockWidgetArea);
    // Networks sit below the palette: both are what you drag onto the canvas, and Properties
    // stays in sight while you do.
    auto *nets = dock(m_networks, tr("Networks"), "networksDock", Qt::LeftDockWidgetArea);
    auto *findings = dock(m_findings, tr("Findings"), "findingsDock", Qt::BottomDockWidgetArea);
    auto *failure = dock(m_failure, tr("Failure mode"), "failureDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(findings, failure);
    findings->raise();
    splitDockWidget(findChild<QDockWidget *>("paletteDock"), nets, Qt::Vertical);
    history->hide();
    resizeDocks({findings}, {190}, Qt::Vertical);
    resizeDocks({findChild<QDockWidget *>("paletteDock")}, {330}, Qt::Horizontal);
    resizeDocks({findChild<QDockWidget *>("paletteDock"), nets}, {220, 600}, Qt::Vertical);
    resizeDocks({findChild<QDockWidget *>("propertiesDock")}, {400}, Qt::Horizontal);
}

void MainWindow::buildActions()
{
    auto action = [this](QMenu *menu, const QString &text, QKeySequence key, auto slot) {
        QAction *a = menu->addAction(text);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAct = action(file, tr("&New"), QKeySequence::New, &MainWindow::newDesign);
    action(file, tr("New from &Template…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MainWindow::newFromTemplate);
    QAction *openAct = action(file, tr("&Open…"), QKeySequence::Open, &MainWindow::open);
    m_recent = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction *saveAct = action(file, tr("&Save"), QKeySequence::Save, [this] { save(); });
    action(file, tr("Save &As…"), QKeySequence::SaveAs, [this] { saveAs(); });
    file->addSeparator();
    action(file, tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::exportDiagram);
    action(file, tr("Print Pre&view…"), QKeySequence(), [this] { printDiagram(true); });
    action(file, tr("&Print…"), QKeySequence::Print, [this] { printDiagram(false); });
    file->addSeparator();
    action(file, tr("&Close"), QKeySequence::Close, [this] {
        if (maybeSave())
            m_doc->newDesign();
    });
    file->addSeparator();
    action(file, tr("&Quit"), QKeySequence::Quit, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    action(edit, tr("Cu&t"), QKeySequence::Cut, &MainWindow::cutSelection);
    action(edit, tr("&Copy"), QKeySequence::Copy, &MainWindow::copySelection);
    action(edit, tr("&Paste"), QKeySequence::Paste, &MainWindow::paste);
    action(edit, tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::duplicateSelection);
    QAction *del = action(edit, tr("&Delete"), QKeySequence::Delete, &MainWindow::deleteSelection);
    del->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(del);
    action(edit, tr("Select &All"), QKeySequence::SelectAll, [this] {
        for (QGraphicsItem *i : m_scene->items())
            if (i->flags() & QGraphicsItem::ItemIsSelectable)
                i->setSelected(true);
    });
    edit->addSeparator();
    action(edit, tr("Se&ttings…"), QKeySequence::Preferences, &MainWindow::showSettings);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    action(m_viewMenu, tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    action(m_viewMenu, tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    action(m_viewMenu, tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->fitDesign(); });
    action(m_viewMenu, tr("Actual &Size"), QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_view->setZoom(1.0); });
    m_viewMenu->addSeparator();
    QAction *grid = action(m_viewMenu, tr("Show &Grid"), QKeySequence(), [this](bool on) { m_scene->setGridVisible(on); });
    grid->setCheckable(true);
    grid->setChecked(true);
    QAction *snap = action(m_viewMenu, tr("S&nap to Grid"), QKeySequence(), [this](bool on) { m_scene->setSnapToGrid(on); });
    snap->setCheckable(true);
    snap->setChecked(true);
    QAction *labels = action(m_viewMenu, tr("Port &Labels on Links"), QKeySequence(), [this](bool on) { m_scene->setShowPortLabels(on); });
    labels->setCheckable(true);
    m_viewMenu->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        m_viewMenu->addAction(d->toggleViewAction());

    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    // Host and Switch open the searchable chooser: a library has thousands of models.
    auto choose = [this](KindFilter filter) {
        DeviceChooser chooser(m_doc->templates(), filter, this);
        if (chooser.exec() != QDialog::Accepted)
            return;
        addDevice(chooser.chosenType(), chooser.chosenModel());
        m_palette->refresh(); // its recently used models
    };
    action(insert, tr("&Host…"), QKeySequence(), [choose] { choose(KindFilter::Server); });
    action(insert, tr("&Switch…"), QKeySequence(), [choose] { choose(KindFilter::Switch); });
    action(insert, tr("S&torage"), QKeySequence(), [this] { addDevice("storage", QString()); });
    action(insert, tr("&Router"), QKeySequence(), [this] { addDevice("router", QString()); });
    action(insert, tr("&Firewall"), QKeySequence(), [this] { addDevice("firewall", QString()); });
    action(insert, tr("&Other Device"), QKeySequence(), [this] { addDevice("other", QString()); });

    QMenu *design = menuBar()->addMenu(tr("&Design"));
    // Ctrl+F is Find; failure mode has a key of its own.
    m_failureAction = action(design, tr("&Failure Mode"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this](bool on) {
        m_scene->setFailureMode(on);
        if (on)
            if (auto *d = findChild<QDockWidget *>("failureDock")) {
                d->show();
                d->raise();
            }
        statusBar()->showMessage(on ? tr("Failure mode: click a switch, a NIC card or a cable to fail it") : QString(), 8000);
    });
    m_failureAction->setCheckable(true);
    action(design, tr("&Rescan Templates"), QKeySequence(Qt::Key_F5), &MainWindow::rescanTemplates);
    buildCanvasActions(edit, m_viewMenu, design);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    action(help, tr("&About clusternet"), QKeySequence(), [this] {
        QMessageBox::about(this, tr("About clusternet"),
                           tr("<b>clusternet %1</b><p>Designs the networks of failover clusters and checks "
                              "them for single points of failure and traffic-role isolation.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    installInventoryOverlay(this, design, help);
    installSwitchConfigAction(this, design);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName("mainToolBar");
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(newAct);
    bar->addAction(openAct);
    bar->addAction(saveAct);
    bar->addSeparator();
    // Short labels on the toolbar; the menu entries name the command.
    QAction *undoShort = bar->addAction(tr("Undo"), m_doc->undoStack(), &QUndoStack::undo);
    QAction *redoShort = bar->addAction(tr("Redo"), m_doc->undoStack(), &QUndoStack::redo);
    undoShort->setEnabled(false);
    redoShort->setEnabled(false);
    connect(m_doc->undoStack(), &QUndoStack::canUndoChanged, undoShort, &QAction::setEnabled);
    connect(m_doc->undoStack(), &QUndoStack::canRedoChanged, redoShort, &QAction::setEnabled);
    bar->addSeparator();
    bar->addAction(m_failureAction);
}

void MainWindow::rebuildSwitchMenu()
{
    // Insert ▸ Switch opens the chooser, which reads the templates when it opens.
}

void MainWindow::rescanTemplates()
{
    m_doc->rescanTemplates();
    m_palette->refresh();
    rebuildSwitchMenu();
    statusBar()->showMessage(tr("%n device template(s) and %1 design template(s) found", nullptr,
                                int(m_doc->templates().devices().size()))
                                 .arg(m_doc->templates().designs().size()),
                             6000);
}

void MainWindow::newFromTemplate()
{
    if (!maybeSave())
        return;
    TemplateDialog dialog(m_doc->templates(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenId().isEmpty())
        return;
    createFromTemplate(dialog.chosenId());
}

bool MainWindow::createFromTemplate(const QString &id)
{
    const DesignTemplateEntry *entry = m_doc->templates().findDesign(id.toStdString());
    std::string failure;
    const auto text = entry ? TemplateLibrary::readDesignText(entry->info, failure) : std::nullopt;
    QString error;
    if (!text || !m_doc->loadText(*text, q(entry->info.file), &error, true)) {
        QMessageBox::critical(this, tr("Cannot use template"), error.isEmpty() ? q(failure) : error);
        return false;
    }
    m_view->fitDesign();
    statusBar()->showMessage(tr("New design from template %1: save it under a name of its own").arg(id), 8000);
    return true;
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const bool languageChanged = dialog.store(&error);
    if (!error.isEmpty())
        QMessageBox::critical(this, tr("Cannot save settings"), error);
    else if (languageChanged)
        QMessageBox::information(this, tr("Language"), tr("The new language applies when clusternet starts again."));
    rescanTemplates();
}

void MainWindow::updateTitle()
{
    const QString name = m_doc->filePath().isEmpty() ? tr("Untitled") : QFileInfo(m_doc->filePath()).fileName();
    setWindowTitle(name + "[*] — clusternet");
    setWindowModified(m_doc->isModified());
}

void MainWindow::updateStatus()
{
    const FindingCounts c = countFindings(m_doc->findings());
    QString text = tr("%n error(s)", nullptr, c.errors) + "  " + tr("%n warning(s)", nullptr, c.warnings) + "  " +
                   tr("%n info", nullptr, c.info);
    if (c.accepted > 0)
        text += "  (" + tr("%n accepted", nullptr, c.accepted) + ")";
    m_counts->setText(text);
    // Red only for what fails `check`: accepted errors are the team's decision.
    m_counts->setStyleSheet(c.openErrors > 0 ? "color: #c62828; font-weight: bold;" : "");
}

void MainWindow::showFinding(const std::vector<std::string> &elements)
{
    const QRectF area = m_scene->selectReferences(elements);
    if (!area.isEmpty())
        m_view->centerOn(area.center());
}

bool MainWindow::maybeSave()
{
    if (!m_doc->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("The design has unsaved changes. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newDesign()
{
    if (maybeSave())
        m_doc->newDesign();
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open design"), QSettings().value("files/lastDir").toString(),
                                                      tr("Cluster designs (*.cluster.yaml *.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    // A copy left by a session that ended without saving comes first: opening the file must
    // not bury it.
    for (const RecoveryCopy &copy : leftCopiesOf(path)) {
        switch (askRecovery(copy, false)) {
        case RecoveryChoice::Recover:
            if (recoverCopy(copy.path)) {
                addRecent(path);
                return true;
            }
            break;
        case RecoveryChoice::Discard:
            removeCopy(copy.path);
            break;
        case RecoveryChoice::Skip:
            break;
        }
    }
    QString error;
    if (!m_doc->load(path, &error)) {
        QMessageBox::critical(this, tr("Cannot open design"), tr("The design could not be loaded:\n\n%1").arg(error));
        return false;
    }
    addRecent(path);
    storeSettings([&](QSettings &s) { s.setValue("files/lastDir", QFileInfo(path).absolutePath()); });
    m_scene->clearSelection();
    m_view->fitDesign();
    const QStringList warnings = m_doc->loadWarnings();
    statusBar()->showMessage(warnings.isEmpty() ? tr("Opened %1").arg(path) : warnings.join("  "), 8000);
    return true;
}

bool MainWindow::saveFile(const QString &path)
{
    QString error;
    if (!m_doc->save(path, &error)) {
        QMessageBox::critical(this, tr("Cannot save design"), error);
        return false;
    }
    addRecent(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::save()
{
    return m_doc->filePath().isEmpty() ? saveAs() : saveFile(m_doc->filePath());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save design"), m_doc->filePath(), tr("Cluster designs (*.cluster.yaml)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(".yaml") && !path.endsWith(".yml"))
        path += ".cluster.yaml";
    return saveFile(path);
}

void MainWindow::addRecent(const QString &path)
{
    storeSettings([&](QSettings &settings) {
        QStringList recent = settings.value("files/recent").toStringList();
        recent.removeAll(QFileInfo(path).absoluteFilePath());
        recent.prepend(QFileInfo(path).absoluteFilePath());
        settings.setValue("files/recent", recent.mid(0, 10));
    });
    updateRecentMenu();
}

void MainWindow::storeSettings(const std::function<void(QSettings &)> &change)
{
    QSettings settings;
    change(settings);
    const std::string failure = syncSettings(settings);
    if (!failure.empty())
        statusBar()->showMessage(q(failure), 10000);
}

void MainWindow::updateRecentMenu()
{
    if (!m_recent)
        return;
    m_recent->clear();
    const QStringList recent = QSettings().value("files/recent").toStringList();
    for (const QString &path : recent)
        connect(m_recent->addAction(path), &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    m_recent->setEnabled(!recent.isEmpty());
}

namespace {

const char *const kCopiedMime = "application/x-clusternet-copied";

} // namespace

Design MainWindow::copyPart(const std::set<std::string> &ids) const
{
    // The copied devices, the devices they are cabled to (so a paste can cable the copies to
    // the same ones) and every link of the copied devices; unplaced devices get the place
    // they are shown at.
    const Design &d = m_doc->design();
    std::set<std::string> keep = ids;
    for (const Link &l : d.links) {
        EndpointRef a, b;
        if (!splitEndpoint(l.a, a) || !splitEndpoint(l.b, b))
            continue;
        if (ids.count(a.device) || ids.count(b.device)) {
            keep.insert(a.device);
            keep.insert(b.device);
        }
    }
    Design part;
    part.networks = d.networks;
    for (Device dev : d.devices)
        if (keep.count(dev.id)) {
            if (!dev.position)
                if (const DeviceItem *item = m_scene->deviceItem(dev.id))
                    dev.position = Position{item->pos().x(), item->pos().y()};
            part.devices.push_back(std::move(dev));
        }
    for (const Link &l : d.links) {
        EndpointRef a, b;
        if (splitEndpoint(l.a, a) && splitEndpoint(l.b, b) && keep.count(a.device) && keep.count(b.device) &&
            (ids.count(a.device) || ids.count(b.device)))
            part.links.push_back(l);
    }
    return part;
}

Position MainWindow::besideOriginals(const Design &source, const std::set<std::string> &ids) const
{
    Box group;
    bool first = true;
    for (const Device &dev : source.devices) {
        if (!ids.count(dev.id))
            continue;
        QSizeF size(300, 200);
        if (const DeviceItem *item = m_scene->deviceItem(dev.id))
            size = item->boundingRect().size();
        const QPointF p = dev.position ? QPointF(dev.position->x, dev.position->y) : QPointF();
        const QRectF r(p, size);
        const QRectF u = first ? r : QRectF(group.x, group.y, group.w, group.h).united(r);
        group = Box{u.x(), u.y(), u.width(), u.height()};
        first = false;
    }
    std::vector<Box> others;
    for (const auto &[id, item] : m_scene->deviceItems()) {
        const QRectF r = item->sceneBoundingRect();
        others.push_back(Box{r.x(), r.y(), r.width(), r.height()});
    }
    const Position shift = besideOffset(group, others);
    // Keep copies on the grid.
    return Position{std::ceil(shift.x / 10) * 10, std::ceil(shift.y / 10) * 10};
}

void MainWindow::copySelection()
{
    const auto ids = m_scene->selectedDeviceIds();
    if (ids.empty())
        return;
    const Design part = copyPart(std::set<std::string>(ids.begin(), ids.end()));
    auto *mime = new QMimeData;
    SaveOptions copy;
    copy.assignCableIds = false; // the copies' cables get their ids when their design is saved
    const QByteArray yaml = QByteArray::fromStdString(saveDesignToString(part, copy));
    mime->setData(kMime, yaml);
    QStringList list;
    for (const auto &id : ids)
        list << q(id);
    mime->setData(kCopiedMime, list.join('\n').toUtf8());
    mime->setText(QString::fromUtf8(yaml));
    QApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("Copied %n device(s)", nullptr, int(ids.size())), 4000);
}

void MainWindow::cutSelection()
{
    copySelection();
    deleteSelection();
}

void MainWindow::pasteCopies(const Design &source, const std::set<std::string> &ids, const QString &verb)
{
    CopyResult r;
    const Position offset = besideOriginals(source, ids);
    const Design next = withCopies(m_doc->design(), source, ids, m_doc->templates(), offset, &r);
    QStringList names;
    for (const auto &a : r.added)
        names << q(a);
    const QString error = m_doc->apply(next, tr("%1 as %2").arg(verb, names.join(", ")));
    if (!error.isEmpty()) {
        statusBar()->showMessage(tr("Cannot paste: %1").arg(error), 8000);
        return;
    }
    m_scene->selectReferences(r.added);
    QString message = tr("%1 with %n cable(s) to the same devices", nullptr, int(r.links.size())).arg(names.join(", "));
    if (!r.uncopied.empty())
        message += "; " + tr("%n cable(s) not copied (no such device or no free port of the kind): %1", nullptr,
                             int(r.uncopied.size()))
                              .arg(QString::fromStdString(r.uncopied.front()) + (r.uncopied.size() > 1 ? ", …" : ""));
    statusBar()->showMessage(message, 10000);
}

void MainWindow::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    const QByteArray yaml = mime && mime->hasFormat(kMime) ? mime->data(kMime) : (mime ? mime->text().toUtf8() : QByteArray());
    if (yaml.isEmpty())
        return;
    const LoadResult r = DesignLoader(m_doc->templates()).loadText(yaml.toStdString(), tr("clipboard").toStdString());
    if (!r.ok()) {
        statusBar()->showMessage(tr("Cannot paste: %1").arg(q(r.error->format())), 8000);
        return;
    }
    std::set<std::string> ids;
    if (mime->hasFormat(kCopiedMime)) {
        for (const QString &id : QString::fromUtf8(mime->data(kCopiedMime)).split('\n', Qt::SkipEmptyParts))
            ids.insert(id.toStdString());
    } else {
        for (const Device &dev : r.design->devices)
            ids.insert(dev.id);
    }
    pasteCopies(*r.design, ids, tr("Paste"));
}

void MainWindow::duplicateSelection()
{
    const auto ids = m_scene->selectedDeviceIds();
    if (ids.empty())
        return;
    const std::set<std::string> chosen(ids.begin(), ids.end());
    pasteCopies(copyPart(chosen), chosen, tr("Duplicate"));
}

void MainWindow::deleteSelection()
{
    const auto ids = m_scene->selectedDeviceIds();
    const auto links = m_scene->selectedLinkNames();
    if (ids.empty() && links.empty())
        return;
    Design next = withoutLinks(m_doc->design(), std::set<std::string>(links.begin(), links.end()));
    next = withoutDevices(std::move(next), std::set<std::string>(ids.begin(), ids.end()));
    m_doc->apply(next, tr("Delete %n item(s)", nullptr, int(ids.size() + links.size())));
}

void MainWindow::arrange()
{
    // Pinned devices stay where they are; the others are placed anew around them.
    m_doc->apply(withPositions(m_doc->design(), m_scene->arrangedPositions()), tr("Arrange automatically"));
    m_view->fitDesign();
}

void MainWindow::addDevice(const QString &type, const QString &model)
{
    const auto t = deviceTypeFromString(type.toStdString());
    if (!t)
        return;
    Device dev = makeDevice(m_doc->design(), *t, model.toStdString());
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    dev.position = Position{qRound(centre.x() / 10) * 10.0, qRound(centre.y() / 10) * 10.0};
    const QString error = m_doc->apply(withDevice(m_doc->design(), dev), tr("Add %1").arg(q(dev.id)));
    if (!error.isEmpty())
        statusBar()->showMessage(tr("Not added: %1").arg(error), 8000);
    else
        m_scene->selectReferences({dev.id});
}

void MainWindow::exportDiagram()
{
    ExportDialog dialog(false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suffix = dialog.format();
    QString base = m_doc->filePath().isEmpty() ? tr("diagram") : m_doc->filePath();
    base.remove(QRegularExpression("(\\.cluster)?\\.ya?ml$"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export diagram"), base + "." + suffix,
                                                suffix.toUpper() + " (*." + suffix + ")");
    if (path.isEmpty())
        return;
    if (!path.endsWith("." + suffix, Qt::CaseInsensitive))
        path += "." + suffix;
    m_doc->waitForFindings(); // the report lists them
    const DiagramRenderer renderer(m_scene, m_doc, m_doc->filePath());
    QString error;
    bool ok = false;
    if (suffix == "pdf")
        ok = renderer.writePdf(path, dialog.options(), dialog.withReport(), &error);
    else if (suffix == "svg")
        ok = renderer.writeSvg(path, dialog.options(), &error);
    else
        ok = renderer.writePng(path, dialog.options(), dialog.dpi(), &error);
    if (!ok)
        QMessageBox::critical(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 6000);
}

void MainWindow::printDiagram(bool preview)
{
    ExportDialog dialog(true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PageOptions options = dialog.options();
    const bool report = dialog.withReport();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(options.size));
    printer.setPageOrientation(options.orientation);
    printer.setDocName(q(m_doc->design().title.title));
    m_doc->waitForFindings(); // the report lists them
    const DiagramRenderer renderer(m_scene, m_doc, m_doc->filePath());
    if (preview) {
        QPrintPreviewDialog previewDialog(&printer, this);
        previewDialog.resize(1100, 800);
        connect(&previewDialog, &QPrintPreviewDialog::paintRequested, this,
                [&](QPrinter *p) { renderer.print(p, options, report); });
        previewDialog.exec();
        return;
    }
    QPrintDialog printDialog(&printer, this);
    if (printDialog.exec() == QDialog::Accepted)
        renderer.print(&printer, options, report);
}

void MainWindow::autosaveNow()
{
    if (!m_doc->isModified())
        return;
    QString error;
    if (m_autosaver->write(m_doc->design(), m_doc->filePath(), &error)) {
        m_autosaveFailing = false;
        return;
    }
    statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
    // Once per run of failures, and without stopping the user's work.
    if (!m_autosaveFailing) {
        m_autosaveFailing = true;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Autosave failed"),
                                    tr("The recovery copy of your unsaved changes could not be written:\n\n%1\n\n"
                                       "Save the design to keep your work.")
                                        .arg(error),
                                    QMessageBox::Ok, this);
        box->setObjectName("autosaveFailed");
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
    }
}

QString MainWindow::autosavePath() const { return m_autosaver->copyPath(); }

MainWindow::RecoveryChoice MainWindow::askRecovery(const RecoveryCopy &copy, bool elsewhere)
{
    QString text = tr("clusternet was not closed properly. A copy of %1 with unsaved changes was kept (%2).")
                       .arg(copy.origin.isEmpty() ? tr("an unsaved design") : copy.origin,
                            QLocale().toString(copy.saved, QLocale::ShortFormat));
    if (copy.crashedBefore)
        text += "\n\n" + tr("Last time, clusternet stopped while recovering this copy. You can open "
                             "without recovery and keep the copy for later.");
    else
        text += "\n\n" + tr("Recover it? Open without recovery keeps the copy for later.");
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes"), text, QMessageBox::NoButton, this);
    box.setObjectName("recoveryOffer");
    QPushButton *recover = box.addButton(elsewhere ? tr("Recover in a New Window") : tr("Recover"), QMessageBox::AcceptRole);
    QPushButton *skip = box.addButton(tr("Open without Recovery"), QMessageBox::RejectRole);
    QPushButton *discard = box.addButton(tr("Discard Copy"), QMessageBox::DestructiveRole);
    recover->setObjectName("recoverButton");
    skip->setObjectName("skipButton");
    discard->setObjectName("discardButton");
    box.setDefaultButton(copy.crashedBefore ? skip : recover);
    box.setEscapeButton(skip);
    box.exec();
    if (box.clickedButton() == recover)
        return RecoveryChoice::Recover;
    if (box.clickedButton() == discard)
        return RecoveryChoice::Discard;
    return RecoveryChoice::Skip;
}

void MainWindow::offerRecovery()
{
    bool recoveredHere = false;
    for (const RecoveryCopy &copy : leftCopies()) {
        switch (askRecovery(copy, recoveredHere)) {
        case RecoveryChoice::Recover:
            // One design per window: a second copy gets an editor of its own.
            if (recoveredHere)
                QProcess::startDetached(QCoreApplication::applicationFilePath(), {"--recover", copy.path});
            else
                recoveredHere = recoverCopy(copy.path);
            break;
        case RecoveryChoice::Discard:
            removeCopy(copy.path);
            break;
        case RecoveryChoice::Skip:
            break;
        }
    }
}

bool MainWindow::recoverCopy(const QString &copyPath)
{
    std::string text;
    QString error;
    if (!readRecoveryCopy(copyPath, text, &error)) {
        QMessageBox::critical(this, tr("Cannot recover"), error);
        return false;
    }
    const QString origin = autosaveOrigin(copyPath);
    // If the editor dies while it takes the copy in, the next offer says so.
    markRecovering(copyPath);
    if (!m_doc->recover(text, origin, &error)) {
        clearRecovering(copyPath);
        QMessageBox::critical(this, tr("Cannot recover"), error);
        return false;
    }
    m_autosaver->adopt(copyPath);
    m_recovering = copyPath;
    QTimer::singleShot(kRecoverySettleMs, this, [this] {
        if (!m_recovering.isEmpty())
            clearRecovering(m_recovering);
        m_recovering.clear();
    });
    m_scene->clearSelection();
    m_view->fitDesign();
    statusBar()->showMessage(tr("Recovered the unsaved changes of %1: save to keep them")
                                 .arg(origin.isEmpty() ? tr("an unsaved design") : origin),
                             10000);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_autosaver->discard();
    if (!m_recovering.isEmpty())
        clearRecovering(m_recovering);
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    const std::string failure = syncSettings(settings);
    if (!failure.empty())
        QMessageBox::warning(this, tr("Cannot save settings"), q(failure));
    event->accept();
}

} // namespace cn
