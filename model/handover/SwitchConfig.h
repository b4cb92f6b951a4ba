#pragma once
// Switch configurations for the network team: per switch (a stack is one switch to configure)
// the CLI that realises the port plan (report/PortPlan.h) in the dialect of its model —
// PowerConnect 5424, 6248 and 8024F (firmware 4/5) — or, for any other model, a vendor-neutral
// plan in Markdown and CSV. What a model cannot do (a port-channel across two unstacked
// switches, a VLAN above the model's limit, a stack of a model that does not stack) is named
// as a problem and left out, never written as a command that would not work.

#include "analysis/DesignIndex.h"

#include <QCoreApplication>

#include <string>
#include <vector>

namespace cn
{

enum class ConfigDialect {
    PowerConnect5424,  // 5424/5448: interface ethernet g1, vlan database
    PowerConnect6248,  // 6224/6248 (firmware 3): interface ethernet 1/g1, general mode
    PowerConnect8024F, // 8024/8024F (firmware 4/5): interface Te1/0/1, vlan N + name
    Neutral,           // any other model: a plan in Markdown and CSV
};

// The dialect of a device template's model ("PowerConnect 6248", "PowerConnect 8024F", ...).
ConfigDialect dialectOfModel(const std::string &model);
// "PowerConnect 5424", ..., "vendor-neutral plan": for messages and the editor.
std::string toString(ConfigDialect d);

struct SwitchConfig {
    std::string name;                  // the switch id, or the stack's name
    bool stack = false;                // `name` is a stack of `switches`
    std::vector<std::string> switches; // member switch ids, unit 1 first
    std::string model;                 // the template's manufacturer and model
    ConfigDialect dialect = ConfigDialect::Neutral;
    std::string text;                  // the CLI; for Neutral the Markdown plan
    std::string csv;                   // Neutral only: the port plan as CSV
    std::vector<std::string> problems; // what the design asks and the switch cannot do

    // "core.cfg", "sw-iscsi-a.cfg"; for a neutral plan "sw-x.md" (and csvFileName()).
    std::string fileName() const;
    std::string csvFileName() const;
};

// Every switch of the design, stacks together, in the order their first member appears.
// `cables`: the cable id of each link (design/CableIds.h). Switches without a template get a
// configuration that says so.
std::vector<SwitchConfig> switchConfigs(const DesignIndex &index,
                                        const std::vector<std::string> &cables);

// The configuration that covers switch `id` (its stack's, for a stack member); nullptr when
// `id` is no switch of `configs`.
const SwitchConfig *configOfSwitch(const std::vector<SwitchConfig> &configs, const std::string &id);

class SwitchConfigText
{
    Q_DECLARE_TR_FUNCTIONS(SwitchConfig)
};

} // namespace cn
