#pragma once
// The pages `--report` adds after the diagram: findings and accepted risks, bill of materials
// with optics, cable schedule, a port plan per switch (each on a page of its own), the VLAN and
// IP plan and live-migration estimates. Tables laid out row by row, so the page count is known
// before the first page is drawn; no text is cut short: a cell that does not fit wraps, at a
// word boundary or, for a long reference, anywhere.

#include "analysis/DesignIndex.h"
#include "analysis/Finding.h"

#include <QCoreApplication>
#include <QGlyphRun>
#include <QHash>
#include <QPainter>
#include <QSize>
#include <QStringList>

#include <vector>

namespace cn
{

struct DesignComparison;

class ReportPages
{
    Q_DECLARE_TR_FUNCTIONS(ReportPages)
public:
    ReportPages(const Design &design, const std::vector<Finding> &findings,
                const DesignIndex &index);
    // The change list of a comparison (export --compare): the changes, then the findings that
    // appear, disappear or changed acceptance.
    explicit ReportPages(const DesignComparison &comparison);

    // Pages needed for a body of `bodyMm`.
    int pageCount(const QSizeF &bodyMm) const;
    // Paints report page `page` into `body` (device units, `mm` units per millimetre). `bodyMm`
    // is the body size pageCount() was asked for: the pages are those it counted.
    void paint(QPainter &p, const QRectF &body, qreal mm, const QSizeF &bodyMm, int page) const;

    // Rows, for tests and benchmarks.
    int rowCount() const { return int(m_rows.size()); }

private:
    enum class Kind { Heading, Subheading, Header, Body, PageBreak };
    struct Row {
        Kind kind = Kind::Body;
        int table = -1; // index into m_widths
        int tone = -1;  // colour of cell `toned`: severity 0..2, 3 accepted
        int toned = 0;
        QStringList cells;
    };
    // Row heights, which cells wrap, and the rows of each page, for one body size.
    struct Layout {
        QSize key; // the body size in tenths of a millimetre
        std::vector<float> heightMm;
        std::vector<quint32> wraps; // bit c: cell c wraps
        std::vector<std::vector<int>> pages;
    };

    void heading(const QString &text, bool pageBreak = false);
    void subheading(const QString &text);
    void table(const std::vector<qreal> &widths, const QStringList &header,
               const std::vector<QStringList> &rows, const std::vector<int> &tones = {},
               int tonedColumn = 0);

    void addFindings(const Design &design, const std::vector<Finding> &findings);
    void addBillOfMaterials(const DesignIndex &index);
    void addPortPlans(const DesignIndex &index, const std::vector<std::string> &cables);
    void addVlanPlan(const DesignIndex &index, const std::vector<std::string> &cables);
    void addEstimates(const DesignIndex &index);
    void addChangeList(const DesignComparison &comparison);

    const Layout &layoutFor(const QSizeF &bodyMm) const;

    std::vector<Row> m_rows;
    std::vector<std::vector<qreal>> m_widths; // per table: fractions of the body width
    mutable Layout m_layout;
    // Shaped one-line cells by text, for the body font at m_shapedPx pixels: shaping is most of
    // the cost of a page of text, and many cells repeat (modes, media, VLANs, rule ids).
    mutable QHash<QString, QList<QGlyphRun>> m_shaped;
    mutable int m_shapedPx = -1;
};

} // namespace cn
