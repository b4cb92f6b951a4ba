#pragma once
// Reads device templates (NetBox device-type files) and the header of design templates.

#include "design/Diagnostic.h"
#include "templates/DeviceTemplate.h"

#include <optional>
#include <string>
#include <vector>

namespace cn
{

struct DesignTemplateInfo {
    std::string id;
    std::string title;
    std::string description;
    std::string file; // as listed: a path, or "builtin:NAME"
    std::string path; // where to read it: a path, or a Qt resource path
};

struct DeviceTemplateResult {
    std::optional<DeviceTemplate> device;
    std::optional<Diagnostic> error;
    std::vector<Diagnostic> warnings;
};

struct DesignTemplateResult {
    std::optional<DesignTemplateInfo> info; // empty with no error: not a design template
    std::optional<Diagnostic> error;
};

// `label` names the file in the result and in messages (a path, or "builtin:NAME").
DeviceTemplateResult readDeviceTemplate(const std::string &text, const std::string &label);
DeviceTemplateResult readDeviceTemplateFile(const std::string &path);
DesignTemplateResult readDesignTemplateHeader(const std::string &text, const std::string &label);

} // namespace cn
