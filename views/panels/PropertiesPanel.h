#pragma once
// Edits the selection: a device (with its adapters, teams, bindings and VMs), several devices
// at once (the fields they share), a link, or, with nothing selected, the design's title
// block and policy. Teams and bindings are chosen with pickers: a team's members from the
// host's ports (with speed and what each is cabled to), its mode from a list; a port's or
// team's networks from the design's. Every edit becomes one undoable command through the
// document; an edit the design cannot take is refused with its reason.

#include <QWidget>

#include <set>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QListWidget;
class QListWidgetItem;
class QPushButton;
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
    void fillModels(const std::string &type, const QString &current);
    QWidget *buildDesignPage();
    QWidget *buildDevicePage();
    QWidget *buildLinkPage();
    QTableWidget *addTable(QFormLayout *form, const QString &title, const QStringList &columns,
                           const QString &objectName);
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &objectName);

    void showDesign();
    void showDevice(const Device &d);
    void showDevices(const std::vector<const Device *> &devices);
    QWidget *buildTeamEditor();
    QWidget *buildBindingEditor();
    void showTeams(const Device &d);
    void showBindings(const Device &d);
    void teamMemberToggled(QListWidgetItem *item);
    void commitTeam();
    void createTeam();
    void removeTeam();
    void bindingToggled(QListWidgetItem *item);
    void commitDevices();
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
    // Inside a list's own signal the list must not be rebuilt: the refresh waits its turn.
    bool m_inListSignal = false;
    bool m_refreshQueued = false;
    std::string m_deviceId;
    std::vector<std::string> m_deviceIds; // several devices edited at once
    std::string m_team;                   // the team the team editor shows; empty: a new one
    std::set<std::string> m_staged;       // members checked for a new team
    std::string m_bindVia;
    std::string m_linkName;

    // Design page.
    QLineEdit *m_title, *m_author, *m_organisation, *m_revision, *m_date, *m_maxLm, *m_maxEvac;
    QPlainTextEdit *m_notes;
    // Device page.
    QLineEdit *m_id, *m_name, *m_cluster, *m_memory, *m_stack, *m_position;
    QComboBox *m_type, *m_model;
    std::string m_modelsType;        // what fillModels() listed: for the type
    std::uint64_t m_modelsLibrary = 0; // of this library
    int m_modelsExtra = -1;          // the row of a current model the library lacks
    QTableWidget *m_adapters, *m_vms;
    QLabel *m_multiNote;
    QWidget *m_teamBox, *m_bindBox;
    QComboBox *m_teamPick, *m_teamMode, *m_viaPick;
    QLineEdit *m_teamId;
    QListWidget *m_teamMembers, *m_bindNetworks;
    QPushButton *m_teamCreate, *m_teamRemove;
    QLabel *m_teamHint;
    // Link page.
    QLineEdit *m_linkId, *m_linkA, *m_linkB;
    QComboBox *m_linkKind, *m_linkSpeed;
    QCheckBox *m_linkFromBindings;
    QListWidget *m_linkNetworks;
};

} // namespace cn
