#pragma once
// One embedding job: rows from a source, rendered by the text template, embedded by the provider through
// the EmbedScheduler, and upserted into a Qdrant collection with stable ids and mapped payload. It runs
// in the background (everything is asynchronous; the GUI gives it a thread of its own), can be paused,
// resumed and cancelled, reports progress, and keeps a JobCheckpoint so a crash resumes where it stopped.
//
// Incremental mode: each point carries vd_job (the job's name) and vd_hash ("<text hash>.<payload hash>").
// A row whose hashes match what is stored is skipped; one whose payload alone changed has its payload
// rewritten without a provider call; one whose text changed is embedded again; with delete_missing, points
// of this job whose row is gone are deleted.
//
// A dry run reads everything and compares with the collection, but calls no provider and writes nothing.
#include "JobCheckpoint.h"
#include "JobSpec.h"
#include "qdrant/QdrantClient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <memory>

namespace vd {

struct JobProgress
{
    qint64 rowsTotal = -1; // -1 until counted
    qint64 rowsRead = 0;
    qint64 newRows = 0;
    qint64 changedRows = 0;
    qint64 payloadOnlyRows = 0;
    qint64 unchangedRows = 0;
    qint64 resumedRows = 0; // done by an earlier, interrupted run
    qint64 embedded = 0;
    qint64 upserted = 0;
    qint64 deadLettered = 0;
    qint64 deleted = 0;
    qint64 toDelete = 0;
    qint64 calls = 0;
    qint64 retries = 0;
    qint64 rateLimited = 0;
    qint64 tokens = 0;
    double costUsd = 0;
    qint64 elapsedMs = 0;
    qint64 etaMs = -1;
    QString waiting; // why nothing is being sent right now, if so
    QJsonObject toJson() const;
};

struct DeadLetter
{
    QString key;
    qint64 row = 0;
    QString error;
};

class EmbeddingJob : public QObject
{
    Q_OBJECT
public:
    enum class State { Queued, Running, Paused, Cancelled, Failed, Done };
    Q_ENUM(State)
    struct Options
    {
        bool dryRun = false;
        bool resume = false;
    };

    EmbeddingJob(const JobSpec& spec, const ClientConfig& qdrant, const Options& options,
                 QObject* parent = nullptr);
    ~EmbeddingJob() override;

    void start();
    void pause();
    void resume();
    void cancel();

    State state() const { return m_state; }
    static QString stateName(State s);
    const JobProgress& progress() const { return m_progress; }
    QString errorString() const { return m_error; }
    QString errorAdvice() const { return m_advice; }
    // For a failed job: 3 when the cause is a connection or a refused key (Qdrant's or the provider's),
    // else 1 (the CLI's exit codes).
    int failureCode() const { return m_failureCode; }
    const QList<DeadLetter>& deadLetters() const { return m_dead; }
    const JobSpec& spec() const { return m_spec; }
    EmbeddingProvider* provider() const { return m_provider.get(); }
    // The end-of-run report (the CLI prints it as JSON on stdout).
    QJsonObject summary() const;

Q_SIGNALS:
    void stateChanged(vd::EmbeddingJob::State state);
    void progressChanged();
    void message(const QString& text); // notable events for a log view or stderr
    void finished();

private:
    struct RowInFlight
    {
        QString key;
        QJsonValue id;
        QJsonObject payload;
        qint64 row;
        QString text, title; // kept while the row waits for its vector
    };
    void setState(State s);
    void fail(const QString& error, const QString& advice = QString(), int failureCode = 1);
    void failWith(const QdrantError& e, const QString& context);
    // Steps, in order
    void checkCollection();
    void createCollection();
    void openCheckpoint();
    void loadExisting(const std::optional<PointId>& offset);
    void countRows();
    void replayPending();
    void pumpSource();
    void processRow(const SourceRow& row);
    void deadLetter(const QString& key, qint64 row, const QString& error, bool record = true);
    void onEmbedded(const QList<EmbedItem>& items, const QList<Vector>& vectors);
    void upsertBatch(const JobCheckpoint::Batch& batch);
    void flushPayloadOnly(bool force);
    void maybeFinish();
    void deleteMissing();
    void complete();
    void updateStats();
    bool writeDeadLetters(QString* error) const;
    QJsonValue pointId(const QString& key) const;
    bool mapPayload(const QJsonObject& row, QJsonObject* out, QString* error) const;

    JobSpec m_spec;
    Options m_options;
    std::unique_ptr<QdrantClient> m_client;
    std::unique_ptr<EmbeddingProvider> m_provider;
    std::unique_ptr<EmbedScheduler> m_scheduler;
    std::unique_ptr<RowSource> m_source;
    JobCheckpoint m_checkpoint;
    State m_state = State::Queued;
    JobProgress m_progress;
    QElapsedTimer m_clock;
    QString m_error, m_advice;
    int m_failureCode = 0;
    QList<DeadLetter> m_dead;

    QHash<QString, QString> m_existing;    // point id (as text) → vd_hash, for points of this job
    QHash<QString, qint64> m_seenKeys;     // source key → first row
    QHash<qint64, RowInFlight> m_inFlight; // ticket (row) → row waiting for its vector
    QList<RowInFlight> m_payloadOnly;
    QList<QPointer<ClientJob>> m_writes; // upserts, payload rewrites, deletes in flight
    bool m_sourceDone = false;
    bool m_pumpQueued = false;
    bool m_finishing = false;
};

} // namespace vd
