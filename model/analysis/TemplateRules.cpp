// oob-by-name: what the program assumed about a switch's template, said where it is used.
#include "analysis/FindingText.h"
#include "analysis/Rules.h"

namespace cn
{

void checkTemplates(const DesignIndex &index, std::vector<Finding> &out)
{
    const Design &d = index.design();
    for (std::size_t s = 0; s < d.devices.size(); ++s) {
        const DeviceTemplate *t = index.templateOf(int(s));
        if (!d.devices[s].isSwitch() || !t)
            continue;
        std::vector<std::string> ports;
        for (const Interface &i : t->interfaces)
            if (i.oobByName)
                ports.push_back(i.name);
        if (ports.empty())
            continue;
        Finding f;
        f.rule = "oob-by-name";
        f.severity = Severity::Info;
        f.elements = {d.devices[s].id};
        f.message =
            FindingText::tr(
                "Switch %1 (%2): port %3 is taken as its out-of-band management port for its "
                "name; the template (%4) does not mark it mgmt_only")
                .arg(FindingText::q(d.devices[s].id), FindingText::q(d.devices[s].model),
                     FindingText::list(ports), FindingText::q(t->file))
                .toStdString();
        out.push_back(std::move(f));
    }
}

} // namespace cn
