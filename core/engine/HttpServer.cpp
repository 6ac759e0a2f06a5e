#include "HttpServer.h"

#include "common/Logging.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace vd::engine {

namespace {
const char* reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 507:
        return "Insufficient Storage";
    default:
        return "Status";
    }
}
// Snapshot uploads are multipart files, not JSON: they get a larger allowance.
constexpr qint64 kMaxUploadBytes = 1024ll * 1024 * 1024;
} // namespace

// One client connection: parses requests one at a time and writes the answers, applying faults.
class HttpConnection : public QObject
{
public:
    HttpConnection(HttpServer* server, QTcpSocket* socket)
        : QObject(socket), m_server(server), m_socket(socket)
    {
        connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::bytesWritten, this, [this]() {
            if (m_file) pumpFile();
        });
    }

private:
    enum class State { Headers, Body, ChunkSize, ChunkData, ChunkTrailer, Discard, Busy };

    void onReadyRead()
    {
        m_buffer.append(m_socket->readAll());
        parse();
    }

    void parse()
    {
        while (m_state != State::Busy) {
            if (m_state == State::Headers) {
                const int end = m_buffer.indexOf("\r\n\r\n");
                if (end < 0) {
                    if (m_buffer.size() > 64 * 1024) return fail(431, "request headers too large");
                    return;
                }
                if (!parseHead(m_buffer.left(end))) return;
                m_buffer.remove(0, end + 4);
                if (m_request.header("expect").toLower() == "100-continue")
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                if (m_request.header("transfer-encoding").toLower().contains("chunked")) {
                    m_state = State::ChunkSize;
                } else {
                    bool ok = true;
                    const QByteArray cl = m_request.header("content-length");
                    m_remaining = cl.isEmpty() ? 0 : cl.toLongLong(&ok);
                    if (!ok || m_remaining < 0) return fail(400, "invalid Content-Length");
                    if (m_remaining > bodyLimit()) {
                        tooLarge(m_remaining);
                        continue;
                    }
                    m_state = State::Body;
                }
            } else if (m_state == State::Discard) {
                const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
                m_buffer.remove(0, take);
                m_remaining -= take;
                if (m_remaining > 0) return;
                return fail(413, m_tooLargeMessage);
            } else if (m_state == State::Body) {
                const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
                m_request.body.append(m_buffer.left(take));
                m_buffer.remove(0, take);
                m_remaining -= take;
                if (m_remaining > 0) return;
                dispatch();
            } else if (m_state == State::ChunkSize) {
                const int eol = m_buffer.indexOf("\r\n");
                if (eol < 0) return;
                bool ok = false;
                const qint64 size = m_buffer.left(eol).split(';').first().trimmed().toLongLong(&ok, 16);
                m_buffer.remove(0, eol + 2);
                if (!ok || size < 0) return fail(400, "invalid chunk size");
                if (m_request.body.size() + size > bodyLimit()) return tooLarge(m_request.body.size() + size);
                m_remaining = size;
                m_state = size == 0 ? State::ChunkTrailer : State::ChunkData;
            } else if (m_state == State::ChunkData) {
                const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
                m_request.body.append(m_buffer.left(take));
                m_buffer.remove(0, take);
                m_remaining -= take;
                if (m_remaining > 0 || m_buffer.size() < 2) return;
                m_buffer.remove(0, 2); // CRLF after the chunk
                m_state = State::ChunkSize;
            } else if (m_state == State::ChunkTrailer) {
                const int eol = m_buffer.indexOf("\r\n");
                if (eol < 0) return;
                const bool last = eol == 0;
                m_buffer.remove(0, eol + 2);
                if (last) dispatch();
            }
        }
    }

    qint64 bodyLimit() const
    {
        return m_request.path.endsWith(QLatin1String("/snapshots/upload")) ? kMaxUploadBytes
                                                                           : m_server->maxBodyBytes();
    }

    bool parseHead(const QByteArray& head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            fail(400, "malformed request line");
            return false;
        }
        m_request = HttpRequest();
        m_request.method = requestLine[0];
        const QUrl url = QUrl::fromEncoded(requestLine[1]);
        m_request.path = url.path(QUrl::FullyDecoded);
        m_request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
        m_http10 = requestLine[2] == "HTTP/1.0";
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const int colon = line.indexOf(':');
            if (colon <= 0) continue;
            m_request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        return true;
    }

    void tooLarge(qint64 size)
    {
        m_tooLargeMessage = QByteArray("JSON payload (") + QByteArray::number(size) +
                            " bytes) is larger than allowed (limit: " + QByteArray::number(bodyLimit()) +
                            " bytes).";
        // Read and drop the body first (up to a sane bound), so the client gets to read the 413.
        if (m_state == State::Headers && m_remaining <= 4ll * 1024 * 1024 * 1024) {
            m_state = State::Discard;
            return;
        }
        fail(413, m_tooLargeMessage);
    }

    void fail(int status, const QByteArray& message)
    {
        HttpResponse r;
        r.status = status;
        QByteArray escaped = message;
        escaped.replace('\\', "\\\\").replace('"', "\\\"");
        r.body = "{\"status\":{\"error\":\"" + escaped + "\"},\"time\":0}"; // Qdrant's error envelope
        m_closeAfter = true;
        m_state = State::Busy;
        send(r, std::nullopt);
    }

    void dispatch()
    {
        m_state = State::Busy;
        const QByteArray conn = m_request.header("connection").toLower();
        m_closeAfter = conn == "close" || (m_http10 && conn != "keep-alive");
        std::optional<FaultRule> fault = m_server->faults().take(m_request.method, m_request.path);
        QPointer<HttpConnection> self(this);
        auto answer = [self, fault](HttpResponse response) {
            if (self) self->send(std::move(response), fault);
        };
        auto run = [this, fault, answer]() {
            if (fault && fault->hang) return; // never answer: the client's inactivity timeout must fire
            if (fault && fault->status) {
                HttpResponse r;
                r.status = fault->status;
                r.body = fault->body;
                r.contentType = fault->contentType;
                r.extraHeaders = fault->headers;
                answer(r);
                return;
            }
            m_server->m_handler(m_request, answer);
        };
        if (fault && fault->latencyMs > 0)
            QTimer::singleShot(fault->latencyMs, this, run);
        else
            run();
    }

    void send(HttpResponse response, const std::optional<FaultRule>& fault)
    {
        if (m_server->m_observer && !(fault && fault->status)) m_server->m_observer(m_request, response);
        QByteArray body = response.body;
        qint64 length = body.size();
        std::unique_ptr<QFile> file;
        if (!response.bodyFile.isEmpty()) {
            file = std::make_unique<QFile>(response.bodyFile);
            if (!file->open(QIODevice::ReadOnly)) {
                file.reset();
                response.status = 500;
                response.contentType = "application/json";
                body = R"({"status":{"error":"Service internal error: snapshot file unreadable"},"time":0})";
                length = body.size();
            } else if (fault) {
                body = file->readAll(); // faults cut and trickle bytes in memory; files are small in tests
                length = body.size();
                file.reset();
            } else {
                length = file->size();
            }
        }
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        head += "Content-Type: " + response.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
        for (const auto& h : response.extraHeaders)
            head += h.first + ": " + h.second + "\r\n";
        head += m_closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
        head += "\r\n";

        if (fault && (fault->resetMidBody || fault->truncateBody)) {
            m_socket->write(head + body.left(body.size() / 2));
            m_socket->flush();
            if (fault->resetMidBody)
                m_socket->abort();
            else
                m_socket->disconnectFromHost();
            return;
        }
        if (fault && fault->trickleBytes > 0) {
            m_socket->write(head);
            trickle(body, fault->trickleBytes, fault->trickleIntervalMs);
            return;
        }
        if (file) {
            // Stream the file: at most a few MiB queued in the socket at any time, refilled on bytesWritten.
            m_socket->write(head);
            m_file = std::move(file);
            pumpFile();
            return;
        }
        m_socket->write(head + body);
        finishExchange();
    }

    void pumpFile()
    {
        while (m_file && m_socket->bytesToWrite() < 4 * 1024 * 1024) {
            const QByteArray chunk = m_file->read(1024 * 1024);
            if (chunk.isEmpty()) {
                m_file.reset();
                finishExchange();
                return;
            }
            m_socket->write(chunk);
        }
    }

    void trickle(QByteArray rest, int chunk, int intervalMs)
    {
        m_socket->write(rest.left(chunk));
        rest.remove(0, chunk);
        if (rest.isEmpty()) {
            finishExchange();
            return;
        }
        QPointer<HttpConnection> self(this);
        QTimer::singleShot(intervalMs, this, [self, rest, chunk, intervalMs]() {
            if (self) self->trickle(rest, chunk, intervalMs);
        });
    }

    void finishExchange()
    {
        if (m_closeAfter) {
            m_socket->disconnectFromHost();
            return;
        }
        m_request = HttpRequest();
        m_state = State::Headers;
        if (!m_buffer.isEmpty()) QTimer::singleShot(0, this, [this]() { parse(); });
    }

    HttpServer* m_server;
    QTcpSocket* m_socket;
    QByteArray m_buffer;
    HttpRequest m_request;
    State m_state = State::Headers;
    qint64 m_remaining = 0;
    bool m_http10 = false;
    bool m_closeAfter = false;
    QByteArray m_tooLargeMessage;
    std::unique_ptr<QFile> m_file; // a response body being streamed
};

HttpServer::HttpServer(Handler handler, QObject* parent) : QObject(parent), m_handler(std::move(handler))
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, [this]() {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            new HttpConnection(this, socket);
        }
    });
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (!m_server->listen(address, port)) {
        if (error) *error = m_server->errorString();
        return false;
    }
    qCInfo(lcHttp) << "listening on" << address.toString() << m_server->serverPort();
    return true;
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

} // namespace vd::engine
