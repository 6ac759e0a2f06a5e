#include "LocalEngine.h"

#include "Engine.h"
#include "HttpServer.h"
#include "RestApi.h"

#include <QThread>

namespace vd::engine {

// Lives on the engine thread and owns everything that runs there.
class EngineHost : public QObject
{
public:
    bool open(const LocalEngine::Options& o, const LocalEngine::Observer& observer, FaultInjector* faults,
              quint16* port, QString* error)
    {
        engine = std::make_unique<Engine>();
        if (!engine->open(o.dataDir, error)) return false;
        api = std::make_unique<RestApi>(engine.get(), RestApi::Options{o.apiKey, o.readOnlyApiKey});
        server = std::make_unique<HttpServer>(
            [this](const HttpRequest& r, Responder respond) { api->handle(r, respond); });
        server->setMaxBodyBytes(o.maxBodyBytes);
        server->setFaultInjector(faults);
        if (observer) server->setExchangeObserver(observer);
        if (!server->listen(o.address, o.port, error)) return false;
        *port = server->port();
        return true;
    }
    void close()
    {
        server.reset();
        api.reset();
        if (engine) engine->close();
        engine.reset();
    }
    std::unique_ptr<Engine> engine;
    std::unique_ptr<RestApi> api;
    std::unique_ptr<HttpServer> server;
};

LocalEngine::LocalEngine(QObject* parent) : QObject(parent) {}

LocalEngine::~LocalEngine()
{
    stop();
}

bool LocalEngine::start(const Options& options, QString* error)
{
    stop();
    m_thread = new QThread();
    m_thread->setObjectName(QStringLiteral("vd-engine"));
    m_host = new EngineHost();
    m_host->moveToThread(m_thread);
    m_thread->start();
    bool ok = false;
    quint16 port = 0;
    QString why;
    QMetaObject::invokeMethod(
        m_host, [&]() { ok = m_host->open(options, m_observer, &m_faults, &port, &why); },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        if (error) *error = why;
        stop();
        return false;
    }
    m_port = port;
    m_address = options.address;
    return true;
}

void LocalEngine::stop()
{
    if (!m_thread) return;
    EngineHost* host = m_host;
    QMetaObject::invokeMethod(
        host,
        [host]() {
            host->close();
            delete host;
        },
        Qt::BlockingQueuedConnection);
    m_host = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_port = 0;
}

QUrl LocalEngine::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(m_address.toString());
    u.setPort(m_port);
    return u;
}

} // namespace vd::engine
