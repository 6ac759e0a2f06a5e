#pragma once
// A saved connection: where the server is and how to talk to it. The API key is NOT part of the profile:
// it lives in the OS keychain (SecretStore) keyed by the profile id, or in QDRANT_API_KEY for the CLI.
#include "qdrant/ClientConfig.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace vd {

enum class Environment { Local, Development, Staging, Production };
QString environmentId(Environment e); // "local", "development", ...
std::optional<Environment> environmentFromId(const QString& id);

struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
public:
    QString id;   // stable identifier (UUID), the keychain key
    QString name; // shown to the user
    QUrl url;
    Environment environment = Environment::Development;
    QString caFile;        // extra CA certificate(s), PEM; certificate errors are never ignored
    int timeoutMs = 30000; // inactivity timeout
    bool embedded = false; // the built-in local engine ("Local demo")

    // Production connections open read-only; writes need an explicit unlock (see ConnectionSession).
    bool startsReadOnly() const { return environment == Environment::Production; }

    // Checks the fields; *error names the first bad one.
    bool validate(QString* error) const;
    // Builds the client configuration; reads the CA file (error if unreadable or not PEM).
    std::optional<ClientConfig> clientConfig(const QByteArray& apiKey, QString* error) const;

    // JSON for export/import: never contains a secret.
    QJsonObject toJson() const;
    static std::optional<ConnectionProfile> fromJson(const QJsonObject& o, QString* error);
};

} // namespace vd
