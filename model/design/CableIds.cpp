#include "design/CableIds.h"

#include <cstdio>
#include <map>
#include <set>

namespace cn
{
namespace
{

// The number of a generated-style id, or -1.
long long generatedNumber(const std::string &id)
{
    if (!isGeneratedCableId(id) || id.size() > 16)
        return -1;
    return std::stoll(id.substr(1));
}

std::string formatId(long long n)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "C%03lld", n);
    return buf;
}

} // namespace

bool isGeneratedCableId(const std::string &id)
{
    if (id.size() < 2 || id[0] != 'C')
        return false;
    for (std::size_t i = 1; i < id.size(); ++i)
        if (id[i] < '0' || id[i] > '9')
            return false;
    return true;
}

std::vector<std::string> cableIds(const Design &d)
{
    std::set<std::string> taken;
    long long highest = 0;
    for (const Link &l : d.links) {
        if (l.id.empty())
            continue;
        taken.insert(l.id);
        highest = std::max(highest, generatedNumber(l.id));
    }
    std::vector<std::string> ids;
    ids.reserve(d.links.size());
    long long next = highest + 1;
    for (const Link &l : d.links) {
        if (!l.id.empty()) {
            ids.push_back(l.id);
            continue;
        }
        std::string id = formatId(next++);
        while (taken.count(id)) // "C0007" beside a generated "C007" cannot be, but never share one
            id = formatId(next++);
        taken.insert(id);
        ids.push_back(std::move(id));
    }
    return ids;
}

Design withCableIds(Design d)
{
    const std::vector<std::string> ids = cableIds(d);
    std::map<std::string, std::string> renamed; // A--B -> id
    for (std::size_t i = 0; i < d.links.size(); ++i) {
        Link &l = d.links[i];
        if (!l.id.empty())
            continue;
        renamed.emplace(l.name(), ids[i]);
        l.id = ids[i];
    }
    if (!renamed.empty())
        for (AcceptedRisk &r : d.acceptedRisks)
            for (std::string &e : r.elements)
                if (auto it = renamed.find(e); it != renamed.end())
                    e = it->second;
    return d;
}

} // namespace cn
