#include "templates/TemplateLibrary.h"

#include "io/YamlGuard.h"
#include "templates/TemplateIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <mutex>
#include <unordered_map>

static void initTemplateResources()
{
    // Resources of a static library must be registered by name before first use.
    Q_INIT_RESOURCE(builtin_templates);
}

namespace cn
{
namespace
{

class TemplateLibraryText
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)
};

const char *const kSettingsKey = "templates/folders";
const char *const kBuiltinRoot = ":/clusternet/templates";

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

std::uint64_t nextIdentity()
{
    static std::atomic<std::uint64_t> next{0};
    return ++next;
}

std::string lower(const std::string &s)
{
    std::string out(s);
    for (char &c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

struct TemplateLibrary::State {
    const std::uint64_t identity = nextIdentity();
    std::vector<TemplateFolder> folders;
    bool withBuiltins = false; // an empty library, unless scan() says what to read
    std::once_flag scanned;
    void ensure(); // reads the folders once, on first use
    void read();

    std::vector<DeviceTemplateEntry> devices;
    std::vector<DesignTemplateEntry> designs;
    std::vector<Diagnostic> problems;
    std::unordered_map<std::string, std::size_t> keys; // lower-cased model and slug -> device

    // Whole templates, read on first use; guarded by `mutex` (validation may run in a thread).
    mutable std::mutex mutex;
    mutable std::vector<std::unique_ptr<DeviceTemplate>> full; // per device; null until read
    mutable std::vector<bool> tried;
    mutable std::vector<Diagnostic> lateProblems;

    // Built-in templates, read whole at once: they are few and curated.
    std::vector<DeviceTemplate> builtins;
    std::vector<bool> builtinAdded;
    std::unordered_map<std::string, std::size_t> builtinKeys;

    std::optional<std::size_t> lookup(const DeviceTemplate &t) const
    {
        for (const std::string *k : {&t.model, &t.slug})
            if (!k->empty())
                if (auto it = keys.find(lower(*k)); it != keys.end())
                    return it->second;
        return std::nullopt;
    }

    std::size_t add(DeviceTemplateEntry entry, std::unique_ptr<DeviceTemplate> whole)
    {
        const std::size_t index = devices.size();
        for (const std::string *k : {&entry.device.model, &entry.device.slug})
            if (!k->empty())
                keys.emplace(lower(*k), index);
        devices.push_back(std::move(entry));
        full.push_back(std::move(whole));
        tried.push_back(full.back() != nullptr);
        return index;
    }

    void addBuiltin(std::size_t b)
    {
        builtinAdded[b] = true;
        const DeviceTemplate &t = builtins[b];
        DeviceTemplateEntry entry;
        entry.device = t;
        entry.device.interfaces.clear();
        entry.device.moduleBays.clear();
        entry.ports = frontPorts(t);
        for (const Interface &i : t.interfaces)
            if (i.oobByName)
                entry.oobByName.push_back(i.name);
        add(std::move(entry), std::make_unique<DeviceTemplate>(t));
    }

    // A candidate from a folder, in search order (FORMAT.md §2).
    void addFromFolder(const IndexedTemplate &e)
    {
        if (auto winner = lookup(e.header)) {
            devices[*winner].shadows.push_back(e.path);
            return;
        }
        if (!e.header.hasClusternet) {
            for (const std::string *k : {&e.header.model, &e.header.slug}) {
                auto b = k->empty() ? builtinKeys.end() : builtinKeys.find(lower(*k));
                if (b == builtinKeys.end())
                    continue;
                // The curated built-in wins over a plain library file of the same model.
                if (!builtinAdded[b->second])
                    addBuiltin(b->second);
                devices[keys.at(lower(*k))].shadows.push_back(e.path);
                return;
            }
        }
        DeviceTemplateEntry entry;
        entry.device = e.header;
        entry.ports = e.ports;
        entry.oobByName = e.oobByName;
        add(std::move(entry), nullptr);
    }

    void addDesign(DesignTemplateInfo info)
    {
        for (auto &entry : designs) {
            if (entry.info.id == info.id) {
                entry.shadows.push_back(info.file);
                return;
            }
        }
        designs.push_back({std::move(info), {}});
    }

    // Calls `use` with (path, label, text) for each YAML file under `dir`.
    void scanFiles(
        const QString &dir,
        const std::function<void(const QString &, const std::string &, const std::string &)> &use)
    {
        for (const QString &path : yamlFilesUnder(dir)) {
            std::string text, error;
            const std::string label = path.startsWith(":/")
                                          ? "builtin:" + QFileInfo(path).fileName().toStdString()
                                          : path.toStdString();
            if (readText(path, text, error))
                use(path, label, text);
            else
                problems.push_back({Diagnostic::Severity::Error, label, {}, error});
        }
    }

    void scanDesigns(const QString &dir)
    {
        scanFiles(dir,
                  [this](const QString &path, const std::string &label, const std::string &text) {
                      DesignTemplateResult r = readDesignTemplateHeader(text, label);
                      if (r.error) {
                          problems.push_back(*r.error);
                      } else if (r.info) {
                          r.info->path = path.toStdString();
                          addDesign(std::move(*r.info));
                      }
                  });
    }

    void readBuiltins()
    {
        initTemplateResources();
        scanFiles(QString(kBuiltinRoot) + "/devices",
                  [this](const QString &, const std::string &label, const std::string &text) {
                      DeviceTemplateResult r = readDeviceTemplate(text, label);
                      if (r.error) {
                          problems.push_back(*r.error);
                          return;
                      }
                      if (!r.device)
                          return;
                      const std::size_t b = builtins.size();
                      for (const std::string *k : {&r.device->model, &r.device->slug})
                          if (!k->empty())
                              builtinKeys.emplace(lower(*k), b);
                      builtins.push_back(std::move(*r.device));
                  });
        builtinAdded.assign(builtins.size(), false);
    }
};

TemplateLibrary::TemplateLibrary() : m_state(std::make_shared<State>()) {}

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
    // The folders are read when the library is first asked (see State::ensure): a library
    // replaced before that (a new document's, just before a file is opened) costs nothing.
    TemplateLibrary lib;
    lib.m_state->folders = folders;
    lib.m_state->withBuiltins = withBuiltins;
    return lib;
}

void TemplateLibrary::State::ensure()
{
    std::call_once(scanned, [this] { read(); });
}

void TemplateLibrary::State::read()
{
    State &s = *this;
    if (withBuiltins)
        s.readBuiltins();
    for (const auto &folder : folders) {
        const auto entries = TemplateIndex::load(folder.path);
        s.devices.reserve(s.devices.size() + entries->size());
        s.full.reserve(s.devices.capacity());
        s.keys.reserve(2 * s.devices.capacity());
        for (const IndexedTemplate &e : *entries) {
            if (!e.problems.empty())
                s.problems.insert(s.problems.end(), e.problems.begin(), e.problems.end());
            if (e.isDevice)
                s.addFromFolder(e);
        }
        if (!folder.devicesOnly)
            s.scanDesigns(QString::fromStdString(folder.path) + "/designs");
    }
    if (withBuiltins) {
        // Built-ins come last on the path: one a folder's template already matches is its shadow.
        for (std::size_t b = 0; b < s.builtins.size(); ++b) {
            if (s.builtinAdded[b])
                continue;
            if (auto winner = s.lookup(s.builtins[b])) {
                s.devices[*winner].shadows.push_back(s.builtins[b].file);
                s.builtinAdded[b] = true;
            } else {
                s.addBuiltin(b);
            }
        }
        s.scanDesigns(QString(kBuiltinRoot) + "/designs");
    }
}

const DeviceTemplateEntry *TemplateLibrary::findEntry(const std::string &modelOrSlug) const
{
    m_state->ensure();
    auto it = m_state->keys.find(lower(modelOrSlug));
    return it == m_state->keys.end() ? nullptr : &m_state->devices[it->second];
}

const DeviceTemplate *TemplateLibrary::findDevice(const std::string &modelOrSlug) const
{
    m_state->ensure();
    const State &s = *m_state;
    auto it = s.keys.find(lower(modelOrSlug));
    if (it == s.keys.end())
        return nullptr;
    const std::size_t i = it->second;
    std::lock_guard<std::mutex> lock(s.mutex);
    if (!s.tried[i]) {
        s.tried[i] = true;
        const DeviceTemplateEntry &entry = s.devices[i];
        DeviceTemplateResult r = readDeviceTemplateFile(entry.device.file);
        if (r.error) {
            s.lateProblems.push_back(*r.error);
        } else if (!r.device || !(r.device->matches(entry.device.model) &&
                                  r.device->slug == entry.device.slug)) {
            // The index is checked against the file's size and time; a file rewritten since
            // (within the same size and time stamp) is not taken for what it no longer is.
            s.lateProblems.push_back(
                {Diagnostic::Severity::Error,
                 entry.device.file,
                 {},
                 TemplateLibraryText::tr("the file changed while it was read: it no longer "
                                         "describes model '%1'; scan the templates again")
                     .arg(QString::fromStdString(entry.device.model))
                     .toStdString()});
        } else {
            s.full[i] = std::make_unique<DeviceTemplate>(std::move(*r.device));
        }
    }
    return s.full[i].get();
}

std::uint64_t TemplateLibrary::identity() const
{
    return m_state->identity;
}

const std::vector<DeviceTemplateEntry> &TemplateLibrary::devices() const
{
    m_state->ensure();
    return m_state->devices;
}

const std::vector<DesignTemplateEntry> &TemplateLibrary::designs() const
{
    m_state->ensure();
    return m_state->designs;
}

std::vector<Diagnostic> TemplateLibrary::problems() const
{
    m_state->ensure();
    std::vector<Diagnostic> out = m_state->problems;
    std::lock_guard<std::mutex> lock(m_state->mutex);
    out.insert(out.end(), m_state->lateProblems.begin(), m_state->lateProblems.end());
    return out;
}

std::optional<std::string> TemplateLibrary::readDesignText(const DesignTemplateInfo &info,
                                                           std::string &error)
{
    std::string text;
    if (!readText(QString::fromStdString(info.path), text, error))
        return std::nullopt;
    return text;
}

const DesignTemplateEntry *TemplateLibrary::findDesign(const std::string &id) const
{
    m_state->ensure();
    for (const auto &entry : m_state->designs)
        if (entry.info.id == id)
            return &entry;
    return nullptr;
}

} // namespace cn
