#include "ClientJobs.h"

#include "common/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QTimer>

namespace vd {

QUrl makeUrl(const ClientConfig& config, const QString& path, const QUrlQuery& query)
{
    QUrl url = config.baseUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/'))) base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    return url;
}

QNetworkRequest makeRequest(const ClientConfig& config, const QString& path, const QUrlQuery& query)
{
    const QUrl url = makeUrl(config, path, query);
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("vectordesk/" VD_VERSION_STRING));
    if (!config.apiKey.isEmpty()) req.setRawHeader("api-key", config.apiKey);
    if (url.scheme() == QLatin1String("https") && !config.extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(config.extraCaCertificates);
        req.setSslConfiguration(ssl);
    }
    return req;
}

namespace {
// Restarts on every byte moved; fires → the transfer is stalled.
QTimer* makeInactivityTimer(QObject* owner, int ms)
{
    auto* t = new QTimer(owner);
    t->setSingleShot(true);
    t->setInterval(ms);
    return t;
}
void watchActivity(QNetworkReply* reply, QTimer* timer)
{
    auto kick = [timer]() { timer->start(); };
    QObject::connect(reply, &QNetworkReply::downloadProgress, timer, kick);
    QObject::connect(reply, &QNetworkReply::uploadProgress, timer, kick);
    QObject::connect(reply, &QNetworkReply::readyRead, timer, kick);
    timer->start();
}
QdrantError transportError(QNetworkReply* reply, bool timedOut, bool aborted, int timeoutMs,
                           const QStringList& ssl)
{
    if (aborted) return QdrantError(QdrantError::Kind::Cancelled, QdrantError::tr("cancelled"));
    if (timedOut)
        return QdrantError(QdrantError::Kind::Timeout,
                           QdrantError::tr("no data from the server for %1 s").arg(timeoutMs / 1000.0));
    QString detail = reply->errorString();
    if (!ssl.isEmpty()) detail = ssl.join(QStringLiteral("; "));
    return QdrantError::fromNetwork(reply->error(), detail);
}
} // namespace

ClientJob::ClientJob(QObject* parent) : QObject(parent)
{
    QTimer::singleShot(0, this, [this]() {
        if (m_finished) return;
        if (m_refusal.isError()) return finish(m_refusal);
        start();
    });
}

void ClientJob::finish(const QdrantError& error)
{
    if (m_finished) return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
    if (m_autoDelete) deleteLater();
}

// ---- RequestJob ----

RequestJob::RequestJob(const ClientConfig& config, RequestSpec spec, QObject* parent)
    : ClientJob(parent), m_config(config), m_spec(std::move(spec))
{
    m_inactivity = makeInactivityTimer(this, m_config.inactivityTimeoutMs);
    connect(m_inactivity, &QTimer::timeout, this, [this]() {
        m_timedOut = true;
        if (m_exchange) m_exchange->abort();
    });
}

RequestJob::~RequestJob()
{
    if (m_exchange) {
        m_exchange->disconnect(this);
        m_exchange->abort();
    }
}

void RequestJob::start()
{
    if (m_spec.refused.isError()) return finish(m_spec.refused);
    sendAttempt();
}

void RequestJob::abort()
{
    if (isFinished()) return;
    m_aborted = true;
    if (m_retryTimer) m_retryTimer->stop();
    if (m_exchange)
        m_exchange->abort();
    else
        finish(QdrantError(QdrantError::Kind::Cancelled, tr("cancelled")));
}

void RequestJob::sendAttempt()
{
    ++m_attempt;
    m_timedOut = false;
    HttpTransportRequest t;
    t.method = m_spec.method;
    t.url = makeUrl(m_config, m_spec.path, m_spec.query);
    t.extraCaCertificates = m_config.extraCaCertificates;
    t.headers.append({QByteArray("User-Agent"), QByteArray("vectordesk/" VD_VERSION_STRING)});
    t.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    if (!m_config.apiKey.isEmpty()) t.headers.append({QByteArray("api-key"), m_config.apiKey});
    if (!m_spec.body.isEmpty())
        t.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    t.body = m_spec.body;
    qCDebug(lcClient) << m_spec.method << m_spec.path << "attempt" << m_attempt;
    m_clock.start();
    m_exchange = HttpTransport::forCurrentThread()->send(t, this);
    connect(m_exchange, &HttpExchange::progress, m_inactivity, [this]() { m_inactivity->start(); });
    connect(m_exchange, &HttpExchange::finished, this, &RequestJob::onFinished);
    m_inactivity->start();
}

