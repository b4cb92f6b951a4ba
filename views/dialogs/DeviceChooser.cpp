#include "dialogs/DeviceChooser.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cn
{

DeviceChooser::DeviceChooser(const TemplateLibrary &library, KindFilter filter, QWidget *parent)
    : QDialog(parent)
{
    setObjectName("deviceChooser");
    setWindowTitle(filter == KindFilter::Switch ? tr("Insert a switch") : tr("Insert a device"));
    m_browser = new TemplateBrowser(&library, true, this);
    m_browser->setKindFilter(filter);
    m_browser->tree()->setColumnWidth(0, 300);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Insert"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_buttons);
    resize(720, 560);

    connect(m_browser, &TemplateBrowser::chosen, this, &DeviceChooser::take);
    connect(m_browser->tree(), &QTreeWidget::currentItemChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_browser->currentChoice().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this,
            [this] { take(m_browser->currentChoice()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_browser->searchField()->setFocus();
}

void DeviceChooser::take(const QString &choice)
{
    if (choice.isEmpty())
        return;
    m_choice = choice;
    TemplateBrowser::noteUsed(chosenModel());
    accept();
}

} // namespace cn
