#pragma once
// One error type for every client call: what failed (kind, HTTP status, Qdrant's own message or the
// plain-text body of a 401/403), plus advice() telling the user what to do about it.
#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace vd {

class QdrantError
{
    Q_DECLARE_TR_FUNCTIONS(QdrantError)
public:
    enum class Kind {
        None,
        MissingApiKey,       // 401 without a key
        InvalidApiKey,       // 401 with a key
        Forbidden,           // 403 (read-only key, JWT without rights)
        NotFound,            // 404
        AlreadyExists,       // 409
        BadRequest,          // 400/422: the message names the field
        PayloadTooLarge,     // 413
        RateLimited,         // 429 (retryAfterSeconds set when the server said)
        Timeout,             // 408, or no bytes for the inactivity timeout
        ServerError,         // 500/502/504 and other 5xx
        ServiceUnavailable,  // 503: not ready, shard unavailable
        InsufficientStorage, // 507
        TlsFailure,
        ConnectionRefused,
        HostNotFound,
        NetworkError,      // reset, closed mid-reply, other transport failures
        MalformedResponse, // not the JSON the spec promises
        Cancelled,
        InvalidRequest,   // refused by the client before anything was sent
        ChecksumMismatch, // a downloaded/uploaded snapshot did not match its checksum
        LocalIoError      // a local file could not be read or written
    };

    QdrantError() = default;
    QdrantError(Kind kind, QString message, int httpStatus = 0)
        : m_kind(kind), m_message(std::move(message)), m_status(httpStatus)
    {
    }

    // Builds the error for a finished reply from its status, body and transport error.
    static QdrantError fromHttp(int status, const QByteArray& body, const QByteArray& retryAfterHeader,
                                bool hadApiKey);
    static QdrantError fromNetwork(QNetworkReply::NetworkError error, const QString& detail);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_status; }
    // Qdrant's own words (status.error, or the plain-text body), or the transport's.
    QString message() const { return m_message; }
    int retryAfterSeconds() const { return m_retryAfter; }
    void setRetryAfterSeconds(int s) { m_retryAfter = s; }

    // Whether a retry of an idempotent call may succeed (429, 502, 503, 504, resets, timeouts).
    bool isTransient() const;
    // One line for logs and the CLI: "HTTP 404 Not found: Collection `x` doesn't exist!".
    QString errorString() const;
    // A sentence telling the user what to do.
    QString advice() const;
    // What a window shows: errorString(), then the advice on its own line when there is one.
    QString userMessage() const;
    // CLI exit code: 1 server-side error, 2 invalid request, 3 connection or authentication failure.
    int exitCode() const;
    static QString kindName(Kind k);

private:
    Kind m_kind = Kind::None;
    QString m_message;
    int m_status = 0;
    int m_retryAfter = -1;
};

} // namespace vd
