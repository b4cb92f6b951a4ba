#pragma once
// A device on the canvas: a box with its header, NIC cards and labelled ports, or a switch
// with its port rows from the template. Holds the device's id and a copy of its data, given
// by the scene when an edit changed it; never changes the model itself. Zoomed far out it
// draws a plain box: its text would be less than a pixel high.

#include "canvas/DeviceGeometry.h"

#include <QColor>
#include <QGraphicsItem>

#include <map>
#include <set>

namespace cn {

struct DeviceMarks {
    bool spof = false;                 // the switch itself is a single point of failure
    std::set<std::string> spofAdapters;
    bool failed = false;               // failure mode: the switch is failed
    std::set<std::string> failedAdapters;
    bool affected = false;             // failure mode: loses a partner
    std::map<std::string, QColor> portColors; // cabled ports and the colour of their link
    std::map<std::string, QColor> teamColors; // member port -> its team's colour
    std::map<std::string, std::vector<std::pair<QString, QColor>>> adapterTeams; // adapter -> its teams

    bool operator==(const DeviceMarks &o) const
    {
        return spof == o.spof && spofAdapters == o.spofAdapters && failed == o.failed &&
               failedAdapters == o.failedAdapters && affected == o.affected &&
               portColors == o.portColors && teamColors == o.teamColors &&
               adapterTeams == o.adapterTeams;
    }
    bool operator!=(const DeviceMarks &o) const { return !(*this == o); }
};

class DeviceItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    explicit DeviceItem(std::string id);

    int type() const override { return Type; }
    const std::string &id() const { return m_id; }
    const Device &device() const { return m_device; }
    const DeviceGeometry &geometry() const { return m_geometry; }
    const DeviceMarks &marks() const { return m_marks; }
    void setData(const Device &device, const DeviceTemplate *tmpl, DeviceMarks marks);
    // The device changed: new geometry.
    void setDevice(const Device &device, const DeviceTemplate *tmpl);
    // Only its position or pin changed (the scene moves the item itself).
    void setLayout(const Device &device);
    // Repaints only when the marks differ.
    void setMarks(DeviceMarks marks);

    // The point where a link to `local` leaves the box, on the side facing `towards` (scene).
    QPointF anchor(const std::string &local, const QPointF &towards) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void paintPorts(QPainter *painter) const;
    static void drawBoxText(QPainter *painter, const BoxText &t, const QColor &color,
                            Qt::Alignment align = Qt::AlignLeft);

    std::string m_id;
    Device m_device;
    DeviceGeometry m_geometry;
    DeviceMarks m_marks;
};

} // namespace cn
