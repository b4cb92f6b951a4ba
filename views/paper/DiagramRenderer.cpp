#include "paper/DiagramRenderer.h"

#include "document/DesignDocument.h"
#include "analysis/DesignIndex.h"
#include "canvas/DeviceItem.h"
#include "canvas/DiagramScene.h"
#include "analysis/FindingText.h"
#include "canvas/NetworkStyle.h"
#include "paper/Comparison.h"
#include "paper/PaperText.h"
#include "paper/ReportPages.h"
#include "io/SafeWrite.h"

#include <QBuffer>
#include <QFile>
#include <QFontMetricsF>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace cn {
namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

QFont fontMm(qreal sizeMm, qreal mm, bool bold = false)
{
    QFont f;
    f.setPixelSize(qMax(1, qRound(sizeMm * mm)));
    f.setBold(bold);
    return f;
}

// Keeps the scene in its paper look while painting, and restores it after.
class PrintingScope
{
public:
    explicit PrintingScope(DiagramScene *s) : m_scene(s), m_was(s->isPrinting()) { s->setPrinting(true); }
    ~PrintingScope() { m_scene->setPrinting(m_was); }

private:
    DiagramScene *m_scene;
    bool m_was;
};

constexpr qreal kTitleBlockW = 118;
constexpr qreal kTitleBlockH = 30;
// The revision table above the title block when comparing: a header and two revisions.
constexpr qreal kRevisionTableH = 13;

QColor changeColor(ChangeKind k)
{
    switch (k) {
    case ChangeKind::Added:
        return QColor("#2e7d32");
    case ChangeKind::Removed:
        return QColor("#c62828");
    case ChangeKind::Changed:
        break;
    }
    return QColor("#ef6c00");
}

} // namespace

DiagramRenderer::DiagramRenderer(DiagramScene *scene, const DesignDocument *doc, QString fileName)
    : m_scene(scene), m_doc(doc), m_fileName(std::move(fileName))
{
    const DesignIndex index(doc->design(), doc->templates());
    std::vector<char> drawn(doc->design().networks.size(), 0);
    for (const LinkInfo &l : index.links())
        for (int n : l.carries)
            drawn[std::size_t(n)] = 1;
    for (std::size_t n = 0; n < drawn.size(); ++n)
        if (drawn[n])
            m_drawnNetworks.push_back(int(n));
    for (const auto &[id, item] : scene->deviceItems())
        for (const PortCell &c : item->geometry().ports)
            m_drawsMgmtOnlyPorts = m_drawsMgmtOnlyPorts || c.mgmtOnly;
    measureLegend();
}

void DiagramRenderer::measureLegend()
{
    // Measured once: every page's layout asks whether the legend fits beside the title block.
    m_legendTexts = legendTexts();
    // At 2.7 mm in units of 0.1 mm, measured four times larger: small pixel sizes are hinted and
    // measure narrower than the text prints.
    QFont f;
    f.setPixelSize(108);
    const QFontMetricsF fm(f);
    m_legendWidest = 0;
    for (const QString &text : m_legendTexts)
        m_legendWidest = std::max(m_legendWidest, fm.horizontalAdvance(text) / 4 * 1.03);
}

void DiagramRenderer::setComparison(std::shared_ptr<const DesignComparison> comparison)
{
    m_comparison = std::move(comparison);
    m_changeList = m_comparison ? std::make_unique<ReportPages>(*m_comparison) : nullptr;
    measureLegend();
}

qreal DiagramRenderer::titleBlockHeightMm() const
{
    return kTitleBlockH + (m_comparison ? kRevisionTableH : 0);
}

int DiagramRenderer::changePages(const PageOptions &o) const
{
    return m_changeList ? m_changeList->pageCount(reportBodyMm(o)) : 0;
}

int DiagramRenderer::reportRows() const { return report().rowCount(); }

DiagramRenderer::~DiagramRenderer() = default;

