#include "JobQueue.h"

#include <QThread>

namespace vd {

JobQueue::JobQueue(QObject* parent) : QObject(parent), m_thread(new QThread(this)), m_worker(new QObject())
{
    qRegisterMetaType<vd::JobProgress>();
    qRegisterMetaType<vd::EmbeddingJob::State>();
    m_thread->setObjectName(QStringLiteral("vd-jobs"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

JobQueue::~JobQueue()
{
    QMetaObject::invokeMethod(
        m_worker,
        [this]() {
            QMutexLocker lock(&m_mutex);
            m_waiting.clear();
            for (Entry& e : m_entries)
                if (e.job) {
                    e.job->disconnect(this);
                    e.job->cancel();
                    delete e.job;
                    e.job = nullptr;
                }
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void JobQueue::update(int id, const std::function<void(Entry&)>& change)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(id);
    if (it != m_entries.end()) change(*it);
}

int JobQueue::enqueue(const JobSpec& spec, const ClientConfig& qdrant, const EmbeddingJob::Options& options)
{
    int id;
    {
        QMutexLocker lock(&m_mutex);
        id = m_nextId++;
        m_entries.insert(id, Entry());
        m_waiting.append(id);
    }
    Q_EMIT stateChanged(id, EmbeddingJob::State::Queued);
    QMetaObject::invokeMethod(m_worker, [this, id, spec, qdrant, options]() {
        auto* job = new EmbeddingJob(spec, qdrant, options);
        connect(
            job, &EmbeddingJob::stateChanged, this,
            [this, id](EmbeddingJob::State s) {
                update(id, [s](Entry& e) { e.state = s; });
                Q_EMIT stateChanged(id, s);
            },
            Qt::DirectConnection);
        connect(
            job, &EmbeddingJob::progressChanged, this,
            [this, id, job]() {
                const JobProgress p = job->progress();
                update(id, [p](Entry& e) { e.progress = p; });
                Q_EMIT progress(id, p);
            },
            Qt::DirectConnection);
        connect(
            job, &EmbeddingJob::message, this, [this, id](const QString& m) { Q_EMIT message(id, m); },
            Qt::DirectConnection);
        connect(
            job, &EmbeddingJob::finished, this,
            [this, id, job]() {
                const QJsonObject s = job->summary();
                const JobProgress p = job->progress();
                update(id, [&](Entry& e) {
                    e.summary = s;
                    e.progress = p;
                    e.state = job->state();
                    e.job = nullptr;
                });
                job->deleteLater();
                {
                    QMutexLocker lock(&m_mutex);
                    if (m_running == id) m_running = 0;
                }
                Q_EMIT finished(id, s);
                startNext();
            },
            Qt::DirectConnection);
        update(id, [job](Entry& e) { e.job = job; });
        startNext();
    });
    return id;
}

void JobQueue::startNext()
{
    EmbeddingJob* next = nullptr;
    {
        QMutexLocker lock(&m_mutex);
        if (m_running != 0) return;
        while (!m_waiting.isEmpty() && !next) {
            const int id = m_waiting.takeFirst();
            Entry& e = m_entries[id];
            if (e.state == EmbeddingJob::State::Queued && e.job) {
                m_running = id;
                next = e.job;
            } else if (e.state == EmbeddingJob::State::Queued) {
                m_waiting.prepend(id); // not created yet on this thread; try again when it is
                break;
            }
        }
    }
    if (next) next->start();
}

void JobQueue::pause(int id)
{
    QMetaObject::invokeMethod(m_worker, [this, id]() {
        QMutexLocker lock(&m_mutex);
        EmbeddingJob* j = m_entries.value(id).job;
        lock.unlock();
        if (j) j->pause();
    });
}

void JobQueue::resume(int id)
{
    QMetaObject::invokeMethod(m_worker, [this, id]() {
        QMutexLocker lock(&m_mutex);
        EmbeddingJob* j = m_entries.value(id).job;
        lock.unlock();
        if (j) j->resume();
    });
}

void JobQueue::cancel(int id)
{
    QMetaObject::invokeMethod(m_worker, [this, id]() {
        QMutexLocker lock(&m_mutex);
        Entry& e = m_entries[id];
        EmbeddingJob* j = e.job;
        if (e.state == EmbeddingJob::State::Queued) {
            // Never started: drop it from the queue and say so.
            m_waiting.removeAll(id);
            e.state = EmbeddingJob::State::Cancelled;
            e.job = nullptr;
            lock.unlock();
            if (j) j->deleteLater();
            Q_EMIT stateChanged(id, EmbeddingJob::State::Cancelled);
            Q_EMIT finished(id, QJsonObject{{QStringLiteral("state"), QStringLiteral("cancelled")}});
            return;
        }
        lock.unlock();
        if (j) j->cancel();
    });
}

EmbeddingJob::State JobQueue::state(int id) const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.value(id).state;
}

JobProgress JobQueue::progressOf(int id) const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.value(id).progress;
}

QJsonObject JobQueue::summary(int id) const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.value(id).summary;
}

} // namespace vd
