#include "handover/DiagramXml.h"

#include <QByteArray>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>
#include <map>

namespace cn
{
namespace
{

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString num(double v)
{
    // Whole units where the scene has them; at most two decimals otherwise.
    const double r = std::round(v * 100) / 100;
    return QString::number(r, 'g', 12);
}

const DiagramPort *findPort(const DiagramGeometry &g, const std::string &ref,
                            const DiagramDevice **device)
{
    const auto colon = ref.find(':');
    if (colon == std::string::npos)
        return nullptr;
    const std::string dev = ref.substr(0, colon), local = ref.substr(colon + 1);
    for (const DiagramDevice &d : g.devices)
        if (d.id == dev)
            for (const DiagramPort &p : d.ports)
                if (p.local == local) {
                    *device = &d;
                    return &p;
                }
    return nullptr;
}

std::string colorOf(const DiagramGeometry &g, const DiagramLink &l, int network)
{
    if (l.outOfBand)
        return "#666666";
    if (l.kind == LinkKind::Stacking)
        return "#4b2c83";
    if (network >= 0 && std::size_t(network) < g.networkColors.size())
        return g.networkColors[std::size_t(network)];
    return "#999999";
}

// Which side of its port a route leaves: the top (0) when its next point is above the port.
double side(const QRectF &port, const QPointF &next)
{
    return next.y() < port.center().y() ? 0.0 : 1.0;
}

QRectF bounds(const DiagramGeometry &g)
{
    QRectF r;
    for (const DiagramDevice &d : g.devices)
        r = r.united(d.rect);
    for (const DiagramLink &l : g.links)
        for (const QPointF &p : l.route)
            r = r.united(QRectF(p, QSizeF(1, 1)));
    return r;
}

std::string networkLabel(const Network &n)
{
    std::string s = n.displayName();
    if (!n.name.empty())
        s += " (" + n.id + ")";
    if (n.vlan)
        s += ", VLAN " + std::to_string(*n.vlan);
    return s;
}

} // namespace

std::string drawioXml(const Design &design, const DiagramGeometry &g)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeStartElement("mxfile");
    w.writeAttribute("host", "clusternet");
    w.writeAttribute("type", "device");
    w.writeStartElement("diagram");
    w.writeAttribute("id", "clusternet");
    w.writeAttribute("name",
                     design.title.title.empty() ? QStringLiteral("Page-1") : q(design.title.title));
    const QRectF area = bounds(g);
    w.writeStartElement("mxGraphModel");
    for (const auto &[k, v] : std::vector<std::pair<const char *, QString>>{
             {"dx", "0"},
             {"dy", "0"},
             {"grid", "1"},
             {"gridSize", "10"},
             {"guides", "1"},
             {"tooltips", "1"},
             {"connect", "1"},
             {"arrows", "0"},
             {"fold", "1"},
             {"page", "1"},
             {"pageScale", "1"},
             {"pageWidth", num(std::max(850.0, area.right() + 40))},
             {"pageHeight", num(std::max(1100.0, area.bottom() + 40))},
             {"math", "0"},
             {"shadow", "0"}})
        w.writeAttribute(k, v);
    w.writeStartElement("root");
    // The root and the layers: cells whose parent is the root. Ids no design id can take.
    w.writeEmptyElement("mxCell");
    w.writeAttribute("id", "#root");
    auto layer = [&](const QString &id, const QString &name) {
        w.writeEmptyElement("mxCell");
        w.writeAttribute("id", id);
        w.writeAttribute("value", name);
        w.writeAttribute("parent", "#root");
    };
    layer("#devices", QStringLiteral("Devices"));
    std::vector<char> used(design.networks.size(), 0);
    bool others = false;
    for (const DiagramLink &l : g.links) {
        if (l.outOfBand || l.kind == LinkKind::Stacking || l.networks.empty())
            others = true;
        else
            for (int n : l.networks)
                used[std::size_t(n)] = 1;
    }
    for (std::size_t n = 0; n < design.networks.size(); ++n)
        if (used[n])
            layer("#layer-" + q(design.networks[n].id), q(networkLabel(design.networks[n])));
    if (others)
        layer("#layer-other", QStringLiteral("Stacking, out-of-band and other cables"));

