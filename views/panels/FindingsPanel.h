#pragma once
// The findings of the design, as they arrive after every edit (validation runs off the GUI
// thread), with severity icons; choosing one selects and centres what it names.

#include "analysis/Finding.h"

#include <QWidget>

#include <string>
#include <vector>

class QTreeWidget;
class QLabel;

namespace cn {

class DesignDocument;

class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(DesignDocument *doc, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }
    void refresh();

signals:
    void findingChosen(const std::vector<std::string> &elements);

private:
    DesignDocument *m_doc;
    QTreeWidget *m_list;
    QLabel *m_summary;
    std::vector<Finding> m_shown;
};

} // namespace cn
