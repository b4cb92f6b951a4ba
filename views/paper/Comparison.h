#pragma once
// A revision compared with an earlier one, for paper (export --compare OLD): what changed
// (handover/RevisionDiff.h), where each change sits on the diagram — added and changed elements
// on the current scene, removed ones where the earlier revision had them — and both title
// blocks for the revision table.

#include "design/Design.h"
#include "handover/RevisionDiff.h"
#include "paper/LinkRoute.h"

#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <vector>

namespace cn
{

class DesignDocument;
class DiagramScene;

struct ChangeMark {
    ChangeKind kind = ChangeKind::Changed;
    QRectF box;      // a device, adapter or port; empty for a cable
    QPolygonF route; // a cable
    QString label;   // for a removed device, its name (it is not on the scene)
};

struct DesignComparison {
    QString beforeFile;
    TitleBlock before;
    RevisionDiff diff;
    std::vector<ChangeMark> marks; // scene coordinates of the current revision
};

// `before` with its own scene (laid out as that revision was) against the current `now`.
DesignComparison compareRevisions(const DiagramScene &nowScene, const DesignDocument &now,
                                  const DiagramScene &beforeScene, const DesignDocument &before,
                                  const QString &beforeFile, const LinkRoute &route = {});

} // namespace cn
