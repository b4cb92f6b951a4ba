#include "inventory/RoleGuess.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace cn
{
namespace
{

class RoleGuessText
{
    Q_DECLARE_TR_FUNCTIONS(InventoryImport)
};

// The roles a name speaks of, by its words: "Live Migration", "LM", "CSV-HB", "iSCSI2".
std::vector<Role> rolesOfName(const QString &name)
{
    const QString lower = name.toLower();
    const QStringList words =
        lower.split(QRegularExpression(QStringLiteral("[^a-z0-9]+")), Qt::SkipEmptyParts);
    auto word = [&](const char *w) {
        for (const QString &x : words)
            if (x == QLatin1String(w) ||
                (x.startsWith(QLatin1String(w)) && x.size() > int(qstrlen(w)) &&
                 x.at(int(qstrlen(w))).isDigit()))
                return true;
        return false;
    };
    auto has = [&](const char *part) { return lower.contains(QLatin1String(part)); };
    std::vector<Role> roles;
    if (has("iscsi"))
        return {has("guest") ? Role::IscsiGuest : Role::IscsiHost};
    if (has("oob") || has("idrac") || has("ilo") || has("bmc"))
        return {Role::Oob};
    if (has("manag") || word("mgmt") || word("mgt") || word("host"))
        roles.push_back(Role::Management);
    if (has("heartbeat") || word("hb") || has("cluster") || has("private"))
        roles.push_back(Role::Heartbeat);
    if (has("csv") || (has("cluster") && !has("heartbeat")))
        roles.push_back(Role::Csv);
    if (has("migration") || has("live") || word("lm"))
        roles.push_back(Role::LiveMigration);
    if (has("backup"))
        roles.push_back(Role::Backup);
    if (word("vm") || has("guest") || has("tenant") || has("public") || has("client"))
        roles.push_back(Role::Vm);
    return roles;
}

} // namespace

RoleGuess guessRoles(const std::vector<std::string> &names, std::optional<int> clusterRole,
                     bool inCluster)
{
    RoleGuess g;
    for (std::size_t i = 0; i < names.size(); ++i) {
        g.roles = rolesOfName(QString::fromStdString(names[i]));
        if (!g.roles.empty()) {
            g.reason = (inCluster && i == 0 ? RoleGuessText::tr("the cluster network's name '%1'")
                                            : RoleGuessText::tr("the interface name '%1'"))
                           .arg(QString::fromStdString(names[i]))
                           .toStdString();
            return g;
        }
    }
    if (clusterRole) {
        // A network the cluster leaves alone is usually storage; one it uses for itself alone
        // carries its heartbeat; one for clients too is the management network.
        switch (*clusterRole) {
        case 0:
            g.roles = {Role::IscsiHost};
            g.reason = RoleGuessText::tr("cluster role 0 (none)").toStdString();
            return g;
        case 1:
            g.roles = {Role::Heartbeat};
            g.reason = RoleGuessText::tr("cluster role 1 (cluster only)").toStdString();
            return g;
        default:
            g.roles = {Role::Management};
            g.reason = RoleGuessText::tr("cluster role %1 (cluster and client)")
                           .arg(*clusterRole)
                           .toStdString();
            return g;
        }
    }
    g.roles = {Role::Management};
    g.reason = RoleGuessText::tr("nothing: no name or cluster role says more").toStdString();
    return g;
}

} // namespace cn
