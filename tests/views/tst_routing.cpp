// Cables and their labels on the diagram, after the automatic layout, on every bundled design
// and the 64-host synthetic one: no cable runs through a device box (its stub leaves its own box
// from the edge), no two labels overlap and no label lies on a device.
#include "SyntheticDesign.h"
#include "canvas/CableRouter.h"
#include "canvas/DeviceItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/LinkItem.h"
#include "design/DesignEdits.h"
#include "document/DesignDocument.h"
#include "io/DesignSaver.h"
#include "paper/Comparison.h"
#include "paper/EditableDiagram.h"
#include "paper/LinkRoute.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace cn;

namespace
{

bool crossesInterior(const QPointF &p, const QPointF &q, const QRectF &r)
{
    const QRectF s = QRectF(p, q).normalized();
    return s.left() < r.right() && s.right() > r.left() && s.top() < r.bottom() &&
           s.bottom() > r.top();
}

QString checkScene(DiagramScene &scene)
{
    scene.placeLabels();
    std::map<std::string, QRectF> boxes;
    for (const auto &[id, item] : scene.deviceItems())
        boxes[id] = item->geometry().bounds.translated(item->pos());
    std::vector<std::pair<QRectF, QString>> labels;
    const LinkRoute route = sceneLinkRoute(&scene);
    for (const auto &[name, item] : scene.linkItems()) {
        const QPolygonF path = item->path();
        const QString link = QString::fromStdString(name);
        if (path.size() < 2)
            return link + ": no route";
        if (route(name) != path)
            return link + ": LinkRoute differs from the drawn path";
        const QRectF a = boxes.at(item->endA().device), b = boxes.at(item->endB().device);
        // Each end on its own device's top or bottom edge.
        auto onEdge = [](const QPointF &p, const QRectF &r) {
            return p.x() > r.left() && p.x() < r.right() &&
                   (p.y() == r.top() || p.y() == r.bottom());
        };
        if (!onEdge(path.front(), a) || !onEdge(path.back(), b))
            return link + ": does not start and end at its ports";
        for (int i = 1; i < path.size(); ++i) {
            if (path[i - 1].x() != path[i].x() && path[i - 1].y() != path[i].y())
                return link + QString(": segment %1 is not orthogonal").arg(i);
            for (const auto &[id, box] : boxes)
                if (crossesInterior(path[i - 1], path[i], box))
                    return link + QString(": segment %1 crosses %2")
                                      .arg(i)
                                      .arg(QString::fromStdString(id));
        }
        for (const PlacedLabel &l : item->labels()) {
            if (!l.placed)
                return link + ": no free place for label " + l.text;
            labels.emplace_back(l.rect, link + " " + l.text);
        }
    }
    // Labels against each other (sorted by left edge) and against the devices.
    std::sort(labels.begin(), labels.end(),
              [](const auto &x, const auto &y) { return x.first.left() < y.first.left(); });
    for (std::size_t i = 0; i < labels.size(); ++i) {
        for (std::size_t j = i + 1;
             j < labels.size() && labels[j].first.left() < labels[i].first.right(); ++j)
            if (labels[i].first.intersects(labels[j].first))
                return "labels overlap: " + labels[i].second + " / " + labels[j].second;
        for (const auto &[id, box] : boxes)
            if (labels[i].first.intersects(box))
                return "label " + labels[i].second + " lies on " + QString::fromStdString(id);
    }
    if (labels.empty() && !scene.linkItems().empty())
        return "no labels";
    return {};
}

void arrange(DesignDocument &doc, DiagramScene &scene)
{
    doc.apply(withPositions(doc.design(), scene.arrangedPositions()), "arrange");
}

} // namespace

class TestRouting : public QObject
{
    Q_OBJECT
private slots:
    void bundledDesigns_data();
    void bundledDesigns();
    void synthetic64();
    void dragKeepsRoutesValid();
    void removedCableIsRouted();
    void cablesLeaveByTheNearerEdge();
};

void TestRouting::bundledDesigns_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(CLUSTERNET_SOURCE_DIR) + "/templates/designs");
    const QStringList files = dir.entryList({"*.cluster.yaml"}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 4);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestRouting::bundledDesigns()
{
    QFETCH(QString, file);
    DesignDocument doc;
    QString error;
    QVERIFY2(doc.load(file, &error), qPrintable(error));
    DiagramScene scene(&doc);
    QVERIFY(!scene.linkItems().empty());
    // As filed, and after the automatic layout.
    const QString filed = checkScene(scene);
    QVERIFY2(filed.isEmpty(), qPrintable("as filed: " + filed));
    arrange(doc, scene);
    const QString arranged = checkScene(scene);
    QVERIFY2(arranged.isEmpty(), qPrintable("arranged: " + arranged));

    // The draw.io file carries the routes with their bends.
    int bent = 0;
    for (const auto &[name, item] : scene.linkItems())
        bent += item->path().size() > 2 ? 1 : 0;
    QVERIFY(bent > 0);
    QTemporaryDir dir;
    const QString drawio = dir.filePath("d.drawio");
    QVERIFY2(writeEditableDiagram(scene, doc, drawio, &error), qPrintable(error));
    QFile f(drawio);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int edgesWithBends = 0, points = 0;
    bool inPoints = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Array") &&
            xml.attributes().value("as") == QLatin1String("points")) {
            inPoints = true;
            points = 0;
        } else if (inPoints && xml.isStartElement() && xml.name() == QLatin1String("mxPoint")) {
            ++points;
        } else if (inPoints && xml.isEndElement() && xml.name() == QLatin1String("Array")) {
            inPoints = false;
            edgesWithBends += points > 2 ? 1 : 0;
        }
    }
    // (A cable carrying several networks is drawn as several edges.)
    QVERIFY2(edgesWithBends >= bent,
             qPrintable(QString("%1 edges with bends in the file, %2 bent cables")
                            .arg(edgesWithBends)
                            .arg(bent)));
}

