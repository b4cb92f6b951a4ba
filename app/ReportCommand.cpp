#include "report/BillOfMaterials.h"
#include "CommandParser.h"
#include "ReportPlans.h"
#include "design/CableIds.h"
#include "analysis/DesignIndex.h"
#include "io/DesignLoader.h"
#include "analysis/Estimates.h"
#include "templates/TemplateLibrary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cn::cli {
namespace {

class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

QString join(const std::vector<std::string> &v, const QString &sep)
{
    QStringList l;
    for (const auto &s : v)
        l << q(s);
    return l.join(sep);
}

QJsonObject toJson(const std::string &file, const Design &d, const BillOfMaterials &bom, const MigrationEstimates &m)
{
    QJsonArray switches, adapters, ports, cables, optics, schedule, vms, drains;
    for (const auto &s : bom.switches)
        switches.append(QJsonObject{{"model", q(s.model)}, {"count", s.count}});
    for (const auto &a : bom.adapters)
        adapters.append(QJsonObject{{"model", q(a.model)}, {"ports", q(a.detail)}, {"count", a.count}});
    for (const auto &p : bom.ports)
        ports.append(QJsonObject{{"switch", q(p.device)}, {"model", q(p.model)}, {"type", q(p.type)},
                                 {"used", p.used}, {"free", p.free}});
    for (const auto &c : bom.cables)
        cables.append(QJsonObject{{"speed", q(c.speed)}, {"media", q(c.media)}, {"count", c.count}});
    for (const auto &o : bom.optics)
        optics.append(QJsonObject{{"media", q(o.media)}, {"cable", q(o.cable)}, {"length", q(o.length)},
                                  {"cables", o.cables}, {"transceivers", o.transceivers}});
    for (const auto &r : bom.schedule) {
        QJsonArray nets;
        for (const auto &n : r.networks)
            nets.append(q(n));
        QJsonArray management;
        for (const auto &n : r.management)
            management.append(q(n));
        QJsonObject row{{"link", q(r.name)},     {"id", q(r.id)},         {"a", q(r.a)},
                        {"b", q(r.b)},           {"networks", nets},      {"speed", q(r.speed)},
                        {"media", q(r.media)},   {"class", q(r.mediaClass)}, {"length", q(r.length)},
                        {"kind", q(r.kind)}};
        if (r.kind == "out-of-band")
            row.insert("management", management);
        schedule.append(row);
    }
    for (const auto &v : m.vms)
        vms.append(QJsonObject{{"host", q(d.devices[std::size_t(v.host)].id)}, {"vm", q(v.vm)},
                               {"memory_gb", v.memoryGb}, {"gbps", v.bandwidthGbps}, {"seconds", v.seconds}});
    for (const auto &h : m.drains)
        drains.append(QJsonObject{{"host", q(d.devices[std::size_t(h.host)].id)}, {"memory_gb", h.memoryGb},
                                  {"gbps", h.bandwidthGbps}, {"seconds", h.seconds}});
    int switchCount = 0;
    for (const auto &s : bom.switches)
        switchCount += s.count;
    return QJsonObject{{"file", q(file)},
                       {"title", q(d.title.title)},
                       {"totals", QJsonObject{{"switches", switchCount}, {"cables", int(bom.schedule.size())}}},
                       {"switches", switches},
                       {"adapters", adapters},
                       {"ports", ports},
                       {"cables", cables},
                       {"optics", optics},
                       {"schedule", schedule},
                       {"live_migration", QJsonObject{{"vms", vms}, {"drains", drains}}}};
}

void printText(const Design &d, const BillOfMaterials &bom, const MigrationEstimates &m, Io io)
{
    io.out << ReportCommand::tr("Bill of materials: %1").arg(q(d.title.title)) << "\n\n";
    io.out << ReportCommand::tr("Switches") << '\n';
    for (const auto &s : bom.switches)
        io.out << QString("  %1 × %2\n").arg(s.count, 3).arg(q(s.model));
    io.out << '\n' << ReportCommand::tr("Adapters (NIC cards)") << '\n';
    for (const auto &a : bom.adapters)
        io.out << QString("  %1 × %2 (%3)\n").arg(a.count, 3).arg(q(a.model), q(a.detail));
    io.out << '\n' << ReportCommand::tr("Ports per switch") << '\n';
    for (const auto &p : bom.ports)
        io.out << "  " << ReportCommand::tr("%1 (%2) %3: %4 used, %5 free")
                              .arg(q(p.device), q(p.model), q(p.type))
                              .arg(p.used)
                              .arg(p.free)
               << '\n';
    io.out << '\n' << ReportCommand::tr("Cables") << '\n';
    for (const auto &c : bom.cables)
        io.out << QString("  %1 × %2 %3\n").arg(c.count, 3).arg(q(c.speed), q(c.media));
    io.out << '\n' << ReportCommand::tr("Optics and cables by media") << '\n';
    for (const auto &o : bom.optics) {
        io.out << QString("  %1 × %2: %3 (%4)").arg(o.cables, 3).arg(q(o.media), q(o.cable), q(o.length));
        if (o.transceivers > 0)
            io.out << "; " << ReportCommand::tr("%1 transceivers if built with optics").arg(o.transceivers);
        io.out << '\n';
    }
    io.out << '\n' << ReportCommand::tr("Cable schedule") << '\n';
    for (const auto &r : bom.schedule) {
        QString networks = r.networks.empty() ? ReportCommand::tr("(no networks)") : join(r.networks, ", ");
        if (r.kind == "out-of-band")
            networks = r.management.empty() ? ReportCommand::tr("out-of-band")
                                            : ReportCommand::tr("out-of-band: %1").arg(join(r.management, ", "));
        io.out << "  " << q(r.id) << "  " << q(r.a) << "  —  " << q(r.b) << "   " << q(r.speed) << ' '
               << q(r.mediaClass) << " (" << q(r.length) << ")   " << networks
               << (r.kind == "cable" || r.kind == "out-of-band" ? QString() : "   [" + q(r.kind) + "]") << '\n';
    }
    io.out << '\n' << ReportCommand::tr("Live migration estimates") << '\n';
    if (m.vms.empty() && m.drains.empty())
        io.out << "  " << ReportCommand::tr("(no VMs on hosts of a cluster of two or more)") << '\n';
    for (const auto &v : m.vms)
        io.out << "  " << ReportCommand::tr("VM %1 on %2: %3 GB at %4 Gb/s: about %5 s")
                              .arg(q(v.vm), q(d.devices[std::size_t(v.host)].id))
                              .arg(v.memoryGb)
                              .arg(v.bandwidthGbps)
                              .arg(qRound(v.seconds))
               << '\n';
    for (const auto &h : m.drains)
        io.out << "  " << ReportCommand::tr("Draining %1: %2 GB at %3 Gb/s: about %4 s")
                              .arg(q(d.devices[std::size_t(h.host)].id))
                              .arg(h.memoryGb)
                              .arg(h.bandwidthGbps)
                              .arg(qRound(h.seconds))
               << '\n';
}

void printCsv(const Design &d, const BillOfMaterials &bom, const MigrationEstimates &m, Io io)
{
    // One CSV with a section column, so one file holds every table and filters by section.
    io.out << "section,item,detail,count_or_a,used_or_b,free_or_networks,speed,media,kind\n";
    for (const auto &s : bom.switches)
        io.out << "switch," << csvField(q(s.model)) << ",," << s.count << ",,,,,\n";
    for (const auto &a : bom.adapters)
        io.out << "adapter," << csvField(q(a.model)) << ',' << csvField(q(a.detail)) << ',' << a.count << ",,,,,\n";
    for (const auto &p : bom.ports)
        io.out << "ports," << csvField(q(p.device)) << ',' << csvField(q(p.model + " " + p.type)) << ",," << p.used
               << ',' << p.free << ",,,\n";
    for (const auto &c : bom.cables)
        io.out << "cables,,," << c.count << ",,," << csvField(q(c.speed)) << ',' << csvField(q(c.media)) << ",\n";
    for (const auto &o : bom.optics)
        io.out << "optics," << csvField(q(o.media)) << ',' << csvField(q(o.cable)) << ',' << o.cables << ','
               << o.transceivers << ",,," << csvField(q(o.length)) << ",\n";
    for (const auto &r : bom.schedule)
        io.out << "schedule," << csvField(q(r.name)) << ',' << csvField(q(r.id)) << ',' << csvField(q(r.a)) << ',' << csvField(q(r.b)) << ','
               << csvField(join(r.networks, " ")) << ',' << csvField(q(r.speed)) << ',' << csvField(q(r.media)) << ','
               << q(r.kind) << '\n';
    for (const auto &v : m.vms)
        io.out << "migration," << csvField(q(d.devices[std::size_t(v.host)].id)) << ',' << csvField(q(v.vm)) << ','
               << v.memoryGb << ",,," << v.bandwidthGbps << ',' << qRound(v.seconds) << ",vm\n";
    for (const auto &h : m.drains)
        io.out << "migration," << csvField(q(d.devices[std::size_t(h.host)].id)) << ",," << h.memoryGb << ",,,"
               << h.bandwidthGbps << ',' << qRound(h.seconds) << ",drain\n";
}

} // namespace