const ReportPages &DiagramRenderer::report() const
{
    // Made on first use: a diagram without report pages does not pay for the plans.
    if (!m_report)
        m_report = std::make_unique<ReportPages>(m_doc->design(), m_doc->findings(),
                                                 DesignIndex(m_doc->design(), m_doc->templates()));
    return *m_report;
}

int DiagramRenderer::legendColumns(qreal widthMm) const
{
    // Two columns when every entry fits in half the width, measured at 10 units per mm.
    const qreal half = ((widthMm - 4) / 2 - 2 - 14) * 10;
    return m_legendWidest > half ? 1 : 2;
}

QStringList DiagramRenderer::legendTexts() const
{
    const Design &d = m_doc->design();
    QStringList texts;
    for (int n : m_drawnNetworks) {
        const Network &net = d.networks[std::size_t(n)];
        QStringList parts;
        parts << (net.name.empty() ? q(net.id) : q(net.name) + " (" + q(net.id) + ")");
        parts << FindingText::roles(net.roles);
        if (net.vlan)
            parts << tr("VLAN %1").arg(*net.vlan);
        if (!net.subnet.empty())
            parts << q(net.subnet);
        if (net.effectiveIsolation() == Isolation::Physical)
            parts << tr("physically isolated");
        texts << parts.join(" · ");
    }
    texts << tr("stacking link") << tr("out-of-band management cable")
          << tr("line width: 1G thin, 10G thicker; several networks: striped; cable id and port name at both ends");
    if (m_drawsMgmtOnlyPorts)
        texts << tr("port name with *: a management-only (out-of-band) port");
    if (m_comparison)
        texts << tr("added since revision %1").arg(q(m_comparison->before.revision))
              << tr("removed since revision %1 (dashed)").arg(q(m_comparison->before.revision))
              << tr("changed since revision %1").arg(q(m_comparison->before.revision));
    return texts;
}

qreal DiagramRenderer::legendHeightMm(qreal widthMm) const
{
    const int columns = legendColumns(widthMm);
    const int entries = int(m_legendTexts.size()); // networks, stacking, out-of-band, speeds, changes
    const int rows = (entries + columns - 1) / columns;
    return 7 + rows * 4.2;
}

DiagramRenderer::Layout DiagramRenderer::layout(const QRectF &page, qreal mm, const PageOptions &o) const
{
    Layout l;
    const qreal m = o.marginMm * mm;
    l.frame = page.adjusted(m, m, -m, -m);
    const qreal titleW = kTitleBlockW * mm, titleH = titleBlockHeightMm() * mm, gap = 3 * mm;
    const bool notes = !m_doc->design().title.notes.empty();
    l.titleBlock = QRectF(l.frame.right() - titleW, l.frame.bottom() - titleH, titleW, titleH);
    const qreal besideW = l.frame.width() - titleW - gap;
    // The legend sits beside the title block when its entries fit there (landscape), else it
    // runs across the page above it, with the notes beside the title block (portrait).
    const bool beside = legendFits(besideW / mm);
    qreal band;
    // The notes box grows with the notes (to a third of the page, its type shrinking first).
    const qreal maxNotesMm = l.frame.height() / mm / 3;
    if (beside) {
        const qreal legendH = legendHeightMm(besideW / mm) * mm;
        l.legend = QRectF(l.frame.left(), l.frame.bottom() - legendH, besideW, legendH);
        qreal notesH = 0;
        if (notes) {
            notesH = notesHeightMm(kTitleBlockW, maxNotesMm, &l.notesFontMm) * mm;
            l.notes = QRectF(l.titleBlock.left(), l.titleBlock.top() - notesH, titleW, notesH);
        }
        band = std::max(titleH + notesH, legendH);
    } else {
        if (notes) {
            const qreal notesH = std::max(titleH, notesHeightMm(besideW / mm, maxNotesMm, &l.notesFontMm) * mm);
            l.titleBlock.moveTop(l.frame.bottom() - notesH);
            l.notes = QRectF(l.frame.left(), l.frame.bottom() - notesH, besideW, notesH);
        }
        const qreal legendH = legendHeightMm(l.frame.width() / mm) * mm;
        l.legend = QRectF(l.frame.left(), l.titleBlock.top() - gap - legendH, l.frame.width(), legendH);
        band = l.frame.bottom() - l.titleBlock.top() + gap + legendH;
    }
    l.diagram = QRectF(l.frame.left() + 2 * mm, l.frame.top() + 2 * mm, l.frame.width() - 4 * mm,
                       l.frame.height() - band - 5 * mm);
    return l;
}

