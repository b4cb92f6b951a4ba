// What the diagram writes is read in full, on screen and on paper: on every bundled design and
// the 64-host synthetic design, as filed and arranged automatically, nothing a device box paints
// is cut short ("…") or runs out of its box, its port cells or its cards; team marks stay in
// their card; a stack's frame encloses no other device; the exported diagram holds no "…".
// The boxes are painted into a recording paint device, so the test sees what painting does,
// whatever the code that lays it out.
#include "SyntheticDesign.h"
#include "canvas/DeviceItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/StackItem.h"
#include "design/DesignEdits.h"
#include "document/DesignDocument.h"
#include "io/DesignSaver.h"
#include "window/MainWindow.h"

#include <QDir>
#include <QPaintEngine>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QStyleOptionGraphicsItem>
#include <QTemporaryDir>
#include <QtTest>

using namespace cn;

namespace
{

QString data(const QString &name)
{
    return QStringLiteral(CLUSTERNET_TEST_DATA) + "/" + name;
}

struct Painted {
    QString text;
    QRectF rect; // text: its extent from the baseline's start, ascent to descent
    bool isText = false;
};

// Records what is painted, in the painter's (the item's) coordinates.
class RecordingEngine : public QPaintEngine
{
public:
    RecordingEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }
    void updateState(const QPaintEngineState &s) override
    {
        if (s.state() & DirtyTransform)
            m_transform = s.transform();
        if (s.state() & DirtyPen)
            m_pen = s.pen();
    }
    void drawPixmap(const QRectF &r, const QPixmap &, const QRectF &) override { shape(r); }
    void drawTextItem(const QPointF &p, const QTextItem &ti) override
    {
        const QFontMetricsF fm(ti.font());
        const QRectF r(p.x(), p.y() - fm.ascent(), fm.horizontalAdvance(ti.text()),
                       fm.ascent() + fm.descent());
        painted.push_back({ti.text(), m_transform.mapRect(r), true});
    }
    void drawPath(const QPainterPath &path) override
    {
        paths.push_back(m_transform.map(path));
        shape(path.boundingRect());
    }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode) override
    {
        shape(QPolygonF(QList<QPointF>(points, points + count)).boundingRect());
    }
    void drawRects(const QRectF *rects, int count) override
    {
        for (int i = 0; i < count; ++i)
            shape(rects[i]);
    }
    void drawLines(const QLineF *lines, int count) override
    {
        for (int i = 0; i < count; ++i)
            shape(QRectF(lines[i].p1(), lines[i].p2()).normalized());
    }
    void drawEllipse(const QRectF &r) override { shape(r); }

    std::vector<Painted> painted;
    std::vector<QPainterPath> paths;

private:
    // A shape with half its pen's width around it.
    void shape(const QRectF &r)
    {
        const qreal w = m_pen.style() == Qt::NoPen ? 0 : m_pen.widthF() / 2;
        painted.push_back({QString(), m_transform.mapRect(r.adjusted(-w, -w, w, w)), false});
    }
    QTransform m_transform;
    QPen m_pen;
};

class Recorder : public QPaintDevice
{
public:
    QPaintEngine *paintEngine() const override { return &engine; }
    mutable RecordingEngine engine;

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth:
        case PdmHeight:
            return 100000;
        case PdmWidthMM:
        case PdmHeightMM:
            return 100000 * 254 / 960;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return 1 * devicePixelRatioFScale();
        default:
            return QPaintDevice::metric(m);
        }
    }
};

// Paints `item` as on paper (full detail), in its own coordinates.
template <typename Item> RecordingEngine *paintItem(Item *item, Recorder &rec)
{
    QPainter p(&rec);
    QStyleOptionGraphicsItem option;
    item->paint(&p, &option, nullptr);
    p.end();
    return &rec.engine;
}

