#pragma once
// The words of findings, shared by the command line and the editor; all through tr().

#include "design/Enums.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace cn {

struct FailureUnit;

class FindingText
{
    Q_DECLARE_TR_FUNCTIONS(Findings)
public:
    static QString roleName(Role r);
    // "management", "management and VM traffic", or cluster communication for the three
    // cluster roles together.
    static QString roles(const std::vector<Role> &roles);
    // "a", "a and b", "a, b and c"
    static QString list(const std::vector<std::string> &items);
    // The same, naming at most `shown` items and counting the rest ("a, b and 12 more"): for
    // the devices a failure cuts, which on large designs are hundreds.
    static QString someOf(const std::vector<std::string> &items, std::size_t shown = 8);
    static QString unit(const FailureUnit &u);
    static QString q(const std::string &s) { return QString::fromStdString(s); }
    static QString gbps(double v) { return QString::number(v, 'g', 4); }
    static QString seconds(double s) { return QString::number(qRound(s)); }
};

} // namespace cn
