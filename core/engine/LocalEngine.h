#pragma once
// The embedded engine served over loopback HTTP on a thread of its own: what the GUI's "Local demo"
// connection and the tests talk to, through the same QdrantClient that talks to real Qdrant.
//
//   LocalEngine engine;
//   if (!engine.start({dataDir}, &error)) ...;
//   QdrantClient client(engine.url());
#include "FaultInjector.h"
#include "HttpMessage.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <functional>

class QThread;

namespace vd::engine {

class EngineHost;

class LocalEngine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDir;
        QByteArray apiKey;
        QByteArray readOnlyApiKey;
        quint16 port = 0; // 0: any free port
        QHostAddress address = QHostAddress::LocalHost;
        qint64 maxBodyBytes = 32ll * 1024 * 1024;
    };
    using Observer = std::function<void(const HttpRequest&, const HttpResponse&)>;

    explicit LocalEngine(QObject* parent = nullptr);
    ~LocalEngine() override;

    // Opens the data directory and starts listening; returns when requests can be served.
    bool start(const Options& options, QString* error);
    // Stops serving and compacts the logs (also done by the destructor).
    void stop();
    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl url() const;
    // Test-only controls, settable at any time from any thread.
    FaultInjector& faults() { return m_faults; }
    // Must be set before start(); called on the engine thread for every exchange.
    void setObserver(Observer observer) { m_observer = std::move(observer); }

private:
    QThread* m_thread = nullptr;
    EngineHost* m_host = nullptr;
    quint16 m_port = 0;
    QHostAddress m_address;
    Observer m_observer;
    FaultInjector m_faults;
};

} // namespace vd::engine
