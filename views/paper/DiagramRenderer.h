#pragma once
// The one drawing path for paper and files (after QElectroTech's renderDiagram): the scene
// without grid or selection, port labels at both ends of every link, a legend of the networks
// drawn and a title block on every page; tiled or fit to one page; then, on request, the
// report pages. Printer, PDF, SVG and PNG all call paintPage().

#include "paper/PageOptions.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class QPainter;
class QPrinter;

namespace cn {

class DesignDocument;
class DiagramScene;
class ReportPages;
struct DesignComparison;

class DiagramRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DiagramRenderer)
public:
    DiagramRenderer(DiagramScene *scene, const DesignDocument *doc, QString fileName);
    ~DiagramRenderer();

    // Draws the changes from an earlier revision on the diagram, adds the change list pages
    // after the diagram and a revision table to the title block (export --compare).
    void setComparison(std::shared_ptr<const DesignComparison> comparison);

    int pageCount(const PageOptions &o, bool report) const;
    // Rows of the report pages (for benchmarks).
    int reportRows() const;
    // Paints page `index` (diagram pages first, then report pages) on a page of `pageRect`
    // device units, `mm` device units to the millimetre.
    void paintPage(QPainter &p, const QRectF &pageRect, qreal mm, const PageOptions &o, bool report, int index) const;

    bool writePdf(const QString &path, const PageOptions &o, bool report, QString *error) const;
    bool writeSvg(const QString &path, const PageOptions &o, QString *error) const;
    bool writePng(const QString &path, const PageOptions &o, int dpi, QString *error) const;
    void print(QPrinter *printer, const PageOptions &o, bool report) const;

private:
    struct Layout {
        QRectF frame, diagram, legend, titleBlock, notes;
        qreal notesFontMm = 2.4;
    };
    Layout layout(const QRectF &page, qreal mm, const PageOptions &o) const;
    qreal legendHeightMm(qreal widthMm) const;
    int legendColumns(qreal widthMm) const;
    bool legendFits(qreal widthMm) const;
    QStringList legendTexts() const;
    void measureLegend();
    // The notes box: its height and type size for a box `widthMm` wide, at most `maxMm` tall
    // unless the text needs more at the smallest size.
    qreal notesHeightMm(qreal widthMm, qreal maxMm, qreal *fontMm) const;
    void paintDiagram(QPainter &p, const Layout &l, qreal mm, const PageOptions &o, int index) const;
    void paintLegend(QPainter &p, const QRectF &r, qreal mm) const;
    void paintTitleBlock(QPainter &p, const Layout &l, qreal mm, int page, int pages, const QString &caption) const;
    QSizeF reportBodyMm(const PageOptions &o) const;
    qreal titleBlockHeightMm() const;
    int changePages(const PageOptions &o) const;
    void paintChangeMarks(QPainter &p, const QRectF &source, const QRectF &target, qreal mm) const;
    void paintRevisionTable(QPainter &p, const QRectF &r, qreal mm) const;

    DiagramScene *m_scene;
    const DesignDocument *m_doc;
    QString m_fileName;
    std::vector<int> m_drawnNetworks;
    bool m_drawsMgmtOnlyPorts = false; // a port cell marked * (the legend says what that is)
    QStringList m_legendTexts;
    qreal m_legendWidest = 0; // advance of the longest legend text at 27 units (2.7 mm at 10/mm)
    const ReportPages &report() const;
    mutable std::unique_ptr<ReportPages> m_report;
    std::shared_ptr<const DesignComparison> m_comparison;
    std::unique_ptr<ReportPages> m_changeList;
};

} // namespace cn
