#include "design/AcceptedRisks.h"

#include <algorithm>

namespace cn
{
namespace
{

std::vector<std::string> sorted(std::vector<std::string> v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
}

} // namespace

Design withAcceptedRisk(Design d, AcceptedRisk risk)
{
    const auto key = sorted(risk.elements);
    for (AcceptedRisk &r : d.acceptedRisks)
        if (r.rule == risk.rule && sorted(r.elements) == key) {
            risk.comments = r.comments;
            r = std::move(risk);
            return d;
        }
    d.acceptedRisks.push_back(std::move(risk));
    return d;
}

Design withoutAcceptedRisk(Design d, std::size_t index)
{
    if (index < d.acceptedRisks.size())
        d.acceptedRisks.erase(d.acceptedRisks.begin() + std::ptrdiff_t(index));
    return d;
}

} // namespace cn
