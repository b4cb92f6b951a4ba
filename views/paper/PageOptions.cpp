#include "paper/PageOptions.h"

namespace cn {

QSizeF PageOptions::pageMm() const
{
    const QSizeF s = QPageSize(size).size(QPageSize::Millimeter);
    return orientation == QPageLayout::Landscape ? s.transposed() : s;
}

bool pageSizeFromName(const QString &name, QPageSize::PageSizeId &id)
{
    const QString n = name.toLower();
    if (n == "a4")
        id = QPageSize::A4;
    else if (n == "a3")
        id = QPageSize::A3;
    else if (n == "letter")
        id = QPageSize::Letter;
    else if (n == "legal")
        id = QPageSize::Legal;
    else
        return false;
    return true;
}

QString pageSizeName(QPageSize::PageSizeId id)
{
    switch (id) {
    case QPageSize::A3:
        return "A3";
    case QPageSize::Letter:
        return "Letter";
    case QPageSize::Legal:
        return "Legal";
    default:
        return "A4";
    }
}

} // namespace cn
