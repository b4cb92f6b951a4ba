#pragma once
// Validates designs off the GUI thread. One run at a time, on a copy of the design; edits made
// while a run is busy wait, and only the newest of them runs next, so a burst of edits costs at
// most two runs and the findings never go back to an older design.

#include "analysis/Finding.h"
#include "design/Design.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace cn {

class TemplateLibrary;

class ValidationRunner : public QObject
{
    Q_OBJECT
public:
    explicit ValidationRunner(QObject *parent = nullptr);
    ~ValidationRunner() override;

    // Validates `design` with `templates` (which must not change while shared).
    void request(Design design, std::shared_ptr<const TemplateLibrary> templates);
    // The findings of the newest request that finished.
    const std::vector<Finding> &findings() const { return m_findings; }
    // Whether they are the findings of the last request.
    bool isCurrent() const { return m_doneGeneration == m_generation; }
    // Blocks until the findings of the last request are in (and `finished` was emitted).
    void wait();

signals:
    void finished();

private:
    struct Job {
        quint64 generation = 0;
        Design design;
        std::shared_ptr<const TemplateLibrary> templates;
    };
    void start();
    void collect();

    quint64 m_generation = 0;     // of the last request
    quint64 m_doneGeneration = 0; // of the findings held
    quint64 m_runningGeneration = 0;
    bool m_running = false;
    std::optional<Job> m_pending;
    QFuture<std::vector<Finding>> m_future;
    QFutureWatcher<std::vector<Finding>> m_watcher;
    std::vector<Finding> m_findings;
};

} // namespace cn
