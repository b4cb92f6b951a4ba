#include "paper/ReportPages.h"

#include "analysis/Estimates.h"
#include "analysis/FindingText.h"
#include "canvas/NetworkStyle.h"
#include "design/CableIds.h"
#include "design/Endpoint.h"
#include "paper/Comparison.h"
#include "paper/PaperText.h"
#include "report/BillOfMaterials.h"
#include "report/InterfaceNames.h"
#include "report/PortPlan.h"
#include "report/VlanPlan.h"

#include <QFontMetricsF>
#include <QHash>
#include <QRawFont>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace cn
{
namespace
{

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString joined(const std::vector<std::string> &items)
{
    QStringList l;
    for (const auto &i : items)
        l << q(i);
    return l.join(", ");
}

// A line break inside a cell (QTextLayout and QPainter both break at it).
const QChar kBreak = QChar::LineSeparator;

// "sw-csv Te1/0/1", "hv01 lom/nic1": an end as the network team reads it, the switch's port
// in its short form.
QString endLabel(const Design &d, const std::string &ref)
{
    EndpointRef e;
    if (!splitEndpoint(ref, e))
        return q(ref);
    const Device *dev = d.findDevice(e.device);
    return q(e.device) + ' ' + q(dev && dev->isSwitch() ? abbreviateInterface(e.rest) : e.rest);
}

// "stack core: sw-core-1, sw-core-2; sw-csv": the switches, those of a stack together.
QString switchesByStack(const Design &d, const std::vector<std::string> &switches)
{
    std::vector<std::pair<std::string, QStringList>> groups; // stack ("" alone), switches
    for (const std::string &id : switches) {
        const Device *dev = d.findDevice(id);
        const std::string stack = dev ? dev->stack : std::string();
        auto g = std::find_if(groups.begin(), groups.end(),
                              [&](const auto &e) { return !stack.empty() && e.first == stack; });
        if (g == groups.end())
            g = groups.insert(groups.end(), {stack, {}});
        g->second << q(id);
    }
    QStringList parts;
    for (const auto &[stack, members] : groups)
        parts << (stack.empty()
                      ? members.join(", ")
                      : ReportPages::tr("stack %1: %2").arg(q(stack), members.join(", ")));
    return parts.join("; ");
}

// "10 mgmt, 20 csv": a VLAN and its network stay on one line when the cell wraps.
QString vlanCell(const Design &d, const std::vector<int> &networks)
{
    QStringList parts;
    for (int n : networks)
        parts << PortPlanText::vlan(d, n).replace(' ', QChar::Nbsp);
    return parts.join(", ");
}

QString severityWord(Severity s)
{
    switch (s) {
    case Severity::Error:
        return ReportPages::tr("error");
    case Severity::Warning:
        return ReportPages::tr("warning");
    case Severity::Info:
        return ReportPages::tr("info");
    }
    return {};
}

// Body text is measured at 40 units per millimetre (3.1 mm type at 124 px: large, so hinting
// does not skew it) and holds on any device.
constexpr qreal kMeasureScale = 40;
constexpr qreal kBodyMm = 3.1;
constexpr qreal kLineMm = 4.0;

} // namespace

ReportPages::ReportPages(const Design &design, const std::vector<Finding> &findings,
                         const DesignIndex &index)
{
    const std::vector<std::string> cables = cableIds(design);
    addFindings(design, findings);
    addBillOfMaterials(index);
    addVlanPlan(index, cables);
    addPortPlans(index, cables);
    addEstimates(index);
}

ReportPages::ReportPages(const DesignComparison &comparison)
{
    addChangeList(comparison);
}

void ReportPages::heading(const QString &text, bool pageBreak)
{
    if (pageBreak)
        m_rows.push_back({Kind::PageBreak, -1, -1, 0, {}});
    m_rows.push_back({Kind::Heading, -1, -1, 0, {text}});
}

void ReportPages::subheading(const QString &text)
{
    m_rows.push_back({Kind::Subheading, -1, -1, 0, {text}});
}

void ReportPages::table(const std::vector<qreal> &widths, const QStringList &header,
                        const std::vector<QStringList> &rows, const std::vector<int> &tones,
                        int tonedColumn)
{
    const int t = int(m_widths.size());
    m_widths.push_back(widths);
    m_rows.push_back({Kind::Header, t, -1, 0, header});
    for (std::size_t i = 0; i < rows.size(); ++i)
        m_rows.push_back({Kind::Body, t, i < tones.size() ? tones[i] : -1, tonedColumn, rows[i]});
}

void ReportPages::addFindings(const Design &design, const std::vector<Finding> &findings)
{
    std::vector<QStringList> rows;
    std::vector<int> tones;
    std::vector<int> acceptedCount(design.acceptedRisks.size(), 0);
    std::vector<char> stale(design.acceptedRisks.size(), 0);
    for (const Finding &f : findings) {
        if (f.acceptedRisk >= 0 && std::size_t(f.acceptedRisk) < design.acceptedRisks.size()) {
            if (f.accepted)
                ++acceptedCount[std::size_t(f.acceptedRisk)];
            else if (f.rule == kStaleAcceptanceRule)
                stale[std::size_t(f.acceptedRisk)] = 1;
        }
        if (f.accepted) {
            rows.push_back({tr("%1, accepted").arg(severityWord(f.severity)), q(f.rule),
                            q(f.message) + kBreak +
                                tr("Accepted by %1: %2").arg(q(f.acceptedBy), q(f.acceptedReason)),
                            joined(f.elements)});
            tones.push_back(3);
        } else {
            rows.push_back({severityWord(f.severity), q(f.rule), q(f.message), joined(f.elements)});
            tones.push_back(int(f.severity));
        }
    }
    if (rows.empty())
        rows.push_back({QString(), QString(), tr("No findings."), QString()});
    heading(tr("Findings"));
    table({0.09, 0.14, 0.57, 0.20}, {tr("Severity"), tr("Rule"), tr("Finding"), tr("Elements")},
          rows, tones);

    if (design.acceptedRisks.empty())
        return;
    rows.clear();
    tones.clear();
    for (std::size_t i = 0; i < design.acceptedRisks.size(); ++i) {
        const AcceptedRisk &r = design.acceptedRisks[i];
        const QString state = stale[i] ? tr("stale: no longer occurs")
                                       : tr("accepts %n finding(s)", nullptr, acceptedCount[i]);
        rows.push_back({q(r.rule), joined(r.elements), q(r.reason), q(r.by), q(r.date), state});
        tones.push_back(stale[i] ? 1 : 3);
    }
    heading(tr("Accepted risks"));
    table({0.09, 0.16, 0.37, 0.14, 0.11, 0.13},
          {tr("Rule"), tr("Elements"), tr("Reason"), tr("Accepted by"), tr("Date"), tr("State")},
          rows, tones, 5);
}

void ReportPages::addBillOfMaterials(const DesignIndex &index)
{
    const BillOfMaterials bom = billOfMaterials(index);
    std::vector<QStringList> rows;
    for (const auto &s : bom.switches)
        rows.push_back({QString::number(s.count), q(s.model), tr("switch")});
    for (const auto &a : bom.adapters)
        rows.push_back({QString::number(a.count), q(a.model), tr("adapter, %1").arg(q(a.detail))});
    heading(tr("Bill of materials"));
    table({0.08, 0.52, 0.40}, {tr("Count"), tr("Model"), tr("Kind")}, rows);

    rows.clear();
    for (const auto &o : bom.optics)
        rows.push_back(
            {q(o.media), QString::number(o.cables),
             o.transceivers > 0 ? tr("%1 (none with DAC)").arg(o.transceivers) : QString("0"),
             q(o.cable), q(o.length)});
    heading(tr("Optics and cables"));
    table({0.2, 0.1, 0.18, 0.32, 0.2},
          {tr("Media"), tr("Cables"), tr("Transceivers"), tr("Cable"), tr("Length class")}, rows);

    rows.clear();
    for (const auto &p : bom.ports)
        rows.push_back(
            {q(p.device), q(p.model), q(p.type), QString::number(p.used), QString::number(p.free)});
    heading(tr("Ports per switch"));
    table({0.2, 0.28, 0.28, 0.12, 0.12},
          {tr("Switch"), tr("Model"), tr("Port type"), tr("Used"), tr("Free")}, rows);

    const Design &d = index.design();
    rows.clear();
    for (const auto &r : bom.schedule) {
        QString networks = r.networks.empty() ? tr("(none)") : joined(r.networks);
        if (r.kind == "out-of-band")
            networks = r.management.empty()
                           ? tr("out-of-band management")
                           : tr("out-of-band management: %1").arg(joined(r.management));
        else if (r.kind != "cable")
            networks += " · " + q(r.kind);
        rows.push_back({q(r.id), endLabel(d, r.a), endLabel(d, r.b), networks,
                        q(r.mediaClass) + " · " + q(r.speed), q(r.length)});
    }
    heading(tr("Cable schedule"));
    table({0.08, 0.19, 0.19, 0.22, 0.17, 0.15},
          {tr("Cable"), tr("A end"), tr("B end"), tr("Networks"), tr("Media · speed"),
           tr("Length class")},
          rows);
}

void ReportPages::addPortPlans(const DesignIndex &index, const std::vector<std::string> &cables)
{
    const Design &d = index.design();
    const PortPlan plan = portPlan(index, cables);
    for (const SwitchPortPlan &sw : plan.switches) {
        heading(tr("Port plan of %1").arg(q(sw.id)), true);
        QString about = q(sw.model);
        if (sw.name != sw.id)
            about = q(sw.name) + " · " + about;
        if (!sw.stack.empty())
            about += " · " + tr("stack %1").arg(q(sw.stack));
        about += " · " + tr("%1 ports used, %2 free").arg(sw.used).arg(sw.free);
        subheading(about);
        std::vector<QStringList> rows;
        if (!sw.hasTemplate)
            rows.push_back({QString(), QString(), QString(), QString(), QString(), QString(),
                            QString(), QString(), tr("no device template: its ports are unknown")});
        for (std::size_t i = 0; i < sw.ports.size(); ++i) {
            const PortPlanEntry &e = sw.ports[i];
            if (e.mode == PortMode::Free && e.notes.empty()) {
                // Free ports of one type in a row run together.
                std::size_t last = i;
                while (last + 1 < sw.ports.size() && sw.ports[last + 1].mode == PortMode::Free &&
                       sw.ports[last + 1].notes.empty() && sw.ports[last + 1].type == e.type)
                    ++last;
                const QString ports = last == i ? q(abbreviateInterface(e.port))
                                                : q(abbreviateInterface(e.port)) + "–" +
                                                      q(abbreviateInterface(sw.ports[last].port));
                rows.push_back(
                    {ports, PortPlanText::mode(e.mode), QString(), QString(), QString(), QString(),
                     QString(), QString(),
                     last == i ? QString() : tr("%n ports", nullptr, int(last - i + 1))});
                i = last;
                continue;
            }
            QStringList notes;
            if (!e.team.empty()) // the far end names the device
                notes << tr("team %1 (%2)")
                             .arg(q(e.team.substr(e.team.find(':') + 1)), q(e.teamMode));
            for (const auto &n : e.notes)
                notes << q(n);
            const QString far =
                e.farDevice.empty()
                    ? QString()
                    : q(e.farDevice) + ' ' +
                          q(e.farIsSwitch ? abbreviateInterface(e.farPort) : e.farPort);
            const QString channel = e.portChannel.empty()
                                        ? QString()
                                        : q(e.portChannel) + " (" + q(e.channelMode) + ')';
            rows.push_back({q(abbreviateInterface(e.port)), PortPlanText::mode(e.mode),
                            vlanCell(d, e.untagged), vlanCell(d, e.tagged), channel, q(e.cable),
                            far, e.media.empty() ? QString() : q(e.media) + " · " + q(e.speed),
                            notes.join("; ")});
        }
        table({0.09, 0.07, 0.09, 0.15, 0.06, 0.06, 0.13, 0.13, 0.22},
              {tr("Port"), tr("Mode"), tr("Untagged"), tr("Tagged"), tr("Channel"), tr("Cable"),
               tr("Far end"), tr("Media · speed"), tr("Notes")},
              rows);
    }
}

void ReportPages::addVlanPlan(const DesignIndex &index, const std::vector<std::string> &cables)
{
    const Design &d = index.design();
    const VlanPlan plan = vlanPlan(index, cables);
    heading(tr("VLAN and IP plan"), true);
    std::vector<QStringList> rows;
    for (const VlanPlanNetwork &vn : plan.networks) {
        const Network &n = d.networks[std::size_t(vn.network)];
        // Stacking links carry every VLAN without configuration: the switches are grouped by
        // stack instead, and only trunks, which need the VLAN tagged, are listed.
        QStringList trunks;
        for (const VlanPlanTrunk &t : vn.trunks)
            if (!t.stacking)
                trunks << tr("%1 (%2 – %3)").arg(q(t.cable), endLabel(d, t.a), endLabel(d, t.b));
        QString name = q(n.id);
        if (!n.name.empty())
            name += " (" + q(n.name) + ')';
        if (n.effectiveIsolation() == Isolation::Physical)
            name += kBreak + tr("physically isolated");
        rows.push_back({n.vlan ? QString::number(*n.vlan) : tr("none"), name,
                        n.subnet.empty() ? tr("none") : q(n.subnet), FindingText::roles(n.roles),
                        q(toString(n.effectiveClusterUse())),
                        vn.switches.empty() ? tr("(none)") : switchesByStack(d, vn.switches),
                        trunks.isEmpty() ? tr("(none)") : trunks.join(", ")});
    }
    table({0.06, 0.15, 0.11, 0.13, 0.1, 0.25, 0.2},
          {tr("VLAN"), tr("Network"), tr("Subnet"), tr("Roles"), tr("Cluster use"), tr("Switches"),
           tr("Trunks")},
          rows);

    for (const VlanPlanNetwork &vn : plan.networks) {
        const Network &n = d.networks[std::size_t(vn.network)];
        QString title = n.vlan ? tr("VLAN %1 · %2").arg(*n.vlan).arg(q(n.id))
                               : tr("%1 (no VLAN id)").arg(q(n.id));
        if (!n.subnet.empty())
            title += " · " + q(n.subnet);
        subheading(tr("%1: bound ports and teams").arg(title));
        rows.clear();
        for (const VlanPlanBinding &b : vn.bindings) {
            QStringList reaches;
            for (const VlanPlanMember &m : b.members) {
                const QString port = b.teamMode.empty() ? QString() : q(m.port) + " → ";
                if (m.cable.empty())
                    reaches << port + tr("not cabled");
                else
                    reaches << port + tr("%1 (%2, %3)")
                                          .arg(endLabel(d, m.switchPort), q(m.cable),
                                               m.tagged ? tr("tagged") : tr("untagged"));
            }
            const QString via = b.outOfBand ? tr("%1 (out-of-band management)").arg(q(b.via))
                                : b.teamMode.empty()
                                    ? q(b.via)
                                    : tr("team %1 (%2)").arg(q(b.via), q(b.teamMode));
            rows.push_back({q(b.device), via, reaches.join("; ")});
        }
        if (rows.empty())
            rows.push_back({tr("(no device is bound to it)"), QString(), QString()});
        table({0.15, 0.25, 0.6}, {tr("Device"), tr("Port or team"), tr("Reaches")}, rows);
    }
}

void ReportPages::addEstimates(const DesignIndex &index)
{
    const Design &design = index.design();
    const MigrationEstimates m = estimateMigrations(index);
    std::vector<QStringList> rows;
    for (const auto &v : m.vms)
        rows.push_back({q(design.devices[std::size_t(v.host)].id), q(v.vm),
                        QString::number(v.memoryGb), QString::number(v.bandwidthGbps),
                        QString::number(qRound(v.seconds))});
    for (const auto &h : m.drains)
        rows.push_back({q(design.devices[std::size_t(h.host)].id), tr("(drain the host)"),
                        QString::number(h.memoryGb), QString::number(h.bandwidthGbps),
                        QString::number(qRound(h.seconds))});
    if (rows.empty())
        return;
    heading(tr("Live migration estimates"), true);
    table({0.2, 0.3, 0.15, 0.15, 0.2},
          {tr("Host"), tr("VM"), tr("Memory GB"), tr("Gb/s"), tr("Seconds")}, rows);
}

void ReportPages::addChangeList(const DesignComparison &c)
{
    const RevisionDiff &diff = c.diff;
    heading(tr("Changes since revision %1")
                .arg(c.before.revision.empty() ? tr("(none)") : q(c.before.revision)));
    subheading(tr("From %1 (revision %2, %3)")
                   .arg(c.beforeFile, c.before.revision.empty() ? tr("none") : q(c.before.revision),
                        c.before.date.empty() ? tr("no date") : q(c.before.date)));
    std::vector<QStringList> rows;
    std::vector<int> tones;
    for (const DesignChange &ch : diff.changes) {
        QString what;
        switch (ch.kind) {
        case ChangeKind::Added:
            what = tr("added");
            tones.push_back(3);
            break;
        case ChangeKind::Removed:
            what = tr("removed");
            tones.push_back(0);
            break;
        case ChangeKind::Changed:
            what = tr("changed");
            tones.push_back(1);
            break;
        }
        QStringList detail;
        if (ch.kind == ChangeKind::Changed)
            for (const FieldChange &f : ch.fields)
                detail << tr("%1: %2 → %3").arg(q(f.field), q(f.before), q(f.after));
        else
            detail << q(ch.summary);
        rows.push_back({what, q(ch.element), q(ch.ref), detail.join(kBreak)});
    }
    if (rows.empty())
        rows.push_back({QString(), QString(), QString(), tr("No changes.")});
    table({0.1, 0.12, 0.22, 0.56},
          {tr("Change"), tr("Element"), tr("Reference"), tr("What changed")}, rows, tones);

    auto findings = [&](const QString &title, const std::vector<Finding> &list,
                        const QString &empty) {
        std::vector<QStringList> rows;
        std::vector<int> tones;
        for (const Finding &f : list) {
            rows.push_back({f.accepted ? tr("%1, accepted").arg(severityWord(f.severity))
                                       : severityWord(f.severity),
                            q(f.rule), q(f.message), joined(f.elements)});
            tones.push_back(f.accepted ? 3 : int(f.severity));
        }
        if (rows.empty())
            rows.push_back({QString(), QString(), empty, QString()});
        heading(title);
        table({0.11, 0.14, 0.55, 0.20}, {tr("Severity"), tr("Rule"), tr("Finding"), tr("Elements")},
              rows, tones);
    };
    findings(tr("Findings that appear"), diff.appeared, tr("None."));
    findings(tr("Findings that disappear"), diff.disappeared, tr("None."));
    if (!diff.acceptanceChanged.empty())
        findings(tr("Findings accepted or no longer accepted"), diff.acceptanceChanged, QString());
}

const ReportPages::Layout &ReportPages::layoutFor(const QSizeF &bodyMm) const
{
    // Keyed in tenths of a millimetre: sizes that differ by a rounding error are one size.
    const QSize key(qRound(bodyMm.width() * 10), qRound(bodyMm.height() * 10));
    if (m_layout.key == key && !m_layout.pages.empty())
        return m_layout;
    const qreal widthMm = key.width() / 10.0, bodyHeightMm = key.height() / 10.0;
    Layout l;
    l.key = key;
    l.heightMm.resize(m_rows.size());
    l.wraps.assign(m_rows.size(), 0);

    QFont font;
    font.setPixelSize(int(kBodyMm * kMeasureScale));
    font.setStyleStrategy(QFont::PreferNoShaping);
    const QFontMetricsF fm(font);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    // Most cells are short: the sum of their characters' advances (with a margin for kerning)
    // shows they fit without shaping them; only the others are measured, and only those that
    // do not fit are laid out.
    QHash<char16_t, qreal> advance;
    auto estimate = [&](const QString &text) {
        qreal sum = 0;
        for (QChar c : text) {
            auto it = advance.find(c.unicode());
            if (it == advance.end())
                it = advance.insert(c.unicode(), fm.horizontalAdvance(c));
            sum += it.value();
        }
        return sum;
    };
    // A one-line row is 5.2 mm; each wrapped line adds the font's own line spacing, as the
    // painter sets it.
    const qreal lineMm = fm.lineSpacing() / kMeasureScale;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        switch (r.kind) {
        case Kind::Heading:
            l.heightMm[i] = 10;
            continue;
        case Kind::Subheading:
            l.heightMm[i] = 7;
            continue;
        case Kind::Header: {
            // Few and short, in bold; on narrow paper a header may wrap too.
            const std::vector<qreal> &widths = m_widths[std::size_t(r.table)];
            int lines = 1;
            for (int c = 0; c < r.cells.size() && c < int(widths.size()); ++c) {
                const qreal w = (widths[std::size_t(c)] * widthMm - 2) * kMeasureScale;
                if (boldMetrics.horizontalAdvance(r.cells.at(c)) > w)
                    lines = std::max(lines, wrappedLineCount(r.cells.at(c), bold, w));
            }
            l.heightMm[i] = float(6 + (lines - 1) * lineMm);
            continue;
        }
        case Kind::PageBreak:
            l.heightMm[i] = 0;
            continue;
        case Kind::Body:
            break;
        }
        const std::vector<qreal> &widths = m_widths[std::size_t(r.table)];
        int lines = 1;
        for (int c = 0; c < r.cells.size() && c < int(widths.size()); ++c) {
            const QString &text = r.cells.at(c);
            if (text.isEmpty())
                continue;
            const qreal w = (widths[std::size_t(c)] * widthMm - 2) * kMeasureScale;
            if (!text.contains(kBreak) &&
                (estimate(text) * 1.03 <= w || fm.horizontalAdvance(text) <= w))
                continue;
            l.wraps[i] |= quint32(1) << c;
            lines = std::max(lines, wrappedLineCount(text, font, w));
        }
        l.heightMm[i] = float(1.2 + kLineMm + (lines - 1) * lineMm);
    }

    l.pages.emplace_back();
    qreal y = 0;
    int header = -1;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        if (r.kind == Kind::PageBreak) {
            if (!l.pages.back().empty()) {
                l.pages.emplace_back();
                y = 0;
            }
            continue;
        }
        if (r.kind == Kind::Header)
            header = int(i);
        else if (r.kind != Kind::Body)
            header = -1;
        // A heading keeps what follows it up to the first row of its table.
        qreal need = l.heightMm[i];
        if (r.kind == Kind::Heading || r.kind == Kind::Subheading)
            for (std::size_t j = i + 1; j < m_rows.size() && j <= i + 3; ++j) {
                need += l.heightMm[j];
                if (m_rows[j].kind == Kind::Body)
                    break;
            }
        if (y + need > bodyHeightMm && !l.pages.back().empty()) {
            l.pages.emplace_back();
            y = 0;
            if (r.kind == Kind::Body && header >= 0) {
                l.pages.back().push_back(header);
                y += l.heightMm[std::size_t(header)];
            }
        }
        l.pages.back().push_back(int(i));
        y += l.heightMm[i];
    }
    m_layout = std::move(l);
    return m_layout;
}

