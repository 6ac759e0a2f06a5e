#pragma once
// Embedding jobs in the background: a queue that runs one job at a time on a worker thread, so the GUI
// thread never reads a source, hashes a row or parses a provider's reply. Jobs wait in state "queued" until
// their turn; pause, resume and cancel reach them across the thread; progress and state come back as
// signals (queued connections: connect them to any object of the caller's thread).
//
//   JobQueue queue;
//   connect(&queue, &JobQueue::progress, this, [](int id, const JobProgress& p) { ... });
//   const int id = queue.enqueue(spec, qdrantConfig);
#include "EmbeddingJob.h"

#include <QHash>
#include <QMutex>
#include <QObject>

class QThread;

namespace vd {

class JobQueue : public QObject
{
    Q_OBJECT
public:
    explicit JobQueue(QObject* parent = nullptr);
    ~JobQueue()
        override; // cancels what runs (its checkpoint stays for a later --resume) and stops the thread

    // Returns the job's id; it starts when the jobs before it have finished.
    int enqueue(const JobSpec& spec, const ClientConfig& qdrant, const EmbeddingJob::Options& options = {});
    void pause(int id);
    void resume(int id);
    void cancel(int id); // a queued job is cancelled without starting
    EmbeddingJob::State state(int id) const;
    JobProgress progressOf(int id) const;
    QJsonObject summary(int id) const; // when finished

Q_SIGNALS:
    void stateChanged(int id, vd::EmbeddingJob::State state);
    void progress(int id, const vd::JobProgress& progress);
    void message(int id, const QString& text);
    void finished(int id, const QJsonObject& summary);

private:
    struct Entry
    {
        EmbeddingJob* job = nullptr; // lives on the worker thread
        EmbeddingJob::State state = EmbeddingJob::State::Queued;
        JobProgress progress;
        QJsonObject summary;
    };
    void startNext(); // on the worker thread
    void update(int id, const std::function<void(Entry&)>& change);
    QThread* m_thread;
    QObject* m_worker; // context object on the worker thread
    mutable QMutex m_mutex;
    QHash<int, Entry> m_entries;
    QList<int> m_waiting;
    int m_running = 0;
    int m_nextId = 1;
};

} // namespace vd

Q_DECLARE_METATYPE(vd::JobProgress)
