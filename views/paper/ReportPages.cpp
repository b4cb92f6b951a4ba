#include "paper/ReportPages.h"

#include "canvas/NetworkStyle.h"

#include <QFontMetricsF>

#include <cmath>

namespace cn {
namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

QString joined(const std::vector<std::string> &items)
{
    QStringList l;
    for (const auto &i : items)
        l << q(i);
    return l.join(", ");
}

} // namespace

ReportPages::ReportPages(const Design &design, const std::vector<Finding> &findings, const DesignIndex &index)
{
    std::vector<QStringList> rows;
    std::vector<int> severities;
    for (const Finding &f : findings) {
        rows.push_back({q(toString(f.severity)), q(f.rule), q(f.message), joined(f.elements)});
        severities.push_back(int(f.severity));
    }
    if (rows.empty())
        rows.push_back({QString(), QString(), tr("No findings."), QString()});
    addTable(tr("Findings"), {0.08, 0.15, 0.57, 0.20}, {tr("Severity"), tr("Rule"), tr("Finding"), tr("Elements")}, rows,
             severities);

    const BillOfMaterials bom = billOfMaterials(index);
    rows.clear();
    for (const auto &s : bom.switches)
        rows.push_back({QString::number(s.count), q(s.model), tr("switch")});
    for (const auto &a : bom.adapters)
        rows.push_back({QString::number(a.count), q(a.model), tr("adapter, %1").arg(q(a.detail))});
    addTable(tr("Bill of materials"), {0.08, 0.52, 0.40}, {tr("Count"), tr("Model"), tr("Kind")}, rows);

    rows.clear();
    for (const auto &p : bom.ports)
        rows.push_back({q(p.device), q(p.model), q(p.type), QString::number(p.used), QString::number(p.free)});
    addTable(tr("Ports per switch"), {0.2, 0.28, 0.28, 0.12, 0.12},
             {tr("Switch"), tr("Model"), tr("Port type"), tr("Used"), tr("Free")}, rows);

    rows.clear();
    for (const auto &c : bom.cables)
        rows.push_back({QString::number(c.count), q(c.speed), q(c.media)});
    addTable(tr("Cables by speed and media"), {0.1, 0.3, 0.6}, {tr("Count"), tr("Speed"), tr("Media")}, rows);

    rows.clear();
    for (const auto &r : bom.schedule)
        rows.push_back({q(r.a), q(r.b), r.networks.empty() ? tr("(none)") : joined(r.networks),
                        q(r.speed) + " " + q(r.media) + (r.kind == "cable" ? QString() : " · " + q(r.kind))});
    addTable(tr("Cable schedule"), {0.3, 0.3, 0.22, 0.18}, {tr("A end"), tr("B end"), tr("Networks"), tr("Speed")}, rows);

    const MigrationEstimates m = estimateMigrations(index);
    rows.clear();
    for (const auto &v : m.vms)
        rows.push_back({q(design.devices[std::size_t(v.host)].id), q(v.vm), QString::number(v.memoryGb),
                        QString::number(v.bandwidthGbps), QString::number(qRound(v.seconds))});
    for (const auto &h : m.drains)
        rows.push_back({q(design.devices[std::size_t(h.host)].id), tr("(drain the host)"), QString::number(h.memoryGb),
                        QString::number(h.bandwidthGbps), QString::number(qRound(h.seconds))});
    if (!rows.empty())
        addTable(tr("Live migration estimates"), {0.2, 0.3, 0.15, 0.15, 0.2},
                 {tr("Host"), tr("VM"), tr("Memory GB"), tr("Gb/s"), tr("Seconds")}, rows);
}

void ReportPages::addTable(const QString &heading, const std::vector<qreal> &widths, const QStringList &header,
                           const std::vector<QStringList> &rows, const std::vector<int> &severities)
{
    auto row = [](Row::Kind kind, const QStringList &cells, const std::vector<qreal> &w, int severity) {
        Row r;
        r.kind = kind;
        r.cells = cells;
        r.widths = w;
        r.severity = severity;
        return r;
    };
    m_rows.push_back(row(Row::Heading, {heading}, {1.0}, -1));
    m_rows.push_back(row(Row::Header, header, widths, -1));
    for (std::size_t i = 0; i < rows.size(); ++i)
        m_rows.push_back(row(Row::Body, rows[i], widths, i < severities.size() ? severities[i] : -1));
}

