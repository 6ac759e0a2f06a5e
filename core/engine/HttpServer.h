#pragma once
// A small HTTP/1.1 server (keep-alive, Content-Length and chunked request bodies, Expect: 100-continue)
// on QTcpServer. It exists instead of QtHttpServer because the engine's tests need byte-level control of
// replies (reset mid-body, truncation, trickling, hanging) and QtHttpServer's API changed after Qt 6.4.
#include "FaultInjector.h"
#include "HttpMessage.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

class QTcpServer;
class QTcpSocket;

namespace vd::engine {

class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest&, Responder)>;

    explicit HttpServer(Handler handler, QObject* parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const;
    FaultInjector& faults() { return *m_faults; }
    // Lets an owner outside the server's thread keep the injector (LocalEngine does).
    void setFaultInjector(FaultInjector* f) { m_faults = f ? f : &m_ownFaults; }

    // Largest request body accepted (Qdrant's default service.max_request_size_mb is 32).
    void setMaxBodyBytes(qint64 bytes) { m_maxBody = bytes; }
    qint64 maxBodyBytes() const { return m_maxBody; }
    // Observer for each completed exchange (tests record traffic to validate it against the spec).
    void setExchangeObserver(std::function<void(const HttpRequest&, const HttpResponse&)> observer)
    {
        m_observer = std::move(observer);
    }

private:
    friend class HttpConnection;
    Handler m_handler;
    QTcpServer* m_server = nullptr;
    FaultInjector m_ownFaults;
    FaultInjector* m_faults = &m_ownFaults;
    qint64 m_maxBody = 32ll * 1024 * 1024;
    std::function<void(const HttpRequest&, const HttpResponse&)> m_observer;
};

} // namespace vd::engine
