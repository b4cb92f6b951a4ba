#pragma once
// The limits that stop hostile input, and the reading of a file under them: only regular
// files are read (a FIFO or a device would block or never end), and never past the size limit.

#include <cstddef>
#include <optional>
#include <string>

namespace cn
{

struct YamlLimits {
    std::size_t maxBytes = 16u * 1024u * 1024u;
    int maxDepth = 64;
    long maxExpandedNodes = 1000000;
};

// "file is larger than N MiB"
std::string sizeLimitText(std::size_t maxBytes);

// Reads a whole file, refusing a file that is not a regular file (saying what it is) or is over
// the size limit, without blocking. Returns the error text, or nothing on success.
std::optional<std::string> readFileLimited(const std::string &path, std::string &out,
                                           std::size_t maxBytes);

// What is at `path` when it is not a regular file ("a directory", "a named pipe (FIFO)", ...),
// or nothing for a regular file or a path that does not exist.
std::optional<std::string> nonRegularKind(const std::string &path);

} // namespace cn
