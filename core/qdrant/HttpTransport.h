#pragma once
// A small HTTP/1.1 client with keep-alive connections, living in the caller's thread.
//
// Why not QNetworkAccessManager for these calls: on Qt 6 QNAM runs HTTP in a thread of its own, and a
// request costs about twenty cross-thread wake-ups; measured on loopback that is ~0.7 ms per request
// (docs/benchmarks.md), more than the whole budget for client overhead. JSON calls are small and
// latency-bound, so RequestJob sends them here. Snapshot transfers (streamed, multipart) still use the
// shared QNAM, where throughput matters and latency does not.
//
// Certificates: https uses QSslSocket with the system CAs plus the profile's extra CA file; certificate
// errors are recorded and never ignored.
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

class QTcpSocket;

namespace vd {

class HttpConnection;

struct HttpTransportRequest
{
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QList<QSslCertificate> extraCaCertificates;
};

// One request/response exchange. Emits progress() whenever bytes move and finished() exactly once.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    enum class Failure { None, ConnectionRefused, HostNotFound, Tls, Closed, Aborted, Protocol, Other };

    void abort();
    bool isFinished() const { return m_finished; }
    Failure failure() const { return m_failure; }
    QString errorString() const { return m_error; }
    int status() const { return m_status; }
    QByteArray body() const { return m_body; }
    QByteArray header(const QByteArray& lowerName) const { return m_headers.value(lowerName); }

Q_SIGNALS:
    void progress();
    void finished();

private:
    friend class HttpConnection;
    friend class HttpTransport;
    explicit HttpExchange(QObject* parent) : QObject(parent) {}
    void fail(Failure f, const QString& why);
    void complete();

    QPointer<HttpConnection> m_connection;
    bool m_finished = false;
    Failure m_failure = Failure::None;
    QString m_error;
    int m_status = 0;
    QByteArray m_body;
    QHash<QByteArray, QByteArray> m_headers;
};

class HttpTransport : public QObject
{
    Q_OBJECT
public:
    // One per thread, like QNAM's recommended use; created on first use.
    static HttpTransport* forCurrentThread();
    // Sends the request on an idle kept-alive connection to the same origin, or a new one.
    // The exchange is a child of `owner`.
    HttpExchange* send(const HttpTransportRequest& request, QObject* owner);

private:
    friend class HttpConnection;
    void release(HttpConnection* c); // back to the idle pool after a complete keep-alive exchange
    QMultiHash<QString, HttpConnection*> m_idle;
};

} // namespace vd
