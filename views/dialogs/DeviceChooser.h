#pragma once
// Insert ▸ Switch/Host: the searchable list of device templates (TemplateBrowser) in a dialog,
// opened filtered to one kind.

#include "panels/TemplateBrowser.h"

#include <QDialog>

class QDialogButtonBox;

namespace cn
{

class DeviceChooser : public QDialog
{
    Q_OBJECT
public:
    DeviceChooser(const TemplateLibrary &library, KindFilter filter, QWidget *parent = nullptr);
    TemplateBrowser *browser() const { return m_browser; }
    // The design device type and model chosen ("switch", "Nexus 93180YC-FX"); model empty for
    // a device of a kind with no model.
    QString chosenType() const { return m_choice.section('|', 0, 0); }
    QString chosenModel() const { return m_choice.section('|', 1); }

private:
    void take(const QString &choice);

    TemplateBrowser *m_browser;
    QDialogButtonBox *m_buttons;
    QString m_choice;
};

} // namespace cn