bool RequestJob::retryIfPossible(const QdrantError& e)
{
    if (!m_spec.idempotent || m_aborted || !e.isTransient() || m_attempt > m_config.maxRetries) return false;
    int delay = m_config.retryBaseDelayMs * (1 << (m_attempt - 1));
    delay += int(QRandomGenerator::global()->bounded(qMax(1, m_config.retryBaseDelayMs)));
    if (e.retryAfterSeconds() >= 0) {
        if (e.retryAfterSeconds() * 1000 > m_config.maxRetryDelayMs)
            return false; // the server asks for longer than we wait: report it with its Retry-After
        delay = e.retryAfterSeconds() * 1000;
    }
    qCInfo(lcClient) << m_spec.method << m_spec.path << "retrying in" << delay << "ms after"
                     << e.errorString();
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &RequestJob::sendAttempt);
    }
    m_retryTimer->start(delay);
    return true;
}

void RequestJob::onFinished()
{
    HttpExchange* exchange = m_exchange;
    m_exchange = nullptr;
    m_inactivity->stop();
    m_roundTripNs = m_clock.nsecsElapsed();
    exchange->deleteLater();
    m_status = exchange->status();
    m_body = exchange->body();

    QdrantError err;
    using F = HttpExchange::Failure;
    if (m_aborted) {
        err = QdrantError(QdrantError::Kind::Cancelled, tr("cancelled"));
    } else if (m_timedOut) {
        err = QdrantError(QdrantError::Kind::Timeout,
                          tr("no data from the server for %1 s").arg(m_config.inactivityTimeoutMs / 1000.0));
    } else if (exchange->failure() != F::None) {
        const QString why = exchange->errorString();
        switch (exchange->failure()) {
        case F::ConnectionRefused:
            err = QdrantError(QdrantError::Kind::ConnectionRefused, why);
            break;
        case F::HostNotFound:
            err = QdrantError(QdrantError::Kind::HostNotFound, why);
            break;
        case F::Tls:
            err = QdrantError(QdrantError::Kind::TlsFailure, why);
            break;
        case F::Protocol:
            err = QdrantError(QdrantError::Kind::MalformedResponse, why);
            break;
        default:
            err = QdrantError(QdrantError::Kind::NetworkError, why);
            break;
        }
    } else if (m_status == 404 && m_spec.notFoundResult) {
        m_result = *m_spec.notFoundResult;
        return finish();
    } else if (m_status >= 400) {
        err = QdrantError::fromHttp(m_status, m_body, exchange->header("retry-after"),
                                    !m_config.apiKey.isEmpty());
    } else if (m_status >= 300 || m_status < 200) {
        err = QdrantError(QdrantError::Kind::MalformedResponse, tr("unexpected HTTP status %1").arg(m_status),
                          m_status);
    }
    if (err.isError()) {
        if (retryIfPossible(err)) return;
        qCInfo(lcClient) << m_spec.method << m_spec.path << "failed:" << err.errorString();
        return finish(err);
    }
    if (!m_spec.enveloped) {
        const QJsonDocument doc = QJsonDocument::fromJson(m_body);
        m_result = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(QString::fromUtf8(m_body));
        return finish();
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(m_body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return finish(
            QdrantError(QdrantError::Kind::MalformedResponse,
                        pe.error != QJsonParseError::NoError
                            ? tr("invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString())
                            : tr("expected a JSON object"),
                        m_status));
    }
    const QJsonObject o = doc.object();
    m_serverTime = o.value(QLatin1String("time")).toDouble();
    if (m_status == 202) // accepted: no result
        return finish();
    if (!o.contains(QLatin1String("result")))
        return finish(
            QdrantError(QdrantError::Kind::MalformedResponse, tr("the reply has no `result`"), m_status));
    m_result = o.value(QLatin1String("result"));
    if (m_spec.transform) m_result = m_spec.transform(m_result);
    finish();
}

// ---- UpsertJob ----

UpsertJob::UpsertJob(const ClientConfig& config, const QString& collection, const QJsonArray& points,
                     bool wait, int maxPointsPerRequest, QObject* parent)
    : ClientJob(parent), m_config(config), m_collection(collection), m_points(points), m_wait(wait),
      m_maxPoints(qMax(1, maxPointsPerRequest))
{
}

void UpsertJob::start()
{
    sendNext();
}

void UpsertJob::abort()
{
    m_aborted = true;
    if (m_current)
        m_current->abort();
    else
        finish(QdrantError(QdrantError::Kind::Cancelled,
                           tr("cancelled after %1 of %2 points").arg(m_written).arg(m_points.size())));
}

void UpsertJob::sendNext()
{
    if (m_written >= m_points.size()) return finish();
    // Fill one request up to the body limit (and the point cap); a single point over the limit is an error.
    QByteArray body = "{\"points\":[";
    int n = 0;
    for (int i = m_written; i < m_points.size() && n < m_maxPoints; ++i) {
        const QByteArray p = QJsonDocument(m_points[i].toObject()).toJson(QJsonDocument::Compact);
        if (n > 0 && body.size() + p.size() + 3 > m_config.maxRequestBytes) break;
        if (n == 0 && p.size() + 16 > m_config.maxRequestBytes)
            return finish(QdrantError(
                QdrantError::Kind::InvalidRequest,
                tr("point %1 alone is %2 bytes, over the %3-byte request limit; %4 of %5 points were "
                   "written before it")
                    .arg(m_points[i].toObject().value(QLatin1String("id")).toVariant().toString())
                    .arg(p.size())
                    .arg(m_config.maxRequestBytes)
                    .arg(m_written)
                    .arg(m_points.size())));
        if (n > 0) body += ',';
        body += p;
        ++n;
    }
    body += "]}";
    RequestSpec spec;
    spec.method = "PUT";
    spec.path = QStringLiteral("/collections/%1/points")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_collection)));
    spec.query.addQueryItem(QStringLiteral("wait"),
                            m_wait ? QStringLiteral("true") : QStringLiteral("false"));
    spec.body = body;
    spec.idempotent = true; // upserting the same ids again gives the same state
    ++m_requests;
    m_current = new RequestJob(m_config, spec, this);
    connect(m_current, &ClientJob::finished, this, [this, n]() {
        const QdrantError e = m_current->error();
        m_current = nullptr;
        if (e.isError()) {
            QdrantError wrapped(e.kind(),
                                tr("%1 (%2 of %3 points were written in earlier requests; the rest were not)")
                                    .arg(e.message())
                                    .arg(m_written)
                                    .arg(m_points.size()),
                                e.httpStatus());
            return finish(wrapped);
        }
        m_written += n;
        Q_EMIT progress(m_written, m_points.size());
        if (m_aborted)
            return finish(
                QdrantError(QdrantError::Kind::Cancelled,
                            tr("cancelled after %1 of %2 points").arg(m_written).arg(m_points.size())));
        sendNext();
    });
}

