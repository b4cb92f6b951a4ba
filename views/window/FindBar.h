#pragma once
// Find (Ctrl+F): a line above the canvas that finds a device, port, network or cable by id or
// name as you type (a list of matches drops down); Enter or a click on a match jumps to it.

#include <QWidget>

#include <string>
#include <vector>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace cn
{

class DesignDocument;

struct FindTarget {
    enum Kind { Device, Port, Network, Cable };
    Kind kind = Device;
    std::string ref; // device id, DEVICE:PORT, network id, or cable name
    QString text;    // as listed
};

class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(DesignDocument *doc, QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    // Shows the bar with the text selected, ready to type.
    void open();
    // What `text` finds: an exact id, name or listed text first, then the first listed text
    // that contains it. Empty when nothing matches.
    std::vector<FindTarget> find(const QString &text) const;

signals:
    void chosen(const cn::FindTarget &target);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void choose(const QString &text);

    DesignDocument *m_doc;
    QLineEdit *m_edit;
    QLabel *m_status;
    QCompleter *m_completer;
    QStringListModel *m_model;
    std::vector<FindTarget> m_targets;
    bool m_stale = true;
};

} // namespace cn
