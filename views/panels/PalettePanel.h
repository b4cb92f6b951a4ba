#pragma once
// Device kinds and every switch and host model on the template search path, to drag onto the
// canvas (or double-click to add).

#include <QTreeWidget>

namespace cn {

class DesignDocument;

class PalettePanel : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PalettePanel(DesignDocument *doc, QWidget *parent = nullptr);
    void refresh();

signals:
    void addRequested(const QString &type, const QString &model);

protected:
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;

private:
    DesignDocument *m_doc;
};

// Whether a device template describes a switch: one with eight or more data ports.
bool looksLikeSwitch(const struct DeviceTemplate &t);

} // namespace cn
