#include "HttpTransport.h"

#include "common/Logging.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QThreadStorage>

namespace vd {

namespace {
QString originKey(const QUrl& u, const QList<QSslCertificate>& cas)
{
    QString key = u.scheme() + QStringLiteral("://") + u.host() + QLatin1Char(':') +
                  QString::number(u.port(u.scheme() == QLatin1String("https") ? 443 : 80));
    for (const QSslCertificate& c : cas)
        key += QLatin1Char('|') + QString::fromLatin1(c.digest().toHex().left(16));
    return key;
}
} // namespace

// One TCP (or TLS) connection carrying one exchange at a time.
class HttpConnection : public QObject
{
public:
    HttpConnection(HttpTransport* transport, const QString& key, const HttpTransportRequest& first)
        : QObject(transport), m_transport(transport), m_key(key)
    {
        const bool tls = first.url.scheme() == QLatin1String("https");
        if (tls) {
            auto* ssl = new QSslSocket(this);
            QSslConfiguration cfg = QSslConfiguration::defaultConfiguration();
            if (!first.extraCaCertificates.isEmpty()) cfg.addCaCertificates(first.extraCaCertificates);
            cfg.setPeerVerifyMode(QSslSocket::VerifyPeer);
            ssl->setSslConfiguration(cfg);
            connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
                for (const QSslError& e : errors)
                    m_sslErrors << e.errorString(); // recorded, never ignored: the handshake fails
            });
            m_socket = ssl;
        } else {
            m_socket = new QTcpSocket(this);
        }
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this]() {
            if (m_exchange) Q_EMIT m_exchange->progress();
        });
        connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpConnection::onError);
        connect(m_socket, &QAbstractSocket::disconnected, this, &HttpConnection::onDisconnected);
        const quint16 port = quint16(first.url.port(tls ? 443 : 80));
        if (tls)
            static_cast<QSslSocket*>(m_socket)->connectToHostEncrypted(first.url.host(), port);
        else
            m_socket->connectToHost(first.url.host(), port);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }

    QString key() const { return m_key; }
    bool reusable() const { return m_socket->state() == QAbstractSocket::ConnectedState && m_keepAlive; }
    bool wasReused() const { return m_uses > 1; }

    void start(HttpExchange* exchange, const HttpTransportRequest& r)
    {
        m_request = r;
        m_exchange = exchange;
        exchange->m_connection = this;
        ++m_uses;
        m_buffer.clear();
        m_headersDone = false;
        m_chunked = false;
        m_length = -1;
        m_keepAlive = true;
        m_received = 0;
        QByteArray target = r.url.path(QUrl::FullyEncoded).toLatin1();
        if (target.isEmpty()) target = "/";
        if (r.url.hasQuery()) target += '?' + r.url.query(QUrl::FullyEncoded).toLatin1();
        QByteArray head =
            r.method + ' ' + target + " HTTP/1.1\r\nHost: " + r.url.host(QUrl::FullyEncoded).toLatin1();
        if (r.url.port() > 0) head += ':' + QByteArray::number(r.url.port());
        head += "\r\n";
        for (const auto& h : r.headers)
            head += h.first + ": " + h.second + "\r\n";
        if (!r.body.isEmpty() || r.method == "POST" || r.method == "PUT" || r.method == "PATCH")
            head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        head += "Connection: keep-alive\r\n\r\n";
        m_socket->write(head + r.body); // one write: no Nagle stall between headers and body
    }

    void abortExchange()
    {
        HttpExchange* e = m_exchange;
        m_exchange = nullptr;
        m_keepAlive = false;
        m_socket->abort();
        if (e) e->fail(HttpExchange::Failure::Aborted, QStringLiteral("aborted"));
        deleteLater();
    }

