#include "templates/TemplateLibrary.h"

#include "io/YamlGuard.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>

#include <algorithm>

static void initTemplateResources()
{
    // Resources of a static library must be registered by name before first use.
    Q_INIT_RESOURCE(builtin_templates);
}

namespace cn {
namespace {

const char *const kSettingsKey = "templates/folders";

QStringList yamlFilesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, {"*.yaml", "*.yml"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

bool readText(const QString &path, std::string &text, std::string &error)
{
    if (path.startsWith(":/")) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            error = f.errorString().toStdString();
            return false;
        }
        text = f.readAll().toStdString();
        return true;
    }
    if (auto err = readFileLimited(path.toStdString(), text, YamlLimits{}.maxBytes)) {
        error = *err;
        return false;
    }
    return true;
}

} // namespace

std::vector<std::string> TemplateLibrary::settingsFolders()
{
    QSettings settings;
    std::vector<std::string> out;
    for (const QString &f : settings.value(kSettingsKey).toStringList())
        out.push_back(f.toStdString());
    return out;
}

void TemplateLibrary::setSettingsFolders(const std::vector<std::string> &folders)
{
    QStringList list;
    for (const auto &f : folders)
        list << QString::fromStdString(f);
    QSettings settings;
    settings.setValue(kSettingsKey, list);
}

std::string TemplateLibrary::userFolder()
{
    return (QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
            "/clusternet/templates")
        .toStdString();
}

std::vector<TemplateFolder> TemplateLibrary::standardFolders(const std::string &designFile)
{
    std::vector<TemplateFolder> folders;
    if (!designFile.empty())
        folders.push_back(
            {QFileInfo(QString::fromStdString(designFile)).absolutePath().toStdString(), true});
    const QString env = qEnvironmentVariable("CLUSTERNET_TEMPLATE_PATH");
    for (const QString &f : env.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        folders.push_back({f.toStdString(), false});
    for (const auto &f : settingsFolders())
        folders.push_back({f, false});
    folders.push_back({userFolder(), false});
    return folders;
}

TemplateLibrary TemplateLibrary::scan(const std::vector<TemplateFolder> &folders, bool withBuiltins)
{
    TemplateLibrary lib;
    for (const auto &folder : folders)
        lib.scanFolder(folder.path, folder.devicesOnly);
    if (withBuiltins)
        lib.scanBuiltins();
    return lib;
}

void TemplateLibrary::scanFiles(const QString &dir, const std::function<void(const QString &, const std::string &,
                                                                          const std::string &)> &use)
{
    for (const QString &path : yamlFilesUnder(dir)) {
        std::string text, error;
        const std::string label = path.startsWith(":/") ? "builtin:" + QFileInfo(path).fileName().toStdString()
                                                        : path.toStdString();
        if (readText(path, text, error))
            use(path, label, text);
        else
            m_problems.push_back({Diagnostic::Severity::Error, label, {}, error});
    }
}

void TemplateLibrary::scanFolder(const std::string &root, bool devicesOnly)
{
    const QString base = QString::fromStdString(root);
    scanFiles(base + "/devices", [this](const QString &, const std::string &label, const std::string &text) {
        DeviceTemplateResult r = readDeviceTemplate(text, label);
        if (r.error)
            m_problems.push_back(*r.error);
        else
            addDevice(std::move(*r.device));
    });
    if (devicesOnly)
        return;
    scanFiles(base + "/designs", [this](const QString &path, const std::string &label, const std::string &text) {
        DesignTemplateResult r = readDesignTemplateHeader(text, label);
        if (r.error) {
            m_problems.push_back(*r.error);
        } else if (r.info) {
            r.info->path = path.toStdString();
            addDesign(std::move(*r.info));
        }
    });
}

void TemplateLibrary::scanBuiltins()
{
    initTemplateResources();
    scanFolder(":/clusternet/templates", false);
}

void TemplateLibrary::addDevice(DeviceTemplate t)
{
    for (auto &entry : m_devices) {
        if (entry.device.matches(t.model) || (!t.slug.empty() && entry.device.matches(t.slug))) {
            entry.shadows.push_back(t.file);
            return;
        }
    }
    m_devices.push_back({std::move(t), {}});
}

void TemplateLibrary::addDesign(DesignTemplateInfo info)
{
    for (auto &entry : m_designs) {
        if (entry.info.id == info.id) {
            entry.shadows.push_back(info.file);
            return;
        }
    }
    m_designs.push_back({std::move(info), {}});
}

const DeviceTemplate *TemplateLibrary::findDevice(const std::string &modelOrSlug) const
{
    for (const auto &entry : m_devices)
        if (entry.device.matches(modelOrSlug))
            return &entry.device;
    return nullptr;
}

std::optional<std::string> TemplateLibrary::readDesignText(const DesignTemplateInfo &info, std::string &error)
{
    std::string text;
    if (!readText(QString::fromStdString(info.path), text, error))
        return std::nullopt;
    return text;
}

const DesignTemplateEntry *TemplateLibrary::findDesign(const std::string &id) const
{
    for (const auto &entry : m_designs)
        if (entry.info.id == id)
            return &entry;
    return nullptr;
}

} // namespace cn
