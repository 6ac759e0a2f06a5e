#include "FakeEmbeddingServer.h"

#include "embedding/HashingEmbedder.h"
#include "engine/HttpServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>
#include <QtEndian>

namespace vd::test {

using engine::HttpRequest;
using engine::HttpResponse;
using engine::Responder;

class FakeEmbeddingHost : public QObject
{
public:
    explicit FakeEmbeddingHost(FakeEmbeddingServer* owner) : m_owner(owner) { m_clock.start(); }
    bool open(quint16* port, QString* error)
    {
        server = std::make_unique<engine::HttpServer>(
            [this](const HttpRequest& r, Responder respond) { handle(r, std::move(respond)); });
        server->setFaultInjector(&m_owner->m_faults);
        if (!server->listen(QHostAddress::LocalHost, 0, error)) return false;
        *port = server->port();
        return true;
    }
    std::unique_ptr<engine::HttpServer> server;

private:
    static QByteArray json(const QJsonValue& v)
    {
        return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    }
    HttpResponse error(const FakeProviderRules& rules, int status, const QString& statusName,
                       const QString& message, const QJsonArray& details = QJsonArray())
    {
        HttpResponse r;
        r.status = status;
        QJsonObject e;
        if (rules.flavor == FakeProviderRules::Flavor::Gemini) {
            e = QJsonObject{{QStringLiteral("code"), status},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("status"), statusName}};
            if (!details.isEmpty()) e.insert(QStringLiteral("details"), details);
        } else {
            e = QJsonObject{{QStringLiteral("message"), message},
                            {QStringLiteral("type"), statusName},
                            {QStringLiteral("param"), QJsonValue::Null},
                            {QStringLiteral("code"), QJsonValue::Null}};
        }
        const QJsonObject wrapped{{QStringLiteral("error"), e}};
        r.body = rules.arrayWrappedErrors ? json(QJsonArray{wrapped}) : json(wrapped);
        return r;
    }
    void violation(const QString& what) { m_owner->m_stats.violations.append(what); }
    // Checks the per-day and per-minute quotas for n texts; returns a 429 or nothing.
    std::optional<HttpResponse> quota(const FakeProviderRules& rules, int n)
    {
        const qint64 now = m_clock.elapsed();
        while (!m_window.empty() && m_window.front().first <= now - 60000) {
            m_windowTexts -= m_window.front().second;
            m_window.pop_front();
        }
        auto refuse = [&](bool perDay, double delaySeconds) {
            FakeProviderStats& s = m_owner->m_stats;
            ++s.rateLimited;
            s.rateLimitedAtMs.append(now);
            const QString quotaId = perDay
                                        ? QStringLiteral("EmbedContentRequestsPerDayPerProjectPerModel")
                                        : QStringLiteral("EmbedContentRequestsPerMinutePerProjectPerModel");
            QJsonArray details{QJsonObject{
                {QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.QuotaFailure")},
                {QStringLiteral("violations"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("quotaMetric"),
                                  QStringLiteral("generativelanguage.googleapis.com/embed_content_requests")},
                                 {QStringLiteral("quotaId"), quotaId}}}}}};
            details.append(QJsonObject{
                {QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.RetryInfo")},
                {QStringLiteral("retryDelay"), QString::number(delaySeconds, 'f', 3) + QLatin1Char('s')}});
            HttpResponse r = error(
                rules, 429,
                rules.flavor == FakeProviderRules::Flavor::Gemini ? QStringLiteral("RESOURCE_EXHAUSTED")
                                                                  : QStringLiteral("rate_limit_exceeded"),
                QStringLiteral("Resource has been exhausted (e.g. check quota)."), details);
            if (rules.flavor == FakeProviderRules::Flavor::OpenAi)
                r.extraHeaders.append(
                    {QByteArray("retry-after-ms"), QByteArray::number(qint64(delaySeconds * 1000))});
            return r;
        };
        if (rules.textsPerDay > 0 && m_dayTexts + n > rules.textsPerDay) return refuse(true, 3600 * 5);
        if (rules.textsPerMinute > 0 && m_windowTexts + n > rules.textsPerMinute) {
            int left = m_windowTexts;
            qint64 until = now;
            for (const auto& [at, count] : m_window) {
                if (left + n <= rules.textsPerMinute) break;
                left -= count;
                until = at + 60000;
            }
            return refuse(false, double(until - now) / 1000.0 + 0.001);
        }
        m_window.push_back({now, n});
        m_windowTexts += n;
        m_dayTexts += n;
        return std::nullopt;
    }
    HttpResponse answer(const HttpRequest& req)
    {
        QMutexLocker lock(&m_owner->m_mutex);
        const FakeProviderRules rules = m_owner->m_rules;
        FakeProviderStats& stats = m_owner->m_stats;
        ++stats.calls;
        stats.bodies.append(req.body);
        if (stats.bodies.size() > 50) stats.bodies.removeFirst();
        if (req.query.hasQueryItem(QStringLiteral("key"))) violation(QStringLiteral("API key in the URL"));
        const bool gemini = rules.flavor == FakeProviderRules::Flavor::Gemini;
        // Authentication
        const QByteArray key =
            gemini ? req.header("x-goog-api-key")
                   : (req.header("authorization").startsWith("Bearer ") ? req.header("authorization").mid(7)
                                                                        : QByteArray());
        if (key.isEmpty()) {
            return gemini
                       ? error(rules, 403, QStringLiteral("PERMISSION_DENIED"),
                               QStringLiteral(
                                   "Method doesn't allow unregistered callers (callers without established "
                                   "identity). Please use API Key or other form of API consumer identity to "
                                   "call this API."))
                       : error(rules, 401, QStringLiteral("invalid_request_error"),
                               QStringLiteral("You didn't provide an API key."));
        }
        if (key != rules.apiKey) {
            if (gemini)
                return error(
                    rules, 400, QStringLiteral("INVALID_ARGUMENT"),
                    QStringLiteral("API key not valid. Please pass a valid API key."),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.ErrorInfo")},
                        {QStringLiteral("reason"), QStringLiteral("API_KEY_INVALID")},
                        {QStringLiteral("domain"), QStringLiteral("googleapis.com")}}});
            HttpResponse r = error(rules, 401, QStringLiteral("invalid_request_error"),
                                   QStringLiteral("Incorrect API key provided."));
            return r;
        }
        const QJsonObject body = QJsonDocument::fromJson(req.body).object();
        QStringList texts;
        int dims = 0;
        bool base64 = false;
        if (gemini) {
            const QString prefix = QStringLiteral("/v1beta/models/%1:").arg(rules.model);
            if (!req.path.startsWith(prefix))
                return error(rules, 404, QStringLiteral("NOT_FOUND"),
                             QStringLiteral("models/%1 is not found for API version v1beta")
                                 .arg(req.path.section(QLatin1Char('/'), 3).section(QLatin1Char(':'), 0, 0)));
            const QString method = req.path.mid(prefix.size());
            QJsonArray items;
            if (method == QLatin1String("batchEmbedContents"))
                items = body.value(QLatin1String("requests")).toArray();
            else if (method == QLatin1String("embedContent"))
                items = QJsonArray{body};
            else
                return error(rules, 404, QStringLiteral("NOT_FOUND"), QStringLiteral("unknown method"));
            if (items.size() > rules.maxItems)
                return error(
                    rules, 400, QStringLiteral("INVALID_ARGUMENT"),
                    QStringLiteral(
                        "* BatchEmbedContentsRequest.requests: at most %1 requests can be in one batch")
                        .arg(rules.maxItems));
            for (const QJsonValue& iv : items) {
                const QJsonObject item = iv.toObject();
                if (item.value(QLatin1String("model")).toString() !=
                    QStringLiteral("models/") + rules.model) {
                    violation(QStringLiteral("item without the model"));
                    return error(rules, 400, QStringLiteral("INVALID_ARGUMENT"),
                                 QStringLiteral("* BatchEmbedContentsRequest.requests[0].model: model is "
                                                "required and must match"));
                }
                const QJsonArray parts =
                    item.value(QLatin1String("content")).toObject().value(QLatin1String("parts")).toArray();
                if (parts.size() != 1) violation(QStringLiteral("an item with %1 parts").arg(parts.size()));
                texts.append(parts.first().toObject().value(QLatin1String("text")).toString());
                dims = item.value(QLatin1String("outputDimensionality")).toInt(3072);
                if (rules.model == QLatin1String("gemini-embedding-001")) {
                    const QString task = item.value(QLatin1String("taskType")).toString();
                    if (task != QLatin1String("RETRIEVAL_DOCUMENT") &&
                        task != QLatin1String("RETRIEVAL_QUERY"))
                        violation(QStringLiteral("taskType '%1'").arg(task));
                    if (task == QLatin1String("RETRIEVAL_QUERY") && item.contains(QLatin1String("title")))
                        violation(QStringLiteral("title on a query"));
                } else if (item.contains(QLatin1String("taskType"))) {
                    violation(QStringLiteral("taskType sent to %1").arg(rules.model));
                    return error(rules, 400, QStringLiteral("INVALID_ARGUMENT"),
                                 QStringLiteral("taskType is not supported"));
                }
            }
        } else {
            if (req.path != QLatin1String("/v1/embeddings"))
                return error(rules, 404, QStringLiteral("invalid_request_error"),
                             QStringLiteral("unknown path"));
            if (body.value(QLatin1String("model")).toString() != rules.model)
                return error(rules, 404, QStringLiteral("invalid_request_error"),
                             QStringLiteral("The model `%1` does not exist")
                                 .arg(body.value(QLatin1String("model")).toString()));
            const QJsonValue input = body.value(QLatin1String("input"));
            if (input.isString()) texts.append(input.toString());
            for (const QJsonValue& t : input.toArray())
                texts.append(t.toString());
            if (texts.size() > rules.maxItems) {
                HttpResponse r = error(rules, 413, QStringLiteral("invalid_request_error"),
                                       QStringLiteral("batch size %1 > maximum allowed batch size %2")
                                           .arg(texts.size())
                                           .arg(rules.maxItems));
                return r;
            }
            dims = body.value(QLatin1String("dimensions")).toInt(rules.defaultDimensions);
            base64 = body.value(QLatin1String("encoding_format")).toString() == QLatin1String("base64");
        }
        stats.maxItemsSeen = qMax(stats.maxItemsSeen, int(texts.size()));
        for (const QString& t : texts)
            if (!rules.poison.isEmpty() && t.contains(rules.poison))
                return error(rules, 400,
                             gemini ? QStringLiteral("INVALID_ARGUMENT")
                                    : QStringLiteral("invalid_request_error"),
                             QStringLiteral("Request contains an invalid argument."));
        if (auto refused = quota(rules, int(texts.size()))) return *refused;

        ++stats.accepted;
        const HashingEmbedder embedder(dims);
        QJsonArray out;
        int tokens = 0;
        for (int i = 0; i < texts.size(); ++i) {
            stats.textsEmbedded[texts[i]] += 1;
            tokens += int(texts[i].size() / 4) + 1;
            const QVector<float> unit = embedder.embed(texts[i]);
            const float scale = dims == 3072 && gemini ? 1.0f : rules.scale; // only full size is normalised
            QJsonValue values;
            if (base64) {
                QByteArray raw(unit.size() * 4, Qt::Uninitialized);
                for (int d = 0; d < unit.size(); ++d)
                    qToLittleEndian<float>(unit[d] * scale, raw.data() + 4 * d);
                values = QString::fromLatin1(raw.toBase64());
            } else {
                QJsonArray a;
                for (const float x : unit)
                    a.append(double(x * scale));
                values = a;
            }
            if (gemini)
                out.append(QJsonObject{{QStringLiteral("values"), values}});
            else // answered in reverse order: clients must sort by index
                out.prepend(QJsonObject{{QStringLiteral("object"), QStringLiteral("embedding")},
                                        {QStringLiteral("index"), i},
                                        {QStringLiteral("embedding"), values}});
        }
        HttpResponse r;
        if (gemini) {
            const bool single = req.path.endsWith(QLatin1String(":embedContent"));
            r.body = single ? json(QJsonObject{{QStringLiteral("embedding"), out.first()}})
                            : json(QJsonObject{{QStringLiteral("embeddings"), out}});
        } else {
            r.body = json(QJsonObject{
                {QStringLiteral("object"), QStringLiteral("list")},
                {QStringLiteral("data"), out},
                {QStringLiteral("model"), rules.model},
                {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), tokens},
                                                      {QStringLiteral("total_tokens"), tokens}}}});
        }
        return r;
    }
    void handle(const HttpRequest& req, Responder respond)
    {
        const HttpResponse r = answer(req);
        int latency;
        {
            QMutexLocker lock(&m_owner->m_mutex);
            latency = m_owner->m_rules.latencyMs;
        }
        if (latency <= 0) return respond(r);
        QTimer::singleShot(latency, this, [respond, r]() { respond(r); });
    }

    FakeEmbeddingServer* m_owner;
    QElapsedTimer m_clock;
    std::deque<std::pair<qint64, int>> m_window;
    int m_windowTexts = 0;
    int m_dayTexts = 0;
};

