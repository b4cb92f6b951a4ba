#pragma once
// The design's accepted risks applied to its findings: a finding whose rule and elements (as a
// set) an acceptance names is marked accepted; an acceptance that no finding matches is stale
// and becomes a warning of its own (rule stale-acceptance), so a fixed problem does not leave
// a silent exception behind.

#include "analysis/Finding.h"
#include "design/Design.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace cn
{

class Acceptances
{
public:
    explicit Acceptances(const Design &design);

    bool empty() const { return m_risks.empty(); }
    // Marks `f` accepted when an acceptance covers it; remembers that acceptance as in use.
    void mark(Finding &f);
    // A warning per acceptance that matched nothing. Acceptances of double faults are only
    // judged when double faults were looked for (`failures` 2).
    std::vector<Finding> staleFindings(int failures) const;

private:
    using Key = std::pair<std::string, std::vector<std::string>>; // rule, sorted elements
    Key keyOf(const std::string &rule, const std::vector<std::string> &elements) const;

    const std::vector<AcceptedRisk> &m_risks;
    std::map<std::string, std::string> m_linkAlias; // a link's id or A--B -> one spelling
    std::map<Key, std::vector<std::size_t>> m_byKey;
    std::vector<char> m_used;
};

} // namespace cn
