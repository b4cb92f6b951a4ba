#pragma once
// Files NetBox's bulk import takes as they are (Import on each object list, CSV): the site,
// device roles, devices (device type by slug), the interfaces that differ from the device type
// (a host's NIC ports, its teams as `lag` interfaces with their members), the VLANs and the
// cables (both ends as dcim.interface, the cable id as label, the colour of its first network).
// A README says in which order to import them and what must exist first.

#include "analysis/DesignIndex.h"

#include <QCoreApplication>

#include <string>
#include <vector>

namespace cn
{

struct NetBoxOptions {
    std::string site;                       // empty: the design's title
    std::vector<std::string> networkColors; // per network, "1f77b4" (the diagram's colours)
};

struct NetBoxFile {
    std::string name; // "devices.csv"
    std::string text;
};

std::vector<NetBoxFile> netBoxFiles(const DesignIndex &index,
                                    const std::vector<std::string> &cables,
                                    const NetBoxOptions &options);

// NetBox's slug of a name: lower case, letters, digits and dashes.
std::string netBoxSlug(const std::string &name);

class NetBoxText
{
    Q_DECLARE_TR_FUNCTIONS(NetBoxExport)
};

} // namespace cn
