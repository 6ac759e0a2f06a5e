#include "EngineFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QProcessEnvironment>
#include <QSet>

namespace vd::test {

TrafficRecorder::TrafficRecorder(const QString& testName)
{
    const QString dir = QProcessEnvironment::systemEnvironment().value(QStringLiteral("VD_TRAFFIC_DIR"));
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    m_path = dir + QLatin1Char('/') + testName + QStringLiteral(".jsonl");
    static QSet<QString> cleared; // start each test process with a fresh file, then append
    if (!cleared.contains(m_path)) {
        cleared.insert(m_path);
        QFile::remove(m_path);
    }
}

engine::LocalEngine::Observer TrafficRecorder::observer()
{
    if (m_path.isEmpty()) return {};
    const QString path = m_path;
    return [path](const engine::HttpRequest& req, const engine::HttpResponse& resp) {
        static QMutex mutex;
        QJsonObject line{
            {QStringLiteral("method"), QString::fromLatin1(req.method)},
            {QStringLiteral("path"), req.path},
            {QStringLiteral("request_content_type"), QString::fromLatin1(req.header("content-type"))},
            {QStringLiteral("status"), resp.status},
            {QStringLiteral("response_content_type"), QString::fromLatin1(resp.contentType)}};
        if (req.header("content-type").startsWith("application/json") && !req.body.isEmpty())
            line.insert(QStringLiteral("request"), QString::fromUtf8(req.body));
        if (resp.bodyFile.isEmpty()) line.insert(QStringLiteral("response"), QString::fromUtf8(resp.body));
        QMutexLocker lock(&mutex);
        QFile f(path);
        if (f.open(QIODevice::Append)) f.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    };
}

EngineFixture::EngineFixture(const QByteArray& apiKey, const QByteArray& readOnlyKey)
    : m_apiKey(apiKey), m_readOnlyKey(readOnlyKey), m_engine(std::make_unique<engine::LocalEngine>()),
      m_recorder(QCoreApplication::applicationName())
{
}

EngineFixture::~EngineFixture() = default;

bool EngineFixture::start(QString* error)
{
    engine::LocalEngine::Options o;
    o.dataDir = m_dir.path();
    o.apiKey = m_apiKey;
    o.readOnlyApiKey = m_readOnlyKey;
    m_engine->setObserver(m_recorder.observer());
    QString why;
    const bool ok = m_engine->start(o, &why);
    if (!ok && error) *error = why;
    return ok;
}

void EngineFixture::restart()
{
    m_engine->stop();
    QString why;
    if (!start(&why)) qWarning("restart failed: %s", qPrintable(why));
}

ClientConfig EngineFixture::config(const QByteArray& apiKey) const
{
    ClientConfig c;
    c.baseUrl = url();
    c.apiKey = apiKey.isNull() ? m_apiKey : apiKey;
    c.inactivityTimeoutMs = 5000;
    c.retryBaseDelayMs = 20;
    return c;
}

std::unique_ptr<QdrantClient> EngineFixture::client(const QByteArray& apiKey)
{
    auto c = std::make_unique<QdrantClient>(config(apiKey));
    c->setServerVersion(QVersionNumber(1, 19, 0));
    return c;
}

QJsonValue ok(RequestJob* job)
{
    auto j = await(job);
    if (j->error().isError())
        qWarning("request %s %s failed: %s", j->spec().method.constData(), qPrintable(j->spec().path),
                 qPrintable(j->error().errorString()));
    return j->error().isError() ? QJsonValue(QJsonValue::Undefined) : j->result();
}

QJsonArray unitVector(int n, int i, double tail)
{
    QJsonArray a;
    for (int k = 0; k < n; ++k)
        a.append(k == i ? 1.0 : tail * (k + 1));
    return a;
}

QJsonObject point(qint64 id, const QJsonArray& vector, const QJsonObject& payload)
{
    QJsonObject p{{QStringLiteral("id"), id}, {QStringLiteral("vector"), vector}};
    if (!payload.isEmpty()) p.insert(QStringLiteral("payload"), payload);
    return p;
}

void makeCollection(QdrantClient* client, const QString& name, int dims, const QString& distance,
                    const QString& vectorName)
{
    CollectionSpec s;
    s.vectors.append(VectorSpec{vectorName, dims, distance, Memory::Default, QString()});
    auto job = await(client->createCollection(name, s));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().errorString()));
}

} // namespace vd::test
