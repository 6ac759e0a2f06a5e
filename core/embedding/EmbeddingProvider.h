#pragma once
// One interface for every embedding provider (Gemini native, OpenAI-compatible, the offline hashing
// embedder). A provider turns texts into L2-normalised vectors of its declared dimension, one call at a
// time; flow control (batching, rate limits, retries, bisection) lives above it, in EmbedScheduler.
//
//   auto provider = createProvider(config, &error);
//   EmbedCall* call = provider->embed(texts, EmbedPurpose::Document, titles, this);
//   connect(call, &EmbedCall::finished, this, [call] { call->error().isError() ? ... : use(call->vectors());
//   });
#include "EmbedError.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>
#include <QVector>
#include <memory>

class QTimer;

namespace vd {

class HttpExchange;

enum class EmbedPurpose { Document, Query };

using Vector = QVector<float>;

// What a provider declares about itself; the scheduler never exceeds these.
struct ProviderLimits
{
    int maxItemsPerCall = 100;
    int maxInputTokens = 2048; // per text; longer texts are truncated by the provider
    int dimensions = 768;
    bool normalisedOutput = false; // whether the provider's raw output already has unit length
};

// Settings of one provider, as read from a job file or a connection form. The key is only in memory:
// job files name an environment variable (`api_key_env`), the GUI keeps it in the keychain.
struct ProviderConfig
{
    QString kind = QStringLiteral("hashing"); // gemini | openai | hashing
    QUrl baseUrl;                             // empty: the provider's public endpoint
    QString model;                            // empty: the provider's default model
    int dimensions = 768;
    QByteArray apiKey;
    QString apiKeyEnv;                          // where the CLI reads the key from
    int maxItemsPerCall = 0;                    // 0: the provider's own limit
    QString encoding = QStringLiteral("float"); // OpenAI-compatible: float | base64
    bool sendDimensions = true; // OpenAI-compatible: false for servers that refuse the `dimensions` field
    double pricePerMillionTokens = -1; // -1: the provider's list price (0 when unknown)
    int timeoutMs = 60000;             // no byte for this long: the call failed (and is retried)
    QList<QSslCertificate> extraCaCertificates;

    // Parses {"kind","base_url","model","dimensions","api_key_env","max_items_per_call","encoding",
    // "send_dimensions","price_per_million_tokens","timeout_ms"}; the message names the bad field.
    static bool fromJson(const QJsonObject& o, ProviderConfig* out, QString* error);
    QJsonObject toJson() const; // never includes the key
};

// One call to a provider. Emits finished() exactly once; deleteLater() it afterwards.
class EmbedCall : public QObject
{
    Q_OBJECT
public:
    explicit EmbedCall(QObject* parent) : QObject(parent) {}
    virtual void abort() = 0;
    bool isFinished() const { return m_finished; }
    const EmbedError& error() const { return m_error; }
    // One unit-length vector per input text, in input order (empty on error).
    const QList<Vector>& vectors() const { return m_vectors; }
    int reportedTokens() const { return m_tokens; } // -1 when the provider does not say
    // Length of each vector as the provider sent it (1 when its output is already normalised).
    const QList<double>& rawNorms() const { return m_rawNorms; }

Q_SIGNALS:
    void finished();

protected:
    // Checks count and dimension, normalises, then emits finished() on the next event-loop turn.
    void complete(QList<Vector> vectors, int expectedCount, int dimensions, int tokens = -1);
    void fail(const EmbedError& error);

private:
    void emitLater();
    EmbedError m_error;
    QList<Vector> m_vectors;
    QList<double> m_rawNorms;
    int m_tokens = -1;
    bool m_finished = false;
};

class EmbeddingProvider
{
public:
    virtual ~EmbeddingProvider() = default;
    virtual QString kind() const = 0; // "gemini", "openai", "hashing"
    virtual QString model() const = 0;
    virtual ProviderLimits limits() const = 0;
    // True for the hashing embedder: the UI labels it "lexical, not semantic".
    virtual bool isLexical() const { return false; }
    // US dollars per million input tokens (0 when free or unknown).
    virtual double pricePerMillionTokens() const { return 0; }
    // `titles` is empty or one title per text (used by Gemini for RETRIEVAL_DOCUMENT).
    virtual EmbedCall* embed(const QStringList& texts, EmbedPurpose purpose, const QStringList& titles,
                             QObject* parent) = 0;
    // Identifies the vector space: provider, model and dimension (cache keys, content hashes).
    QString spaceId() const;
};

std::unique_ptr<EmbeddingProvider> createProvider(const ProviderConfig& config, QString* error);

// Rough token estimate used for budgets and cost before any call (about 4 characters per token, the
// published rule of thumb for English; providers report the real count where they can).
int estimateTokens(const QString& text);

// Scales `v` to unit length and returns the length it had; 0 (and `v` unchanged) if that length is zero or
// not finite.
double normaliseL2(Vector* v);

} // namespace vd
