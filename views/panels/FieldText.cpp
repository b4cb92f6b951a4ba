#include "panels/FieldText.h"

#include "design/Subnet.h"
#include "io/DesignLoader.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace cn {
namespace {

class FieldText
{
    Q_DECLARE_TR_FUNCTIONS(FieldText)
};

class WheelGuard : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel && !static_cast<QWidget *>(watched)->hasFocus()) {
            event->ignore(); // the panel scrolls instead
            return true;
        }
        return false;
    }
};

} // namespace

void ignoreWheelUnlessFocused(QWidget *w)
{
    w->setFocusPolicy(Qt::StrongFocus);
    w->installEventFilter(new WheelGuard(w));
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &s : text.split(',', Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    return out;
}

QString joinList(const std::vector<std::string> &items)
{
    QStringList l;
    for (const auto &i : items)
        l << QString::fromStdString(i);
    return l.join(", ");
}

QString portsText(const Adapter &a)
{
    QStringList l;
    for (const Port &p : a.ports)
        l << QString::fromStdString(p.id) +
                 (p.speedMbps ? ":" + QString::fromStdString(speedToString(*p.speedMbps)) : QString());
    return l.join(", ");
}

QString readSpeed(const QString &text, std::optional<int> &speed)
{
    if (text.trimmed().isEmpty()) {
        speed.reset();
        return {};
    }
    speed = speedFromString(text.trimmed().toStdString());
    if (!speed)
        return FieldText::tr("unknown speed '%1'; expected 100M, 1G, 2.5G, 10G, 25G, 40G or 100G").arg(text.trimmed());
    return {};
}

QString readVlan(const QString &text, std::optional<int> &vlan)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        vlan.reset();
        return {};
    }
    bool ok = false;
    const int v = t.toInt(&ok);
    if (!ok)
        return FieldText::tr("a VLAN is a whole number");
    if (v < 1 || v > 4094)
        return FieldText::tr("VLAN %1 is out of range: 1 to 4094").arg(v);
    vlan = v;
    return {};
}

QString readSubnet(const QString &text, std::string &subnet)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        subnet.clear();
        return {};
    }
    if (!t.contains('/'))
        return FieldText::tr("add the prefix length: %1/24, for example").arg(t);
    if (!parseCidr(t.toStdString()))
        return FieldText::tr("not a subnet: write an address and prefix, such as 10.0.10.0/24");
    subnet = t.toStdString();
    return {};
}

QString readGbps(const QString &text, std::optional<double> &gbps)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        gbps.reset();
        return {};
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v < 0)
        return FieldText::tr("a rate is a number of Gb/s, 0 or more");
    gbps = v;
    return {};
}

QString checkId(const QString &id, const QString &what)
{
    if (!isValidId(id.toStdString()))
        return FieldText::tr("invalid %1 id '%2': use letters, digits, '_', '.' and '-'").arg(what, id);
    return {};
}

QString readPorts(const QString &text, Adapter &a)
{
    std::vector<Port> ports;
    for (const QString &item : splitList(text)) {
        Port p;
        const QStringList parts = item.split(':');
        if (QString e = checkId(parts.first(), FieldText::tr("port")); !e.isEmpty())
            return e;
        p.id = parts.first().toStdString();
        if (parts.size() > 1)
            if (QString e = readSpeed(parts.at(1), p.speedMbps); !e.isEmpty())
                return e;
        for (const Port &other : ports)
            if (other.id == p.id)
                return FieldText::tr("duplicate port id '%1'").arg(parts.first());
        // Keep what the editor does not show (unknown keys) of ports that stay.
        if (const Port *old = a.findPort(p.id))
            p.extras = old->extras;
        ports.push_back(std::move(p));
    }
    a.ports = std::move(ports);
    return {};
}

QString rolesText(const Network &n)
{
    QStringList l;
    for (Role r : n.roles)
        l << QString::fromStdString(toString(r));
    return l.join(", ");
}

QString readRoles(const QString &text, Network &n)
{
    std::vector<Role> roles;
    for (const QString &item : splitList(text)) {
        const auto r = roleFromString(item.toStdString());
        if (!r)
            return FieldText::tr("unknown role '%1'").arg(item);
        if (std::find(roles.begin(), roles.end(), *r) == roles.end())
            roles.push_back(*r);
    }
    if (roles.empty())
        return FieldText::tr("a network needs at least one role");
    n.roles = roles;
    return {};
}

} // namespace cn