    for (const DiagramDevice &d : g.devices) {
        w.writeStartElement("mxCell");
        w.writeAttribute("id", q(d.id));
        w.writeAttribute("value", q(d.label));
        w.writeAttribute(
            "style", "rounded=0;whiteSpace=wrap;html=1;container=1;collapsible=0;recursiveResize=0;"
                     "verticalAlign=top;align=left;spacingLeft=4;fontStyle=1;fillColor=#f5f5f5;"
                     "strokeColor=#37474f;");
        w.writeAttribute("vertex", "1");
        w.writeAttribute("parent", "#devices");
        w.writeEmptyElement("mxGeometry");
        w.writeAttribute("x", num(d.rect.x()));
        w.writeAttribute("y", num(d.rect.y()));
        w.writeAttribute("width", num(d.rect.width()));
        w.writeAttribute("height", num(d.rect.height()));
        w.writeAttribute("as", "geometry");
        w.writeEndElement();
        for (const DiagramPort &p : d.ports) {
            w.writeStartElement("mxCell");
            w.writeAttribute("id", q(d.id + ":" + p.local));
            w.writeAttribute("value", q(p.label));
            w.writeAttribute("style",
                             "rounded=0;whiteSpace=wrap;html=1;fontSize=7;fillColor=#ffffff;"
                             "strokeColor=#607d8b;resizable=0;");
            w.writeAttribute("vertex", "1");
            w.writeAttribute("parent", q(d.id));
            w.writeEmptyElement("mxGeometry");
            // Children are placed relative to their container.
            w.writeAttribute("x", num(p.rect.x() - d.rect.x()));
            w.writeAttribute("y", num(p.rect.y() - d.rect.y()));
            w.writeAttribute("width", num(p.rect.width()));
            w.writeAttribute("height", num(p.rect.height()));
            w.writeAttribute("as", "geometry");
            w.writeEndElement();
        }
    }

    for (const DiagramLink &l : g.links) {
        const DiagramDevice *da = nullptr, *db = nullptr;
        const DiagramPort *pa = findPort(g, l.a, &da), *pb = findPort(g, l.b, &db);
        if (!pa || !pb || l.route.size() < 2)
            continue;
        const bool other = l.outOfBand || l.kind == LinkKind::Stacking || l.networks.empty();
        // A cable with several networks is in each network's layer: hiding all but one network
        // still shows every cable that carries it.
        const std::vector<int> layers = other ? std::vector<int>{-1} : l.networks;
        for (int n : layers) {
            QString style =
                QStringLiteral(
                    "endArrow=none;html=1;rounded=0;edgeStyle=none;strokeColor=%1;"
                    "strokeWidth=%2;exitX=0.5;exitY=%3;exitDx=0;exitDy=0;entryX=0.5;"
                    "entryY=%4;entryDx=0;entryDy=0;fontSize=8;labelBackgroundColor=#ffffff;")
                    .arg(q(colorOf(g, l, n)), num(l.width), num(side(pa->rect, l.route.front())),
                         num(side(pb->rect, l.route.back())));
            if (l.outOfBand)
                style += "dashed=1;dashPattern=1 3;";
            w.writeStartElement("mxCell");
            w.writeAttribute("id", q(l.cable) + "#" +
                                       (n >= 0 ? q(design.networks[std::size_t(n)].id) : "other"));
            w.writeAttribute("value", q(l.cable));
            w.writeAttribute("style", style);
            w.writeAttribute("edge", "1");
            w.writeAttribute("parent", n >= 0 ? "#layer-" + q(design.networks[std::size_t(n)].id)
                                              : "#layer-other");
            w.writeAttribute("source", q(l.a));
            w.writeAttribute("target", q(l.b));
            w.writeStartElement("mxGeometry");
            w.writeAttribute("relative", "1");
            w.writeAttribute("as", "geometry");
            w.writeStartElement("Array");
            w.writeAttribute("as", "points");
            for (const QPointF &p : l.route) {
                w.writeEmptyElement("mxPoint");
                w.writeAttribute("x", num(p.x()));
                w.writeAttribute("y", num(p.y()));
            }
            w.writeEndElement(); // Array
            w.writeEndElement(); // mxGeometry
            w.writeEndElement(); // mxCell
        }
    }
    w.writeEndDocument();
    return out.toStdString();
}