qreal ReportPages::heightOf(const Row &r, qreal widthMm)
{
    switch (r.kind) {
    case Row::Heading:
        return 10;
    case Row::Header:
        return 6;
    case Row::Body:
        break;
    }
    if (qFuzzyCompare(r.measuredFor, widthMm))
        return r.heightMm;
    // Measured at 40 units per mm with the body font (large, so hinting does not skew it), so
    // it holds on any device.
    QFont f;
    f.setPixelSize(124);
    const QFontMetricsF fm(f);
    int lines = 1;
    r.wraps.assign(std::size_t(r.cells.size()), 0);
    for (int c = 0; c < r.cells.size() && c < int(r.widths.size()); ++c) {
        const qreal w = (r.widths[std::size_t(c)] * widthMm - 2) * 40;
        if (fm.horizontalAdvance(r.cells.at(c)) <= w)
            continue; // one line: no need to lay it out
        r.wraps[std::size_t(c)] = 1;
        const QRectF need = fm.boundingRect(QRectF(0, 0, w, 1e6), Qt::TextWordWrap | Qt::AlignLeft, r.cells.at(c));
        lines = std::max(lines, int(std::ceil(need.height() / fm.lineSpacing() - 0.01)));
    }
    r.measuredFor = widthMm;
    r.heightMm = 1.2 + lines * 4.0;
    return r.heightMm;
}

std::vector<std::vector<const ReportPages::Row *>> ReportPages::paginate(const QSizeF &bodyMm) const
{
    if (!m_pages.empty() && qFuzzyCompare(m_pagedFor.width(), bodyMm.width()) &&
        qFuzzyCompare(m_pagedFor.height(), bodyMm.height()))
        return m_pages;
    const qreal bodyHeightMm = bodyMm.height(), widthMm = bodyMm.width();
    std::vector<std::vector<const Row *>> pages(1);
    qreal y = 0;
    const Row *header = nullptr;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        if (r.kind == Row::Header)
            header = &r;
        // A heading keeps its header and first row with it.
        qreal need = heightOf(r, widthMm);
        if (r.kind == Row::Heading)
            need += 11;
        if (y + need > bodyHeightMm && !pages.back().empty()) {
            pages.emplace_back();
            y = 0;
            if (r.kind == Row::Body && header) {
                pages.back().push_back(header);
                y += heightOf(*header, widthMm);
            }
        }
        pages.back().push_back(&r);
        y += heightOf(r, widthMm);
    }
    m_pagedFor = bodyMm;
    m_pages = pages;
    return pages;
}

int ReportPages::pageCount(const QSizeF &bodyMm) const { return int(paginate(bodyMm).size()); }

void ReportPages::paint(QPainter &p, const QRectF &body, qreal mm, int page) const
{
    const auto pages = paginate(body.size() / mm);
    if (page < 0 || page >= int(pages.size()))
        return;
    qreal y = body.top();
    for (const Row *r : pages[std::size_t(page)]) {
        const qreal h = heightOf(*r, body.width() / mm) * mm;
        QFont f;
        f.setPixelSize(qMax(1, int((r->kind == Row::Heading ? 5 : 3.1) * mm)));
        f.setBold(r->kind != Row::Body);
        p.setFont(f);
        if (r->kind == Row::Heading) {
            p.setPen(QColor("#1a237e"));
            p.drawText(QRectF(body.left(), y, body.width(), h), Qt::AlignLeft | Qt::AlignBottom, r->cells.value(0));
            y += h;
            continue;
        }
        if (r->kind == Row::Header) {
            p.fillRect(QRectF(body.left(), y, body.width(), h), QColor("#e8eaf6"));
        } else {
            p.setPen(QPen(QColor("#e0e0e0"), 0));
            p.drawLine(QPointF(body.left(), y + h), QPointF(body.right(), y + h));
        }
        qreal x = body.left();
        for (int c = 0; c < r->cells.size() && c < int(r->widths.size()); ++c) {
            const qreal w = r->widths[std::size_t(c)] * body.width();
            const QRectF cell(x + 1 * mm, y, w - 2 * mm, h);
            p.setPen(c == 0 && r->severity >= 0 ? severityColor(r->severity) : QColor("#212121"));
            // Only text that does not fit is laid out to wrap; the rest is drawn as one line.
            const bool wraps = r->kind == Row::Body && std::size_t(c) < r->wraps.size() && r->wraps[std::size_t(c)];
            p.drawText(cell.adjusted(0, 0.6 * mm, 0, 0), Qt::AlignLeft | Qt::AlignTop | (wraps ? Qt::TextWordWrap : 0),
                       r->cells.at(c));
            x += w;
        }
        y += h;
    }
}

} // namespace cn
