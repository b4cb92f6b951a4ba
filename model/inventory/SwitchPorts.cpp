#include "inventory/SwitchPorts.h"

#include "inventory/Inventory.h"
#include "templates/TemplateLibrary.h"

#include <QRegularExpression>
#include <QString>

namespace cn
{
namespace
{

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string interfaceNamed(const DeviceTemplate &tmpl, const QString &name)
{
    if (name.isEmpty())
        return {};
    for (const Interface &i : tmpl.interfaces)
        if (q(i.name).compare(name, Qt::CaseInsensitive) == 0)
            return i.name;
    return {};
}

// The name written as a whole word in `text` (not "6248" inside "62480").
bool containsWord(const QString &text, const QString &word)
{
    if (word.isEmpty())
        return false;
    const QRegularExpression re("(^|[^A-Za-z0-9])" + QRegularExpression::escape(word) +
                                    "($|[^A-Za-z0-9])",
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

} // namespace

const DeviceTemplate *templateFromDescription(const TemplateLibrary &library,
                                              const std::string &description)
{
    // The entries carry names only; findDevice() reads the winner's interfaces.
    const DeviceTemplateEntry *best = nullptr;
    std::size_t bestLength = 0;
    for (const DeviceTemplateEntry &e : library.devices())
        for (const std::string &name : {e.device.model, e.device.slug})
            if (name.size() > bestLength && containsWord(q(description), q(name))) {
                best = &e;
                bestLength = name.size();
            }
    return best ? library.findDevice(best->device.model) : nullptr;
}

std::string templatePortOf(const DeviceTemplate &tmpl, const std::string &portId,
                           const std::string &portDescription)
{
    for (const std::string &text : {portId, portDescription}) {
        const QString name = q(text).trimmed();
        if (std::string found = interfaceNamed(tmpl, name); !found.empty())
            return found;
        static const QRegularExpression unit(QStringLiteral("^\\d+/([A-Za-z]+\\d+)$"));
        if (const auto m = unit.match(name); m.hasMatch())
            if (std::string found = interfaceNamed(tmpl, m.captured(1)); !found.empty())
                return found;
    }
    static const QRegularExpression fastpath(
        QStringLiteral("Unit:\\s*(\\d+)\\s+Slot:\\s*(\\d+)\\s+Port:\\s*(\\d+)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const std::string &text : {portDescription, portId}) {
        const auto m = fastpath.match(q(text));
        if (!m.hasMatch())
            continue;
        const QString u = m.captured(1), s = m.captured(2), p = m.captured(3);
        for (const QString &candidate :
             {"Te" + u + "/" + s + "/" + p, "Gi" + u + "/" + s + "/" + p, "g" + p})
            if (std::string found = interfaceNamed(tmpl, candidate); !found.empty())
                return found;
    }
    return {};
}

std::string genericPortName(const std::string &portId, const std::string &portDescription)
{
    const QString description = q(portDescription).trimmed();
    if ((portId.empty() || !normaliseMac(portId).empty()) && !description.isEmpty() &&
        !description.contains(' '))
        return description.toStdString();
    return portId.empty() ? description.toStdString() : portId;
}

bool sameName(const std::string &a, const std::string &b)
{
    return !a.empty() && idFromName(a) == idFromName(b);
}

} // namespace cn
