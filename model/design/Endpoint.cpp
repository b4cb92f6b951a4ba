#include "design/Endpoint.h"

#include "templates/TemplateLibrary.h"

namespace cn {

bool splitEndpoint(const std::string &ref, EndpointRef &out)
{
    const auto colon = ref.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 >= ref.size())
        return false;
    out.device = ref.substr(0, colon);
    out.rest = ref.substr(colon + 1);
    return true;
}

bool splitAdapterPort(const std::string &text, std::string &adapter, std::string &port)
{
    const auto slash = text.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 >= text.size())
        return false;
    adapter = text.substr(0, slash);
    port = text.substr(slash + 1);
    return true;
}

int ResolvedEndpoint::speedMbps() const
{
    if (interface)
        return interface->speedMbps;
    if (adapter && port)
        return adapter->portSpeedMbps(*port);
    return 0;
}

std::string ResolvedEndpoint::localName() const
{
    if (interface)
        return interface->name;
    if (adapter && port)
        return adapter->id + "/" + port->id;
    return {};
}

ResolvedEndpoint resolveEndpoint(const Design &design, const TemplateLibrary &templates,
                                 const std::string &ref)
{
    ResolvedEndpoint r;
    EndpointRef parts;
    if (!splitEndpoint(ref, parts))
        return r;
    r.device = design.findDevice(parts.device);
    if (!r.device)
        return r;
    if (r.device->isSwitch()) {
        if (const DeviceTemplate *t = templates.findDevice(r.device->model))
            r.interface = t->findInterface(parts.rest);
        return r;
    }
    std::string adapter, port;
    if (!splitAdapterPort(parts.rest, adapter, port))
        return r;
    r.adapter = r.device->findAdapter(adapter);
    if (r.adapter)
        r.port = r.adapter->findPort(port);
    return r;
}

} // namespace cn
