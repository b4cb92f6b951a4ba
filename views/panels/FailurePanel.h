#pragma once
// Failure mode: the units failed on the canvas and what they take away — the pairs and roles
// they cut, the networks that go down, the roles each cluster loses, the bandwidth each host
// and team loses, and the live-migration and failover-capacity estimates under the failure.

#include "analysis/FailureImpact.h"

#include <QWidget>

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
    QLabel *summary() const { return m_help; }
    const FailureImpact &impact() const { return m_impact; }
    void refresh();

private:
    DiagramScene *m_scene;
    QLabel *m_help;
    QTreeWidget *m_list;
    FailureImpact m_impact;
};

} // namespace cn