int runReport(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ReportCommand::tr(
        "Print the bill of materials, port use per switch, the cable schedule and live-migration estimates; "
        "or the port plan of every switch (--ports), or the VLAN and IP plan (--vlans)."));
    parser.addPositionalArgument("FILE", ReportCommand::tr("The design file."));
    parser.addOption({"format", ReportCommand::tr("Output format: text, json or csv."), "text|json|csv", "text"});
    parser.addOption({"ports", ReportCommand::tr("The port plan of every switch: far end, cable, access or trunk, "
                                                 "VLANs, port-channel.")});
    parser.addOption({"vlans", ReportCommand::tr("The VLAN and IP plan: each network's VLAN, subnet, switches, "
                                                 "trunks and bound ports.")});
    if (int code = parseCommand(parser, args, io, 1, 1); code >= 0)
        return code;
    QString format;
    if (!readFormat(parser, {"text", "json", "csv"}, format, io))
        return Failed;
    const bool ports = parser.isSet("ports"), vlans = parser.isSet("vlans");
    if (ports && vlans && format == "csv") {
        io.err << ReportCommand::tr("clusternet report: --ports and --vlans are two tables; with --format csv, ask "
                                    "for one at a time")
               << '\n';
        return Failed;
    }
    const std::string file = parser.positionalArguments().first().toStdString();
    const TemplateLibrary templates = TemplateLibrary::forDesign(file);
    const LoadResult loaded = DesignLoader(templates).loadFile(file);
    if (!printDiagnostics(loaded, io))
        return Failed;
    const Design &d = *loaded.design;
    const DesignIndex index(d, templates);
    if (ports || vlans) {
        const std::vector<std::string> cables = cableIds(d);
        const PortPlan portsPlan = ports ? portPlan(index, cables) : PortPlan{};
        const VlanPlan vlanTable = vlans ? vlanPlan(index, cables) : VlanPlan{};
        if (format == "json") {
            QJsonObject o{{"file", q(file)}, {"title", q(d.title.title)}};
            if (ports)
                o.insert("switches", portPlanJson(d, portsPlan));
            if (vlans)
                o.insert("networks", vlanPlanJson(d, vlanTable));
            io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else if (format == "csv") {
            if (ports)
                printPortPlanCsv(d, portsPlan, io);
            else
                printVlanPlanCsv(d, vlanTable, io);
        } else {
            if (ports)
                printPortPlanText(d, portsPlan, io);
            if (ports && vlans)
                io.out << '\n';
            if (vlans)
                printVlanPlanText(d, vlanTable, io);
        }
        return Done;
    }
    const BillOfMaterials bom = billOfMaterials(index);
    const MigrationEstimates m = estimateMigrations(index);
    if (format == "json")
        io.out << QJsonDocument(toJson(file, d, bom, m)).toJson(QJsonDocument::Indented);
    else if (format == "csv")
        printCsv(d, bom, m, io);
    else
        printText(d, bom, m, io);
    return Done;
}

} // namespace cn::cli
