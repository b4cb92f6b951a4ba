#pragma once
// The findings of the design, re-validated after every edit, with severity icons; choosing one
// selects and centres what it names.

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
};

} // namespace cn