bool DiagramRenderer::legendFits(qreal widthMm) const
{
    return m_legendWidest <= (widthMm - 4 - 2 - 14) * 10;
}

namespace {

// The notes as paragraphs: the line breaks of a block scalar are where the author's editor
// wrapped, not where the box does. A blank line, or a line that starts a list item, starts a
// new line on paper too.
QString notesText(const std::string &notes)
{
    const QStringList lines = q(notes).split('\n');
    QString text;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (i == 0) {
            text = line;
            continue;
        }
        const bool item = line.startsWith("- ") || line.startsWith("* ") || line.contains(QRegularExpression("^\\d+[.)] "));
        const bool blank = line.isEmpty() || lines.at(i - 1).trimmed().isEmpty();
        text += (blank || item) ? "\n" + line : (text.isEmpty() || text.endsWith('\n') ? line : ' ' + line);
    }
    return text;
}

} // namespace

qreal DiagramRenderer::notesHeightMm(qreal widthMm, qreal maxMm, qreal *fontMm) const
{
    const QString notes = notesText(m_doc->design().title.notes);
    const qreal textW = widthMm - 2.4, label = 3.5, pad = 1;
    *fontMm = fittingSizeMm(notes, textW, maxMm - label - pad, 2.4, 1.6);
    return std::max(14.0, label + pad + wrappedHeightMm(notes, textW, *fontMm));
}

QSizeF DiagramRenderer::reportBodyMm(const PageOptions &o) const
{
    const QSizeF page = o.pageMm();
    return QSizeF(page.width() - 2 * o.marginMm - 8, page.height() - 2 * o.marginMm - titleBlockHeightMm() - 10);
}

int DiagramRenderer::pageCount(const PageOptions &o, bool report) const
{
    return o.diagramPages() + changePages(o) + (report ? this->report().pageCount(reportBodyMm(o)) : 0);
}

void DiagramRenderer::paintPage(QPainter &p, const QRectF &pageRect, qreal mm, const PageOptions &o, bool report,
                                int index) const
{
    const PrintingScope scope(m_scene);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(pageRect, Qt::white);
    const int pages = pageCount(o, report);
    p.setPen(QPen(QColor("#37474f"), 0.3 * mm));
    p.setBrush(Qt::NoBrush);
    if (index < o.diagramPages()) {
        const Layout l = layout(pageRect, mm, o);
        p.drawRect(l.frame);
        paintDiagram(p, l, mm, o, index);
        paintLegend(p, l.legend, mm);
        QString caption;
        if (o.diagramPages() > 1)
            caption = tr("Tile row %1, column %2 of %3 × %4")
                          .arg(index / o.columns + 1)
                          .arg(index % o.columns + 1)
                          .arg(o.rows)
                          .arg(o.columns);
        paintTitleBlock(p, l, mm, index + 1, pages, caption);
    } else {
        // A report page: the frame, the body and the title block alone (no legend, no notes).
        Layout l;
        const qreal m = o.marginMm * mm;
        l.frame = pageRect.adjusted(m, m, -m, -m);
        l.titleBlock = QRectF(l.frame.right() - kTitleBlockW * mm, l.frame.bottom() - titleBlockHeightMm() * mm,
                              kTitleBlockW * mm, titleBlockHeightMm() * mm);
        p.drawRect(l.frame);
        const QSizeF bodyMm = reportBodyMm(o);
        const QRectF body(l.frame.left() + 4 * mm, l.frame.top() + 4 * mm, l.frame.width() - 8 * mm,
                          bodyMm.height() * mm);
        const int changes = changePages(o);
        if (index - o.diagramPages() < changes) {
            m_changeList->paint(p, body, mm, bodyMm, index - o.diagramPages());
            paintTitleBlock(p, l, mm, index + 1, pages, tr("Changes"));
        } else {
            this->report().paint(p, body, mm, bodyMm, index - o.diagramPages() - changes);
            paintTitleBlock(p, l, mm, index + 1, pages, tr("Report"));
        }
    }
    p.restore();
}