FakeEmbeddingServer::FakeEmbeddingServer() = default;

FakeEmbeddingServer::~FakeEmbeddingServer()
{
    stop();
}

bool FakeEmbeddingServer::start(const FakeProviderRules& rules, QString* error)
{
    stop();
    setRules(rules);
    resetStats();
    m_thread = new QThread();
    m_host = new FakeEmbeddingHost(this);
    m_host->moveToThread(m_thread);
    m_thread->start();
    bool ok = false;
    QString why;
    QMetaObject::invokeMethod(
        m_host, [&]() { ok = m_host->open(&m_port, &why); }, Qt::BlockingQueuedConnection);
    if (!ok && error) *error = why;
    return ok;
}

void FakeEmbeddingServer::stop()
{
    if (!m_thread) return;
    FakeEmbeddingHost* host = m_host;
    QMetaObject::invokeMethod(
        host, [host]() { delete host; }, Qt::BlockingQueuedConnection);
    m_host = nullptr;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

QUrl FakeEmbeddingServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FakeEmbeddingServer::setRules(const FakeProviderRules& rules)
{
    QMutexLocker lock(&m_mutex);
    m_rules = rules;
}

FakeProviderStats FakeEmbeddingServer::stats() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

void FakeEmbeddingServer::resetStats()
{
    QMutexLocker lock(&m_mutex);
    m_stats = FakeProviderStats();
}

Vector FakeEmbeddingServer::expectedVector(const QString& text, int dims)
{
    return HashingEmbedder(dims).embed(text);
}

ProviderConfig FakeEmbeddingServer::providerConfig(int dims) const
{
    ProviderConfig c;
    QMutexLocker lock(&m_mutex);
    c.kind = m_rules.flavor == FakeProviderRules::Flavor::Gemini ? QStringLiteral("gemini")
                                                                 : QStringLiteral("openai");
    c.baseUrl = url();
    c.model = m_rules.model;
    c.dimensions = dims;
    c.apiKey = m_rules.apiKey;
    c.timeoutMs = 5000;
    return c;
}

} // namespace vd::test
