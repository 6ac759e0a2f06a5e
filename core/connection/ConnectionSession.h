#pragma once
// The connection the app is working on: its profile, a client for it, and the write lock. Production
// connections open read-only: the client refuses every write until unlockWrites() — an explicit act the UI
// shows for as long as it lasts — and lockWrites() (or switching away) ends it.
#include "ConnectionProfile.h"
#include "qdrant/QdrantClient.h"

#include <QObject>
#include <memory>

namespace vd {

class ConnectionSession : public QObject
{
    Q_OBJECT
public:
    ConnectionSession(const ConnectionProfile& profile, const ClientConfig& config,
                      QObject* parent = nullptr);
    ~ConnectionSession() override;

    const ConnectionProfile& profile() const { return m_profile; }
    QdrantClient* client() const { return m_client.get(); }
    bool isReadOnly() const { return m_client->writesLocked(); }
    // Only connections that start read-only (production) can be unlocked or locked again.
    bool isLockable() const { return m_profile.startsReadOnly(); }
    void unlockWrites();
    void lockWrites();

Q_SIGNALS:
    void readOnlyChanged(bool readOnly);

private:
    ConnectionProfile m_profile;
    std::unique_ptr<QdrantClient> m_client;
};

// "Test connection": reachability and version (GET /), authentication (GET /collections), readiness
// (/readyz), each with the error model's advice when it fails.
struct ConnectionCheckResult
{
    enum class Auth { Unknown, Accepted, MissingKey, InvalidKey, Forbidden };
    bool reachable = false;
    QString version;
    Auth auth = Auth::Unknown;
    bool ready = false;
    QString error;  // the first failure, if any
    QString advice; // what to do about it
    bool ok() const { return reachable && auth == Auth::Accepted && ready; }
};

class ConnectionCheck : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionCheck(const ClientConfig& config, QObject* parent = nullptr);
    void start();
    const ConnectionCheckResult& result() const { return m_result; }
    // One line per step for a dialog: "Server 1.19.0 reachable", "API key accepted", "Ready".
    QStringList report() const;

Q_SIGNALS:
    void finished();

private:
    void fail(const QdrantError& e);
    std::unique_ptr<QdrantClient> m_client;
    ConnectionCheckResult m_result;
};

} // namespace vd
