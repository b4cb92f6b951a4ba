#pragma once
// New from template: every design template on the search path, with its title, description,
// the folder it came from and a rendered thumbnail.

#include "templates/TemplateLibrary.h"

#include <QDialog>

class QListWidget;
class QLabel;

namespace cn {

class TemplateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateDialog(const TemplateLibrary &library, QWidget *parent = nullptr);

    // The chosen template's id, or empty.
    QString chosenId() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
    QLabel *m_details;
};

// A picture of a design for lists: the diagram scaled into `size`, on white.
QImage designThumbnail(const std::string &yamlText, const std::string &label, const QSize &size);

} // namespace cn
