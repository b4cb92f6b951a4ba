#pragma once
// Orthogonal cable routing, pure geometry: boxes (devices) and cables between ports on their top
// or bottom edge in, polylines out. No graphics items, so the tests drive it directly.
//
// Each cable leaves its port with a stub of `margin` out of the box and then runs on the lines
// that lie `margin` outside the box edges (the sparse orthogonal visibility grid of the boxes,
// plus the lines of its own ports). A shortest path by Boost.Graph's Dijkstra over that grid,
// with two states per point (running horizontally or vertically) so that a bend costs
// `bendPenalty`, never enters a box widened by the margin. The ends choose the top or bottom
// edge, whichever gives the cheaper route.
//
// Incremental: moving a box re-routes the cables of that box, the cables whose route runs through
// its new place, and the cables that a path through its old place could make cheaper (a lower
// bound on such a path: the rectilinear distance via the old place, plus two bends when the
// ports are not above each other); every other route stays possible and of least cost. Then a
// separate pass spreads segments that share a track (`spacing` apart, within the free room beside
// them).

#include <QPolygonF>
#include <QRectF>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace cn
{

class CableRouter
{
public:
    struct Options {
        double margin = 12;      // stub length, and the distance of a route from a box
        double bendPenalty = 40; // one bend costs as much as this much length
        double spacing = 5;      // between parallel cables on one track
        double clearance = 3;    // a spread cable stays this far from a box
    };
    // A port: the box it belongs to and where it meets the box's top and bottom edge, as an
    // offset from the box's left edge.
    struct Port {
        std::string box;
        double dxTop = 0, dxBottom = 0;
        // What leaving by that edge costs beyond its length: a port in a box's lower rows is
        // easier to follow from below (a cable at the top edge seems to reach the top row).
        double extraTop = 0, extraBottom = 0;
    };
    struct Route {
        QPolygonF raw;      // the shortest path, before spreading
        QPolygonF points;   // what is drawn: from port A to port B
        double cost = 0;    // length + bends × bendPenalty of `raw`
        bool valid = true;  // false: no path around the boxes, drawn as a plain line
        bool tight = false; // routed closer to the boxes than the margin (no room for it)
    };

    CableRouter() = default;
    explicit CableRouter(Options options) : m_opt(options) {}
    const Options &options() const { return m_opt; }

    // Adds or moves a box; marks the cables it may change.
    void setBox(const std::string &id, const QRectF &rect);
    void removeBox(const std::string &id);
    void setCable(const std::string &id, const Port &a, const Port &b);
    void removeCable(const std::string &id);
    void clear();

    // Routes what changed and spreads the tracks again; returns the cables whose drawn route
    // changed.
    std::vector<std::string> update();
    // Forgets every route and routes all cables again (the plain way).
    void rerouteAll();

    const Route *route(const std::string &cable) const;
    const std::map<std::string, Route> &routes() const { return m_routes; }
    const std::map<std::string, QRectF> &boxes() const { return m_boxes; }
    QRectF box(const std::string &id) const;
    // The ports a cable was given (empty boxes when there is no such cable).
    std::pair<Port, Port> portsOf(const std::string &cable) const;
    // The cables routed by the last update() (for tests and the benchmark).
    std::size_t lastRouted() const { return m_lastRouted; }

    // Where a port meets its box: on the top edge or the bottom edge.
    QPointF portPoint(const Port &p, bool top) const;

    // Routes one cable among `boxes` from scratch (the plain twin of the incremental state).
    static Route routeOne(const std::map<std::string, QRectF> &boxes, const Port &a, const Port &b,
                          const Options &opt);
    // Spreads segments that share a track; `routes` keeps its raw paths.
    static void spread(std::map<std::string, Route> &routes,
                       const std::map<std::string, QRectF> &boxes, const Options &opt);
    // Length + bends × penalty of an orthogonal polyline.
    static double costOf(const QPolygonF &path, double bendPenalty);
    // The extras of the edges a path from port `a` of box `ra` to port `b` of box `rb` leaves
    // and enters by; a route's cost is costOf() plus these.
    static double endsExtra(const QPolygonF &path, const QRectF &ra, const Port &a, const QRectF &rb,
                            const Port &b);

private:
    struct Cable {
        Port a, b;
    };
    void markCrossing(const QRectF &r);
    void markImprovable(const QRectF &r);

    Options m_opt;
    std::map<std::string, QRectF> m_boxes;
    std::map<std::string, Cable> m_cables;
    std::map<std::string, Route> m_routes;
    std::map<std::string, std::set<std::string>> m_cablesOfBox;
    std::set<std::string> m_dirty;
    bool m_spreadDirty = false;
    std::size_t m_lastRouted = 0;
};

} // namespace cn
