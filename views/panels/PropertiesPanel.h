#pragma once
// Edits the selection: a device (with its adapters, teams, bindings and VMs), a link, or, with
// nothing selected, the design's title block and policy. Every edit becomes one undoable
// command through the document; an edit the design cannot take is refused with its reason.

#include <QWidget>

#include <string>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTableWidget;

namespace cn {

class DesignDocument;
class DiagramScene;
struct Device;
struct Link;

class PropertiesPanel : public QWidget
{
    Q_OBJECT
public:
    PropertiesPanel(DesignDocument *doc, DiagramScene *scene, QWidget *parent = nullptr);

    void refresh();

private:
    QWidget *buildDesignPage();
    QWidget *buildDevicePage();
    QWidget *buildLinkPage();
    QTableWidget *addTable(QFormLayout *form, const QString &title, const QStringList &columns,
                           const QString &objectName);
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &objectName);

    void showDesign();
    void showDevice(const Device &d);
    void showLink(const Link &l);
    void commitDesign();
    void commitDevice();
    void commitLink();
    void report(const QString &error);

    DesignDocument *m_doc;
    DiagramScene *m_scene;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_error = nullptr;
    bool m_populating = false;
    std::string m_deviceId;
    std::string m_linkName;

    // Design page.
    QLineEdit *m_title, *m_author, *m_organisation, *m_revision, *m_date, *m_maxLm, *m_maxEvac;
    QPlainTextEdit *m_notes;
    // Device page.
    QLineEdit *m_id, *m_name, *m_cluster, *m_memory, *m_stack, *m_position;
    QComboBox *m_type, *m_model;
    QTableWidget *m_adapters, *m_teams, *m_bindings, *m_vms;
    // Link page.
    QLineEdit *m_linkId, *m_linkA, *m_linkB, *m_linkSpeed, *m_linkNetworks;
    QComboBox *m_linkKind;
};

} // namespace cn
