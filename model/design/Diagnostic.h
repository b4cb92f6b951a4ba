#pragma once

#include "design/SourcePos.h"

#include <string>

namespace cn {

// A load error or warning with its place: printed as FILE:LINE:COLUMN: error: TEXT, with
// control characters escaped.
struct Diagnostic {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    std::string file;
    SourcePos pos;
    std::string text;

    std::string format() const;
};

// `text` with control characters (C0, DEL, C1) and stray bytes written as escapes (\x1B,
// \n, \u009B), so a file cannot send escape sequences to a terminal through a message.
std::string printable(const std::string &text);

// Thrown inside the readers to stop at the first error; never leaves the model.
struct LoadFailure {
    SourcePos pos;
    std::string text;
};

} // namespace cn
