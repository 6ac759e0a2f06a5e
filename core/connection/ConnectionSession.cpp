#include "ConnectionSession.h"

namespace vd {

ConnectionSession::ConnectionSession(const ConnectionProfile& profile, const ClientConfig& config,
                                     QObject* parent)
    : QObject(parent), m_profile(profile), m_client(std::make_unique<QdrantClient>(config))
{
    if (m_profile.startsReadOnly()) lockWrites();
}

ConnectionSession::~ConnectionSession() = default;

void ConnectionSession::unlockWrites()
{
    if (!isReadOnly()) return;
    m_client->setWritesLocked(false);
    Q_EMIT readOnlyChanged(false);
}

void ConnectionSession::lockWrites()
{
    if (!isLockable()) return;
    const bool was = isReadOnly();
    m_client->setWritesLocked(true,
                              tr("%1 is a production connection and opens read-only: unlock writes first "
                                 "(the lock button in the connection bar)")
                                  .arg(m_profile.name));
    if (!was) Q_EMIT readOnlyChanged(true);
}

ConnectionCheck::ConnectionCheck(const ClientConfig& config, QObject* parent)
    : QObject(parent), m_client(std::make_unique<QdrantClient>(config))
{
}

void ConnectionCheck::fail(const QdrantError& e)
{
    m_result.error = e.errorString();
    m_result.advice = e.advice();
    Q_EMIT finished();
}

void ConnectionCheck::start()
{
    RequestJob* v = m_client->version();
    connect(v, &ClientJob::finished, this, [this, v]() {
        using K = QdrantError::Kind;
        const K k = v->error().kind();
        if (k == K::MissingApiKey || k == K::InvalidApiKey || k == K::Forbidden) {
            m_result.reachable = true; // it answered, and refused us
        } else if (v->error().isError()) {
            return fail(v->error());
        } else {
            m_result.reachable = true;
            m_result.version = m_client->serverVersion().toString();
        }
        RequestJob* list = m_client->listCollections();
        connect(list, &ClientJob::finished, this, [this, list]() {
            switch (list->error().kind()) {
            case K::None:
                m_result.auth = ConnectionCheckResult::Auth::Accepted;
                break;
            case K::MissingApiKey:
                m_result.auth = ConnectionCheckResult::Auth::MissingKey;
                break;
            case K::InvalidApiKey:
                m_result.auth = ConnectionCheckResult::Auth::InvalidKey;
                break;
            case K::Forbidden:
                m_result.auth = ConnectionCheckResult::Auth::Forbidden;
                break;
            default:
                return fail(list->error());
            }
            if (list->error().isError()) return fail(list->error());
            RequestJob* ready = m_client->readyz();
            connect(ready, &ClientJob::finished, this, [this, ready]() {
                if (ready->error().isError()) return fail(ready->error());
                m_result.ready = true;
                Q_EMIT finished();
            });
        });
    });
}

QStringList ConnectionCheck::report() const
{
    QStringList lines;
    const ConnectionCheckResult& r = m_result;
    lines.append(!r.reachable          ? tr("Server not reachable")
                 : r.version.isEmpty() ? tr("Server reachable")
                                       : tr("Server %1 reachable").arg(r.version));
    switch (r.auth) {
    case ConnectionCheckResult::Auth::Accepted:
        lines.append(tr("Authentication: accepted"));
        break;
    case ConnectionCheckResult::Auth::MissingKey:
        lines.append(tr("Authentication: the server needs an API key"));
        break;
    case ConnectionCheckResult::Auth::InvalidKey:
        lines.append(tr("Authentication: the API key was refused"));
        break;
    case ConnectionCheckResult::Auth::Forbidden:
        lines.append(tr("Authentication: the key may not do this (read-only key?)"));
        break;
    case ConnectionCheckResult::Auth::Unknown:
        break;
    }
    if (r.auth == ConnectionCheckResult::Auth::Accepted)
        lines.append(r.ready ? tr("Ready") : tr("Not ready"));
    if (!r.error.isEmpty()) lines.append(r.error);
    if (!r.advice.isEmpty()) lines.append(r.advice);
    return lines;
}

} // namespace vd