private:
    void onReadyRead()
    {
        const QByteArray data = m_socket->readAll();
        if (!m_exchange)
            return; // bytes on an idle connection: ignore, it will be dropped on next use if closed
        m_received += data.size();
        m_buffer += data;
        Q_EMIT m_exchange->progress();
        parse();
    }

    void parse()
    {
        if (!m_headersDone) {
            const int end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) return;
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
            bool ok = false;
            m_exchange->m_status = status.value(1).toInt(&ok);
            if (!status.value(0).startsWith("HTTP/1.") || !ok)
                return protocolError(QStringLiteral("not an HTTP/1.x response"));
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = lines[i].indexOf(':');
                if (colon > 0)
                    m_exchange->m_headers.insert(lines[i].left(colon).trimmed().toLower(),
                                                 lines[i].mid(colon + 1).trimmed());
            }
            m_buffer.remove(0, end + 4);
            m_headersDone = true;
            if (m_exchange->m_status == 100) { // interim answer: wait for the real one
                m_headersDone = false;
                m_exchange->m_headers.clear();
                return parse();
            }
            const QByteArray conn = m_exchange->header("connection").toLower();
            m_keepAlive = conn != "close" && !status.value(0).startsWith("HTTP/1.0");
            m_chunked = m_exchange->header("transfer-encoding").toLower().contains("chunked");
            const QByteArray cl = m_exchange->header("content-length");
            m_length = cl.isEmpty() ? -1 : cl.toLongLong();
            if (!m_chunked && m_length < 0) m_keepAlive = false; // body runs to the end of the connection
        }
        if (m_chunked) {
            while (true) {
                const int eol = m_buffer.indexOf("\r\n");
                if (eol < 0) return;
                bool ok = false;
                const qint64 size = m_buffer.left(eol).split(';').first().trimmed().toLongLong(&ok, 16);
                if (!ok) return protocolError(QStringLiteral("bad chunk size"));
                if (size == 0) {
                    if (m_buffer.indexOf("\r\n\r\n", eol) < 0 && m_buffer.mid(eol, 4) != "\r\n\r\n") return;
                    m_buffer.clear();
                    return done();
                }
                if (m_buffer.size() < eol + 2 + size + 2) return;
                m_exchange->m_body += m_buffer.mid(eol + 2, size);
                m_buffer.remove(0, eol + 2 + size + 2);
            }
        }
        if (m_length >= 0) {
            if (m_buffer.size() < m_length) return;
            m_exchange->m_body = m_buffer.left(m_length);
            m_buffer.remove(0, m_length);
            return done();
        }
        // Read until the server closes (handled in onDisconnected).
    }

    void done()
    {
        HttpExchange* e = m_exchange;
        m_exchange = nullptr;
        e->m_connection = nullptr;
        if (reusable())
            m_transport->release(this);
        else
            deleteLater();
        e->complete();
    }

    void protocolError(const QString& why)
    {
        HttpExchange* e = m_exchange;
        m_exchange = nullptr;
        m_keepAlive = false;
        m_socket->abort();
        deleteLater();
        if (e) e->fail(HttpExchange::Failure::Protocol, why);
    }

    void onDisconnected()
    {
        if (!m_exchange) {
            m_transport->m_idle.remove(m_key, this);
            deleteLater();
            return;
        }
        if (m_headersDone && !m_chunked && m_length < 0) { // close-delimited body
            m_exchange->m_body = m_buffer;
            m_keepAlive = false;
            return done();
        }
        finishWithError(QAbstractSocket::RemoteHostClosedError);
    }

    void onError(QAbstractSocket::SocketError error)
    {
        if (error == QAbstractSocket::RemoteHostClosedError) return onDisconnected();
        if (!m_exchange) {
            m_transport->m_idle.remove(m_key, this);
            deleteLater();
            return;
        }
        finishWithError(error);
    }

    void finishWithError(QAbstractSocket::SocketError error)
    {
        HttpExchange* e = m_exchange;
        m_exchange = nullptr;
        m_keepAlive = false;
        deleteLater();
        // A kept-alive connection the server had already closed: nothing was answered, send again once on a
        // fresh connection (what browsers and QNAM do too).
        if (e && wasReused() && m_received == 0 && !m_resent) {
            qCDebug(lcClient) << "stale keep-alive connection; resending";
            auto* fresh = new HttpConnection(m_transport, m_key, m_request);
            fresh->m_resent = true;
            fresh->start(e, m_request);
            return;
        }
        using F = HttpExchange::Failure;
        QString why = m_socket->errorString();
        F f = F::Other;
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            f = F::ConnectionRefused;
            break;
        case QAbstractSocket::HostNotFoundError:
            f = F::HostNotFound;
            break;
        case QAbstractSocket::SslHandshakeFailedError:
        case QAbstractSocket::SslInternalError:
        case QAbstractSocket::SslInvalidUserDataError:
            f = F::Tls;
            if (!m_sslErrors.isEmpty()) why = m_sslErrors.join(QStringLiteral("; "));
            break;
        case QAbstractSocket::RemoteHostClosedError:
            f = F::Closed;
            why = m_headersDone && m_length >= 0
                      ? QStringLiteral("the reply was cut off: %1 of %2 bytes")
                            .arg(m_buffer.size())
                            .arg(m_length)
                      : QStringLiteral("the server closed the connection before answering");
            break;
        default:
            break;
        }
        if (e) e->fail(f, why);
    }

    HttpTransport* m_transport;
    QString m_key;
    QTcpSocket* m_socket = nullptr;
    QPointer<HttpExchange> m_exchange;
    QStringList m_sslErrors;
    QByteArray m_buffer;
    bool m_headersDone = false;
    bool m_chunked = false;
    bool m_keepAlive = true;
    qint64 m_length = -1;
    qint64 m_received = 0;
    int m_uses = 0;
    bool m_resent = false;
    HttpTransportRequest m_request;
};

void HttpExchange::abort()
{
    if (m_finished) return;
    if (m_connection)
        m_connection->abortExchange();
    else
        fail(Failure::Aborted, QStringLiteral("aborted"));
}

void HttpExchange::fail(Failure f, const QString& why)
{
    if (m_finished) return;
    m_failure = f;
    m_error = why;
    m_finished = true;
    Q_EMIT finished();
}

void HttpExchange::complete()
{
    if (m_finished) return;
    m_finished = true;
    Q_EMIT finished();
}

HttpTransport* HttpTransport::forCurrentThread()
{
    static QThreadStorage<HttpTransport*> perThread;
    if (!perThread.hasLocalData()) perThread.setLocalData(new HttpTransport());
    return perThread.localData();
}

HttpExchange* HttpTransport::send(const HttpTransportRequest& request, QObject* owner)
{
    auto* exchange = new HttpExchange(owner);
    const QString key = originKey(request.url, request.extraCaCertificates);
    HttpConnection* conn = nullptr;
    while (!conn && m_idle.contains(key)) {
        HttpConnection* c = m_idle.take(key);
        if (c->reusable())
            conn = c;
        else
            c->deleteLater();
    }
    if (!conn) conn = new HttpConnection(this, key, request);
    conn->start(exchange, request);
    return exchange;
}

void HttpTransport::release(HttpConnection* c)
{
    // Keep a few idle connections per origin, like a browser; the rest are closed.
    if (m_idle.count(c->key()) >= 6) {
        c->deleteLater();
        return;
    }
    m_idle.insert(c->key(), c);
}

} // namespace vd
