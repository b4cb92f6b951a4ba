#include "paper/LinkRoute.h"

#include "canvas/DiagramScene.h"
#include "canvas/LinkItem.h"

namespace cn
{

LinkRoute sceneLinkRoute(const DiagramScene *scene)
{
    return [scene](const std::string &linkName) -> QPolygonF {
        const LinkItem *link = scene->linkItem(linkName);
        return link ? link->path() : QPolygonF();
    };
}

} // namespace cn
