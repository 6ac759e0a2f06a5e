#include "SecretStore.h"

#include "common/Logging.h"

#include <qt6keychain/keychain.h>

namespace vd {

namespace {
bool unavailable(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented || e == QKeychain::OtherError;
}
QString sessionMessage()
{
    return QCoreApplication::translate(
        "SecretStore", "No system keychain is available: the API key is kept for this session only and "
                       "will have to be entered again next time.");
}
} // namespace

SecretStore::SecretStore(const QString& service, QObject* parent) : QObject(parent), m_service(service) {}

void SecretStore::write(const QString& id, const QByteArray& secret, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(id);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, id, secret, done](QKeychain::Job* j) {
        Result r;
        if (j->error() == QKeychain::NoError) {
            r.ok = true;
            m_session.remove(id);
        } else if (unavailable(j->error())) {
            qCWarning(lcKeychain) << "keychain unavailable, keeping the key for this session:"
                                  << j->errorString();
            m_sessionOnly = true;
            m_session.insert(id, secret);
            r.ok = true;
            r.sessionOnly = true;
            r.message = sessionMessage();
        } else {
            r.message = j->errorString();
        }
        done(r);
    });
    job->start();
}

void SecretStore::read(const QString& id, Callback done)
{
    if (m_session.contains(id)) {
        Result r;
        r.ok = true;
        r.secret = m_session.value(id);
        r.sessionOnly = true;
        r.message = sessionMessage();
        done(r);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(id);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job* j) {
        auto* rj = static_cast<QKeychain::ReadPasswordJob*>(j);
        Result r;
        if (j->error() == QKeychain::NoError) {
            r.ok = true;
            r.secret = rj->binaryData();
        } else if (j->error() == QKeychain::EntryNotFound) {
            r.ok = true;
            r.notFound = true;
        } else {
            if (unavailable(j->error())) m_sessionOnly = true;
            r.message = j->errorString();
        }
        done(r);
    });
    job->start();
}

void SecretStore::remove(const QString& id, Callback done)
{
    m_session.remove(id);
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(id);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) {
        Result r;
        r.ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        r.message = r.ok ? QString() : j->errorString();
        done(r);
    });
    job->start();
}

} // namespace vd
