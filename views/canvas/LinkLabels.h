#pragma once
// Where the text of the cables goes: at each end, next to the port's stub, the cable id and the
// port name; once per cable, the speed on a free stretch. Greedy: each label takes the first of
// its candidate places (beside the cable, from the port outwards, at smaller sizes when it must)
// that overlaps no device box and no label placed before it. Text is never cut short.

#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <map>
#include <string>
#include <vector>

namespace cn
{

struct LabelRequest {
    std::string link;
    QPolygonF path; // from end A to end B
    QString endA, endB, speed;
};

struct PlacedLabel {
    QRectF rect;
    QString text;
    qreal pixelSize = 7;
    bool placed = true; // false: no free place was found; drawn anyway, at its first place
};

// The size of `text` drawn at `pixelSize`, with its backdrop.
QSizeF labelSize(const QString &text, qreal pixelSize);

std::map<std::string, std::vector<PlacedLabel>>
placeLinkLabels(const std::vector<LabelRequest> &requests, const std::vector<QRectF> &boxes);

} // namespace cn
