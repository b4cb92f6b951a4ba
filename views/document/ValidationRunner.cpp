#include "document/ValidationRunner.h"

#include "analysis/DesignIndex.h"
#include "analysis/Validator.h"
#include "templates/TemplateLibrary.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace cn
{

std::vector<LinkFacts> linkFacts(const Design &design, const TemplateLibrary &templates)
{
    const DesignIndex index(design, templates);
    std::vector<LinkFacts> facts;
    facts.reserve(index.links().size());
    for (const LinkInfo &l : index.links())
        facts.push_back({l.name, l.carries, l.speedMbps, l.link->kind, l.outOfBand});
    return facts;
}

ValidationRunner::ValidationRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &ValidationRunner::collect);
}

ValidationRunner::~ValidationRunner()
{
    // The run holds copies only, but must not outlive the process's Qt objects it reports to.
    m_watcher.disconnect(this);
    if (m_running) // a future whose result was taken is not waited for: it is done
        m_future.waitForFinished();
}

void ValidationRunner::request(Design design, std::shared_ptr<const TemplateLibrary> templates)
{
    m_pending = Job{++m_generation, std::move(design), std::move(templates)};
    // Started once the edit that asked is shown: on a busy machine the run's thread would
    // otherwise take the processor from the canvas's repaint.
    if (!m_running && !m_startQueued) {
        m_startQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_startQueued = false;
            if (!m_running && m_pending)
                start();
        });
    }
}

void ValidationRunner::start()
{
    Job job = std::move(*m_pending);
    m_pending.reset();
    m_running = true;
    m_runningGeneration = job.generation;
    m_future = QtConcurrent::run([job = std::move(job)] {
        return Result{validate(job.design, *job.templates), linkFacts(job.design, *job.templates)};
    });
    m_watcher.setFuture(m_future);
}

void ValidationRunner::collect()
{
    // Called by the watcher, or by wait() before the watcher's signal arrived.
    if (!m_running || !m_future.isFinished())
        return;
    m_running = false;
    Result result = m_future.takeResult();
    if (m_runningGeneration == m_generation) {
        m_findings = std::move(result.findings);
        m_links = std::move(result.links);
        m_doneGeneration = m_runningGeneration;
        emit finished();
    } else if (m_pending) {
        start(); // those findings are stale: run the newest design
    }
}

void ValidationRunner::wait()
{
    while (!isCurrent()) {
        if (!m_running) {
            if (!m_pending)
                return;
            start();
        }
        m_future.waitForFinished();
        collect();
    }
}

} // namespace cn
