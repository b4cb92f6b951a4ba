#pragma once
// How the panels write list-valued fields as text and read them back, with the same checks as
// the loader: "mgmt, vm" for networks, "nic1, nic2:10G" for ports with a speed.

#include "design/Design.h"

#include <QString>
#include <QStringList>

class QWidget;

#include <optional>

namespace cn {

QStringList splitList(const QString &text);
QString joinList(const std::vector<std::string> &items);

QString portsText(const Adapter &a);
// Fills a.ports from text; returns an error text or an empty string.
QString readPorts(const QString &text, Adapter &a);
QString rolesText(const Network &n);
QString readRoles(const QString &text, Network &n);
// An optional speed: empty text is "not set".
QString readSpeed(const QString &text, std::optional<int> &speed);
// VLAN 1..4094, a subnet prefix, a rate in Gb/s; empty text is "not set". The error names
// what is wrong with the text as typed, to show beside the field.
QString readVlan(const QString &text, std::optional<int> &vlan);
QString readSubnet(const QString &text, std::string &subnet);
QString readGbps(const QString &text, std::optional<double> &gbps);
QString checkId(const QString &id, const QString &what);

// A list box in a scrolling panel takes the wheel only once clicked into: scrolling past it
// must not change a value of the design.
void ignoreWheelUnlessFocused(QWidget *w);

} // namespace cn
