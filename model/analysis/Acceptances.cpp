#include "analysis/Acceptances.h"

#include "analysis/FindingText.h"
#include "design/CableIds.h"

#include <QCoreApplication>

#include <algorithm>

namespace cn
{
namespace
{

class AcceptanceText
{
    Q_DECLARE_TR_FUNCTIONS(Findings)
};

} // namespace

Acceptances::Acceptances(const Design &design)
    : m_risks(design.acceptedRisks), m_used(design.acceptedRisks.size(), 0)
{
    if (m_risks.empty())
        return;
    // A link may be named by its id, by A--B as written (or B--A), or, before the first save,
    // by the cable id the save will give it: all name one link.
    const std::vector<std::string> ids = cableIds(design);
    for (std::size_t i = 0; i < design.links.size(); ++i) {
        const Link &l = design.links[i];
        const std::string one = "\x01link " + std::to_string(i);
        for (const std::string &alias : {l.name(), l.a + "--" + l.b, l.b + "--" + l.a, ids[i]})
            m_linkAlias.emplace(alias, one);
    }
    for (std::size_t i = 0; i < m_risks.size(); ++i)
        m_byKey[keyOf(m_risks[i].rule, m_risks[i].elements)].push_back(i);
}

Acceptances::Key Acceptances::keyOf(const std::string &rule,
                                    const std::vector<std::string> &elements) const
{
    Key k{rule, elements};
    for (std::string &e : k.second)
        if (auto it = m_linkAlias.find(e); it != m_linkAlias.end())
            e = it->second;
    std::sort(k.second.begin(), k.second.end());
    k.second.erase(std::unique(k.second.begin(), k.second.end()), k.second.end());
    return k;
}

void Acceptances::mark(Finding &f)
{
    if (m_risks.empty())
        return;
    auto it = m_byKey.find(keyOf(f.rule, f.elements));
    if (it == m_byKey.end())
        return;
    const AcceptedRisk &r = m_risks[it->second.front()];
    f.accepted = true;
    f.acceptedBy = r.by;
    f.acceptedReason = r.reason;
    f.acceptedRisk = int(it->second.front());
    for (std::size_t i : it->second)
        m_used[i] = 1;
}

std::vector<Finding> Acceptances::staleFindings(int failures) const
{
    std::vector<Finding> out;
    for (std::size_t i = 0; i < m_risks.size(); ++i) {
        const AcceptedRisk &r = m_risks[i];
        if (m_used[i] || (r.rule == "double-fault" && failures < 2))
            continue;
        Finding f;
        f.rule = kStaleAcceptanceRule;
        f.severity = Severity::Warning;
        f.elements = r.elements;
        f.acceptedRisk = int(i);
        f.message =
            AcceptanceText::tr(
                "The accepted risk %1 on %2 (accepted by %3) no longer occurs: remove it from "
                "accepted_risks")
                .arg(FindingText::q(r.rule), FindingText::list(r.elements), FindingText::q(r.by))
                .toStdString();
        out.push_back(std::move(f));
    }
    return out;
}

} // namespace cn