// The area a stack's frame fills, as it paints it (scene coordinates).
QPainterPath paintedFrame(QGraphicsItem *stack)
{
    Recorder rec;
    QPainter p(&rec);
    QStyleOptionGraphicsItem option;
    stack->paint(&p, &option, nullptr);
    p.end();
    QPainterPath frame;
    for (const QPainterPath &path : rec.engine.paths)
        frame = frame.united(stack->mapToScene(path));
    return frame;
}

QGraphicsItem *stackItem(DiagramScene *s)
{
    for (QGraphicsItem *i : s->items())
        if (i->type() == StackItem::Type)
            return i;
    return nullptr;
}

bool inside(const QRectF &inner, const QRectF &outer, qreal tolerance = 0.5)
{
    return outer.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(inner);
}

} // namespace

class TestReadable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void noDeviceTextIsCutShortOrOverflows_data() { addDesigns(); }
    void noDeviceTextIsCutShortOrOverflows();
    void teamMarksStayInTheirCard_data() { addDesigns(); }
    void teamMarksStayInTheirCard();
    void stackFramesEncloseNoOtherDevice_data() { addDesigns(); }
    void stackFramesEncloseNoOtherDevice();
    void longNamesWrapShrinkOrAbbreviate();
    void aDeviceMovedIntoAStackFrameIsLeftOut();
    void paperCutsNothingShort_data();
    void paperCutsNothingShort();

private:
    void addDesigns();
    void open(const QString &file, bool arrange);
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_synthetic;
};

void TestReadable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    bench::SyntheticParams p;
    p.hosts = 64;
    m_synthetic = m_dir.filePath("synthetic-64.cluster.yaml");
    const std::string error =
        saveDesignToFile(bench::makeSyntheticDesign(p), m_synthetic.toStdString());
    QVERIFY2(error.empty(), error.c_str());
}

void TestReadable::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
}

void TestReadable::addDesigns()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("arrange");
    const QDir dir(QStringLiteral(CLUSTERNET_SOURCE_DIR) + "/templates/designs");
    const QStringList files = dir.entryList({"*.cluster.yaml"}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 4);
    for (const QString &f : files) {
        QTest::newRow(qPrintable(f + " as filed")) << dir.filePath(f) << false;
        QTest::newRow(qPrintable(f + " arranged")) << dir.filePath(f) << true;
    }
    QTest::newRow("synthetic 64 hosts") << m_synthetic << false;
    // Long names: a device name, adapter models, team ids and port names longer than a box,
    // switches with IOS-style interface names; a host the file places between two members of
    // a stack, and a stack member cabled only to the other member.
    QTest::newRow("long names as filed") << data("readable/long-names.cluster.yaml") << false;
    QTest::newRow("long names arranged") << data("readable/long-names.cluster.yaml") << true;
}

void TestReadable::open(const QString &file, bool arrange)
{
    QVERIFY(m_window->openFile(file));
    if (arrange)
        m_window->arrange();
    QVERIFY(!m_window->scene()->deviceItems().empty());
}

void TestReadable::noDeviceTextIsCutShortOrOverflows()
{
    QFETCH(QString, file);
    QFETCH(bool, arrange);
    open(file, arrange);
    int texts = 0;
    for (const auto &[id, item] : m_window->scene()->deviceItems()) {
        Recorder rec;
        const RecordingEngine *e = paintItem(item, rec);
        const DeviceGeometry &g = item->geometry();
        for (const Painted &t : e->painted) {
            if (!t.isText)
                continue;
            ++texts;
            const QString where = QString::fromStdString(id) + ": \"" + t.text + "\"";
            QVERIFY2(!t.text.contains(QChar(0x2026)), qPrintable(where + " is cut short"));
            QVERIFY2(inside(t.rect, g.bounds), qPrintable(where + " runs out of the box"));
            // A port's name stays in its cell, a card's label in its card.
            const QPointF start(t.rect.left() + 0.5, t.rect.center().y());
            for (const PortCell &c : g.ports)
                if (c.rect.contains(start))
                    QVERIFY2(inside(t.rect, c.rect, 1.0),
                             qPrintable(where + " runs out of port cell " + c.label));
            for (const AdapterBlock &a : g.adapters)
                if (a.rect.contains(start))
                    QVERIFY2(inside(t.rect, a.rect), qPrintable(where + " runs out of card " +
                                                                QString::fromStdString(a.id)));
        }
    }
    QVERIFY(texts > 0);
}