// ---- TransferJob ----

TransferJob::TransferJob(QNetworkAccessManager* nam, const ClientConfig& config, QObject* parent)
    : ClientJob(parent), m_nam(nam), m_config(config)
{
    m_inactivity = makeInactivityTimer(this, m_config.inactivityTimeoutMs);
    connect(m_inactivity, &QTimer::timeout, this, [this]() {
        m_timedOut = true;
        if (m_reply) m_reply->abort();
    });
}

TransferJob::~TransferJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void TransferJob::watch(QNetworkReply* reply)
{
    m_reply = reply;
    watchActivity(reply, m_inactivity);
}

void TransferJob::abort()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
    else
        cancelled();
}

QdrantError TransferJob::replyError(QNetworkReply* reply) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return QdrantError::fromHttp(status, reply->readAll(), reply->rawHeader("Retry-After"),
                                     !m_config.apiKey.isEmpty());
    if (reply->error() != QNetworkReply::NoError || m_timedOut || m_aborted || status == 0)
        return transportError(reply, m_timedOut, m_aborted, m_config.inactivityTimeoutMs, {});
    return QdrantError();
}

QString snapshotsPath(const QString& collection)
{
    return collection.isEmpty() ? QStringLiteral("/snapshots")
                                : QStringLiteral("/collections/%1/snapshots")
                                      .arg(QString::fromLatin1(QUrl::toPercentEncoding(collection)));
}

// ---- SnapshotDownloadJob ----

SnapshotDownloadJob::SnapshotDownloadJob(QNetworkAccessManager* nam, const ClientConfig& config,
                                         const QString& collection, const QString& name,
                                         const QString& targetPath, const QString& expectedChecksum,
                                         QObject* parent)
    : TransferJob(nam, config, parent), m_collection(collection), m_name(name), m_target(targetPath),
      m_expected(expectedChecksum.toLower())
{
}

SnapshotDownloadJob::~SnapshotDownloadJob()
{
    if (m_file) m_file->cancelWriting();
    delete m_file;
}

void SnapshotDownloadJob::start()
{
    if (!m_expected.isEmpty()) return download();
    // Look the checksum up first, so the download can be verified.
    RequestSpec spec;
    spec.method = "GET";
    spec.path = snapshotsPath(m_collection);
    spec.idempotent = true;
    m_listJob = new RequestJob(m_config, spec, this);
    connect(m_listJob, &ClientJob::finished, this, [this]() {
        if (m_listJob->error().isError()) return fail(m_listJob->error());
        for (const QJsonValue& s : m_listJob->result().toArray())
            if (s[QLatin1String("name")].toString() == m_name) {
                m_expected = s[QLatin1String("checksum")].toString().toLower();
                if (m_expected.isEmpty())
                    return fail(QdrantError(
                        QdrantError::Kind::ChecksumMismatch,
                        tr("the server lists no checksum for %1, so the download cannot be verified")
                            .arg(m_name)));
                return download();
            }
        fail(QdrantError(QdrantError::Kind::NotFound,
                         tr("snapshot %1 is not in the server's list").arg(m_name), 404));
    });
}

