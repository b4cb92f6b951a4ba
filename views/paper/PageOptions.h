#pragma once
// How a diagram goes on paper: paper size, orientation, and fit to one page or tile over
// columns × rows pages.

#include <QPageLayout>
#include <QPageSize>
#include <QSizeF>
#include <QString>

namespace cn {

struct PageOptions {
    QPageSize::PageSizeId size = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    int columns = 1;
    int rows = 1;
    qreal marginMm = 8;
    qreal overlapMm = 12;

    int diagramPages() const { return columns * rows; }
    QSizeF pageMm() const;
};

// "A4", "a3", "Letter", "Legal"; false for anything else.
bool pageSizeFromName(const QString &name, QPageSize::PageSizeId &id);
QString pageSizeName(QPageSize::PageSizeId id);

} // namespace cn