std::string graphmlXml(const Design &design, const DiagramGeometry &g)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeStartElement("graphml");
    w.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
    w.writeNamespace("http://www.w3.org/2001/XMLSchema-instance", "xsi");
    w.writeNamespace("http://www.yworks.com/xml/graphml", "y");
    const QString y = "http://www.yworks.com/xml/graphml";
    w.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                     "http://graphml.graphdrawing.org/xmlns "
                     "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd");
    auto key = [&](const char *id, const char *forWhat, const char *name, const char *yType) {
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", forWhat);
        if (name) {
            w.writeAttribute("attr.name", name);
            w.writeAttribute("attr.type", "string");
        }
        if (yType)
            w.writeAttribute("yfiles.type", yType);
    };
    key("ng", "node", nullptr, "nodegraphics");
    key("eg", "edge", nullptr, "edgegraphics");
    key("ref", "node", "ref", nullptr);
    key("network", "edge", "network", nullptr);
    key("cable", "edge", "cable", nullptr);
    key("kind", "edge", "kind", nullptr);

    w.writeStartElement("graph");
    w.writeAttribute("id", "G");
    w.writeAttribute("edgedefault", "undirected");
    std::map<std::string, QString> nodeId; // "DEVICE:LOCAL" -> GraphML id
    auto geometry = [&](const QRectF &r) {
        w.writeEmptyElement(y, "Geometry");
        w.writeAttribute("x", num(r.x()));
        w.writeAttribute("y", num(r.y()));
        w.writeAttribute("width", num(r.width()));
        w.writeAttribute("height", num(r.height()));
    };
    // A node's rectangle, colours and label, as yEd draws it.
    auto look = [&](const QRectF &r, const char *fill, const char *border) {
        geometry(r);
        w.writeEmptyElement(y, "Fill");
        w.writeAttribute("color", fill);
        w.writeAttribute("transparent", "false");
        w.writeEmptyElement(y, "BorderStyle");
        w.writeAttribute("color", border);
        w.writeAttribute("type", "line");
        w.writeAttribute("width", "1.0");
    };
    auto ref = [&](const std::string &text) {
        w.writeStartElement("data");
        w.writeAttribute("key", "ref");
        w.writeCharacters(q(text));
        w.writeEndElement();
    };
    auto label = [&](const std::string &text, const char *position) {
        w.writeStartElement(y, "NodeLabel");
        w.writeAttribute("modelName", "internal");
        w.writeAttribute("modelPosition", position);
        w.writeAttribute("fontSize", position[0] == 'c' ? "7" : "11");
        w.writeCharacters(q(text));
        w.writeEndElement();
    };
    for (std::size_t di = 0; di < g.devices.size(); ++di) {
        const DiagramDevice &d = g.devices[di];
        const QString group = "n" + QString::number(di);
        w.writeStartElement("node");
        w.writeAttribute("id", group);
        w.writeAttribute("yfiles.foldertype", "group");
        ref(d.id);
        w.writeStartElement("data");
        w.writeAttribute("key", "ng");
        w.writeStartElement(y, "ProxyAutoBoundsNode");
        w.writeStartElement(y, "Realizers");
        w.writeAttribute("active", "0");
        w.writeStartElement(y, "GroupNode");
        look(d.rect, "#F5F5F5", "#37474F");
        label(d.label, "tl");
        w.writeEmptyElement(y, "Shape");
        w.writeAttribute("type", "rectangle");
        w.writeEmptyElement(y, "State");
        w.writeAttribute("closed", "false");
        w.writeAttribute("closedHeight", "50.0");
        w.writeAttribute("closedWidth", "50.0");
        w.writeAttribute("innerGraphDisplayEnabled", "false");
        w.writeEndElement(); // GroupNode
        w.writeEndElement(); // Realizers
        w.writeEndElement(); // ProxyAutoBoundsNode
        w.writeEndElement(); // data
        w.writeStartElement("graph");
        w.writeAttribute("id", group + ":");
        w.writeAttribute("edgedefault", "undirected");
        for (std::size_t pi = 0; pi < d.ports.size(); ++pi) {
            const DiagramPort &p = d.ports[pi];
            const QString id = group + "::n" + QString::number(pi);
            nodeId[d.id + ":" + p.local] = id;
            w.writeStartElement("node");
            w.writeAttribute("id", id);
            ref(d.id + ":" + p.local);
            w.writeStartElement("data");
            w.writeAttribute("key", "ng");
            w.writeStartElement(y, "ShapeNode");
            look(p.rect, "#FFFFFF", "#607D8B");
            label(p.label, "c");
            w.writeEmptyElement(y, "Shape");
            w.writeAttribute("type", "rectangle");
            w.writeEndElement(); // ShapeNode
            w.writeEndElement(); // data
            w.writeEndElement(); // node
        }
        w.writeEndElement(); // graph
        w.writeEndElement(); // node
    }

    int e = 0;
    for (const DiagramLink &l : g.links) {
        const DiagramDevice *da = nullptr, *db = nullptr;
        const DiagramPort *pa = findPort(g, l.a, &da), *pb = findPort(g, l.b, &db);
        if (!pa || !pb || l.route.size() < 2)
            continue;
        QStringList networks;
        for (int n : l.networks)
            networks << q(design.networks[std::size_t(n)].id);
        w.writeStartElement("edge");
        w.writeAttribute("id", "e" + QString::number(e++));
        w.writeAttribute("source", nodeId[l.a]);
        w.writeAttribute("target", nodeId[l.b]);
        for (const auto &[k, v] : std::vector<std::pair<const char *, QString>>{
                 {"network", networks.join(' ')},
                 {"cable", q(l.cable)},
                 {"kind", l.outOfBand ? QStringLiteral("out-of-band") : q(toString(l.kind))}}) {
            w.writeStartElement("data");
            w.writeAttribute("key", k);
            w.writeCharacters(v);
            w.writeEndElement();
        }
        w.writeStartElement("data");
        w.writeAttribute("key", "eg");
        w.writeStartElement(y, "PolyLineEdge");
        // The ends leave the port's top or bottom (offsets from the node's centre), then the
        // route's points, absolute.
        w.writeStartElement(y, "Path");
        const double sa = side(pa->rect, l.route.front()) ? 1 : -1,
                     sb = side(pb->rect, l.route.back()) ? 1 : -1;
        w.writeAttribute("sx", "0.0");
        w.writeAttribute("sy", num(sa * pa->rect.height() / 2));
        w.writeAttribute("tx", "0.0");
        w.writeAttribute("ty", num(sb * pb->rect.height() / 2));
        for (const QPointF &p : l.route) {
            w.writeEmptyElement(y, "Point");
            w.writeAttribute("x", num(p.x()));
            w.writeAttribute("y", num(p.y()));
        }
        w.writeEndElement(); // Path
        w.writeEmptyElement(y, "LineStyle");
        w.writeAttribute("color",
                         q(colorOf(g, l, l.networks.empty() ? -1 : l.networks.front())).toUpper());
        w.writeAttribute("type", l.outOfBand ? "dotted" : "line");
        w.writeAttribute("width", num(l.width));
        w.writeEmptyElement(y, "Arrows");
        w.writeAttribute("source", "none");
        w.writeAttribute("target", "none");
        w.writeStartElement(y, "EdgeLabel");
        w.writeAttribute("fontSize", "8");
        w.writeCharacters(q(l.cable));
        w.writeEndElement();
        w.writeEndElement(); // PolyLineEdge
        w.writeEndElement(); // data
        w.writeEndElement(); // edge
    }
    w.writeEndDocument();
    return out.toStdString();
}

} // namespace cn
