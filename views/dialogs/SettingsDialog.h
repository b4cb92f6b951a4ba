#pragma once
// Preferences: the shared template folders (a network share, a git checkout) and the language.

#include <QDialog>

class QComboBox;
class QListWidget;

namespace cn {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QStringList folders() const;
    QListWidget *folderList() const { return m_folders; }
    // Stores the choices; true when the language changed (it applies at the next start).
    // Returns whether the language changed; a failed write of the settings sets `error`.
    bool store(QString *error = nullptr) const;

private:
    QListWidget *m_folders;
    QComboBox *m_language;
};

} // namespace cn
