#include "document/ValidationRunner.h"

#include "analysis/Validator.h"
#include "templates/TemplateLibrary.h"

#include <QtConcurrent/QtConcurrentRun>

namespace cn {

ValidationRunner::ValidationRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::vector<Finding>>::finished, this, &ValidationRunner::collect);
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
    if (!m_running)
        start();
}

void ValidationRunner::start()
{
    Job job = std::move(*m_pending);
    m_pending.reset();
    m_running = true;
    m_runningGeneration = job.generation;
    m_future = QtConcurrent::run([job = std::move(job)] { return validate(job.design, *job.templates); });
    m_watcher.setFuture(m_future);
}

void ValidationRunner::collect()
{
    // Called by the watcher, or by wait() before the watcher's signal arrived.
    if (!m_running || !m_future.isFinished())
        return;
    m_running = false;
    std::vector<Finding> findings = m_future.takeResult();
    if (m_runningGeneration == m_generation) {
        m_findings = std::move(findings);
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
