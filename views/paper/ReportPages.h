#pragma once
// The pages `--report` adds after the diagram: findings, bill of materials, cable schedule and
// live-migration estimates, as tables laid out row by row so the page count is known first.

#include "report/BillOfMaterials.h"
#include "analysis/Estimates.h"
#include "analysis/Finding.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStringList>

#include <vector>

namespace cn {

class ReportPages
{
    Q_DECLARE_TR_FUNCTIONS(ReportPages)
public:
    ReportPages(const Design &design, const std::vector<Finding> &findings, const DesignIndex &index);

    // Pages needed for a body of `bodyHeightMm`.
    int pageCount(const QSizeF &bodyMm) const;
    // Paints report page `page` into `body` (device units, `mm` units per millimetre).
    void paint(QPainter &p, const QRectF &body, qreal mm, int page) const;

private:
    struct Row {
        enum Kind { Heading, Header, Body } kind = Body;
        QStringList cells;
        std::vector<qreal> widths; // fractions of the body width
        int severity = -1;
        // Measured once for the body width below: its height and which cells wrap.
        mutable qreal measuredFor = -1;
        mutable qreal heightMm = 0;
        mutable std::vector<char> wraps;
    };
    void addTable(const QString &heading, const std::vector<qreal> &widths, const QStringList &header,
                  const std::vector<QStringList> &rows, const std::vector<int> &severities = {});
    std::vector<std::vector<const Row *>> paginate(const QSizeF &bodyMm) const;
    // Height in mm; body rows grow with the lines their longest cell wraps to.
    static qreal heightOf(const Row &r, qreal widthMm);

    std::vector<Row> m_rows;
    // Pagination for the last body size asked for; measuring wrapped text is the slow part.
    mutable QSizeF m_pagedFor;
    mutable std::vector<std::vector<const Row *>> m_pages;
};

} // namespace cn
