#pragma once
// The editor's main window. For now it opens a design and shows it as an outline; the canvas,
// panels and editing come with the editor issue.

#include "Design.h"

#include <QMainWindow>

#include <optional>

class QTreeWidget;

namespace cn {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    bool openFile(const QString &path);

private:
    void chooseFile();
    void showDesign();

    QTreeWidget *m_outline = nullptr;
    std::optional<Design> m_design;
    QString m_path;
};

} // namespace cn
