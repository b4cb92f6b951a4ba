#pragma once
// Comments of a hand-written design, kept with the element or key they stand before (or at the
// end of whose line they stand), so a save writes them back where they belong. An element the
// user deletes takes its comments with it.

#include <map>
#include <string>
#include <vector>

namespace cn
{

struct CommentLine {
    int indent = 0;   // columns right of the line it stands before (may be negative)
    std::string text; // "# ..." as written, or empty for a blank line
};

struct Comment {
    std::vector<CommentLine> before;
    std::string trailing; // "# ..." at the end of the line, or empty
    int trailingGap = 2;  // the spaces before it, as written (aligned comments stay aligned)

    bool empty() const { return before.empty() && trailing.empty(); }
};

struct Comments {
    Comment self;                        // the element itself (an item of a list)
    std::map<std::string, Comment> keys; // each of its keys

    bool empty() const;
    const Comment *key(const std::string &name) const;
};

} // namespace cn
