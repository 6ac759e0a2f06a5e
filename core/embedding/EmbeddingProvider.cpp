#include "EmbeddingProvider.h"

#include "GeminiProvider.h"
#include "HashingProvider.h"
#include "OpenAiProvider.h"

#include <QJsonObject>
#include <QTimer>
#include <cmath>

namespace vd {

namespace {
bool readInt(const QJsonObject& o, const char* key, int min, int max, int* out, QString* error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) return true;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
        *error = EmbedError::tr("provider.%1: expected an integer from %2 to %3")
                     .arg(QLatin1String(key))
                     .arg(min)
                     .arg(max);
        return false;
    }
    *out = int(d);
    return true;
}
} // namespace

bool ProviderConfig::fromJson(const QJsonObject& o, ProviderConfig* out, QString* error)
{
    static const QStringList known{QStringLiteral("kind"),        QStringLiteral("base_url"),
                                   QStringLiteral("model"),       QStringLiteral("dimensions"),
                                   QStringLiteral("api_key_env"), QStringLiteral("max_items_per_call"),
                                   QStringLiteral("encoding"),    QStringLiteral("price_per_million_tokens"),
                                   QStringLiteral("timeout_ms"),  QStringLiteral("send_dimensions")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key())) {
            *error = EmbedError::tr("provider.%1: unknown field (expected one of: %2)")
                         .arg(it.key(), known.join(QStringLiteral(", ")));
            return false;
        }
    ProviderConfig c;
    c.kind = o.value(QLatin1String("kind")).toString(c.kind);
    if (c.kind != QLatin1String("gemini") && c.kind != QLatin1String("openai") &&
        c.kind != QLatin1String("hashing")) {
        *error = EmbedError::tr("provider.kind: expected gemini, openai or hashing, got '%1'").arg(c.kind);
        return false;
    }
    if (o.contains(QLatin1String("base_url"))) {
        c.baseUrl = QUrl(o.value(QLatin1String("base_url")).toString(), QUrl::StrictMode);
        if (!c.baseUrl.isValid() ||
            (c.baseUrl.scheme() != QLatin1String("http") && c.baseUrl.scheme() != QLatin1String("https"))) {
            *error = EmbedError::tr("provider.base_url: expected an http or https URL");
            return false;
        }
        if (!c.baseUrl.userInfo().isEmpty() || c.baseUrl.hasQuery()) {
            *error =
                EmbedError::tr("provider.base_url: must not carry credentials or a query; name the key's "
                               "environment variable in api_key_env");
            return false;
        }
    }
    c.model = o.value(QLatin1String("model")).toString();
    c.apiKeyEnv = o.value(QLatin1String("api_key_env")).toString();
    c.sendDimensions = o.value(QLatin1String("send_dimensions")).toBool(true);
    c.encoding = o.value(QLatin1String("encoding")).toString(c.encoding);
    if (c.encoding != QLatin1String("float") && c.encoding != QLatin1String("base64")) {
        *error = EmbedError::tr("provider.encoding: expected float or base64");
        return false;
    }
    if (!readInt(o, "dimensions", 1, 65536, &c.dimensions, error) ||
        !readInt(o, "max_items_per_call", 1, 100000, &c.maxItemsPerCall, error) ||
        !readInt(o, "timeout_ms", 100, 3600000, &c.timeoutMs, error))
        return false;
    if (o.contains(QLatin1String("price_per_million_tokens"))) {
        const QJsonValue v = o.value(QLatin1String("price_per_million_tokens"));
        if (!v.isDouble() || v.toDouble() < 0) {
            *error = EmbedError::tr("provider.price_per_million_tokens: expected a number ≥ 0 (US dollars)");
            return false;
        }
        c.pricePerMillionTokens = v.toDouble();
    }
    *out = c;
    return true;
}

QJsonObject ProviderConfig::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kind}, {QStringLiteral("dimensions"), dimensions}};
    if (!baseUrl.isEmpty()) o.insert(QStringLiteral("base_url"), baseUrl.toString());
    if (!model.isEmpty()) o.insert(QStringLiteral("model"), model);
    if (!apiKeyEnv.isEmpty()) o.insert(QStringLiteral("api_key_env"), apiKeyEnv);
    if (maxItemsPerCall) o.insert(QStringLiteral("max_items_per_call"), maxItemsPerCall);
    if (kind == QLatin1String("openai")) {
        o.insert(QStringLiteral("encoding"), encoding);
        if (!sendDimensions) o.insert(QStringLiteral("send_dimensions"), false);
    }
    if (pricePerMillionTokens >= 0)
        o.insert(QStringLiteral("price_per_million_tokens"), pricePerMillionTokens);
    o.insert(QStringLiteral("timeout_ms"), timeoutMs);
    return o;
}

void EmbedCall::complete(QList<Vector> vectors, int expectedCount, int dimensions, int tokens)
{
    if (vectors.size() != expectedCount)
        return fail(EmbedError(EmbedError::Kind::Transient,
                               EmbedError::tr("the provider returned %1 vectors for %2 texts")
                                   .arg(vectors.size())
                                   .arg(expectedCount)));
    for (int i = 0; i < vectors.size(); ++i) {
        if (vectors[i].size() != dimensions)
            return fail(EmbedError(EmbedError::Kind::Terminal,
                                   EmbedError::tr("the provider returned a %1-dimensional vector; the job "
                                                  "expects %2 (check the model's dimensions setting)")
                                       .arg(vectors[i].size())
                                       .arg(dimensions)));
        const double norm = normaliseL2(&vectors[i]);
        m_rawNorms.append(norm);
        if (norm == 0)
            return fail(EmbedError(EmbedError::Kind::BadRequest,
                                   EmbedError::tr("the provider returned a vector of zero length (or not "
                                                  "finite) for item %1")
                                       .arg(i)));
    }
    m_vectors = std::move(vectors);
    m_tokens = tokens;
    emitLater();
}

void EmbedCall::fail(const EmbedError& error)
{
    m_error = error;
    m_vectors.clear();
    emitLater();
}

void EmbedCall::emitLater()
{
    if (m_finished) return;
    m_finished = true;
    QTimer::singleShot(0, this, &EmbedCall::finished);
}

QString EmbeddingProvider::spaceId() const
{
    return QStringLiteral("%1/%2/%3").arg(kind(), model()).arg(limits().dimensions);
}

std::unique_ptr<EmbeddingProvider> createProvider(const ProviderConfig& config, QString* error)
{
    if (config.kind == QLatin1String("hashing")) return std::make_unique<HashingProvider>(config);
    if (config.kind == QLatin1String("gemini")) return GeminiProvider::create(config, error);
    if (config.kind == QLatin1String("openai")) return OpenAiProvider::create(config, error);
    if (error) *error = EmbedError::tr("unknown provider kind '%1'").arg(config.kind);
    return nullptr;
}

int estimateTokens(const QString& text)
{
    return text.isEmpty() ? 0 : int((text.size() + 3) / 4);
}

double normaliseL2(Vector* v)
{
    double sum = 0;
    for (const float x : *v)
        sum += double(x) * double(x);
    if (!(sum > 0) || !std::isfinite(sum)) return 0;
    const double norm = std::sqrt(sum);
    const float inv = float(1.0 / norm);
    for (float& x : *v)
        x *= inv;
    return norm;
}

} // namespace vd
