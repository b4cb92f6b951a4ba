#pragma once
// The device and design templates found on the search path of FORMAT.md §2; the first match
// of a model (or slug) or design id wins, and the files it hid are kept as its shadows. A
// built-in template is not shadowed by a file without a `clusternet:` mapping.
//
// Device templates are listed from each folder's index (TemplateIndex.h) and read in full
// only when asked for (findDevice), so a design that uses two models of a library of
// thousands reads two files. The folders themselves are read when the library is first asked
// anything. A library is a cheap handle: copies share what was read, and every function may be
// called from several threads.

#include "design/Diagnostic.h"
#include "templates/DeviceKind.h"
#include "templates/DeviceTemplate.h"
#include "templates/TemplateReader.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cn
{

struct TemplateFolder {
    std::string path;
    bool devicesOnly = false; // the folder beside a design contributes device templates only
};

struct DeviceTemplateEntry {
    // The template's header: manufacturer, model, slug, part number, u_height, kind,
    // stackable, file. Its interfaces are not read here: findDevice() reads them.
    DeviceTemplate device;
    std::vector<PortGroup> ports;       // front ports by speed and media
    std::vector<std::string> oobByName; // ports taken as out-of-band for their names
    std::vector<std::string> shadows;
    bool builtin() const { return device.file.rfind("builtin:", 0) == 0; }
};

struct DesignTemplateEntry {
    DesignTemplateInfo info;
    std::vector<std::string> shadows;
};

class TemplateLibrary
{
public:
    TemplateLibrary();

    // The search path without the built-ins, in order: the folder of the design file (when one
    // is given), CLUSTERNET_TEMPLATE_PATH, the folders in the settings, the user's folder.
    static std::vector<TemplateFolder> standardFolders(const std::string &designFile = {});
    static std::vector<std::string> settingsFolders();
    static void setSettingsFolders(const std::vector<std::string> &folders);
    static std::string userFolder();

    static TemplateLibrary scan(const std::vector<TemplateFolder> &folders,
                                bool withBuiltins = true);
    static TemplateLibrary forDesign(const std::string &designFile)
    {
        return scan(standardFolders(designFile));
    }

    // The whole template of a model or slug (case-insensitive), read on first use; nullptr
    // when there is none, or its file can no longer be read as the index said (see problems()).
    const DeviceTemplate *findDevice(const std::string &modelOrSlug) const;
    // The listed entry of a model or slug, without reading its file.
    const DeviceTemplateEntry *findEntry(const std::string &modelOrSlug) const;
    const DesignTemplateEntry *findDesign(const std::string &id) const;
    // The text of a design template, wherever it was found (a file or the built-ins).
    static std::optional<std::string> readDesignText(const DesignTemplateInfo &info,
                                                     std::string &error);
    const std::vector<DeviceTemplateEntry> &devices() const;
    const std::vector<DesignTemplateEntry> &designs() const;
    // A number no other library of this process has: what a view listed, it can tell from.
    std::uint64_t identity() const;
    // Template files that could not be read; they are skipped, not fatal. A file that fails
    // when findDevice() reads it is added here too.
    std::vector<Diagnostic> problems() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace cn
