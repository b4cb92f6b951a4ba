#include "dialogs/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace cn {

ExportDialog::ExportDialog(bool forPrinting, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(forPrinting ? tr("Print") : tr("Export diagram"));
    QSettings settings;
    auto *form = new QFormLayout(this);
    if (!forPrinting) {
        m_format = new QComboBox(this);
        m_format->addItem(tr("PDF (vector, all pages)"), "pdf");
        m_format->addItem(tr("PNG image"), "png");
        m_format->addItem(tr("SVG drawing"), "svg");
        m_format->setCurrentIndex(m_format->findData(settings.value("export/format", "pdf")));
        form->addRow(tr("Format"), m_format);
    }
    m_page = new QComboBox(this);
    m_page->addItems({"A4", "A3", "Letter", "Legal"});
    m_page->setCurrentText(settings.value("export/page", "A4").toString());
    form->addRow(tr("Paper"), m_page);
    m_orientation = new QComboBox(this);
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->setCurrentIndex(settings.value("export/portrait", false).toBool() ? 1 : 0);
    form->addRow(tr("Orientation"), m_orientation);
    auto *tiles = new QHBoxLayout;
    m_columns = new QSpinBox(this);
    m_rows = new QSpinBox(this);
    for (QSpinBox *b : {m_columns, m_rows}) {
        b->setRange(1, 9);
        b->setValue(1);
    }
    tiles->addWidget(m_columns);
    tiles->addWidget(new QLabel(tr("columns ×"), this));
    tiles->addWidget(m_rows);
    tiles->addWidget(new QLabel(tr("rows (1 × 1: fit to one page)"), this));
    form->addRow(tr("Pages"), tiles);
    if (!forPrinting) {
        m_dpi = new QSpinBox(this);
        m_dpi->setRange(30, 1200);
        m_dpi->setSingleStep(50);
        m_dpi->setValue(settings.value("export/dpi", 150).toInt());
        m_dpi->setSuffix(tr(" dpi"));
        form->addRow(tr("PNG resolution"), m_dpi);
    }
    m_report = new QCheckBox(tr("Add findings, bill of materials and cable schedule"), this);
    m_report->setChecked(settings.value("export/report", false).toBool());
    form->addRow(QString(), m_report);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings s;
        if (m_format)
            s.setValue("export/format", format());
        s.setValue("export/page", m_page->currentText());
        s.setValue("export/portrait", m_orientation->currentIndex() == 1);
        if (m_dpi)
            s.setValue("export/dpi", m_dpi->value());
        s.setValue("export/report", m_report->isChecked());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_format)
        connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    const bool pdf = !m_format || format() == "pdf";
    m_columns->setEnabled(pdf);
    m_rows->setEnabled(pdf);
    m_report->setEnabled(pdf);
    if (m_dpi)
        m_dpi->setEnabled(format() == "png");
}

PageOptions ExportDialog::options() const
{
    PageOptions o;
    pageSizeFromName(m_page->currentText(), o.size);
    o.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    o.columns = m_columns->value();
    o.rows = m_rows->value();
    return o;
}

QString ExportDialog::format() const { return m_format ? m_format->currentData().toString() : QString("pdf"); }
int ExportDialog::dpi() const { return m_dpi ? m_dpi->value() : 150; }
bool ExportDialog::withReport() const { return m_report->isChecked() && format() == "pdf"; }

} // namespace cn
