#include "QdrantError.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd {

namespace {
int parseRetryAfter(const QByteArray& h)
{
    if (h.isEmpty()) return -1;
    bool ok = false;
    const double secs = h.trimmed().toDouble(&ok);
    if (ok) return qMax(0, int(std::ceil(secs)));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(h.trimmed()), Qt::RFC2822Date);
    if (when.isValid()) return qMax(0, int(QDateTime::currentDateTimeUtc().secsTo(when)));
    return -1;
}
} // namespace

QdrantError QdrantError::fromHttp(int status, const QByteArray& body, const QByteArray& retryAfterHeader,
                                  bool hadApiKey)
{
    QString message;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonValue st = doc.object().value(QLatin1String("status"));
        message = st.isObject() ? st.toObject().value(QLatin1String("error")).toString() : st.toString();
    }
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(500)).trimmed(); // plain-text 401/403 and proxies
    if (message.isEmpty()) message = tr("HTTP status %1 with an empty body").arg(status);
    Kind k = Kind::ServerError;
    switch (status) {
    case 400:
    case 422:
        k = Kind::BadRequest;
        break;
    case 401:
        k = hadApiKey ? Kind::InvalidApiKey : Kind::MissingApiKey;
        break;
    case 403:
        k = Kind::Forbidden;
        break;
    case 404:
        k = Kind::NotFound;
        break;
    case 408:
        k = Kind::Timeout;
        break;
    case 409:
        k = Kind::AlreadyExists;
        break;
    case 413:
        k = Kind::PayloadTooLarge;
        break;
    case 429:
        k = Kind::RateLimited;
        break;
    case 503:
        k = Kind::ServiceUnavailable;
        break;
    case 507:
        k = Kind::InsufficientStorage;
        break;
    default:
        k = status >= 400 && status < 500 ? Kind::BadRequest : Kind::ServerError;
        break;
    }
    // Qdrant answers some "already exists" cases with 400 "Wrong input: ... already exists!".
    if (k == Kind::BadRequest && message.contains(QLatin1String("already exists"))) k = Kind::AlreadyExists;
    QdrantError e(k, message, status);
    e.m_retryAfter = parseRetryAfter(retryAfterHeader);
    return e;
}

QdrantError QdrantError::fromNetwork(QNetworkReply::NetworkError error, const QString& detail)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QdrantError(Kind::ConnectionRefused, detail);
    case QNetworkReply::HostNotFoundError:
        return QdrantError(Kind::HostNotFound, detail);
    case QNetworkReply::SslHandshakeFailedError:
        return QdrantError(Kind::TlsFailure, detail);
    case QNetworkReply::TimeoutError:
        return QdrantError(Kind::Timeout, detail);
    case QNetworkReply::OperationCanceledError:
        return QdrantError(Kind::Cancelled, detail);
    default:
        return QdrantError(Kind::NetworkError, detail);
    }
}

bool QdrantError::isTransient() const
{
    switch (m_kind) {
    case Kind::RateLimited:
    case Kind::ServiceUnavailable:
    case Kind::NetworkError:
    case Kind::Timeout:
        return true;
    case Kind::ServerError:
        return m_status == 502 || m_status == 504;
    default:
        return false;
    }
}

QString QdrantError::kindName(Kind k)
{
    switch (k) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::MissingApiKey:
        return QStringLiteral("missing_api_key");
    case Kind::InvalidApiKey:
        return QStringLiteral("invalid_api_key");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::AlreadyExists:
        return QStringLiteral("already_exists");
    case Kind::BadRequest:
        return QStringLiteral("bad_request");
    case Kind::PayloadTooLarge:
        return QStringLiteral("payload_too_large");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::ServerError:
        return QStringLiteral("server_error");
    case Kind::ServiceUnavailable:
        return QStringLiteral("service_unavailable");
    case Kind::InsufficientStorage:
        return QStringLiteral("insufficient_storage");
    case Kind::TlsFailure:
        return QStringLiteral("tls_failure");
    case Kind::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case Kind::HostNotFound:
        return QStringLiteral("host_not_found");
    case Kind::NetworkError:
        return QStringLiteral("network_error");
    case Kind::MalformedResponse:
        return QStringLiteral("malformed_response");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::InvalidRequest:
        return QStringLiteral("invalid_request");
    case Kind::ChecksumMismatch:
        return QStringLiteral("checksum_mismatch");
    case Kind::LocalIoError:
        return QStringLiteral("local_io_error");
    }
    return QString();
}

