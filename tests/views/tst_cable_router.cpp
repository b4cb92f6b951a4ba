// The cable router's core on seeded random layouts: every route is orthogonal, runs from port to
// port and crosses no box; after random moves the incremental state routes as well as routing
// everything from scratch (the plain twin: a new router with no cache).
#include "canvas/CableRouter.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace cn;

namespace
{

struct Layout {
    std::map<std::string, QRectF> boxes;
    std::map<std::string, std::pair<CableRouter::Port, CableRouter::Port>> cables;
};

bool overlapsAny(const std::map<std::string, QRectF> &boxes, const std::string &skip,
                 const QRectF &r, double gap)
{
    for (const auto &[id, b] : boxes)
        if (id != skip && b.adjusted(-gap, -gap, gap, gap).intersects(r))
            return true;
    return false;
}

// A free place for a box of `size` (on a 10 px grid, at least `gap` from every other box).
QRectF freePlace(QRandomGenerator &rng, const std::map<std::string, QRectF> &boxes,
                 const std::string &skip, const QSizeF &size, double gap)
{
    for (int tries = 0; tries < 500; ++tries) {
        const QRectF r(QPointF(rng.bounded(0, 120) * 10.0, rng.bounded(0, 80) * 10.0), size);
        if (!overlapsAny(boxes, skip, r, gap))
            return r;
    }
    return QRectF();
}

Layout randomLayout(quint32 seed, double gap)
{
    QRandomGenerator rng(seed);
    Layout l;
    const int n = rng.bounded(4, 14);
    for (int i = 0; i < n; ++i) {
        const QSizeF size(rng.bounded(8, 30) * 10.0, rng.bounded(4, 20) * 10.0);
        const QRectF r = freePlace(rng, l.boxes, {}, size, gap);
        if (!r.isNull())
            l.boxes["b" + std::to_string(i)] = r;
    }
    std::vector<std::string> ids;
    for (const auto &[id, b] : l.boxes)
        ids.push_back(id);
    const int cables = ids.size() < 2 ? 0 : rng.bounded(3, 24);
    for (int c = 0; c < cables; ++c) {
        const std::string a = ids[rng.bounded(int(ids.size()))];
        std::string b = a;
        while (b == a)
            b = ids[rng.bounded(int(ids.size()))];
        auto port = [&](const std::string &box) {
            const double w = l.boxes[box].width();
            CableRouter::Port p;
            p.box = box;
            p.dxTop = 4 + rng.bounded(int(w) - 8);
            p.dxBottom = rng.bounded(2) ? p.dxTop : 4 + rng.bounded(int(w) - 8);
            // Half the ports prefer an edge, as the scene's ports in upper or lower rows do.
            if (rng.bounded(2))
                (rng.bounded(2) ? p.extraTop : p.extraBottom) = rng.bounded(80);
            return p;
        };
        l.cables["c" + std::to_string(c)] = {port(a), port(b)};
    }
    return l;
}

// What makes a route valid: orthogonal, from a port of A to a port of B, through no box.
QString problem(const CableRouter::Route &r, const std::map<std::string, QRectF> &boxes,
                const CableRouter::Port &a, const CableRouter::Port &b)
{
    if (!r.valid)
        return "no route";
    if (r.points.size() < 2)
        return "fewer than two points";
    const QRectF ra = boxes.at(a.box), rb = boxes.at(b.box);
    const QPointF s = r.points.front(), e = r.points.back();
    if (s != QPointF(ra.left() + a.dxTop, ra.top()) &&
        s != QPointF(ra.left() + a.dxBottom, ra.bottom()))
        return QString("starts at %1,%2, not at its port").arg(s.x()).arg(s.y());
    if (e != QPointF(rb.left() + b.dxTop, rb.top()) &&
        e != QPointF(rb.left() + b.dxBottom, rb.bottom()))
        return QString("ends at %1,%2, not at its port").arg(e.x()).arg(e.y());
    for (int i = 1; i < r.points.size(); ++i) {
        const QPointF p = r.points[i - 1], q = r.points[i];
        if (p.x() != q.x() && p.y() != q.y())
            return QString("segment %1 is not orthogonal").arg(i);
        const QRectF seg = QRectF(p, q).normalized();
        for (const auto &[id, box] : boxes) {
            // Open interiors: a stub starts on its own box's edge.
            const bool crosses = seg.left() < box.right() && seg.right() > box.left() &&
                                 seg.top() < box.bottom() && seg.bottom() > box.top();
            if (crosses)
                return QString("segment %1 crosses box %2").arg(i).arg(QString::fromStdString(id));
        }
    }
    return {};
}

CableRouter routerFor(const Layout &l)
{
    CableRouter r;
    for (const auto &[id, b] : l.boxes)
        r.setBox(id, b);
    for (const auto &[id, c] : l.cables)
        r.setCable(id, c.first, c.second);
    r.update();
    return r;
}

} // namespace

class TestCableRouter : public QObject
{
    Q_OBJECT
private slots:
    void routesAreValid_data();
    void routesAreValid();
    void incrementalEqualsScratch_data();
    void incrementalEqualsScratch();
    void bendsCost();
    void moveReroutesOnlyWhatItMust();
};

void TestCableRouter::routesAreValid_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 s = 1; s <= 60; ++s)
        QTest::newRow(qPrintable(QString("seed %1").arg(s))) << s;
}

