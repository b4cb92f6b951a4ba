#pragma once
// The design's networks: a list to pick from (and to drag onto a port or team on the canvas),
// and a form for the chosen one: id and name, roles as check boxes, VLAN and subnet checked
// as you type with the reason in place, cluster use, isolation, load and a colour chosen in a
// colour dialog. A new network has no role until one is chosen; it joins the design then.
// Every edit is one undoable command; nothing typed is thrown away behind the user's back.

#include "design/Design.h"

#include <QWidget>

#include <map>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace cn {

class DesignDocument;

// The MIME type of a network dragged from the list: its id, UTF-8.
extern const char *const kNetworkMime;

class NetworksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NetworksPanel(DesignDocument *doc, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // The id of the network the form shows; empty for a new one not yet in the design.
    std::string current() const { return m_current; }
    void select(const std::string &id);

    void refresh();
    // Starts a new network in the form: it is added when it gets its first role.
    void addNetwork();
    void removeSelected();

private:
    QWidget *buildForm();
    void showForm();
    void commitForm();
    void roleToggled(Role role, bool on);
    void chooseColour();
    void validateAsYouType();
    // Reads the form into `n`; returns the first problem, or an empty string.
    QString readForm(Network &n) const;

    DesignDocument *m_doc;
    QTableWidget *m_table;
    QLabel *m_error;
    QWidget *m_form;
    QScrollArea *m_scroll;
    QLabel *m_formTitle;
    QLineEdit *m_id, *m_name, *m_vlan, *m_subnet, *m_load;
    QLabel *m_vlanProblem, *m_subnetProblem, *m_loadProblem, *m_roleHint;
    std::map<Role, QCheckBox *> m_roles;
    QComboBox *m_clusterUse, *m_isolation;
    QPushButton *m_colour, *m_colourAuto;
    std::string m_current;
    bool m_draft = false;
    Network m_draftNetwork;
    bool m_populating = false;
};

} // namespace cn
