#pragma once
// The device and design templates found on the search path of FORMAT.md §2; the first match
// of a model (or slug) or design id wins, and the files it hid are kept as its shadows.

#include "templates/DeviceTemplate.h"
#include "design/Diagnostic.h"
#include "templates/TemplateReader.h"

#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cn {

struct TemplateFolder {
    std::string path;
    bool devicesOnly = false; // the folder beside a design contributes device templates only
};

struct DeviceTemplateEntry {
    DeviceTemplate device;
    std::vector<std::string> shadows;
};

struct DesignTemplateEntry {
    DesignTemplateInfo info;
    std::vector<std::string> shadows;
};

class TemplateLibrary
{
public:
    // The search path without the built-ins, in order: devices/ beside the design file (when one
    // is given), CLUSTERNET_TEMPLATE_PATH, the folders in the settings, the user's folder.
    static std::vector<TemplateFolder> standardFolders(const std::string &designFile = {});
    static std::vector<std::string> settingsFolders();
    static void setSettingsFolders(const std::vector<std::string> &folders);
    static std::string userFolder();

    static TemplateLibrary scan(const std::vector<TemplateFolder> &folders, bool withBuiltins = true);
    static TemplateLibrary forDesign(const std::string &designFile)
    {
        return scan(standardFolders(designFile));
    }

    const DeviceTemplate *findDevice(const std::string &modelOrSlug) const;
    const DesignTemplateEntry *findDesign(const std::string &id) const;
    // The text of a design template, wherever it was found (a file or the built-ins).
    static std::optional<std::string> readDesignText(const DesignTemplateInfo &info, std::string &error);
    const std::vector<DeviceTemplateEntry> &devices() const { return m_devices; }
    const std::vector<DesignTemplateEntry> &designs() const { return m_designs; }
    // Template files that could not be read; they are skipped, not fatal.
    const std::vector<Diagnostic> &problems() const { return m_problems; }

private:
    void addDevice(DeviceTemplate t);
    void addDesign(DesignTemplateInfo info);
    void scanFolder(const std::string &root, bool devicesOnly);
    // Calls `use` with (path, label, text) for each YAML file under `dir`; unreadable ones are problems.
    void scanFiles(const QString &dir,
                   const std::function<void(const QString &, const std::string &, const std::string &)> &use);
    void scanBuiltins();

    std::vector<DeviceTemplateEntry> m_devices;
    std::vector<DesignTemplateEntry> m_designs;
    std::vector<Diagnostic> m_problems;
};

} // namespace cn
