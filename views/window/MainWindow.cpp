#include "window/MainWindow.h"

#include "canvas/AutoLayout.h"
#include "document/Autosave.h"
#include "document/DesignDocument.h"
#include "design/DesignEdits.h"
#include "io/DesignLoader.h"
#include "io/DesignSaver.h"
#include "canvas/DeviceItem.h"
#include "canvas/DiagramScene.h"
#include "paper/DiagramRenderer.h"
#include "canvas/DiagramView.h"
#include "dialogs/ExportDialog.h"
#include "panels/FailurePanel.h"
#include "panels/FindingsPanel.h"
#include "panels/NetworksPanel.h"
#include "panels/PalettePanel.h"
#include "panels/PropertiesPanel.h"
#include "dialogs/SettingsDialog.h"
#include "panels/SeverityIcon.h"
#include "dialogs/TemplateDialog.h"

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
#include <QRegularExpression>
#include <QTimer>
#include <QUndoView>

namespace cn {
namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }
const char *const kMime = "application/x-clusternet-design";

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
    m_zoom = new QLabel(this);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_zoom);
    buildDocks();
    buildActions();

    connect(m_doc, &DesignDocument::fileChanged, this, &MainWindow::updateTitle);
    auto *autosave = new QTimer(this);
    autosave->setInterval(30000);
    connect(autosave, &QTimer::timeout, this, &MainWindow::autosaveNow);
    autosave->start();
    // A design that is saved, or put away, needs no copy any more.
    connect(m_doc, &DesignDocument::fileChanged, this, [this] {
        if (!m_doc->isModified() && !m_autosavedFor.isNull()) {
            removeAutosave(m_autosavedFor);
            m_autosavedFor.clear();
        }
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
    auto *nets = dock(m_networks, tr("Networks"), "networksDock", Qt::RightDockWidgetArea);
    auto *findings = dock(m_findings, tr("Findings"), "findingsDock", Qt::BottomDockWidgetArea);
    auto *failure = dock(m_failure, tr("Failure mode"), "failureDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(findings, failure);
    findings->raise();
    tabifyDockWidget(findChild<QDockWidget *>("propertiesDock"), nets);
    findChild<QDockWidget *>("propertiesDock")->raise();
    history->hide();
    resizeDocks({findings}, {190}, Qt::Vertical);
    resizeDocks({findChild<QDockWidget *>("paletteDock")}, {200}, Qt::Horizontal);
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
    action(insert, tr("&Host"), QKeySequence(), [this] { addDevice("host", QString()); });
    m_switchMenu = insert->addMenu(tr("&Switch"));
    rebuildSwitchMenu();
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
    m_switchMenu->clear();
    for (const auto &e : m_doc->templates().devices())
        if (looksLikeSwitch(e.device)) {
            const QString model = q(e.device.model);
            connect(m_switchMenu->addAction(model), &QAction::triggered, this, [this, model] { addDevice("switch", model); });
        }
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
    if (dialog.store())
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
    m_counts->setText(tr("%n error(s)", nullptr, c.errors) + "  " + tr("%n warning(s)", nullptr, c.warnings) + "  " +
                      tr("%n info", nullptr, c.info));
    m_counts->setStyleSheet(c.errors ? "color: #c62828; font-weight: bold;" : "");
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
    QString error;
    if (!m_doc->load(path, &error)) {
        QMessageBox::critical(this, tr("Cannot open design"), tr("The design could not be loaded:\n\n%1").arg(error));
        return false;
    }
    addRecent(path);
    QSettings().setValue("files/lastDir", QFileInfo(path).absolutePath());
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
    QSettings settings;
    QStringList recent = settings.value("files/recent").toStringList();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    recent.prepend(QFileInfo(path).absoluteFilePath());
    settings.setValue("files/recent", recent.mid(0, 10));
    updateRecentMenu();
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

void MainWindow::copySelection()
{
    const auto ids = m_scene->selectedDeviceIds();
    if (ids.empty())
        return;
    const Design part = extract(m_doc->design(), std::set<std::string>(ids.begin(), ids.end()));
    auto *mime = new QMimeData;
    const QByteArray yaml = QByteArray::fromStdString(saveDesignToString(part));
    mime->setData(kMime, yaml);
    mime->setText(QString::fromUtf8(yaml));
    QApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("Copied %n device(s)", nullptr, int(ids.size())), 4000);
}

void MainWindow::cutSelection()
{
    copySelection();
    deleteSelection();
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
    std::vector<std::string> added;
    const Design next = merged(m_doc->design(), *r.design, Position{40, 40}, &added);
    const QString error = m_doc->apply(next, tr("Paste %n device(s)", nullptr, int(added.size())));
    if (!error.isEmpty())
        statusBar()->showMessage(tr("Cannot paste: %1").arg(error), 8000);
    else
        m_scene->selectReferences(added);
}

void MainWindow::duplicateSelection()
{
    const auto ids = m_scene->selectedDeviceIds();
    if (ids.empty())
        return;
    Design part = extract(m_doc->design(), std::set<std::string>(ids.begin(), ids.end()));
    // Unplaced devices get the place they are shown at, so the copy lands beside them.
    qreal shift = 0;
    for (Device &dev : part.devices) {
        const DeviceItem *item = m_scene->deviceItem(dev.id);
        if (item) {
            if (!dev.position)
                dev.position = Position{item->pos().x(), item->pos().y()};
            shift = std::max(shift, item->boundingRect().width());
        }
    }
    std::vector<std::string> added;
    const Design next = merged(m_doc->design(), part, Position{ids.size() == 1 ? shift + 40 : 40.0, ids.size() == 1 ? 0.0 : 40.0}, &added);
    QStringList names;
    for (const auto &a : added)
        names << q(a);
    const QString error = m_doc->apply(next, tr("Duplicate as %1").arg(names.join(", ")));
    if (error.isEmpty())
        m_scene->selectReferences(added);
    else
        statusBar()->showMessage(tr("Cannot duplicate: %1").arg(error), 8000);
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
    if (!m_autosavedFor.isNull() && m_autosavedFor != m_doc->filePath())
        removeAutosave(m_autosavedFor);
    QString error;
    if (writeAutosave(m_doc->design(), m_doc->filePath(), &error))
        m_autosavedFor = m_doc->filePath();
    else
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 6000);
}

void MainWindow::offerRecovery()
{
    const QStringList pending = pendingAutosaves();
    if (pending.isEmpty())
        return;
    const QString copy = pending.first();
    const QString origin = autosaveOrigin(copy);
    const auto answer = QMessageBox::question(
        this, tr("Recover unsaved changes"),
        tr("clusternet was not closed properly. A copy of %1 with unsaved changes was kept (%2).\n\n"
           "Recover it?")
            .arg(origin.isEmpty() ? tr("an unsaved design") : origin,
                 QLocale().toString(QFileInfo(copy).lastModified(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        QFile f(copy);
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !m_doc->recover(f.readAll().toStdString(), origin, &error)) {
            QMessageBox::critical(this, tr("Cannot recover"), error.isEmpty() ? f.errorString() : error);
            return;
        }
        m_autosavedFor = origin;
        m_view->fitDesign();
        return;
    }
    for (const QString &p : pending)
        QFile::remove(p);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (!m_autosavedFor.isNull())
        removeAutosave(m_autosavedFor);
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    event->accept();
}

} // namespace cn
