#pragma once
// The design's networks as a table: roles, VLAN, subnet, cluster use, isolation, load and
// colour; add and remove. Every edit is one undoable command.

#include <QWidget>

class QLabel;
class QTableWidget;

namespace cn {

class DesignDocument;

class NetworksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NetworksPanel(DesignDocument *doc, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

    void refresh();
    void addNetwork();
    void removeSelected();

private:
    void commitRow(int row);

    DesignDocument *m_doc;
    QTableWidget *m_table;
    QLabel *m_error;
    bool m_populating = false;
};

} // namespace cn
