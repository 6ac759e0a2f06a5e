#pragma once
// Flow control between a stream of texts and one provider: batches up to the provider's limit (and the
// configured batch size), a RateLimiter on texts/tokens per minute and texts per day, bounded concurrency,
// retries as embedding-providers.md describes, and bisection of batches the provider rejects with 400 so
// only the bad items end up in the dead-letter list.
//
//   EmbedScheduler s(provider, settings, EmbedPurpose::Document);
//   connect(&s, &EmbedScheduler::embedded, ...);      // a batch's items and their unit vectors
//   connect(&s, &EmbedScheduler::deadLettered, ...);  // one item the provider will never accept
//   connect(&s, &EmbedScheduler::failed, ...);        // terminal: bad key, per-day quota, retries spent
//   s.enqueue(items); ... connect(&s, &EmbedScheduler::drained, ...);
#include "EmbeddingProvider.h"
#include "RateLimiter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <deque>

class QTimer;

namespace vd {

struct EmbedItem
{
    qint64 ticket = 0; // the caller's handle (a row number)
    QString text;
    QString title;
    int tokens = 0; // estimated
};

struct FlowSettings
{
    int batchSize = 50; // the team's batches; Gemini allows 100
    int concurrency = 2;
    RateLimits limits;
    int maxAttempts = 5;               // per batch, for transient failures and 429s
    double maxRetryDelaySeconds = 300; // a provider asking for longer is treated as terminal
    int backoffBaseMs = 1000;          // backoff: min(cap, base × 2^(attempt−1)) + U(0, base)
    int backoffCapSeconds = 60;
};

struct FlowStats
{
    qint64 calls = 0;              // HTTP calls made (including retries and bisection)
    qint64 retries = 0;            // calls repeated after a transient failure or a 429
    qint64 rateLimited = 0;        // 429s received
    qint64 lastRateLimitedMs = -1; // scheduler clock when the last 429 came
    qint64 bisections = 0;
    qint64 embedded = 0; // items with a vector
    qint64 deadLettered = 0;
    qint64 tokens = 0; // reported by the provider where it can, else estimated
};

class EmbedScheduler : public QObject
{
    Q_OBJECT
public:
    EmbedScheduler(EmbeddingProvider* provider, const FlowSettings& settings, EmbedPurpose purpose,
                   QObject* parent = nullptr, RateLimiter::Clock clock = RateLimiter::Clock());
    ~EmbedScheduler() override;

    void enqueue(const QList<EmbedItem>& items);
    // Items queued or in flight (callers use it for back-pressure on their source).
    int backlog() const { return m_backlog; }
    bool isDrained() const { return m_backlog == 0; }
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    // Aborts calls in flight; their items are neither embedded nor dead-lettered.
    void cancel();
    const FlowStats& stats() const { return m_stats; }
    int effectiveBatchSize() const { return m_batchSize; }
    qint64 clockMs() const { return m_limiter.now(); }

Q_SIGNALS:
    void embedded(const QList<vd::EmbedItem>& items, const QList<vd::Vector>& vectors);
    void deadLettered(const vd::EmbedItem& item, const vd::EmbedError& error);
    void failed(const vd::EmbedError& error);
    void drained(); // nothing queued, nothing in flight
    // Not sending for `ms` because of `why` (rate limit, backoff): for progress displays.
    void waiting(qint64 ms, const QString& why);

private:
    struct Batch
    {
        QList<EmbedItem> items;
        int attempt = 0;
        qint64 notBefore = 0;
        int tokens() const;
    };
    void pump();
    bool nextBatch(Batch* out);
    void send(Batch batch);
    void onFinished(EmbedCall* call, Batch batch);
    void retryLater(Batch batch, const EmbedError& e);
    void fail(const EmbedError& e);
    void schedulePump(qint64 ms);

    EmbeddingProvider* m_provider;
    FlowSettings m_settings;
    EmbedPurpose m_purpose;
    RateLimiter m_limiter;
    int m_batchSize;
    std::deque<EmbedItem> m_items; // not yet in a batch
    std::deque<Batch> m_batches;   // retries and bisected halves, sent before new items
    QSet<EmbedCall*> m_inFlight;
    QTimer* m_timer;
    FlowStats m_stats;
    int m_backlog = 0;
    bool m_paused = false;
    bool m_failed = false;
    bool m_pumping = false;
};

} // namespace vd

Q_DECLARE_METATYPE(vd::EmbedItem)
