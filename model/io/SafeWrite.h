#pragma once
// All-or-nothing writing of a file: the new bytes go to a temporary file beside it; every
// write, the flush and the sync to disk are checked, and only then is the temporary file
// renamed over the target. On any failure the target keeps its old content and the error
// says why (a full disk is not reported by QSaveFile::commit() for small files: its final
// flush fails unseen and the empty file replaces the old one).

#include <functional>
#include <string>

class QSettings;

namespace cn
{

enum class WriteStage { Open, Write, Flush, Sync, Commit, Settings };

// Writes `bytes` to `path`. Returns an error text ("cannot write PATH: REASON; PATH is
// unchanged"), or an empty string on success.
std::string writeFileAtomically(const std::string &path, const std::string &bytes);

// Writes pending settings to disk and checks that it worked. Returns an error text, or empty.
std::string syncSettings(QSettings &settings);

// The test seam: a hook that makes a stage fail as if the disk were full. Returns the
// previous hook. The environment variable CLUSTERNET_FAIL_WRITE=open|write|flush|sync|commit|
// settings does the same for a whole process (for tests that run the program).
using WriteFaultHook = std::function<bool(WriteStage stage, const std::string &path)>;
WriteFaultHook setWriteFaultHook(WriteFaultHook hook);

} // namespace cn
