#pragma once
// API keys in the OS keychain through QtKeychain, never blocking: each call starts a keychain job and
// answers through a callback. The insecure fallback (plain files) is off. When no keychain is available
// the key is kept in memory for this session only and sessionOnly() says so, so the UI can tell the user.
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <functional>

namespace vd {

class SecretStore : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        QByteArray secret;     // for reads
        bool notFound = false; // no key stored for this profile
        bool sessionOnly = false;
        QString message; // what went wrong or what the user should know
    };
    using Callback = std::function<void(const Result&)>;

    explicit SecretStore(const QString& service = QStringLiteral("VectorDesk"), QObject* parent = nullptr);

    void write(const QString& profileId, const QByteArray& secret, Callback done);
    void read(const QString& profileId, Callback done);
    void remove(const QString& profileId, Callback done);
    bool sessionOnly() const { return m_sessionOnly; }

private:
    QString m_service;
    bool m_sessionOnly = false;
    QHash<QString, QByteArray> m_session; // used only when the keychain is unavailable
};

} // namespace vd
