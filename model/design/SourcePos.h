#pragma once

namespace cn {

// A place in a source file, 1-based; line 0 means "unknown" (an element made in the editor).
struct SourcePos {
    int line = 0;
    int column = 0;
    bool known() const { return line > 0; }
};

} // namespace cn
