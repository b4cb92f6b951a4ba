#include "dialogs/AcceptRiskDialog.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cn
{
namespace
{

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

AcceptRiskDialog::AcceptRiskDialog(const Finding &finding, const QString &name, QWidget *parent)
    : QDialog(parent), m_finding(finding)
{
    setWindowTitle(tr("Accept Risk"));
    auto *layout = new QVBoxLayout(this);
    auto *what =
        new QLabel(tr("<b>%1</b>: %2")
                       .arg(q(finding.rule).toHtmlEscaped(), q(finding.message).toHtmlEscaped()),
                   this);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto *explain =
        new QLabel(tr("The finding stays listed, marked accepted, on screen, on paper and in "
                      "'clusternet check'; an accepted error no longer fails the check. When the "
                      "finding no longer occurs, the acceptance is reported as stale."),
                   this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    auto *form = new QFormLayout;
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName("acceptReason");
    m_reason->setPlaceholderText(tr("Why this risk is intended, as the network team will read it"));
    m_reason->setTabChangesFocus(true);
    m_name = new QLineEdit(name, this);
    m_name->setObjectName("acceptName");
    m_date = new QLineEdit(QDate::currentDate().toString(Qt::ISODate), this);
    m_date->setObjectName("acceptDate");
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Accepted &by:"), m_name);
    form->addRow(tr("&Date:"), m_date);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Accept Risk"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &AcceptRiskDialog::updateButton);
    connect(m_name, &QLineEdit::textChanged, this, &AcceptRiskDialog::updateButton);
    updateButton();
}

void AcceptRiskDialog::updateButton()
{
    // A reason and a name are what make an acceptance worth more than silencing a finding.
    m_ok->setEnabled(!m_reason->toPlainText().trimmed().isEmpty() &&
                     !m_name->text().trimmed().isEmpty());
}

AcceptedRisk AcceptRiskDialog::risk() const
{
    AcceptedRisk r;
    r.rule = m_finding.rule;
    r.elements = m_finding.elements;
    r.reason = m_reason->toPlainText().trimmed().toStdString();
    r.by = m_name->text().trimmed().toStdString();
    r.date = m_date->text().trimmed().toStdString();
    return r;
}

} // namespace cn
