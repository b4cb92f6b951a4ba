#pragma once

#include "design/SourcePos.h"

#include <string>

namespace cn {

// A load error or warning with its place: printed as FILE:LINE:COLUMN: error: TEXT, on one
// line (control characters in TEXT are shown escaped).
struct Diagnostic {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    std::string file;
    SourcePos pos;
    std::string text;

    std::string format() const;
};

// Thrown inside the readers to stop at the first error; never leaves the model.
struct LoadFailure {
    SourcePos pos;
    std::string text;
};

} // namespace cn
