#pragma once
// Design ▸ Switch Configuration…: the configuration clusternet config writes for a switch (its
// stack's, for a member), read-only, with Copy and Save. It follows the design while open.

#include "handover/SwitchConfig.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QPushButton;

namespace cn
{

class DesignDocument;
class MainWindow;

class SwitchConfigDialog : public QDialog
{
    Q_OBJECT
public:
    SwitchConfigDialog(DesignDocument *doc, const std::string &switchId, QWidget *parent = nullptr);

    // Shows the configuration that covers switch `id`; false when it is no switch.
    bool selectSwitch(const std::string &id);
    QString currentText() const;
    QString currentFileName() const;
    // Writes the shown configuration (for a vendor-neutral plan, the CSV when `path` ends in
    // .csv) all-or-nothing; false with `error` set on failure.
    bool saveTo(const QString &path, QString *error) const;
    void copyToClipboard() const;

    QComboBox *switchBox() const { return m_switches; }
    QPlainTextEdit *textView() const { return m_text; }
    QLabel *problemsLabel() const { return m_problems; }

private:
    void refresh();
    void showConfig(int index);
    void save();

    DesignDocument *m_doc;
    std::vector<SwitchConfig> m_configs;
    QComboBox *m_switches;
    QPlainTextEdit *m_text;
    QLabel *m_problems;
    QPushButton *m_copy;
    QPushButton *m_save;
};

// Adds Design ▸ Switch Configuration… to `design`: the dialog for the selected switch (or the
// first one).
void installSwitchConfigAction(MainWindow *window, QMenu *design);

} // namespace cn