int ReportPages::pageCount(const QSizeF &bodyMm) const
{
    return int(layoutFor(bodyMm).pages.size());
}

void ReportPages::paint(QPainter &p, const QRectF &body, qreal mm, const QSizeF &bodyMm,
                        int page) const
{
    const Layout &l = layoutFor(bodyMm);
    if (page < 0 || page >= int(l.pages.size()))
        return;
    QFont headingFont, subheadingFont, headerFont, bodyFont;
    headingFont.setPixelSize(qMax(1, int(5 * mm)));
    headingFont.setBold(true);
    subheadingFont.setPixelSize(qMax(1, int(3.6 * mm)));
    subheadingFont.setBold(true);
    headerFont.setPixelSize(qMax(1, int(kBodyMm * mm)));
    headerFont.setBold(true);
    bodyFont.setPixelSize(qMax(1, int(kBodyMm * mm)));
    // No ligatures: "fi" stays two letters, so a search in the PDF finds "finding".
    for (QFont *f : {&headingFont, &subheadingFont, &headerFont, &bodyFont})
        f->setStyleStrategy(QFont::PreferNoShaping);
    const QFont deviceBodyFont(bodyFont, p.device());
    if (m_shapedPx != bodyFont.pixelSize()) {
        m_shaped.clear();
        m_shapedPx = bodyFont.pixelSize();
    }
    auto shaped = [&](const QString &text) -> const QList<QGlyphRun> & {
        auto it = m_shaped.find(text);
        if (it == m_shaped.end()) {
            QTextLayout layout(text, deviceBodyFont);
            layout.beginLayout();
            layout.createLine();
            layout.endLayout();
            it = m_shaped.insert(text, layout.glyphRuns());
        }
        return it.value();
    };
    const QTextOption wrap = wrappingOption();
    const QColor text("#212121"), rule("#e0e0e0");

    qreal y = body.top();
    for (int index : l.pages[std::size_t(page)]) {
        const Row &r = m_rows[std::size_t(index)];
        const qreal h = l.heightMm[std::size_t(index)] * mm;
        if (r.kind == Kind::Heading || r.kind == Kind::Subheading) {
            p.setFont(r.kind == Kind::Heading ? headingFont : subheadingFont);
            p.setPen(r.kind == Kind::Heading ? QColor("#1a237e") : QColor("#37474f"));
            p.drawText(QRectF(body.left(), y, body.width(),
                              h - (r.kind == Kind::Subheading ? 1.2 * mm : 0)),
                       r.cells.value(0), QTextOption(Qt::AlignLeft | Qt::AlignBottom));
            y += h;
            continue;
        }
        const std::vector<qreal> &widths = m_widths[std::size_t(r.table)];
        if (r.kind == Kind::Header) {
            p.fillRect(QRectF(body.left(), y, body.width(), h), QColor("#e8eaf6"));
            p.setFont(headerFont);
        } else {
            p.setPen(QPen(rule, 0));
            p.drawLine(QPointF(body.left(), y + h), QPointF(body.right(), y + h));
            p.setFont(bodyFont);
        }
        // The one-line cells of a body row go out as one glyph run per font and colour: the
        // PDF then holds one text object per row rather than one per cell.
        struct Merged {
            QRawFont font;
            QColor color;
            QList<quint32> glyphs;
            QList<QPointF> positions;
        };
        std::vector<Merged> merged;
        qreal x = body.left();
        const quint32 wraps = l.wraps[std::size_t(index)];
        for (int c = 0; c < r.cells.size() && c < int(widths.size()); ++c) {
            const qreal w = widths[std::size_t(c)] * body.width();
            const QString &cell = r.cells.at(c);
            if (!cell.isEmpty()) {
                const bool toned = r.tone >= 0 && c == r.toned;
                const QColor color = !toned        ? text
                                     : r.tone == 3 ? QColor("#2e7d32")
                                                   : severityColor(r.tone);
                if (r.kind == Kind::Body && !(wraps & (quint32(1) << c))) {
                    const QPointF at(x + 1 * mm, y + 0.6 * mm);
                    for (const QGlyphRun &run : shaped(cell)) {
                        auto m = std::find_if(merged.begin(), merged.end(), [&](const Merged &e) {
                            return e.color == color && e.font == run.rawFont();
                        });
                        if (m == merged.end())
                            m = merged.insert(merged.end(), Merged{run.rawFont(), color, {}, {}});
                        m->glyphs += run.glyphIndexes();
                        for (const QPointF &g : run.positions())
                            m->positions.push_back(g + at);
                    }
                } else {
                    p.setPen(color);
                    p.drawText(QRectF(x + 1 * mm, y + 0.6 * mm, w - 2 * mm, h), cell, wrap);
                }
            }
            x += w;
        }
        for (const Merged &m : merged) {
            QGlyphRun run;
            run.setRawFont(m.font);
            run.setGlyphIndexes(m.glyphs);
            run.setPositions(m.positions);
            p.setPen(m.color);
            p.drawGlyphRun(QPointF(0, 0), run);
        }
        y += h;
    }
}

} // namespace cn
