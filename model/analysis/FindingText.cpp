#include "analysis/FindingText.h"

#include "analysis/FailureAnalysis.h"

#include <algorithm>

namespace cn {

QString FindingText::roleName(Role r)
{
    switch (r) {
    case Role::Management:
        return tr("management");
    case Role::Vm:
        return tr("VM traffic");
    case Role::Heartbeat:
        return tr("heartbeat");
    case Role::Csv:
        return tr("CSV");
    case Role::LiveMigration:
        return tr("live migration");
    case Role::IscsiHost:
        return tr("host iSCSI");
    case Role::IscsiGuest:
        return tr("guest iSCSI");
    case Role::Backup:
        return tr("backup");
    case Role::Oob:
        return tr("out-of-band management");
    }
    return {};
}

QString FindingText::list(const std::vector<std::string> &items)
{
    if (items.empty())
        return {};
    if (items.size() == 1)
        return q(items[0]);
    QStringList head;
    for (std::size_t i = 0; i + 1 < items.size(); ++i)
        head << q(items[i]);
    return tr("%1 and %2").arg(head.join(", "), q(items.back()));
}

QString FindingText::someOf(const std::vector<std::string> &items, std::size_t shown)
{
    if (items.size() <= shown)
        return list(items);
    QStringList head;
    for (std::size_t i = 0; i + 1 < shown; ++i)
        head << q(items[i]);
    return tr("%1 and %n more", nullptr, int(items.size() - head.size())).arg(head.join(", "));
}

QString FindingText::roles(const std::vector<Role> &roles)
{
    const auto has = [&](Role r) { return std::find(roles.begin(), roles.end(), r) != roles.end(); };
    std::vector<std::string> names;
    const bool cluster = has(Role::Heartbeat) && has(Role::Csv) && has(Role::LiveMigration);
    for (Role r : roles)
        if (!(cluster && (r == Role::Heartbeat || r == Role::Csv || r == Role::LiveMigration)))
            names.push_back(roleName(r).toStdString());
    if (cluster)
        names.push_back(tr("cluster communication (heartbeat, CSV, live migration)").toStdString());
    return list(names);
}

QString FindingText::unit(const FailureUnit &u)
{
    switch (u.kind) {
    case FailureUnit::Kind::Switch:
        return tr("switch %1").arg(q(u.ref));
    case FailureUnit::Kind::Adapter:
        return tr("adapter %1").arg(q(u.ref));
    case FailureUnit::Kind::Link:
        return tr("cable %1").arg(q(u.ref));
    }
    return {};
}

} // namespace cn
