#include "LoaderFuzzTarget.h"

#include "io/DesignLoader.h"
#include "io/DesignSaver.h"
#include "templates/TemplateLibrary.h"

#include <cstdio>
#include <cstdlib>

namespace cn::fuzz {

const char *const kLabel = "fuzz.cluster.yaml";

namespace {

void (*g_failureHandler)(const std::string &) = nullptr;
LoadCounts g_counts;

// Reads the decimal number at `at`; -1 when there is none (or it is absurdly long).
long readNumber(const std::string &s, std::size_t &at)
{
    const std::size_t start = at;
    long value = 0;
    while (at < s.size() && s[at] >= '0' && s[at] <= '9' && at - start < 10)
        value = value * 10 + (s[at++] - '0');
    return at == start ? -1 : value;
}

// Lines as yaml-cpp counts them: '\n' ends a line. The length is in bytes, without the '\n'.
struct Lines {
    long count = 1;
    std::size_t lengthOf(long line, const std::string &text) const
    {
        std::size_t begin = 0;
        for (long l = 1; l < line; ++l)
            begin = text.find('\n', begin) + 1;
        const std::size_t end = text.find('\n', begin);
        return (end == std::string::npos ? text.size() : end) - begin;
    }
};

Lines linesOf(const std::string &text)
{
    Lines lines;
    for (char c : text)
        lines.count += c == '\n';
    return lines;
}

} // namespace

std::string diagnosticProblem(const std::string &formatted, const std::string &severity,
                              const std::string &text)
{
    const std::string label = std::string(kLabel) + ":";
    const std::string quoted = "'" + formatted + "'";
    if (formatted.compare(0, label.size(), label) != 0)
        return quoted + " does not start with '" + label + "'";
    std::size_t at = label.size();
    const long line = readNumber(formatted, at);
    if (line < 1 || at >= formatted.size() || formatted[at] != ':')
        return quoted + " has no line number of at least 1 after the file name";
    ++at;
    const long column = readNumber(formatted, at);
    if (column < 1)
        return quoted + " has no column number of at least 1 after the line";
    const std::string middle = ": " + severity + ": ";
    if (formatted.compare(at, middle.size(), middle) != 0)
        return quoted + " does not go on with '" + middle + "' after LINE:COLUMN";
    const std::string message = formatted.substr(at + middle.size());
    if (message.empty() || message.find('\n') != std::string::npos)
        return quoted + " has an empty or multi-line message";
    const Lines lines = linesOf(text);
    if (line > lines.count)
        return quoted + " names line " + std::to_string(line) + " of a text of " +
               std::to_string(lines.count) + " lines";
    const std::size_t length = lines.lengthOf(line, text);
    if (std::size_t(column) > length + 1)
        return quoted + " names column " + std::to_string(column) + " of a line of " +
               std::to_string(length) + " bytes";
    return {};
}

std::string loaderProblem(const std::string &text)
{
    // Built-ins only: what the loader makes of a text must not depend on the machine.
    static const TemplateLibrary library = TemplateLibrary::scan({});
    const DesignLoader loader(library);
    const LoadResult r = loader.loadText(text, kLabel);
    if (r.design.has_value() == r.error.has_value())
        return "the load gave both or neither a design and an error";
    for (const Diagnostic &w : r.warnings) {
        if (w.severity != Diagnostic::Severity::Warning)
            return "a warning with the severity of an error: " + w.format();
        const std::string problem = diagnosticProblem(w.format(), "warning", text);
        if (!problem.empty())
            return "warning " + problem;
    }
    ++(r.error ? g_counts.errors : g_counts.designs);
    if (r.error) {
        if (r.error->severity != Diagnostic::Severity::Error)
            return "an error with the severity of a warning: " + r.error->format();
        const std::string problem = diagnosticProblem(r.error->format(), "error", text);
        return problem.empty() ? std::string() : "error " + problem;
    }
    const std::string saved = saveDesignToString(*r.design);
    const LoadResult again = loader.loadText(saved, kLabel);
    if (!again.ok())
        return "the design loaded, but its saved form does not load: " + again.error->format() +
               "\n--- saved form ---\n" + saved;
    const std::string savedAgain = saveDesignToString(*again.design);
    if (savedAgain != saved)
        return "saving the reloaded design gives other text\n--- first save ---\n" + saved +
               "--- second save ---\n" + savedAgain;
    return {};
}

const LoadCounts &loadCounts()
{
    return g_counts;
}

void setFailureHandler(void (*handler)(const std::string &problem))
{
    g_failureHandler = handler;
}

} // namespace cn::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const std::string problem = cn::fuzz::loaderProblem(text);
    if (!problem.empty()) {
        if (cn::fuzz::g_failureHandler)
            cn::fuzz::g_failureHandler(problem);
        else
            std::fprintf(stderr, "loader fuzz: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
