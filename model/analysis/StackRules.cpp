// stack-unsupported and stack-incomplete.
#include "analysis/FindingText.h"
#include "analysis/Rules.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

#include <map>

namespace cn {

void checkStacks(const DesignIndex &index, std::vector<Finding> &out)
{
    const Design &d = index.design();
    std::vector<std::pair<std::string, std::vector<int>>> stacks;
    for (std::size_t s = 0; s < d.devices.size(); ++s) {
        if (!d.devices[s].isSwitch() || d.devices[s].stack.empty())
            continue;
        auto it = std::find_if(stacks.begin(), stacks.end(),
                               [&](const auto &st) { return st.first == d.devices[s].stack; });
        if (it == stacks.end())
            stacks.push_back({d.devices[s].stack, {int(s)}});
        else
            it->second.push_back(int(s));
    }
    for (const auto &[stack, members] : stacks) {
        if (members.size() < 2)
            continue;
        std::vector<std::string> ids;
        for (int m : members) {
            ids.push_back(d.devices[std::size_t(m)].id);
            const DeviceTemplate *t = index.templateOf(m);
            if (t && t->stackable)
                continue;
            Finding f;
            f.rule = "stack-unsupported";
            f.severity = Severity::Error;
            f.elements = {d.devices[std::size_t(m)].id};
            f.message = FindingText::tr("Switch %1 (%2) is in stack %3, but that model cannot be stacked")
                            .arg(FindingText::q(d.devices[std::size_t(m)].id),
                                 FindingText::q(d.devices[std::size_t(m)].model), FindingText::q(stack))
                            .toStdString();
            out.push_back(std::move(f));
        }
        std::map<int, std::size_t> position;
        for (std::size_t i = 0; i < members.size(); ++i)
            position[members[i]] = i;
        boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> g(members.size());
        for (const LinkInfo &l : index.links()) {
            if (l.link->kind != LinkKind::Stacking || !position.count(l.switchA) || !position.count(l.switchB))
                continue;
            boost::add_edge(position[l.switchA], position[l.switchB], g);
        }
        std::vector<int> component(members.size());
        if (boost::connected_components(g, component.data()) <= 1)
            continue;
        Finding f;
        f.rule = "stack-incomplete";
        f.severity = Severity::Error;
        f.elements = {stack};
        f.affects = ids;
        f.message = FindingText::tr("The members of stack %1 (%2) are not all joined by stacking links")
                        .arg(FindingText::q(stack), FindingText::list(ids))
                        .toStdString();
        out.push_back(std::move(f));
    }
}

} // namespace cn
