#include "MainWindow.h"

#include "DesignLoader.h"
#include "TemplateLibrary.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>

namespace cn {
namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

QTreeWidgetItem *addItem(QTreeWidgetItem *parent, const QString &name, const QString &detail)
{
    auto *item = new QTreeWidgetItem(parent, {name, detail});
    return item;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    m_outline = new QTreeWidget(this);
    m_outline->setHeaderLabels({tr("Element"), tr("Details")});
    m_outline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setCentralWidget(m_outline);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseFile);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    setWindowTitle(tr("clusternet"));
    resize(1000, 700);
    statusBar()->showMessage(tr("Open a design (*.cluster.yaml)"));
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open design"), QString(),
                                                      tr("Cluster designs (*.cluster.yaml *.yaml)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    const std::string file = path.toStdString();
    const TemplateLibrary templates = TemplateLibrary::forDesign(file);
    LoadResult r = DesignLoader(templates).loadFile(file);
    if (!r.ok()) {
        // The design already open stays as it was.
        QMessageBox::critical(this, tr("Cannot open design"), q(r.error->format()));
        return false;
    }
    m_design = std::move(r.design);
    m_path = path;
    showDesign();
    statusBar()->showMessage(tr("%n warning(s) while loading", nullptr, int(r.warnings.size())));
    return true;
}

void MainWindow::showDesign()
{
    m_outline->clear();
    const Design &d = *m_design;
    setWindowTitle(tr("%1 — clusternet").arg(QFileInfo(m_path).fileName()));
    auto *top = new QTreeWidgetItem(m_outline, {q(d.title.title), q(d.title.organisation)});
    auto *networks = addItem(top, tr("Networks"), QString::number(d.networks.size()));
    for (const auto &n : d.networks) {
        QStringList roles;
        for (Role r : n.roles)
            roles << q(toString(r));
        addItem(networks, q(n.displayName()), roles.join(", "));
    }
    auto *devices = addItem(top, tr("Devices"), QString::number(d.devices.size()));
    for (const auto &dev : d.devices) {
        auto *item = addItem(devices, q(dev.displayName()), q(toString(dev.type) + " " + dev.model));
        for (const auto &a : dev.adapters)
            addItem(item, q(a.id), tr("%n port(s)", nullptr, int(a.ports.size())));
    }
    auto *links = addItem(top, tr("Links"), QString::number(d.links.size()));
    for (const auto &l : d.links)
        addItem(links, q(l.name()), q(toString(l.kind)));
    m_outline->expandToDepth(1);
}

} // namespace cn
