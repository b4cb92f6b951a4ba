#pragma once
// The one fuzz entry for the design loader, shared by the seeded mutation driver under CTest
// (tst_loader_fuzz) and the libFuzzer target (fuzz_loader, CMake option CLUSTERNET_LIBFUZZER).
// A broken promise aborts, which is how libFuzzer learns of it.

#include <cstddef>
#include <cstdint>
#include <string>

namespace cn::fuzz {

// The label the entry loads every input under.
extern const char *const kLabel;

// The first promise of the loader that `text` breaks, or an empty string: the load ends in a
// design or an error; every error and warning reads LABEL:LINE:COLUMN: SEVERITY: TEXT with its
// place inside `text`; a design that loads saves, loads again and saves to the same text.
std::string loaderProblem(const std::string &text);

// Checks one formatted message against that form. `severity` is "error" or "warning".
std::string diagnosticProblem(const std::string &formatted, const std::string &severity,
                              const std::string &text);

// How the loads through the entry ended, for the driver's summary.
struct LoadCounts {
    long designs = 0;
    long errors = 0;
};
const LoadCounts &loadCounts();

// Called with the broken promise just before the entry aborts (the driver names the input).
void setFailureHandler(void (*handler)(const std::string &problem));

} // namespace cn::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
