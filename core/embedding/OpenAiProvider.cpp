#include "OpenAiProvider.h"

#include "HttpEmbedCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <algorithm>

namespace vd {

std::unique_ptr<EmbeddingProvider> OpenAiProvider::create(const ProviderConfig& config, QString* error)
{
    ProviderConfig c = config;
    if (c.model.isEmpty()) c.model = QStringLiteral("text-embedding-3-small");
    if (c.baseUrl.isEmpty()) c.baseUrl = QUrl(QStringLiteral("https://api.openai.com/v1"));
    if (c.baseUrl.path().isEmpty() || c.baseUrl.path() == QLatin1String("/"))
        c.baseUrl.setPath(QStringLiteral("/v1"));
    Q_UNUSED(error)
    return std::unique_ptr<EmbeddingProvider>(new OpenAiProvider(c));
}

ProviderLimits OpenAiProvider::limits() const
{
    ProviderLimits l;
    l.maxItemsPerCall = m_config.maxItemsPerCall > 0 ? m_config.maxItemsPerCall : 2048;
    l.maxInputTokens = 8191;
    l.dimensions = m_config.dimensions;
    l.normalisedOutput = false;
    return l;
}

double OpenAiProvider::pricePerMillionTokens() const
{
    if (m_config.pricePerMillionTokens >= 0) return m_config.pricePerMillionTokens;
    if (m_config.model == QLatin1String("text-embedding-3-small")) return 0.02;
    if (m_config.model == QLatin1String("text-embedding-3-large")) return 0.13;
    return 0;
}

namespace {
EmbedError malformed(const QString& why)
{
    return EmbedError(EmbedError::Kind::Transient, EmbedError::tr("malformed reply: %1").arg(why));
}
} // namespace

EmbedCall* OpenAiProvider::embed(const QStringList& texts, EmbedPurpose, const QStringList&, QObject* parent)
{
    QJsonObject body{{QStringLiteral("model"), m_config.model},
                     {QStringLiteral("input"), QJsonArray::fromStringList(texts)},
                     {QStringLiteral("encoding_format"), m_config.encoding}};
    // The returned size is checked either way; some servers (older Ollama, TEI) refuse the field.
    if (m_config.sendDimensions) body.insert(QStringLiteral("dimensions"), m_config.dimensions);
    const int n = int(texts.size());
    auto parser = [n](const QByteArray& raw, QList<Vector>* out, int* tokens) {
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        const QJsonValue data = o.value(QLatin1String("data"));
        if (!data.isArray()) return malformed(EmbedError::tr("no 'data' array"));
        QList<QPair<int, Vector>> items;
        for (const QJsonValue& d : data.toArray()) {
            const QJsonObject item = d.toObject();
            const QJsonValue idx = item.value(QLatin1String("index"));
            if (!idx.isDouble() || idx.toInt(-1) < 0 || idx.toInt() >= n)
                return malformed(EmbedError::tr("an item has no valid 'index'"));
            const QJsonValue e = item.value(QLatin1String("embedding"));
            Vector v;
            if (e.isString()) {
                const QByteArray bytes = QByteArray::fromBase64(e.toString().toLatin1());
                if (bytes.isEmpty() || bytes.size() % 4)
                    return malformed(EmbedError::tr("bad base64 embedding"));
                v.resize(bytes.size() / 4);
                for (int i = 0; i < v.size(); ++i)
                    v[i] = qFromLittleEndian<float>(bytes.constData() + 4 * i);
            } else if (e.isArray()) {
                if (!vectorFromJson(e.toArray(), &v))
                    return malformed(EmbedError::tr("a value is not a number"));
            } else {
                return malformed(EmbedError::tr("an item has no 'embedding'"));
            }
            items.append({idx.toInt(), v});
        }
        std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (int i = 0; i < items.size(); ++i) {
            if (items[i].first != i) return malformed(EmbedError::tr("indexes are not 0..n-1"));
            out->append(items[i].second);
        }
        const QJsonValue used =
            o.value(QLatin1String("usage")).toObject().value(QLatin1String("prompt_tokens"));
        if (used.isDouble()) *tokens = used.toInt();
        return EmbedError();
    };
    const QByteArray auth = m_config.apiKey.isEmpty() ? QByteArray() : "Bearer " + m_config.apiKey;
    QUrl url = m_config.baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/'))) path.chop(1);
    url.setPath(path + QStringLiteral("/embeddings"));
    const HttpTransportRequest req =
        jsonPost(url, QJsonDocument(body).toJson(QJsonDocument::Compact), {QByteArray("Authorization"), auth},
                 m_config.extraCaCertificates);
    return new HttpEmbedCall(req, m_config.timeoutMs, n, m_config.dimensions, parser, parent);
}

} // namespace vd
