#pragma once
// Asynchronous jobs, one object per operation (in the spirit of Nextcloud's AbstractNetworkJob).
// A job starts on the next event-loop turn, so connect to its signals right after creating it.
// It emits finished() exactly once (also after abort()), then deletes itself unless setAutoDelete(false).
//
//   auto* job = client->collectionInfo("trades");
//   connect(job, &ClientJob::finished, this, [job] {
//       if (job->error().isError()) showError(job->error().advice()); else use(job->result());
//   });
#include "ClientConfig.h"
#include "HttpTransport.h"
#include "QdrantError.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QSaveFile;
class QFile;
class QTimer;

namespace vd {

class ClientJob : public QObject
{
    Q_OBJECT
public:
    explicit ClientJob(QObject* parent = nullptr);
    // Cancels the job: it finishes with a Cancelled error and leaves nothing half-written locally.
    virtual void abort() = 0;
    bool isFinished() const { return m_finished; }
    const QdrantError& error() const { return m_error; }
    void setAutoDelete(bool on) { m_autoDelete = on; }
    // Makes the job finish with `error` instead of starting (the client refusing it, e.g. writes on a
    // read-only connection). Call before the next event-loop turn.
    void refuse(const QdrantError& error) { m_refusal = error; }

Q_SIGNALS:
    void finished();
    void progress(qint64 done, qint64 total);

protected:
    virtual void start() = 0;
    void finish(const QdrantError& error = QdrantError());

private:
    QdrantError m_error;
    QdrantError m_refusal;
    bool m_finished = false;
    bool m_autoDelete = true;
};

struct RequestSpec
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;         // JSON, empty for none
    bool idempotent = false; // may be retried on transient failures
    bool enveloped = true;   // {"result","status","time"}; false for /, /healthz, /metrics ...
    // Adapts an older server's result to the current shape (e.g. legacy search's bare list).
    std::function<QJsonValue(const QJsonValue&)> transform;
    // When set, a 404 answer is not an error: the job succeeds with this result (exists checks on old
    // servers).
    std::optional<QJsonValue> notFoundResult;
    // Set when the client refuses the request before sending it; the job finishes with this error.
    QdrantError refused;
};

// One HTTP request with Qdrant's envelope handling, inactivity timeout and bounded retries. Sent over the
// thread's HttpTransport (see there why JSON calls do not go through QNAM).
class RequestJob : public ClientJob
{
    Q_OBJECT
public:
    RequestJob(const ClientConfig& config, RequestSpec spec, QObject* parent = nullptr);
    ~RequestJob() override;
    void abort() override;

    QJsonValue result() const { return m_result; } // envelope's result, or the parsed raw JSON
    QByteArray rawBody() const { return m_body; }
    int httpStatus() const { return m_status; }
    bool accepted() const { return m_status == 202; }
    double serverTime() const { return m_serverTime; }   // the envelope's "time", seconds
    qint64 roundTripNs() const { return m_roundTripNs; } // last attempt, send to last byte
    int attempts() const { return m_attempt; }
    const RequestSpec& spec() const { return m_spec; }

protected:
    void start() override;

private:
    void sendAttempt();
    void onFinished();
    bool retryIfPossible(const QdrantError& e);

    ClientConfig m_config;
    RequestSpec m_spec;
    QPointer<HttpExchange> m_exchange;
    QTimer* m_inactivity = nullptr;
    QTimer* m_retryTimer = nullptr;
    QElapsedTimer m_clock;
    QJsonValue m_result;
    QByteArray m_body;
    int m_status = 0;
    double m_serverTime = 0;
    qint64 m_roundTripNs = 0;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_aborted = false;
};

// Upserts any number of points in consecutive requests, each under the server's body limit.
class UpsertJob : public ClientJob
{
    Q_OBJECT
public:
    UpsertJob(const ClientConfig& config, const QString& collection, const QJsonArray& points, bool wait,
              int maxPointsPerRequest, QObject* parent = nullptr);
    void abort() override;
    int pointsWritten() const { return m_written; }
    int requestCount() const { return m_requests; }

protected:
    void start() override;

private:
    void sendNext();
    ClientConfig m_config;
    QString m_collection;
    QJsonArray m_points;
    bool m_wait;
    int m_maxPoints;
    int m_written = 0;
    int m_requests = 0;
    QPointer<RequestJob> m_current;
    bool m_aborted = false;
};

// A transfer over the shared QNetworkAccessManager (streamed bodies): inactivity timeout, abort, and the
// mapping of a finished reply to a QdrantError. Subclasses create m_reply and call watch() on it.
class TransferJob : public ClientJob
{
    Q_OBJECT
public:
    void abort() override;

protected:
    TransferJob(QNetworkAccessManager* nam, const ClientConfig& config, QObject* parent);
    ~TransferJob() override;
    void watch(QNetworkReply* reply);
    // The error of a finished reply (HTTP status, transport failure, timeout or cancel), or none.
    QdrantError replyError(QNetworkReply* reply) const;
    virtual void cancelled() { finish(QdrantError(QdrantError::Kind::Cancelled, tr("cancelled"))); }

    QNetworkAccessManager* m_nam;
    ClientConfig m_config;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_inactivity = nullptr;
    bool m_timedOut = false;
    bool m_aborted = false;
};

// Streams a snapshot to `targetPath` through a QSaveFile, hashing as it goes; the file appears under its
// final name only when complete and its SHA-256 equals the expected checksum.
class SnapshotDownloadJob : public TransferJob
{
    Q_OBJECT
public:
    // `collection` empty: a full-storage snapshot. `expectedChecksum` empty: looked up in the snapshot list.
    SnapshotDownloadJob(QNetworkAccessManager* nam, const ClientConfig& config, const QString& collection,
                        const QString& name, const QString& targetPath, const QString& expectedChecksum,
                        QObject* parent = nullptr);
    ~SnapshotDownloadJob() override;
    void abort() override;
    QString checksum() const { return m_actual; }
    qint64 bytes() const { return m_bytes; }

protected:
    void start() override;
    void cancelled() override;

private:
    void download();
    void fail(const QdrantError& e);
    QString m_collection, m_name, m_target, m_expected, m_actual;
    QPointer<RequestJob> m_listJob;
    QSaveFile* m_file = nullptr;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_bytes = 0;
};

// Uploads a snapshot file as streamed multipart (field `snapshot`) with `priority` and its SHA-256 as
// `checksum`, so the server verifies what it received.
class SnapshotUploadJob : public TransferJob
{
    Q_OBJECT
public:
    SnapshotUploadJob(QNetworkAccessManager* nam, const ClientConfig& config, const QString& collection,
                      const QString& filePath, const QString& priority, const QString& checksum,
                      QObject* parent = nullptr);
    QString checksum() const { return m_checksum; }

protected:
    void start() override;

private:
    QString m_collection, m_path, m_priority, m_checksum;
};

// "/snapshots" for full storage (empty collection), else "/collections/{c}/snapshots".
QString snapshotsPath(const QString& collection);

// Shared by the jobs: a request to `path` under the config's base URL, with the API key header and TLS setup.
QUrl makeUrl(const ClientConfig& config, const QString& path, const QUrlQuery& query);
QNetworkRequest makeRequest(const ClientConfig& config, const QString& path, const QUrlQuery& query);

} // namespace vd
