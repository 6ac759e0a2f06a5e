#pragma once
// What a QdrantClient needs to reach one server. Built from a ConnectionProfile plus its secret;
// the API key lives here only in memory and is sent as the `api-key` header, never in a URL.
#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

namespace vd {

struct ClientConfig
{
    QUrl baseUrl;
    QByteArray apiKey;
    int inactivityTimeoutMs = 30000;             // no byte in either direction for this long → Timeout
    int maxRetries = 3;                          // extra attempts for idempotent calls on transient errors
    int retryBaseDelayMs = 250;                  // exponential backoff base; Retry-After wins when present
    int maxRetryDelayMs = 30000;                 // a Retry-After beyond this is not waited for
    qint64 maxRequestBytes = 30ll * 1024 * 1024; // stay under Qdrant's default 32 MB body limit
    QList<QSslCertificate> extraCaCertificates;  // trusted in addition to the system store
};

} // namespace vd
