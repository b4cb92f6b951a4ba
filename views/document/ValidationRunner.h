#pragma once
// Validates designs off the GUI thread. One run at a time, on a copy of the design; edits made
// while a run is busy wait, and only the newest of them runs next, so a burst of edits costs at
// most two runs and the findings never go back to an older design. A run also works out what
// each link carries (the canvas colours links by it), so the GUI thread need not.

#include "analysis/Finding.h"
#include "design/Design.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace cn
{

class TemplateLibrary;

// What a link carries, as the analysis resolves it (RULES.md "Which networks a link carries").
struct LinkFacts {
    std::string name;
    std::vector<int> carries; // indices into the design's networks
    int speedMbps = 0;        // effective
    LinkKind kind = LinkKind::Cable;
    bool outOfBand = false;
};
std::vector<LinkFacts> linkFacts(const Design &design, const TemplateLibrary &templates);

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
    // What the links of that design carry.
    const std::vector<LinkFacts> &links() const { return m_links; }
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
    bool m_startQueued = false;
    std::optional<Job> m_pending;
    struct Result {
        std::vector<Finding> findings;
        std::vector<LinkFacts> links;
    };
    QFuture<Result> m_future;
    QFutureWatcher<Result> m_watcher;
    std::vector<Finding> m_findings;
    std::vector<LinkFacts> m_links;
};

} // namespace cn
