#include "CliContext.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace vd::cli {

Context::Context() : out(stdout), err(stderr) {}

void Context::addConnectionOptions(QCommandLineParser* p)
{
    p->addOption({QStringLiteral("url"), tr("Server URL (default: $QDRANT_URL, else http://localhost:6333)."),
                  tr("url")});
    p->addOption(
        {QStringLiteral("timeout"), tr("Inactivity timeout in seconds (default 30)."), tr("seconds")});
    p->addOption({QStringLiteral("json"), tr("Print machine-readable JSON on stdout.")});
}

std::optional<ClientConfig> Context::clientConfig(const QCommandLineParser& p, int* exitCode,
                                                  const QUrl& fallback, const QString& keyEnv)
{
    json = p.isSet(QStringLiteral("json"));
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString urlText = p.isSet(QStringLiteral("url")) ? p.value(QStringLiteral("url"))
                            : fallback.isValid()           ? fallback.toString()
                                                           : env.value(QStringLiteral("QDRANT_URL"),
                                                                       QStringLiteral("http://localhost:6333"));
    const QUrl url(urlText);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty()) {
        *exitCode = usage(tr("--url / QDRANT_URL: expected http(s)://host[:port], got '%1'").arg(urlText));
        return std::nullopt;
    }
    if (!url.userInfo().isEmpty() || url.query().contains(QLatin1String("key"), Qt::CaseInsensitive)) {
        *exitCode =
            usage(tr("--url / QDRANT_URL: do not put credentials in the URL; set QDRANT_API_KEY instead"));
        return std::nullopt;
    }
    ClientConfig c;
    c.baseUrl = url;
    c.apiKey = env.value(keyEnv).toUtf8();
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double s = p.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || s <= 0) {
            *exitCode = usage(tr("--timeout: expected a positive number of seconds"));
            return std::nullopt;
        }
        c.inactivityTimeoutMs = int(s * 1000);
    }
    return c;
}

QdrantClient* Context::connect(const QCommandLineParser& p, int* exitCode)
{
    const std::optional<ClientConfig> c = clientConfig(p, exitCode);
    if (!c) return nullptr;
    m_client = std::make_unique<QdrantClient>(*c);
    // Learn the server version first so version-gated calls adapt.
    RequestJob* v = m_client->version();
    const int code = run(v);
    if (code != Ok) {
        *exitCode = code;
        return nullptr;
    }
    return m_client.get();
}

int Context::run(ClientJob* job)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(job, &ClientJob::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished()) loop.exec();
    const QdrantError e = job->error();
    job->deleteLater();
    if (!e.isError()) return Ok;
    if (json) {
        printJson(QJsonObject{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), QdrantError::kindName(e.kind())},
                                                  {QStringLiteral("status"), e.httpStatus()},
                                                  {QStringLiteral("message"), e.message()},
                                                  {QStringLiteral("advice"), e.advice()}}}});
    } else {
        err << tr("error: %1").arg(e.errorString()) << '\n' << e.advice() << '\n';
        err.flush();
    }
    return e.exitCode();
}

int Context::usage(const QString& message)
{
    err << tr("usage error: %1").arg(message) << '\n';
    err.flush();
    return UsageError;
}

void Context::printJson(const QJsonValue& v)
{
    if (v.isObject())
        out << QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
    else if (v.isArray())
        out << QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented);
    else
        out << QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1) << '\n';
    out.flush();
}

} // namespace vd::cli