void SnapshotDownloadJob::download()
{
    m_file = new QSaveFile(m_target);
    if (!m_file->open(QIODevice::WriteOnly))
        return fail(QdrantError(QdrantError::Kind::LocalIoError,
                                tr("cannot write %1: %2").arg(m_target, m_file->errorString())));
    watch(m_nam->get(makeRequest(m_config,
                                 snapshotsPath(m_collection) + QLatin1Char('/') +
                                     QString::fromLatin1(QUrl::toPercentEncoding(m_name)),
                                 QUrlQuery())));
    connect(m_reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 done, qint64 total) { Q_EMIT progress(done, total); });
    connect(m_reply, &QNetworkReply::readyRead, this, [this]() {
        if (m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400)
            return; // error bodies are read at the end
        const QByteArray chunk = m_reply->readAll();
        m_hash.addData(chunk);
        m_bytes += chunk.size();
        if (m_file->write(chunk) != chunk.size()) m_reply->abort();
    });
    connect(m_reply, &QNetworkReply::finished, this, [this]() {
        m_inactivity->stop();
        QNetworkReply* reply = m_reply;
        reply->deleteLater();
        m_reply = nullptr;
        const QdrantError e = replyError(reply);
        if (e.isError()) return fail(e);
        const QByteArray rest = reply->readAll();
        m_hash.addData(rest);
        m_bytes += rest.size();
        m_file->write(rest);
        m_actual = QString::fromLatin1(m_hash.result().toHex());
        if (m_actual != m_expected)
            return fail(QdrantError(QdrantError::Kind::ChecksumMismatch,
                                    tr("expected %1, downloaded %2 bytes hashing to %3")
                                        .arg(m_expected)
                                        .arg(m_bytes)
                                        .arg(m_actual)));
        if (!m_file->commit())
            return fail(QdrantError(QdrantError::Kind::LocalIoError,
                                    tr("cannot save %1: %2").arg(m_target, m_file->errorString())));
        delete m_file;
        m_file = nullptr;
        finish();
    });
}

void SnapshotDownloadJob::fail(const QdrantError& e)
{
    if (m_file) {
        m_file->cancelWriting(); // nothing appears under the final name
        delete m_file;
        m_file = nullptr;
    }
    finish(e);
}

void SnapshotDownloadJob::cancelled()
{
    fail(QdrantError(QdrantError::Kind::Cancelled, tr("cancelled")));
}

void SnapshotDownloadJob::abort()
{
    if (m_listJob) {
        m_aborted = true;
        m_listJob->abort();
        return;
    }
    TransferJob::abort();
}

// ---- SnapshotUploadJob ----

SnapshotUploadJob::SnapshotUploadJob(QNetworkAccessManager* nam, const ClientConfig& config,
                                     const QString& collection, const QString& filePath,
                                     const QString& priority, const QString& checksum, QObject* parent)
    : TransferJob(nam, config, parent), m_collection(collection), m_path(filePath), m_priority(priority),
      m_checksum(checksum.toLower())
{
}

void SnapshotUploadJob::start()
{
    auto* file = new QFile(m_path);
    if (!file->open(QIODevice::ReadOnly)) {
        const QString why = file->errorString();
        delete file;
        return finish(
            QdrantError(QdrantError::Kind::LocalIoError, tr("cannot read %1: %2").arg(m_path, why)));
    }
    if (m_checksum.isEmpty()) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(file);
        m_checksum = QString::fromLatin1(h.result().toHex());
        file->seek(0);
    }
    auto* multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"snapshot\"; filename=\"") +
                       QFileInfo(m_path).fileName().toUtf8() + '"');
    part.setBodyDevice(file); // streamed from disk, not loaded into memory
    file->setParent(multi);
    multi->append(part);
    QUrlQuery q;
    if (!m_priority.isEmpty()) q.addQueryItem(QStringLiteral("priority"), m_priority);
    q.addQueryItem(QStringLiteral("checksum"), m_checksum);
    q.addQueryItem(QStringLiteral("wait"), QStringLiteral("true"));
    watch(m_nam->post(makeRequest(m_config, snapshotsPath(m_collection) + QStringLiteral("/upload"), q),
                      multi));
    multi->setParent(m_reply);
    connect(m_reply, &QNetworkReply::uploadProgress, this,
            [this](qint64 done, qint64 total) { Q_EMIT progress(done, total); });
    connect(m_reply, &QNetworkReply::finished, this, [this]() {
        m_inactivity->stop();
        QNetworkReply* reply = m_reply;
        reply->deleteLater();
        m_reply = nullptr;
        finish(replyError(reply));
    });
}

} // namespace vd