void TestReadable::teamMarksStayInTheirCard()
{
    QFETCH(QString, file);
    QFETCH(bool, arrange);
    open(file, arrange);
    const Design &d = m_window->document()->design();
    for (const auto &[id, item] : m_window->scene()->deviceItems()) {
        const Device *dev = d.findDevice(id);
        QVERIFY(dev);
        if (dev->teams.empty())
            continue;
        Recorder rec;
        const RecordingEngine *e = paintItem(item, rec);
        const DeviceGeometry &g = item->geometry();
        // The outlines of the member ports (shapes) stay in the box.
        for (const Painted &t : e->painted)
            if (!t.isText)
                QVERIFY2(inside(t.rect, g.bounds, 1.0),
                         qPrintable(QString::fromStdString(id) + ": a mark outside the box"));
        // Each team's id is written in the cards of its members, inside them.
        for (const Team &team : dev->teams)
            for (const Painted &t : e->painted) {
                if (!t.isText || !QString::fromStdString(team.id).startsWith(t.text))
                    continue;
                bool inCard = false;
                for (const AdapterBlock &a : g.adapters)
                    inCard |= inside(t.rect, a.rect);
                QVERIFY2(inCard, qPrintable(QString::fromStdString(id) + ": team " + t.text +
                                            " outside its card"));
            }
    }
}

void TestReadable::stackFramesEncloseNoOtherDevice()
{
    QFETCH(QString, file);
    QFETCH(bool, arrange);
    open(file, arrange);
    const Design &d = m_window->document()->design();
    for (QGraphicsItem *i : m_window->scene()->items()) {
        if (i->type() != StackItem::Type)
            continue;
        const QPainterPath frame = paintedFrame(i);
        QVERIFY(!frame.isEmpty());
        auto box = [&](const std::string &id) {
            const DeviceItem *item = m_window->scene()->deviceItem(id);
            return item->mapRectToScene(item->geometry().bounds);
        };
        // Which stack the frame is of: the one whose members it holds.
        std::map<std::string, std::vector<std::string>> stacks;
        for (const Device &dev : d.devices)
            if (dev.isSwitch() && !dev.stack.empty())
                stacks[dev.stack].push_back(dev.id);
        std::string stack;
        for (const auto &[sid, members] : stacks) {
            bool all = true;
            for (const std::string &m : members)
                all &= frame.contains(box(m).center());
            if (all)
                stack = sid;
        }
        QVERIFY2(!stack.empty(), "a stack frame that holds no stack's members");
        // Placed automatically, the members stand together: nothing else is in their
        // bounding rectangle either.
        QRectF members;
        for (const std::string &m : stacks[stack])
            members = members.united(box(m).adjusted(-8, -8, 8, 8));
        for (const Device &dev : d.devices) {
            if (dev.isSwitch() && dev.stack == stack)
                continue;
            if (arrange)
                QVERIFY2(!members.intersects(box(dev.id)),
                         qPrintable(QString("%1 stands among the members of stack %2")
                                        .arg(QString::fromStdString(dev.id),
                                             QString::fromStdString(stack))));
            QVERIFY2(!frame.intersects(box(dev.id)),
                     qPrintable(
                         QString("the frame of stack %1 encloses %2")
                             .arg(QString::fromStdString(stack), QString::fromStdString(dev.id))));
        }
    }
}