void DiagramRenderer::paintDiagram(QPainter &p, const Layout &l, qreal mm, const PageOptions &o, int index) const
{
    QRectF source = m_scene->designRect().adjusted(-20, -20, 20, 20);
    if (source.isEmpty())
        return;
    const qreal overlap = o.diagramPages() > 1 ? o.overlapMm * mm : 0;
    const QSizeF area = l.diagram.size();
    const QSizeF virtualSize(o.columns * area.width() - (o.columns - 1) * overlap,
                             o.rows * area.height() - (o.rows - 1) * overlap);
    const qreal scale = std::min(virtualSize.width() / source.width(), virtualSize.height() / source.height());
    const QSizeF drawn = source.size() * scale;
    // Centred across, from the top down: tiles start with the diagram, not with white space.
    const QPointF offset((virtualSize.width() - drawn.width()) / 2,
                         o.diagramPages() > 1 ? 0 : (virtualSize.height() - drawn.height()) / 2);
    const int col = index % o.columns, row = index / o.columns;
    const QPointF window(col * (area.width() - overlap), row * (area.height() - overlap));

    p.save();
    p.setClipRect(l.diagram);
    const QRectF target(l.diagram.topLeft() - window + offset, drawn);
    m_scene->render(&p, target, source, Qt::KeepAspectRatio);
    paintChangeMarks(p, source, target, mm);
    p.restore();

    if (o.diagramPages() <= 1)
        return;
    // Where this tile overlaps its neighbours: dashed lines, and the neighbours' numbers.
    p.save();
    p.setPen(QPen(QColor("#9e9e9e"), 0.25 * mm, Qt::DashLine));
    p.setFont(fontMm(2.5, mm));
    auto pageOf = [&](int r, int c) { return r * o.columns + c + 1; };
    if (col > 0) {
        const qreal x = l.diagram.left() + overlap;
        p.drawLine(QPointF(x, l.diagram.top()), QPointF(x, l.diagram.bottom()));
        p.drawText(QRectF(l.diagram.left(), l.diagram.center().y(), overlap, 5 * mm), Qt::AlignCenter,
                   tr("◂ p.%1").arg(pageOf(row, col - 1)));
    }
    if (col < o.columns - 1) {
        const qreal x = l.diagram.right() - overlap;
        p.drawLine(QPointF(x, l.diagram.top()), QPointF(x, l.diagram.bottom()));
        p.drawText(QRectF(x, l.diagram.center().y(), overlap, 5 * mm), Qt::AlignCenter, tr("p.%1 ▸").arg(pageOf(row, col + 1)));
    }
    if (row > 0) {
        const qreal y = l.diagram.top() + overlap;
        p.drawLine(QPointF(l.diagram.left(), y), QPointF(l.diagram.right(), y));
        p.drawText(QRectF(l.diagram.center().x() - 15 * mm, l.diagram.top(), 30 * mm, overlap), Qt::AlignCenter,
                   tr("▴ p.%1").arg(pageOf(row - 1, col)));
    }
    if (row < o.rows - 1) {
        const qreal y = l.diagram.bottom() - overlap;
        p.drawLine(QPointF(l.diagram.left(), y), QPointF(l.diagram.right(), y));
        p.drawText(QRectF(l.diagram.center().x() - 15 * mm, y, 30 * mm, overlap), Qt::AlignCenter,
                   tr("p.%1 ▾").arg(pageOf(row + 1, col)));
    }
    // Corner marks to line the sheets up.
    p.setPen(QPen(QColor("#37474f"), 0.3 * mm));
    const qreal k = 4 * mm;
    for (const QPointF &c : {l.diagram.topLeft(), l.diagram.topRight(), l.diagram.bottomLeft(), l.diagram.bottomRight()}) {
        p.drawLine(c - QPointF(k, 0), c + QPointF(k, 0));
        p.drawLine(c - QPointF(0, k), c + QPointF(0, k));
    }
    p.restore();
}

