#include "paper/EditableDiagram.h"

#include "analysis/DesignIndex.h"
#include "canvas/DeviceItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/NetworkStyle.h"
#include "design/CableIds.h"
#include "document/DesignDocument.h"
#include "io/SafeWrite.h"

#include <QFileInfo>

namespace cn
{

DiagramGeometry diagramGeometry(const DiagramScene &scene, const DesignDocument &doc,
                                const LinkRoute &route)
{
    const Design &d = doc.design();
    DiagramGeometry g;
    for (std::size_t n = 0; n < d.networks.size(); ++n)
        g.networkColors.push_back(networkColor(d, int(n)).name().toStdString());
    // Devices in the design's order, so the files list them as the design does.
    for (const Device &dev : d.devices) {
        const DeviceItem *item = scene.deviceItem(dev.id);
        if (!item)
            continue;
        DiagramDevice out;
        out.id = dev.id;
        out.label = dev.displayName();
        out.rect = item->mapRectToScene(item->geometry().bounds);
        for (const PortCell &c : item->geometry().ports)
            if (c.cablable)
                out.ports.push_back({c.local, c.label.toStdString(), item->mapRectToScene(c.rect)});
        g.devices.push_back(std::move(out));
    }
    const DesignIndex index(d, doc.templates());
    const std::vector<std::string> cables = cableIds(d);
    for (std::size_t li = 0; li < index.links().size(); ++li) {
        const LinkInfo &l = index.links()[li];
        DiagramLink out;
        out.cable = cables[li];
        out.a = l.link->a;
        out.b = l.link->b;
        for (const QPointF &p : route(l.name))
            out.route.push_back(p);
        out.networks = l.carries;
        out.kind = l.link->kind;
        out.outOfBand = l.outOfBand;
        out.width = linkWidth(l.speedMbps);
        g.links.push_back(std::move(out));
    }
    return g;
}

bool writeEditableDiagram(const DiagramScene &scene, const DesignDocument &doc, const QString &path,
                          QString *error, const LinkRoute &route)
{
    const DiagramGeometry g =
        diagramGeometry(scene, doc, route ? route : sceneLinkRoute(&scene));
    const QString suffix = QFileInfo(path).suffix().toLower();
    const std::string text =
        suffix == "graphml" ? graphmlXml(doc.design(), g) : drawioXml(doc.design(), g);
    const std::string failure = writeFileAtomically(path.toStdString(), text);
    if (!failure.empty() && error)
        *error = QString::fromStdString(failure);
    return failure.empty();
}

} // namespace cn
