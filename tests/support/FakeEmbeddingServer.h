#pragma once
// Test support: fake Gemini and OpenAI-compatible embedding servers on loopback, on a thread of their own,
// enforcing the rules of embedding-providers.md: the key header (never a key in the URL), at most
// `maxItems` texts per call, "model" in every Gemini item, per-minute and per-day quotas answered with
// 429 (RetryInfo retryDelay for Gemini, retry-after-ms for OpenAI), a 400 for a whole call when one text
// is bad, optional array-wrapped errors, and unnormalised vectors. Byte-level faults (503, hanging
// replies, resets) come from the HttpServer's FaultInjector.
//
// The vector for a text is HashingEmbedder(dims) of the text the server received, times `scale`:
// expectedVector() gives the unit vector a client must end up with.
#include "embedding/EmbeddingProvider.h"
#include "engine/FaultInjector.h"

#include <QHash>
#include <QMutex>
#include <QUrl>
#include <deque>

class QThread;

namespace vd::test {

class FakeEmbeddingHost;

struct FakeProviderRules
{
    enum class Flavor { Gemini, OpenAi };
    Flavor flavor = Flavor::Gemini;
    QByteArray apiKey = "test-key";
    QString model = QStringLiteral("gemini-embedding-001");
    int maxItems = 100;
    int latencyMs = 0;
    int textsPerMinute = 0; // 0: no quota
    int textsPerDay = 0;
    QString poison = QStringLiteral("#POISON#"); // a text containing this makes the call a 400
    bool arrayWrappedErrors = false;
    float scale = 3.7f;
    int defaultDimensions = 1536; // OpenAI-compatible: the model's size when `dimensions` is not sent
};

struct FakeProviderStats
{
    int calls = 0;
    int accepted = 0;              // calls answered with vectors
    int rateLimited = 0;           // 429s sent
    QList<qint64> rateLimitedAtMs; // server clock of each 429
    int maxItemsSeen = 0;
    QHash<QString, int> textsEmbedded; // text → times it was answered with a vector
    QStringList violations;            // client misbehaviour (a key in the URL, a missing model ...)
    QList<QByteArray> bodies;          // the last 50 request bodies
};

class FakeEmbeddingServer
{
public:
    FakeEmbeddingServer();
    ~FakeEmbeddingServer();
    bool start(const FakeProviderRules& rules, QString* error = nullptr);
    void stop();
    QUrl url() const; // http://127.0.0.1:port (Gemini base) — OpenAI clients append /v1
    void setRules(const FakeProviderRules& rules);
    FakeProviderStats stats() const;
    void resetStats();
    engine::FaultInjector& faults() { return m_faults; }
    // The unit vector a client should store for `text` as the server received it.
    static Vector expectedVector(const QString& text, int dims);
    // The ProviderConfig that points at this server.
    ProviderConfig providerConfig(int dims = 768) const;

private:
    friend class FakeEmbeddingHost;
    QThread* m_thread = nullptr;
    FakeEmbeddingHost* m_host = nullptr;
    quint16 m_port = 0;
    engine::FaultInjector m_faults;
    mutable QMutex m_mutex;
    FakeProviderRules m_rules;
    FakeProviderStats m_stats;
};

} // namespace vd::test