void DiagramRenderer::paintLegend(QPainter &p, const QRectF &r, qreal mm) const
{
    const Design &d = m_doc->design();
    p.save();
    p.setPen(QPen(QColor("#37474f"), 0.25 * mm));
    p.drawRect(r);
    p.setFont(fontMm(3.2, mm, true));
    p.setPen(QColor("#212121"));
    p.drawText(QRectF(r.left() + 2 * mm, r.top() + 1 * mm, r.width(), 5 * mm), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Legend"));
    const int columns = legendColumns(r.width() / mm);
    const QStringList &texts = m_legendTexts;
    const qreal colW = (r.width() - 4 * mm) / columns;
    int i = 0;
    auto slot = [&]() {
        const int c = i % columns, row = i / columns;
        ++i;
        return QRectF(r.left() + 2 * mm + c * colW, r.top() + 7 * mm + row * 4.2 * mm, colW - 2 * mm, 4.2 * mm);
    };
    auto sample = [&](const QRectF &s, const std::vector<QPen> &pens) {
        const qreal y = s.center().y();
        for (QPen pen : pens) {
            // Pens are in scene units; on paper a 1 unit line is about 0.25 mm.
            pen.setWidthF(pen.widthF() * 0.25 * mm);
            QVector<qreal> dashes = pen.dashPattern();
            if (pen.style() == Qt::CustomDashLine)
                pen.setDashPattern(dashes);
            p.setPen(pen);
            p.drawLine(QPointF(s.left(), y), QPointF(s.left() + 12 * mm, y));
        }
    };
    const QFont text = fontMm(2.7, mm);
    std::vector<std::vector<QPen>> samples;
    for (int n : m_drawnNetworks)
        samples.push_back({QPen(networkColor(d, n), linkWidth(10000), Qt::SolidLine, Qt::FlatCap)});
    samples.push_back(linkPens(d, {}, 10000, LinkKind::Stacking, false));
    samples.push_back(linkPens(d, {}, 1000, LinkKind::Cable, true));
    samples.push_back({QPen(QColor("#455a64"), linkWidth(1000))});
    if (m_drawsMgmtOnlyPorts)
        samples.push_back({}); // a text only
    if (m_comparison)
        for (ChangeKind k : {ChangeKind::Added, ChangeKind::Removed, ChangeKind::Changed}) {
            QColor c = changeColor(k);
            if (k != ChangeKind::Removed)
                c.setAlpha(120);
            samples.push_back({QPen(c, k == ChangeKind::Removed ? 2.0 : 6.0,
                                    k == ChangeKind::Removed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap)});
        }
    for (int e = 0; e < texts.size() && e < int(samples.size()); ++e) {
        const QRectF s = slot();
        sample(s, samples[std::size_t(e)]);
        p.setFont(text);
        p.setPen(QColor("#212121"));
        // An entry too long for its slot shrinks (then wraps) rather than losing its end.
        const QRectF label = s.adjusted(14 * mm, 0, 0, 0);
        if (p.fontMetrics().horizontalAdvance(texts.at(e)) > label.width())
            p.setFont(fontMm(fittingSizeMm(texts.at(e), label.width() / mm, label.height() / mm, 2.7, 1.4), mm));
        p.drawText(label, texts.at(e), wrappingOption(Qt::AlignLeft | Qt::AlignVCenter));
    }
    p.restore();
}

void DiagramRenderer::paintTitleBlock(QPainter &p, const Layout &l, qreal mm, int page, int pages,
                                      const QString &caption) const
{
    const TitleBlock &t = m_doc->design().title;
    QRectF r = l.titleBlock;
    if (m_comparison) {
        const QRectF table(r.left(), r.top(), r.width(), kRevisionTableH * mm);
        paintRevisionTable(p, table, mm);
        r.setTop(table.bottom());
    }
    p.save();
    p.setPen(QPen(QColor("#37474f"), 0.3 * mm));
    p.setBrush(Qt::white);
    p.drawRect(r);
    const qreal row = r.height() / 5;
    for (int i = 1; i < 5; ++i)
        p.drawLine(QPointF(r.left(), r.top() + (i == 1 ? 2 : i + 1) * row), QPointF(r.right(), r.top() + (i == 1 ? 2 : i + 1) * row));
    auto field = [&](const QRectF &cell, const QString &label, const QString &value, qreal sizeMm, bool bold) {
        p.setFont(fontMm(1.9, mm));
        p.setPen(QColor("#607d8b"));
        p.drawText(cell.adjusted(1.2 * mm, 0.5 * mm, 0, 0), Qt::AlignLeft | Qt::AlignTop, label);
        // Long values shrink, then wrap: never cut short.
        const QRectF v = cell.adjusted(1.2 * mm, 2.2 * mm, -1 * mm, 0);
        p.setPen(QColor("#111111"));
        // One line down to three quarters of the size, then two or more lines.
        for (qreal size = sizeMm; size >= sizeMm * 0.75; size -= 0.1) {
            p.setFont(fontMm(size, mm, bold));
            if (p.fontMetrics().horizontalAdvance(value) <= v.width()) {
                p.drawText(v, Qt::AlignLeft | Qt::AlignVCenter, value);
                return;
            }
        }
        const qreal size = fittingSizeMm(value, v.width() / mm, v.height() / mm, sizeMm, 1.4, bold);
        p.setFont(fontMm(size, mm, bold));
        p.drawText(v, value, wrappingOption(Qt::AlignLeft | Qt::AlignVCenter));
    };
    const qreal half = r.width() / 2;
    field(QRectF(r.left(), r.top(), r.width(), 2 * row), tr("Title"), q(t.title), 3.6, true);
    field(QRectF(r.left(), r.top() + 2 * row, half, row), tr("Organisation"), q(t.organisation), 2.6, false);
    field(QRectF(r.left() + half, r.top() + 2 * row, half, row), tr("Author"), q(t.author), 2.6, false);
    const qreal third = r.width() / 3;
    field(QRectF(r.left(), r.top() + 3 * row, third, row), tr("Revision"), q(t.revision), 2.6, false);
    field(QRectF(r.left() + third, r.top() + 3 * row, third, row), tr("Date"), q(t.date), 2.6, false);
    field(QRectF(r.left() + 2 * third, r.top() + 3 * row, third, row), tr("Page"), tr("%1 of %2").arg(page).arg(pages), 2.6, true);
    field(QRectF(r.left(), r.top() + 4 * row, r.width(), row), caption.isEmpty() ? tr("File") : caption,
          m_fileName.isEmpty() ? tr("(not saved)") : QFileInfo(m_fileName).fileName(), 2.6, false);
    p.drawLine(QPointF(r.left() + half, r.top() + 2 * row), QPointF(r.left() + half, r.top() + 3 * row));
    p.drawLine(QPointF(r.left() + third, r.top() + 3 * row), QPointF(r.left() + third, r.top() + 4 * row));
    p.drawLine(QPointF(r.left() + 2 * third, r.top() + 3 * row), QPointF(r.left() + 2 * third, r.top() + 4 * row));
    if (!l.notes.isEmpty()) {
        p.setPen(QPen(QColor("#37474f"), 0.3 * mm));
        p.drawRect(l.notes);
        p.setFont(fontMm(1.9, mm));
        p.setPen(QColor("#607d8b"));
        p.drawText(l.notes.adjusted(1.2 * mm, 0.5 * mm, 0, 0), Qt::AlignLeft | Qt::AlignTop, tr("Notes"));
        p.setFont(fontMm(l.notesFontMm, mm));
        p.setPen(QColor("#111111"));
        p.drawText(l.notes.adjusted(1.2 * mm, 3.5 * mm, -1.2 * mm, 0), notesText(t.notes), wrappingOption());
    }
    p.restore();
}

void DiagramRenderer::paintRevisionTable(QPainter &p, const QRectF &r, qreal mm) const
{
    // Rev | Date | By | Changes: the earlier revision, then this one with what changed since.
    const TitleBlock &before = m_comparison->before, &now = m_doc->design().title;
    const RevisionDiff &diff = m_comparison->diff;
    p.save();
    p.setPen(QPen(QColor("#37474f"), 0.3 * mm));
    p.setBrush(Qt::white);
    p.drawRect(r);
    const qreal row = r.height() / 3;
    const std::vector<qreal> widths = {0.13, 0.2, 0.27, 0.4};
    const QStringList header = {tr("Rev"), tr("Date"), tr("By"), tr("Changes")};
    const QString summary = tr("%1 added, %2 removed, %3 changed")
                                .arg(diff.count(ChangeKind::Added))
                                .arg(diff.count(ChangeKind::Removed))
                                .arg(diff.count(ChangeKind::Changed));
    const QStringList rows[2] = {{q(before.revision), q(before.date), q(before.author), tr("earlier revision")},
                                 {q(now.revision), q(now.date), q(now.author), summary}};
    for (int i = 1; i < 3; ++i)
        p.drawLine(QPointF(r.left(), r.top() + i * row), QPointF(r.right(), r.top() + i * row));
    qreal x = r.left();
    for (std::size_t c = 0; c < widths.size(); ++c) {
        const qreal w = widths[c] * r.width();
        if (c > 0)
            p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
        for (int line = 0; line < 3; ++line) {
            const QString text = line == 0 ? header.at(int(c)) : rows[line - 1].at(int(c));
            const QRectF cell(x + 1 * mm, r.top() + line * row, w - 2 * mm, row);
            const qreal size = line == 0 ? 1.9 : 2.4;
            p.setFont(fontMm(size, mm, line == 2));
            if (p.fontMetrics().horizontalAdvance(text) > cell.width())
                p.setFont(fontMm(fittingSizeMm(text, cell.width() / mm, cell.height() / mm, size, 1.2, line == 2), mm,
                                 line == 2));
            p.setPen(line == 0 ? QColor("#607d8b") : QColor("#111111"));
            p.drawText(cell, text, wrappingOption(Qt::AlignLeft | Qt::AlignVCenter));
        }
        p.setPen(QPen(QColor("#37474f"), 0.3 * mm));
        x += w;
    }
    p.restore();
}

void DiagramRenderer::paintChangeMarks(QPainter &p, const QRectF &source, const QRectF &target, qreal mm) const
{
    if (!m_comparison)
        return;
    const qreal scale = target.width() / source.width();
    auto map = [&](const QPointF &pt) { return target.topLeft() + (pt - source.topLeft()) * scale; };
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(Qt::NoBrush);
    p.setFont(fontMm(2.2, mm, true));
    for (const ChangeMark &m : m_comparison->marks) {
        const QColor color = changeColor(m.kind);
        if (!m.route.isEmpty()) {
            QPolygonF line;
            for (const QPointF &pt : m.route)
                line << map(pt);
            if (m.kind == ChangeKind::Removed) {
                p.setPen(QPen(color, 0.45 * mm, Qt::DashLine, Qt::FlatCap));
            } else {
                QColor halo = color;
                halo.setAlpha(110);
                p.setPen(QPen(halo, 1.6 * mm, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            }
            p.drawPolyline(line);
            continue;
        }
        const QRectF box(map(m.box.topLeft() - QPointF(4, 4)), map(m.box.bottomRight() + QPointF(4, 4)));
        p.setPen(QPen(color, 0.5 * mm, m.kind == ChangeKind::Removed ? Qt::DashLine : Qt::SolidLine));
        p.drawRoundedRect(box, 1.2 * mm, 1.2 * mm);
        QString tag = m.kind == ChangeKind::Added ? tr("added") : m.kind == ChangeKind::Removed ? tr("removed") : tr("changed");
        if (!m.label.isEmpty())
            tag = m.label + " · " + tag;
        p.setPen(color);
        p.drawText(QRectF(box.left(), box.top() - 3.2 * mm, box.width() + 30 * mm, 3 * mm),
                   Qt::AlignLeft | Qt::AlignBottom, tag);
    }
    p.restore();
}

namespace {

// Drawn into memory first, then written all-or-nothing: a failed export never leaves a
// truncated file in place of the previous one.
bool writeBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    const std::string failure = writeFileAtomically(path.toStdString(), bytes.toStdString());
    if (failure.empty())
        return true;
    if (error)
        *error = QString::fromStdString(failure);
    return false;
}

} // namespace

bool DiagramRenderer::writePdf(const QString &path, const PageOptions &o, bool report, QString *error) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    writer.setPageSize(QPageSize(o.size));
    writer.setPageOrientation(o.orientation);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(q(m_doc->design().title.title));
    writer.setCreator(QStringLiteral("clusternet"));
    QPainter p;
    if (!p.begin(&writer)) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    const qreal mm = writer.resolution() / 25.4;
    const int pages = pageCount(o, report);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        paintPage(p, page, mm, o, report, i);
    }
    p.end();
    if (buffer.data().isEmpty()) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    return writeBytes(path, buffer.data(), error);
}

