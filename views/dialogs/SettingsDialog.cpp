#include "dialogs/SettingsDialog.h"

#include "io/SafeWrite.h"
#include "templates/TemplateLibrary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace cn {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    resize(640, 420);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel("<b>" + tr("Template folders") + "</b>", this));
    auto *help = new QLabel(tr("Folders searched for device templates (under devices/) and design templates "
                               "(under designs/), after the folder of the open design and before your own "
                               "folder and the built-in templates. The first match wins."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    const QString env = qEnvironmentVariable("CLUSTERNET_TEMPLATE_PATH");
    if (!env.isEmpty())
        layout->addWidget(new QLabel(tr("From CLUSTERNET_TEMPLATE_PATH (searched first): %1").arg(env), this));
    m_folders = new QListWidget(this);
    m_folders->setObjectName("templateFolders");
    for (const auto &f : TemplateLibrary::settingsFolders())
        m_folders->addItem(QString::fromStdString(f));
    auto *row = new QHBoxLayout;
    row->addWidget(m_folders, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("Add…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row);
    layout->addWidget(new QLabel(tr("Your own folder: %1").arg(QString::fromStdString(TemplateLibrary::userFolder())), this));
    connect(add, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add template folder"));
        if (!dir.isEmpty() && m_folders->findItems(dir, Qt::MatchExactly).isEmpty())
            m_folders->addItem(QDir::cleanPath(dir));
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_folders->currentItem(); });

    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName("language");
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(QSettings().value("ui/language").toString())));
    form->addRow(tr("Language (after a restart)"), m_language);
    layout->addLayout(form);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QStringList SettingsDialog::folders() const
{
    QStringList out;
    for (int i = 0; i < m_folders->count(); ++i)
        out << m_folders->item(i)->text();
    return out;
}

bool SettingsDialog::store(QString *error) const
{
    std::vector<std::string> list;
    for (const QString &f : folders())
        list.push_back(f.toStdString());
    TemplateLibrary::setSettingsFolders(list);
    QSettings settings;
    const QString before = settings.value("ui/language").toString();
    settings.setValue("ui/language", m_language->currentData().toString());
    const std::string failure = syncSettings(settings);
    if (error)
        *error = QString::fromStdString(failure);
    return before != m_language->currentData().toString();
}

} // namespace cn
