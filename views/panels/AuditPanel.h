#pragma once
// The inventory overlay's panel: which inventories are laid over the design, the legend of the
// canvas marks, and what was built differently; choosing a difference selects and centres it.

#include "inventory/InventoryAudit.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cn
{

class AuditPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPanel(QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // `sources`: the inventory files (and neighbour tables) compared; empty: no overlay.
    void setResult(const QStringList &sources, const AuditResult &result);

signals:
    void differenceChosen(const std::vector<std::string> &elements);
    void openRequested();
    void clearRequested();

private:
    QLabel *m_summary;
    QLabel *m_legend;
    QTreeWidget *m_list;
    QPushButton *m_clear;
    AuditResult m_result;
};

} // namespace cn
