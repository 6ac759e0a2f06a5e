#pragma once
// The durable memory of an embedding job, so a crash or kill -9 resumes without calling the provider
// again for anything already embedded and without writing anything twice.
//
// It is a WriteAheadLog (fsynced CBOR records) next to the job file:
//   start    {t:"start", fp}                      the job's fingerprint: only the same job resumes
//   embedded {t:"emb", b, keys, ids, dims, vecs, payloads}   vectors the provider returned, written
//                                                 BEFORE they are sent to Qdrant
//   upserted {t:"up", b}                          Qdrant acknowledged batch b
//   dead     {t:"dead", key, row, error}                    a row the provider will never accept
//   done     {t:"done", keys}                     (compaction) keys whose points are written
// On resume, batches embedded but not acknowledged are upserted from the checkpoint; their rows and all
// written rows are skipped. Upserts use stable ids, so repeating one is harmless.
#include "common/WriteAheadLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace vd {

class JobCheckpoint
{
    Q_DECLARE_TR_FUNCTIONS(JobCheckpoint)
public:
    struct Batch
    {
        qint64 number = 0;
        QStringList keys;
        QJsonArray points; // {id, vector, payload} ready for upsert
    };

    // Opens `path` for a job with `fingerprint`. Without `resume` an existing checkpoint with work in it
    // is an error (the message says to pass --resume or remove it); with `resume` it is loaded.
    bool open(const QString& path, const QByteArray& fingerprint, bool resume, QString* error);
    bool hasPriorWork() const { return m_loadedRecords > 1; }

    const QSet<QString>& finishedKeys() const { return m_finished; } // written, or waiting in pending
    struct Dead
    {
        QString key;
        qint64 row = 0;
        QString error;
    };
    const QHash<QString, Dead>& deadRows() const { return m_dead; } // key → why
    QList<Batch> takePending(); // embedded but not acknowledged, oldest first
    qint64 nextBatchNumber() const { return m_nextBatch; }

    bool recordEmbedded(const Batch& batch, const QString& vectorName, QString* error);
    bool recordUpserted(qint64 batch, QString* error);
    bool recordDead(const Dead& dead, QString* error);
    // The job finished: the checkpoint has nothing left to say.
    bool remove(QString* error);
    qint64 size() const { return m_log.size(); }

    static constexpr qint64 kCompactAbove = 64ll * 1024 * 1024;

private:
    bool append(const QCborMap& record, QString* error);
    bool compact(QString* error);
    QString m_path;
    QByteArray m_fingerprint;
    QString m_vectorName;
    WriteAheadLog m_log;
    QSet<QString> m_finished;
    QSet<QString> m_written;
    QHash<QString, Dead> m_dead;
    QMap<qint64, QCborMap> m_pending; // batch → its "emb" record
    qint64 m_nextBatch = 1;
    int m_loadedRecords = 0;
};

} // namespace vd
