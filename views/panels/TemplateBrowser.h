#pragma once
// Every device template on the search path, to find one by search: model, manufacturer, slug,
// part number and port counts ("48x 10G", "25g", "qsfp28"), a filter by kind (switch, server,
// storage, router/firewall, other), recently used and built-in models on top and the rest
// grouped by manufacturer. A tooltip shows a model's front ports by speed and media. Used by
// the palette and by the chooser of Insert ▸ Switch/Host.

#include "templates/DeviceKind.h"

#include <QString>
#include <QStringList>
#include <QTreeWidget>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace cn
{

class TemplateLibrary;
struct DeviceTemplateEntry;

// What a search text asks for: ports (a count at a speed, a speed) and words.
struct TemplateQuery {
    struct Ports {
        int count = 0;     // at least this many (0: any)
        int speedMbps = 0; // of this speed
    };
    std::vector<Ports> ports;
    QStringList words; // each must occur in the model, manufacturer, slug, part number or ports

    static TemplateQuery parse(const QString &text);
    bool matches(const DeviceTemplateEntry &e, const QString &haystack) const;
    bool empty() const { return ports.empty() && words.isEmpty(); }
};

// The lower-cased text a search looks in.
QString searchTextOf(const DeviceTemplateEntry &e);
// "Manufacturer Model", its kind, front ports by speed and media, where it was found.
QString templateToolTip(const DeviceTemplateEntry &e);

// The filter's choices; Router/firewall is one choice.
enum class KindFilter { All, Switch, Server, Storage, RouterOrFirewall, Other };
bool kindPasses(KindFilter filter, DeviceKind kind);

// The tree of the browser; dragging an item gives the device kind and model to the canvas.
class TemplateTree : public QTreeWidget
{
    Q_OBJECT
public:
    using QTreeWidget::QTreeWidget;

protected:
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
};

class TemplateBrowser : public QWidget
{
    Q_OBJECT
public:
    // `withKinds`: a first group of the generic kinds (a host, storage, ... with no model).
    TemplateBrowser(const TemplateLibrary *library, bool withKinds, QWidget *parent = nullptr);

    void setLibrary(const TemplateLibrary *library);
    // Lists the library again if it changed since it was listed (a document replaces its
    // library when it opens a file); returns whether it did.
    bool syncLibrary();
    void setKindFilter(KindFilter filter);
    void setSearchText(const QString &text);
    QLineEdit *searchField() const { return m_search; }
    TemplateTree *tree() const { return m_tree; }
    // The chosen item as "type|model" (model empty for a generic kind), or empty.
    QString currentChoice() const;
    // Items of models whose name is `model` (for tests and the palette).
    QList<QTreeWidgetItem *> itemsOf(const QString &model) const;

    // Recently used models, most recent first (kept in the settings).
    static QStringList recentModels();
    static void noteUsed(const QString &model);

signals:
    // A double-click or Enter on a model or kind: "type|model".
    void chosen(const QString &choice);

public slots:
    void rebuild();

private:
    void indexLibrary();

    const TemplateLibrary *m_library;
    std::uint64_t m_listed = 0; // the library m_haystacks were made of
    bool m_withKinds;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QLabel *m_count;
    TemplateTree *m_tree;
    QTimer *m_debounce;
    std::vector<QString> m_haystacks; // per device entry, built once per library
};

} // namespace cn
