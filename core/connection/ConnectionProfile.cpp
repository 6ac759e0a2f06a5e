#include "ConnectionProfile.h"

#include <QFile>
#include <QUuid>

namespace vd {

QString environmentId(Environment e)
{
    switch (e) {
    case Environment::Local:
        return QStringLiteral("local");
    case Environment::Development:
        return QStringLiteral("development");
    case Environment::Staging:
        return QStringLiteral("staging");
    case Environment::Production:
        return QStringLiteral("production");
    }
    return QString();
}

std::optional<Environment> environmentFromId(const QString& id)
{
    for (Environment e :
         {Environment::Local, Environment::Development, Environment::Staging, Environment::Production})
        if (environmentId(e) == id) return e;
    return std::nullopt;
}

bool ConnectionProfile::validate(QString* error) const
{
    if (name.trimmed().isEmpty()) {
        *error = tr("name: a connection needs a name");
        return false;
    }
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty()) {
        *error = tr("url: expected http(s)://host[:port], got '%1'")
                     .arg(url.toDisplayString(QUrl::RemoveUserInfo));
        return false;
    }
    if (!url.userInfo().isEmpty()) {
        *error =
            tr("url: credentials must not be part of the URL; store the API key in the keychain instead");
        return false;
    }
    if (url.hasQuery() && url.query().contains(QLatin1String("key"), Qt::CaseInsensitive)) {
        *error = tr("url: an API key must never be put in the URL; store it in the keychain instead");
        return false;
    }
    if (timeoutMs < 1000 || timeoutMs > 3600000) {
        *error = tr("timeout: expected 1 to 3600 seconds, got %1 ms").arg(timeoutMs);
        return false;
    }
    if (!caFile.isEmpty() && url.scheme() != QLatin1String("https")) {
        *error = tr("ca_file: a CA file only applies to https:// URLs");
        return false;
    }
    return true;
}

std::optional<ClientConfig> ConnectionProfile::clientConfig(const QByteArray& apiKey, QString* error) const
{
    if (!validate(error)) return std::nullopt;
    ClientConfig c;
    c.baseUrl = url;
    c.apiKey = apiKey;
    c.inactivityTimeoutMs = timeoutMs;
    if (!caFile.isEmpty()) {
        QFile f(caFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("ca_file: cannot read %1: %2").arg(caFile, f.errorString());
            return std::nullopt;
        }
        c.extraCaCertificates = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
        if (c.extraCaCertificates.isEmpty()) {
            *error = tr("ca_file: %1 holds no PEM certificate").arg(caFile);
            return std::nullopt;
        }
    }
    return c;
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("url"), url.toString(QUrl::RemoveUserInfo)},
                  {QStringLiteral("environment"), environmentId(environment)},
                  {QStringLiteral("timeout_ms"), timeoutMs}};
    if (!caFile.isEmpty()) o.insert(QStringLiteral("ca_file"), caFile);
    if (embedded) o.insert(QStringLiteral("embedded"), true);
    return o;
}

std::optional<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject& o, QString* error)
{
    static const QStringList known = {QStringLiteral("id"),         QStringLiteral("name"),
                                      QStringLiteral("url"),        QStringLiteral("environment"),
                                      QStringLiteral("timeout_ms"), QStringLiteral("ca_file"),
                                      QStringLiteral("embedded")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().contains(QLatin1String("key"), Qt::CaseInsensitive) ||
            it.key().contains(QLatin1String("secret"), Qt::CaseInsensitive)) {
            *error =
                tr("%1: profiles never carry secrets; remove it and enter the key in the app").arg(it.key());
            return std::nullopt;
        }
        if (!known.contains(it.key())) {
            *error = tr("%1: unknown field").arg(it.key());
            return std::nullopt;
        }
    }
    ConnectionProfile p;
    p.id = o.value(QLatin1String("id")).toString(QUuid::createUuid().toString(QUuid::WithoutBraces));
    p.name = o.value(QLatin1String("name")).toString();
    p.url = QUrl(o.value(QLatin1String("url")).toString());
    const auto env =
        environmentFromId(o.value(QLatin1String("environment")).toString(QStringLiteral("development")));
    if (!env) {
        *error = tr("environment: expected local, development, staging or production");
        return std::nullopt;
    }
    p.environment = *env;
    p.timeoutMs = o.value(QLatin1String("timeout_ms")).toInt(30000);
    p.caFile = o.value(QLatin1String("ca_file")).toString();
    p.embedded = o.value(QLatin1String("embedded")).toBool();
    if (!p.validate(error)) return std::nullopt;
    return p;
}

} // namespace vd
