#include "panels/SeverityIcon.h"

#include "canvas/NetworkStyle.h"

#include <QPainter>
#include <QPixmap>

namespace cn {

QIcon severityIcon(Severity s)
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(severityColor(int(s)));
    if (s == Severity::Warning) {
        const QPointF tri[3] = {{16, 2}, {30, 29}, {2, 29}};
        p.drawPolygon(tri, 3);
    } else {
        p.drawEllipse(QRectF(2, 2, 28, 28));
    }
    QFont f;
    f.setBold(true);
    f.setPixelSize(20);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, s == Severity::Warning ? 5 : 1, 32, 30), Qt::AlignCenter, s == Severity::Info ? "i" : "!");
    return QIcon(pm);
}

} // namespace cn
