#pragma once
// Why a provider call failed, classified for the retry policy of embedding-providers.md: transient
// (retry with backoff), rate-limited (retry after the asked delay), or terminal (bad request, bad key,
// no credit, unknown model, per-day quota): terminal errors are shown with their reason and never retried.
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace vd {

class EmbedError
{
    Q_DECLARE_TR_FUNCTIONS(EmbedError)
public:
    enum class Kind {
        None,
        Transient,   // 408, 5xx, network errors, timeouts, malformed replies: retry with backoff
        RateLimited, // 429 per minute: retry after retryDelay
        DailyQuota,  // 429 whose quota is per day: terminal, hours away
        BadRequest,  // 400 about the input: the scheduler bisects the batch to find the bad items
        Auth,        // bad or missing key, 401/403, API_KEY_INVALID
        Terminal,    // 402 (no credit), 404 (unknown model), wrong dimension, anything else not retried
        Cancelled,
    };

    EmbedError() = default;
    EmbedError(Kind kind, QString message, int status = 0, QString reason = QString())
        : m_kind(kind), m_message(std::move(message)), m_status(status), m_reason(std::move(reason))
    {
    }

    // Classifies an HTTP error reply of either wire format (google.rpc.Status, OpenAI's error object,
    // array-wrapped or vLLM's flat form) with its Retry-After / retry-after-ms headers.
    static EmbedError fromHttp(int status, const QByteArray& body, const QByteArray& retryAfter,
                               const QByteArray& retryAfterMs);

    bool isError() const { return m_kind != Kind::None; }
    bool isRetryable() const { return m_kind == Kind::Transient || m_kind == Kind::RateLimited; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_status; }
    QString reason() const { return m_reason; } // e.g. API_KEY_INVALID, RESOURCE_EXHAUSTED
    QString message() const { return m_message; }
    double retryDelaySeconds() const { return m_retryDelay; } // asked by the provider; -1 if not
    void setRetryDelaySeconds(double s) { m_retryDelay = s; }
    // "HTTP 429 RESOURCE_EXHAUSTED: Quota exceeded …" — for logs, dead letters and the UI.
    QString describe() const;
    // What the user can do about it.
    QString advice() const;

    // Parses a google.protobuf.Duration JSON string ("38s", "1.5s", "0.000000001s"); -1 if malformed.
    static double parseDuration(const QString& s);

private:
    Kind m_kind = Kind::None;
    QString m_message;
    int m_status = 0;
    QString m_reason;
    double m_retryDelay = -1;
};

} // namespace vd

Q_DECLARE_METATYPE(vd::EmbedError)
