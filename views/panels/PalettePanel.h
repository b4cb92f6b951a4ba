#pragma once
// Device kinds and every device template on the search path, found by search and filtered by
// kind (TemplateBrowser), to drag onto the canvas (or double-click to add).

#include <QWidget>

class QTreeWidgetItem;

namespace cn
{

class DesignDocument;
class TemplateBrowser;

class PalettePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PalettePanel(DesignDocument *doc, QWidget *parent = nullptr);
    void refresh();
    TemplateBrowser *browser() const { return m_browser; }
    // The items of a model, in any group (tests).
    QList<QTreeWidgetItem *> itemsOf(const QString &model) const;

signals:
    void addRequested(const QString &type, const QString &model);

private:
    DesignDocument *m_doc;
    TemplateBrowser *m_browser;
};

// Whether a device template describes a switch (its kind, FORMAT-style docs in docs/templates.md).
bool looksLikeSwitch(const struct DeviceTemplate &t);

} // namespace cn
