#pragma once
// The device templates of one folder of the search path, as an index: for each file its size
// and modification time, and what a listing needs without reading the file again (model,
// slug, manufacturer, kind, front ports, whether it has a `clusternet:` mapping, its problems).
// The index is kept in the user's cache folder and checked against every file's size and time
// on each use: a file that is new, changed or gone is read again and the index rewritten
// (atomically); a corrupt, foreign or outdated index file is never trusted, only replaced.

#include "design/Diagnostic.h"
#include "templates/DeviceKind.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace cn
{

struct IndexedTemplate {
    std::string path;       // the file
    std::int64_t size = -1; // bytes
    std::int64_t mtimeNs = 0;
    bool isDevice = false; // read as a device template (else: not one, or broken)
    DeviceTemplate header; // of a device: all but its interfaces and module bays
    std::vector<PortGroup> ports;
    std::vector<std::string> oobByName; // ports taken as out-of-band for their names
    std::vector<Diagnostic> problems;   // the error of a broken file
};

struct TemplateIndexStats {
    int files = 0;          // device-template files in the folder
    int parsed = 0;         // read now (new, changed, or no usable index)
    int threads = 0;        // that read them side by side
    bool memoUsed = false;  // this process had read the folder as it still is
    bool cacheUsed = false; // a valid index was found
    bool cacheWritten = false;
    std::string cacheFile;
    std::string cacheProblem; // why an index file was not used or not written
};

class TemplateIndex
{
public:
    // The device-template files under `root`: *.yaml and *.yml under devices/ and under
    // device-types/ (FORMAT.md §2), sorted; folders named module-types are skipped.
    static std::vector<std::string> deviceFiles(const std::string &root);

    // The index of `root`'s device templates, from the cache where it is still true. Within a
    // process, a folder whose listing and stamps have not changed since it was last loaded gives
    // the same entries again (files changed in the last seconds are always read again).
    // The files to read are parsed by `threads` threads side by side (0: as many as the
    // processor runs at once); the entries are the same, in the same order, for any number.
    static std::shared_ptr<const std::vector<IndexedTemplate>>
    load(const std::string &root, TemplateIndexStats *stats = nullptr, int threads = 0);
    // Forgets what this process read (tests of the index file).
    static void forgetMemo();

    // Where the index of `root` is kept.
    static std::string cacheFileFor(const std::string &root);
    // Folders with fewer device-template files than this are read without an index file.
    static int minimumFilesForCache();
    static void setMinimumFilesForCache(int files); // tests
};

// Reads one file into an index entry (size and time as given).
IndexedTemplate indexTemplateFile(const std::string &path, std::int64_t size, std::int64_t mtimeNs);

} // namespace cn
