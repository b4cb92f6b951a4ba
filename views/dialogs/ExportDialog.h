#pragma once
// Asks how to export or print: format, paper, orientation, tiling, resolution, report pages.

#include "paper/PageOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace cn {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // With `forPrinting` the format and resolution are not asked.
    explicit ExportDialog(bool forPrinting, QWidget *parent = nullptr);

    PageOptions options() const;
    QString format() const; // pdf, png or svg
    int dpi() const;
    bool withReport() const;

private:
    void updateEnabled();

    QComboBox *m_format = nullptr;
    QComboBox *m_page;
    QComboBox *m_orientation;
    QSpinBox *m_columns;
    QSpinBox *m_rows;
    QSpinBox *m_dpi = nullptr;
    QCheckBox *m_report;
};

} // namespace cn
