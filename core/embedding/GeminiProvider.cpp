#include "GeminiProvider.h"

#include "HttpEmbedCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vd {

std::unique_ptr<EmbeddingProvider> GeminiProvider::create(const ProviderConfig& config, QString* error)
{
    ProviderConfig c = config;
    if (c.model.isEmpty()) c.model = QStringLiteral("gemini-embedding-001");
    if (c.model.startsWith(QLatin1String("models/"))) c.model = c.model.mid(7);
    if (c.model == QLatin1String("text-embedding-004")) {
        if (error)
            *error = EmbedError::tr("provider.model: text-embedding-004 was shut down on 2026-01-14; use "
                                    "gemini-embedding-001");
        return nullptr;
    }
    if (c.model == QLatin1String("gemini-embedding-001") && (c.dimensions < 128 || c.dimensions > 3072)) {
        if (error)
            *error = EmbedError::tr("provider.dimensions: gemini-embedding-001 gives 128 to 3072 dimensions");
        return nullptr;
    }
    if (c.maxItemsPerCall > kMaxBatch) {
        if (error)
            *error = EmbedError::tr("provider.max_items_per_call: Gemini takes at most %1 texts per call")
                         .arg(kMaxBatch);
        return nullptr;
    }
    if (c.apiKey.isEmpty()) {
        if (error)
            *error = EmbedError::tr("Gemini needs an API key: set the environment variable named by "
                                    "provider.api_key_env (or store the key in the connection)");
        return nullptr;
    }
    if (c.baseUrl.isEmpty()) c.baseUrl = QUrl(QStringLiteral("https://generativelanguage.googleapis.com"));
    return std::unique_ptr<EmbeddingProvider>(new GeminiProvider(c));
}

ProviderLimits GeminiProvider::limits() const
{
    ProviderLimits l;
    l.maxItemsPerCall = m_config.maxItemsPerCall > 0 ? m_config.maxItemsPerCall : kMaxBatch;
    l.maxInputTokens = 2048;
    l.dimensions = m_config.dimensions;
    l.normalisedOutput = m_config.dimensions == 3072; // only the full size comes normalised
    return l;
}

double GeminiProvider::pricePerMillionTokens() const
{
    return m_config.pricePerMillionTokens >= 0 ? m_config.pricePerMillionTokens : 0.15;
}

bool GeminiProvider::usesTextPrefixes() const
{
    return m_config.model.startsWith(QLatin1String("gemini-embedding-2"));
}

QJsonObject GeminiProvider::requestItem(const QString& text, EmbedPurpose purpose, const QString& title) const
{
    QJsonObject item{{QStringLiteral("model"), QStringLiteral("models/") + m_config.model}};
    QString content = text;
    if (usesTextPrefixes()) {
        content = purpose == EmbedPurpose::Query
                      ? QStringLiteral("task: search result | query: ") + text
                      : QStringLiteral("title: %1 | text: %2")
                            .arg(title.isEmpty() ? QStringLiteral("none") : title, text);
    } else {
        item.insert(QStringLiteral("taskType"), purpose == EmbedPurpose::Query
                                                    ? QStringLiteral("RETRIEVAL_QUERY")
                                                    : QStringLiteral("RETRIEVAL_DOCUMENT"));
        if (purpose == EmbedPurpose::Document && !title.isEmpty())
            item.insert(QStringLiteral("title"), title);
    }
    item.insert(
        QStringLiteral("content"),
        QJsonObject{{QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), content}}}}});
    item.insert(QStringLiteral("outputDimensionality"), m_config.dimensions);
    return item;
}

QUrl GeminiProvider::methodUrl(const QString& method) const
{
    QUrl u = m_config.baseUrl;
    QString path = u.path();
    if (path.endsWith(QLatin1Char('/'))) path.chop(1);
    // The ':' is literal in Google's paths; QUrl keeps it as is in the path.
    u.setPath(path + QStringLiteral("/v1beta/models/%1:%2").arg(m_config.model, method));
    return u;
}

namespace {
EmbedError parseValues(const QJsonValue& values, Vector* out)
{
    const QJsonArray a = values.toArray();
    if (!values.isArray() || a.isEmpty())
        return EmbedError(EmbedError::Kind::Transient, EmbedError::tr("malformed reply: no 'values' array"));
    if (!vectorFromJson(a, out))
        return EmbedError(EmbedError::Kind::Transient,
                          EmbedError::tr("malformed reply: a value is not a number"));
    return EmbedError();
}
} // namespace

EmbedCall* GeminiProvider::embed(const QStringList& texts, EmbedPurpose purpose, const QStringList& titles,
                                 QObject* parent)
{
    const bool single = texts.size() == 1;
    QJsonObject body;
    if (single) {
        body = requestItem(texts.first(), purpose, titles.value(0));
    } else {
        QJsonArray requests;
        for (int i = 0; i < texts.size(); ++i)
            requests.append(requestItem(texts[i], purpose, titles.value(i)));
        body.insert(QStringLiteral("requests"), requests);
    }
    auto parser = [single](const QByteArray& raw, QList<Vector>* out, int*) {
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        if (single) {
            Vector v;
            const EmbedError e = parseValues(
                o.value(QLatin1String("embedding")).toObject().value(QLatin1String("values")), &v);
            if (!e.isError()) out->append(v);
            return e;
        }
        const QJsonValue list = o.value(QLatin1String("embeddings"));
        if (!list.isArray())
            return EmbedError(EmbedError::Kind::Transient,
                              EmbedError::tr("malformed reply: no 'embeddings' array"));
        for (const QJsonValue& item : list.toArray()) {
            Vector v;
            const EmbedError e = parseValues(item.toObject().value(QLatin1String("values")), &v);
            if (e.isError()) return e;
            out->append(v);
        }
        return EmbedError();
    };
    const HttpTransportRequest req =
        jsonPost(methodUrl(single ? QStringLiteral("embedContent") : QStringLiteral("batchEmbedContents")),
                 QJsonDocument(body).toJson(QJsonDocument::Compact),
                 {QByteArray("x-goog-api-key"), m_config.apiKey}, m_config.extraCaCertificates);
    return new HttpEmbedCall(req, m_config.timeoutMs, int(texts.size()), m_config.dimensions, parser, parent);
}

} // namespace vd
