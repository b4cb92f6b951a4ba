#include "dialogs/SwitchConfigDialog.h"

#include "analysis/DesignIndex.h"
#include "canvas/DiagramScene.h"
#include "design/CableIds.h"
#include "document/DesignDocument.h"
#include "io/SafeWrite.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace cn
{
namespace
{

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

SwitchConfigDialog::SwitchConfigDialog(DesignDocument *doc, const std::string &switchId,
                                       QWidget *parent)
    : QDialog(parent), m_doc(doc)
{
    setObjectName("switchConfigDialog");
    setWindowTitle(tr("Switch Configuration"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Switch or stack:"), this));
    m_switches = new QComboBox(this);
    top->addWidget(m_switches, 1);
    layout->addLayout(top);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet("color: #c62828;");
    layout->addWidget(m_problems);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &SwitchConfigDialog::copyToClipboard);
    connect(m_save, &QPushButton::clicked, this, &SwitchConfigDialog::save);
    connect(m_switches, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &SwitchConfigDialog::showConfig);
    // Read-only, but current: an edit behind the dialog shows at once.
    connect(m_doc, &DesignDocument::designChanged, this, &SwitchConfigDialog::refresh);
    resize(760, 620);
    refresh();
    if (!switchId.empty())
        selectSwitch(switchId);
}

void SwitchConfigDialog::refresh()
{
    const QString current = m_switches->currentData().toString();
    const Design &d = m_doc->design();
    const DesignIndex index(d, m_doc->templates());
    m_configs = switchConfigs(index, cableIds(d));
    const QSignalBlocker block(m_switches);
    m_switches->clear();
    for (const SwitchConfig &c : m_configs) {
        QStringList members;
        for (const std::string &s : c.switches)
            members << q(s);
        const QString label =
            c.stack
                ? tr("stack %1 (%2): %3").arg(q(c.name), members.join(", "), q(toString(c.dialect)))
                : tr("%1: %2").arg(q(c.name), q(toString(c.dialect)));
        m_switches->addItem(label, q(c.name));
    }
    const int again = m_switches->findData(current);
    m_switches->setCurrentIndex(again >= 0 ? again : 0);
    showConfig(m_switches->currentIndex());
}

void SwitchConfigDialog::showConfig(int index)
{
    const bool any = index >= 0 && std::size_t(index) < m_configs.size();
    m_copy->setEnabled(any);
    m_save->setEnabled(any);
    if (!any) {
        m_text->setPlainText(tr("The design has no switch."));
        m_problems->clear();
        return;
    }
    const SwitchConfig &c = m_configs[std::size_t(index)];
    // Keep the reader's place when the design changes under the dialog.
    const int scroll = m_text->verticalScrollBar()->value();
    m_text->setPlainText(q(c.text));
    m_text->verticalScrollBar()->setValue(scroll);
    QStringList problems;
    for (const std::string &p : c.problems)
        problems << q(p);
    m_problems->setText(problems.isEmpty()
                            ? QString()
                            : tr("Left out of this configuration: %1").arg(problems.join("; ")));
    m_problems->setVisible(!problems.isEmpty());
}

bool SwitchConfigDialog::selectSwitch(const std::string &id)
{
    const SwitchConfig *c = configOfSwitch(m_configs, id);
    if (!c)
        return false;
    m_switches->setCurrentIndex(m_switches->findData(q(c->name)));
    return true;
}

QString SwitchConfigDialog::currentText() const
{
    return m_text->toPlainText();
}

QString SwitchConfigDialog::currentFileName() const
{
    const int i = m_switches->currentIndex();
    return i >= 0 && std::size_t(i) < m_configs.size() ? q(m_configs[std::size_t(i)].fileName())
                                                       : QString();
}

bool SwitchConfigDialog::saveTo(const QString &path, QString *error) const
{
    const int i = m_switches->currentIndex();
    if (i < 0 || std::size_t(i) >= m_configs.size())
        return false;
    const SwitchConfig &c = m_configs[std::size_t(i)];
    const bool csv =
        !c.csv.empty() && QFileInfo(path).suffix().compare("csv", Qt::CaseInsensitive) == 0;
    const std::string failure = writeFileAtomically(path.toStdString(), csv ? c.csv : c.text);
    if (!failure.empty() && error)
        *error = q(failure);
    return failure.empty();
}

void SwitchConfigDialog::copyToClipboard() const
{
    QApplication::clipboard()->setText(currentText());
}

void SwitchConfigDialog::save()
{
    const int i = m_switches->currentIndex();
    if (i < 0 || std::size_t(i) >= m_configs.size())
        return;
    const SwitchConfig &c = m_configs[std::size_t(i)];
    QString dir = QFileInfo(m_doc->filePath()).absolutePath();
    const QString filter = c.csv.empty() ? tr("Switch configuration (*.cfg *.txt);;All files (*)")
                                         : tr("Markdown (*.md);;CSV (*.csv);;All files (*)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Switch Configuration"),
                                                      QDir(dir).filePath(q(c.fileName())), filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Not saved"), error);
}

void installSwitchConfigAction(MainWindow *window, QMenu *design)
{
    QAction *action = design->addAction(SwitchConfigDialog::tr("Switch &Configuration…"));
    QObject::connect(action, &QAction::triggered, window, [window] {
        std::string chosen;
        for (const std::string &id : window->scene()->selectedDeviceIds()) {
            const Device *dev = window->document()->design().findDevice(id);
            if (dev && dev->isSwitch()) {
                chosen = id;
                break;
            }
        }
        auto *dialog = new SwitchConfigDialog(window->document(), chosen, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
}

} // namespace cn