void TestRouting::synthetic64()
{
    bench::SyntheticParams p;
    p.hosts = 64;
    QTemporaryDir dir;
    const QString file = dir.filePath("synthetic-64.cluster.yaml");
    saveDesignToFile(bench::makeSyntheticDesign(p), file.toStdString());
    DesignDocument doc;
    QString error;
    QVERIFY2(doc.load(file, &error), qPrintable(error));
    DiagramScene scene(&doc);
    QVERIFY(scene.linkItems().size() > 500);
    const QString placed = checkScene(scene);
    QVERIFY2(placed.isEmpty(), qPrintable(placed));
    arrange(doc, scene);
    const QString arranged = checkScene(scene);
    QVERIFY2(arranged.isEmpty(), qPrintable("arranged: " + arranged));
}

void TestRouting::dragKeepsRoutesValid()
{
    // A device dragged across the others, step by step as the mouse does: the routes follow
    // and, when it is let go, are those of a full re-route.
    DesignDocument doc;
    QString error;
    QVERIFY(doc.load(QStringLiteral(CLUSTERNET_SOURCE_DIR) +
                         "/templates/designs/dedicated-10g-csv-lm.cluster.yaml",
                     &error));
    DiagramScene scene(&doc);
    arrange(doc, scene);
    DeviceItem *item = scene.deviceItems().begin()->second;
    const QPointF start = item->pos();
    for (int step = 1; step <= 40; ++step)
        item->setPos(start + QPointF(step * 23, step * 7));
    const QString dragged = checkScene(scene);
    QVERIFY2(dragged.isEmpty(), qPrintable("dragged: " + dragged));
    // The plain twin: every cable routed again among the same boxes.
    const auto &boxes = scene.router().boxes();
    for (const auto &[name, r] : scene.router().routes()) {
        const CableRouter::Route fresh =
            CableRouter::routeOne(boxes, scene.router().portsOf(name).first,
                                  scene.router().portsOf(name).second, scene.router().options());
        QVERIFY2(std::abs(fresh.cost - r.cost) < 1e-6,
                 qPrintable(
                     QString::fromStdString(name) +
                     QString(": %1 after the drag, %2 from scratch").arg(r.cost).arg(fresh.cost)));
    }
}

void TestRouting::removedCableIsRouted()
{
    // A cable of the earlier revision that is gone, between devices that are still there, is
    // drawn on the current diagram as cables are: around the devices, not straight through them.
    const QString file = QStringLiteral(CLUSTERNET_SOURCE_DIR) +
                         "/templates/designs/dedicated-10g-csv-lm.cluster.yaml";
    DesignDocument before, now;
    QString error;
    QVERIFY(before.load(file, &error));
    QVERIFY(now.load(file, &error));
    Design next = now.design();
    const auto gone = std::find_if(next.links.begin(), next.links.end(), [](const Link &l) {
        return l.a == "san01:ctrl-a/p1" || l.b == "san01:ctrl-a/p1";
    });
    QVERIFY(gone != next.links.end());
    next.links.erase(gone);
    QCOMPARE(now.apply(next, "remove"), QString());
    DiagramScene nowScene(&now), beforeScene(&before);
    const DesignComparison c = compareRevisions(nowScene, now, beforeScene, before, "old");
    int removed = 0;
    for (const ChangeMark &m : c.marks) {
        if (m.kind != ChangeKind::Removed || m.route.isEmpty())
            continue;
        ++removed;
        QVERIFY(m.route.size() > 2); // SAN01 sits below the iSCSI switch's row: it bends
        for (int i = 1; i < m.route.size(); ++i) {
            const QPointF p = m.route[i - 1], q = m.route[i];
            QVERIFY2(p.x() == q.x() || p.y() == q.y(), "an orthogonal route");
            for (const auto &[id, item] : nowScene.deviceItems()) {
                if (id == "san01" || id == "sw-iscsi-a")
                    continue;
                const QRectF box = item->geometry().bounds.translated(item->pos());
                QVERIFY2(!crossesInterior(p, q, box), id.c_str());
            }
        }
    }
    QCOMPARE(removed, 1);
}

void TestRouting::cablesLeaveByTheNearerEdge()
{
    // The core switches' stacking ports are in their bottom row: the stacking cables leave and
    // reach them from below, not along the top edge where the hosts' cables come in (as they
    // did when both edges cost the same).
    DesignDocument doc;
    QString error;
    QVERIFY(doc.load(QStringLiteral(CLUSTERNET_SOURCE_DIR) +
                         "/templates/designs/dedicated-10g-csv-lm.cluster.yaml",
                     &error));
    DiagramScene scene(&doc);
    const LinkRoute route = sceneLinkRoute(&scene);
    const auto bottomOf = [&](const std::string &id) {
        const DeviceItem *item = scene.deviceItem(id);
        return item->geometry().bounds.translated(item->pos()).bottom();
    };
    for (const char *link : {"stack-1", "stack-2"}) {
        const QPolygonF r = route(link);
        QVERIFY2(r.size() >= 2, link);
        QCOMPARE(r.front().y(), bottomOf("sw-core-1"));
        QCOMPARE(r.back().y(), bottomOf("sw-core-2"));
    }
    // The hosts' cables to the top row still come in from above.
    const QPolygonF c001 = route("C001");
    QVERIFY(c001.size() >= 2);
    const DeviceItem *core = scene.deviceItem("sw-core-1");
    QCOMPARE(c001.back().y(), core->geometry().bounds.translated(core->pos()).top());
}

QTEST_MAIN(TestRouting)
#include "tst_routing.moc"
