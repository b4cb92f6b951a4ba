#pragma once
// `report --ports` and `report --vlans`: the port plan of every switch and the VLAN and IP
// plan, as text (for people: free ports run together), JSON and CSV (every port).

#include "Cli.h"
#include "report/PortPlan.h"
#include "report/VlanPlan.h"

#include <QJsonObject>

namespace cn::cli
{

QJsonArray portPlanJson(const Design &d, const PortPlan &plan);
QJsonArray vlanPlanJson(const Design &d, const VlanPlan &plan);
void printPortPlanText(const Design &d, const PortPlan &plan, Io io);
void printVlanPlanText(const Design &d, const VlanPlan &plan, Io io);
void printPortPlanCsv(const Design &d, const PortPlan &plan, Io io);
void printVlanPlanCsv(const Design &d, const VlanPlan &plan, Io io);

QString csvField(const QString &s);

} // namespace cn::cli