bool DiagramRenderer::writeSvg(const QString &path, const PageOptions &o, QString *error) const
{
    const qreal dpi = 96;
    const QSizeF mmSize = o.pageMm();
    const QSize px((mmSize / 25.4 * dpi).toSize());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(px);
    svg.setViewBox(QRect(QPoint(0, 0), px));
    svg.setResolution(int(dpi));
    // QSvgGenerator writes these as they are: escape them, or a title with & breaks the XML.
    svg.setTitle(q(m_doc->design().title.title).toHtmlEscaped());
    svg.setDescription(tr("Network diagram made with clusternet").toHtmlEscaped());
    QPainter p;
    if (!p.begin(&svg)) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    PageOptions single = o;
    single.columns = single.rows = 1;
    paintPage(p, QRectF(QPointF(0, 0), QSizeF(px)), dpi / 25.4, single, false, 0);
    p.end();
    return writeBytes(path, buffer.data(), error);
}

bool DiagramRenderer::writePng(const QString &path, const PageOptions &o, int dpi, QString *error) const
{
    const QSizeF mmSize = o.pageMm();
    const QSize px(qRound(mmSize.width() / 25.4 * dpi), qRound(mmSize.height() / 25.4 * dpi));
    QImage image(px, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = tr("the image of %1 × %2 pixels is too large; use a lower --dpi").arg(px.width()).arg(px.height());
        return false;
    }
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    {
        QPainter p(&image);
        PageOptions single = o;
        single.columns = single.rows = 1;
        paintPage(p, QRectF(QPointF(0, 0), QSizeF(px)), dpi / 25.4, single, false, 0);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    return writeBytes(path, buffer.data(), error);
}

void DiagramRenderer::print(QPrinter *printer, const PageOptions &o, bool report) const
{
    printer->setFullPage(true);
    QPainter p;
    if (!p.begin(printer))
        return;
    const QRectF page = printer->pageLayout().fullRectPixels(printer->resolution());
    const qreal mm = printer->resolution() / 25.4;
    const int pages = pageCount(o, report);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            printer->newPage();
        paintPage(p, QRectF(QPointF(0, 0), page.size()), mm, o, report, i);
    }
    p.end();
}

} // namespace cn