void TestReadable::longNamesWrapShrinkOrAbbreviate()
{
    open(data("readable/long-names.cluster.yaml"), false);
    DiagramScene *s = m_window->scene();
    // IOS-style names show as network engineers write them.
    DeviceItem *core = s->deviceItem("core1");
    QVERIFY(core);
    Recorder rec;
    const RecordingEngine *e = paintItem(core, rec);
    QStringList texts;
    for (const Painted &t : e->painted)
        if (t.isText)
            texts << t.text;
    QVERIFY2(texts.contains("Te1/1/1"), qPrintable(texts.join(", ")));
    QVERIFY2(texts.contains("Gi1/0/48"), qPrintable(texts.join(", ")));
    Recorder distRec;
    QStringList dist;
    for (const Painted &t : paintItem(s->deviceItem("dist1"), distRec)->painted)
        if (t.isText)
            dist << t.text;
    QVERIFY2(dist.contains("Te1/24"), qPrintable(dist.join(", ")));
    // A long adapter model is written in full, over as many lines as it takes.
    DeviceItem *host = s->deviceItem("hv-with-a-very-long-name-01");
    QVERIFY(host);
    Recorder hostRec;
    QStringList words;
    for (const Painted &t : paintItem(host, hostRec)->painted)
        if (t.isText)
            words << t.text.split(' ', Qt::SkipEmptyParts);
    const QString all = words.join(' ');
    QVERIFY2(all.contains("Mellanox ConnectX-4 Lx EN dual-port 25GbE SFP28 network adapter"),
             qPrintable(all));
}

void TestReadable::aDeviceMovedIntoAStackFrameIsLeftOut()
{
    open(QStringLiteral(CLUSTERNET_SOURCE_DIR) + "/templates/designs/stacked-lacp.cluster.yaml",
         false);
    DesignDocument *doc = m_window->document();
    DiagramScene *s = m_window->scene();
    // Room between the two members of stack10 for a host.
    doc->apply(withPositions(doc->design(), {{"sw-b", {900, 300}}}), "move");
    QGraphicsItem *stack = stackItem(s);
    QVERIFY(stack);
    const QPointF between(650, 360);
    QVERIFY(paintedFrame(stack).contains(between));
    // Dragged there (as the mouse moves it, no edit yet), the host is left out of the frame...
    DeviceItem *host = s->deviceItem("hv01");
    host->setPos(540, 320);
    const QRectF box = host->mapRectToScene(host->geometry().bounds);
    QVERIFY(paintedFrame(stack).intersects(s->deviceItem("sw-a")->sceneBoundingRect()));
    QVERIFY(!paintedFrame(stack).intersects(box));
    // ...and when it leaves, the frame is one again.
    host->setPos(0, 0);
    QVERIFY(paintedFrame(stack).contains(between));
}

void TestReadable::paperCutsNothingShort_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(CLUSTERNET_SOURCE_DIR) + "/templates/designs");
    for (const QString &f : dir.entryList({"*.cluster.yaml"}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
    QTest::newRow("long names") << data("readable/long-names.cluster.yaml");
}

void TestReadable::paperCutsNothingShort()
{
    // The diagram as the command line exports it (SVG keeps its texts as text): no "…".
    QFETCH(QString, file);
    const QString svg = m_dir.filePath(QFileInfo(file).completeBaseName() + ".svg");
    QProcess p;
    p.start(QStringLiteral(CLUSTERNET_BINARY), {"export", file, "-o", svg});
    QVERIFY(p.waitForFinished(-1));
    QCOMPARE(p.exitCode(), 0);
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains("<text") || text.contains("<tspan"));
    const int at = int(text.indexOf(QChar(0x2026)));
    const int from = at < 0 ? 0 : int(text.lastIndexOf('>', at)) + 1;
    QVERIFY2(at < 0, qPrintable("cut short: " + text.mid(from, at + 1 - from)));
}

QTEST_MAIN(TestReadable)
#include "tst_readable.moc"
