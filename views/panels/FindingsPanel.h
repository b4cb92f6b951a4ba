#pragma once
// The findings of the design, as they arrive after every edit (validation runs off the GUI
// thread), with severity icons; choosing one selects and centres what it names. A finding can
// be accepted as an intended risk (with a reason and a name, kept in the design's
// accepted_risks) and the acceptance withdrawn again.

#include "analysis/Finding.h"

#include <QWidget>

#include <string>
#include <vector>

class QAction;
class QTreeWidget;
class QTreeWidgetItem;
class QLabel;

namespace cn {

class DesignDocument;

class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(DesignDocument *doc, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }
    QAction *acceptAction() const { return m_accept; }
    QAction *withdrawAction() const { return m_withdraw; }
    void refresh();
    // Accept Risk… on the current finding: asks for the reason and the name, then records it.
    void acceptCurrent();
    // Withdraws the acceptance of the current finding (or removes a stale one).
    void withdrawCurrent();

signals:
    void findingChosen(const std::vector<std::string> &elements);

private:
    // The finding a row shows: rows follow the findings' order.
    int indexOf(QTreeWidgetItem *item) const;
    int currentIndex() const;
    void updateActions();
    QTreeWidgetItem *makeItem(const Finding &f) const;

    DesignDocument *m_doc;
    QAction *m_accept;
    QAction *m_withdraw;
    QTreeWidget *m_list;
    QLabel *m_summary;
    std::vector<Finding> m_shown;
};

} // namespace cn
