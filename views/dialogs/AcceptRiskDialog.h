#pragma once
// Accept Risk: the reason a finding is an intended risk and who accepts it. The acceptance is
// written to the design (accepted_risks) by the caller.

#include "analysis/Finding.h"
#include "design/Design.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cn
{

class AcceptRiskDialog : public QDialog
{
    Q_OBJECT
public:
    // `name`: who accepts, as offered (the last name used, else the design's author).
    AcceptRiskDialog(const Finding &finding, const QString &name, QWidget *parent = nullptr);

    // The acceptance of the finding with what was entered.
    AcceptedRisk risk() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *acceptButton() const { return m_ok; }

private:
    void updateButton();

    Finding m_finding;
    QPlainTextEdit *m_reason;
    QLineEdit *m_name;
    QLineEdit *m_date;
    QPushButton *m_ok;
};

} // namespace cn
