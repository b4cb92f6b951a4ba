#pragma once
// Failure mode: the units failed on the canvas and the pairs and roles that they cut.

#include <QWidget>

class QCheckBox;
class QTreeWidget;
class QLabel;

namespace cn {

class DiagramScene;

class FailurePanel : public QWidget
{
    Q_OBJECT
public:
    explicit FailurePanel(DiagramScene *scene, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }
    void refresh();

private:
    DiagramScene *m_scene;
    QLabel *m_help;
    QTreeWidget *m_list;
};

} // namespace cn
