#pragma once
// Places in JSON text. QJsonDocument keeps no positions, so a message about a value finds its
// line and column again by walking the text along the value's path.

#include "design/SourcePos.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace cn
{

struct JsonStep {
    QString key;    // a member of an object (matched without regard to case), or
    int index = -1; // an element of an array
};
using JsonPath = std::vector<JsonStep>;

// The line and column (1-based) of byte `offset` of `utf8`.
SourcePos placeOfOffset(const QByteArray &utf8, int offset);
// Where the value at `path` starts; unknown when the text has no such value.
SourcePos placeOf(const QByteArray &utf8, const JsonPath &path);
// "NetAdapter[2].Name"
QString pathText(const JsonPath &path);

} // namespace cn
