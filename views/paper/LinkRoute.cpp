#include "paper/LinkRoute.h"

#include "canvas/DeviceItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/LinkItem.h"

namespace cn
{

LinkRoute straightLinkRoute(const DiagramScene *scene)
{
    return [scene](const std::string &linkName) -> QPolygonF {
        const LinkItem *link = scene->linkItem(linkName);
        if (!link)
            return {};
        const DeviceItem *a = scene->deviceItem(link->endA().device),
                         *b = scene->deviceItem(link->endB().device);
        if (!a || !b)
            return {};
        // As DiagramScene::updateLinkGeometry places the line.
        const QPointF ca = a->sceneBoundingRect().center(), cb = b->sceneBoundingRect().center();
        return QPolygonF({a->anchor(link->endA().local, cb), b->anchor(link->endB().local, ca)});
    };
}

} // namespace cn