QString QdrantError::errorString() const
{
    if (m_status > 0) return tr("HTTP %1: %2").arg(m_status).arg(m_message);
    return m_message;
}

QString QdrantError::advice() const
{
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::MissingApiKey:
        return tr("The server requires an API key. Add the key to this connection (it is stored in the "
                  "system keychain), "
                  "or set QDRANT_API_KEY for the command line.");
    case Kind::InvalidApiKey:
        return tr("The server rejected the API key. Check that the key belongs to this server and has not "
                  "been rotated.");
    case Kind::Forbidden:
        return tr(
            "The key is valid but not allowed to do this (a read-only key, or a JWT without rights on this "
            "collection). Use a key with write access.");
    case Kind::NotFound:
        return tr("It does not exist on this server. Check the collection, alias or point name, and refresh "
                  "the list.");
    case Kind::AlreadyExists:
        return tr("It already exists. Pick another name, or delete the existing one first.");
    case Kind::BadRequest:
        return tr("The server refused the request: %1. Correct that field and try again.").arg(m_message);
    case Kind::PayloadTooLarge:
        return tr("The request is larger than the server accepts (32 MB by default). Send fewer points per "
                  "request.");
    case Kind::RateLimited:
        return m_retryAfter >= 0 ? tr("The server is rate limiting requests. Try again in %n second(s).",
                                      nullptr, m_retryAfter)
                                 : tr("The server is rate limiting requests. Wait a moment and try again.");
    case Kind::Timeout:
        return tr(
            "The server did not answer in time. It may be overloaded or the operation is long: raise the "
            "connection's timeout or try again.");
    case Kind::ServerError:
        return tr("The server failed while handling the request. Check the server's logs, then retry.");
    case Kind::ServiceUnavailable:
        return tr(
            "The server is not ready (starting, recovering, or a shard is unavailable). Wait and retry.");
    case Kind::InsufficientStorage:
        return tr("The server is out of disk space. Free space on the server, then retry.");
    case Kind::TlsFailure:
        return tr("The secure connection failed: %1. If the server uses a private certificate authority, add "
                  "its CA file "
                  "to the connection; certificate errors are never ignored.")
            .arg(m_message);
    case Kind::ConnectionRefused:
        return tr(
            "Nothing is listening at that address. Check the URL and port, and that the server is running.");
    case Kind::HostNotFound:
        return tr("The host name could not be resolved. Check the URL.");
    case Kind::NetworkError:
        return tr("The connection broke during the request (%1). Check the network and retry.")
            .arg(m_message);
    case Kind::MalformedResponse:
        return tr("The server's answer could not be understood (%1). Is the URL a Qdrant server, and is a "
                  "proxy "
                  "altering replies?")
            .arg(m_message);
    case Kind::Cancelled:
        return tr("The operation was cancelled.");
    case Kind::InvalidRequest:
        return tr("Nothing was sent: %1").arg(m_message);
    case Kind::ChecksumMismatch:
        return tr("The snapshot's checksum does not match (%1). The file is damaged or incomplete: nothing "
                  "was kept.")
            .arg(m_message);
    case Kind::LocalIoError:
        return tr("A local file operation failed: %1").arg(m_message);
    }
    return QString();
}

QString QdrantError::userMessage() const
{
    const QString a = advice();
    return a.isEmpty() ? errorString() : errorString() + QLatin1Char('\n') + a;
}

int QdrantError::exitCode() const
{
    switch (m_kind) {
    case Kind::None:
        return 0;
    case Kind::InvalidRequest:
        return 2;
    case Kind::MissingApiKey:
    case Kind::InvalidApiKey:
    case Kind::Forbidden:
    case Kind::TlsFailure:
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::NetworkError:
    case Kind::Timeout:
        return 3;
    default:
        return 1;
    }
}

} // namespace vd