void TestCableRouter::routesAreValid()
{
    QFETCH(quint32, seed);
    const Layout l = randomLayout(seed, 30);
    const CableRouter r = routerFor(l);
    QCOMPARE(r.routes().size(), l.cables.size());
    for (const auto &[id, c] : l.cables) {
        const CableRouter::Route *route = r.route(id);
        QVERIFY(route);
        const QString p = problem(*route, l.boxes, c.first, c.second);
        QVERIFY2(p.isEmpty(), qPrintable(QString::fromStdString(id) + ": " + p));
        // The path it was spread from is one of least cost.
        QCOMPARE(route->cost, CableRouter::costOf(route->raw, r.options().bendPenalty) +
                                  CableRouter::endsExtra(route->raw, l.boxes.at(c.first.box), c.first,
                                                         l.boxes.at(c.second.box), c.second));
    }
}

void TestCableRouter::incrementalEqualsScratch_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 s = 100; s < 130; ++s)
        QTest::newRow(qPrintable(QString("seed %1").arg(s))) << s;
}

void TestCableRouter::incrementalEqualsScratch()
{
    QFETCH(quint32, seed);
    Layout l = randomLayout(seed, 30);
    if (l.cables.empty())
        QSKIP("no cables in this layout");
    CableRouter incremental = routerFor(l);
    QRandomGenerator rng(seed * 7919u);
    for (int move = 0; move < 12; ++move) {
        auto it = l.boxes.begin();
        std::advance(it, rng.bounded(int(l.boxes.size())));
        const QRectF to = freePlace(rng, l.boxes, it->first, it->second.size(), 30);
        if (to.isNull())
            continue;
        it->second = to;
        incremental.setBox(it->first, to);
        incremental.update();

        const CableRouter scratch = routerFor(l);
        for (const auto &[id, c] : l.cables) {
            const CableRouter::Route *inc = incremental.route(id), *full = scratch.route(id);
            QVERIFY(inc && full);
            const QString pi = problem(*inc, l.boxes, c.first, c.second);
            QVERIFY2(pi.isEmpty(), qPrintable(QString("move %1, %2 (incremental): %3")
                                                  .arg(move)
                                                  .arg(QString::fromStdString(id), pi)));
            const QString pf = problem(*full, l.boxes, c.first, c.second);
            QVERIFY2(pf.isEmpty(), qPrintable(QString::fromStdString(id) + " (scratch): " + pf));
            QVERIFY2(std::abs(inc->cost - full->cost) < 1e-6,
                     qPrintable(QString("move %1, %2: incremental cost %3, from scratch %4")
                                    .arg(move)
                                    .arg(QString::fromStdString(id))
                                    .arg(inc->cost)
                                    .arg(full->cost)));
        }
    }
}

void TestCableRouter::moveReroutesOnlyWhatItMust()
{
    CableRouter r;
    r.setBox("a", QRectF(0, 0, 100, 50));
    r.setBox("b", QRectF(300, 0, 100, 50));
    r.setBox("c", QRectF(0, 400, 100, 50));
    r.setBox("d", QRectF(300, 400, 100, 50));
    r.setCable("ab", {"a", 50, 50}, {"b", 50, 50});
    r.setCable("cd", {"c", 50, 50}, {"d", 50, 50});
    r.update();
    QCOMPARE(r.lastRouted(), std::size_t(2));
    // d moves a little: only its own cable is routed again.
    r.setBox("d", QRectF(320, 410, 100, 50));
    const std::vector<std::string> changed = r.update();
    QCOMPARE(r.lastRouted(), std::size_t(1));
    QCOMPARE(changed, std::vector<std::string>{"cd"});
    // Into the path of ab, which runs above a and b (a box just below them leaves no room
    // there): ab is routed again too, around d.
    r.setBox("e", QRectF(-50, 60, 500, 40));
    r.update();
    QCOMPARE(r.route("ab")->raw[1].y(), -12.0);
    r.setBox("d", QRectF(150, -100, 100, 100));
    r.update();
    QCOMPARE(r.lastRouted(), std::size_t(2));
    QVERIFY(r.route("ab")->cost > 2 * 12 + 300 + 2 * 40);
    for (int i = 1; i < r.route("ab")->points.size(); ++i)
        QVERIFY(!QRectF(r.route("ab")->points[i - 1], r.route("ab")->points[i])
                     .normalized()
                     .intersects(QRectF(151, -99, 98, 98)));
}

void TestCableRouter::bendsCost()
{
    // Two boxes side by side, ports on their top edges: up, across and down, two bends; the
    // route stays a margin above the boxes.
    std::map<std::string, QRectF> boxes{{"a", QRectF(0, 100, 100, 50)},
                                        {"b", QRectF(300, 100, 100, 50)}};
    CableRouter::Port pa{"a", 50, 50}, pb{"b", 50, 50};
    const CableRouter::Route r = CableRouter::routeOne(boxes, pa, pb, CableRouter::Options());
    QVERIFY(r.valid);
    const double m = CableRouter::Options().margin;
    // Above or below them: the same cost.
    QVERIFY(r.raw == QPolygonF({QPointF(50, 100), QPointF(50, 100 - m), QPointF(350, 100 - m),
                                QPointF(350, 100)}) ||
            r.raw == QPolygonF({QPointF(50, 150), QPointF(50, 150 + m), QPointF(350, 150 + m),
                                QPointF(350, 150)}));
    QCOMPARE(r.cost, 2 * m + 300 + 2 * CableRouter::Options().bendPenalty);
    // A third box in the way: the route goes around it, still through none.
    boxes["c"] = QRectF(150, 20, 100, 200);
    const CableRouter::Route around = CableRouter::routeOne(boxes, pa, pb, CableRouter::Options());
    QVERIFY(around.valid);
    QVERIFY(problem(around, boxes, pa, pb).isEmpty());
    QVERIFY(around.cost > r.cost);
}

QTEST_GUILESS_MAIN(TestCableRouter)
#include "tst_cable_router.moc"
