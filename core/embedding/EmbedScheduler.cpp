#include "EmbedScheduler.h"

#include "common/Logging.h"

#include <QRandomGenerator>
#include <QTimer>
#include <cmath>

namespace vd {

int EmbedScheduler::Batch::tokens() const
{
    int t = 0;
    for (const EmbedItem& i : items)
        t += i.tokens;
    return t;
}

EmbedScheduler::EmbedScheduler(EmbeddingProvider* provider, const FlowSettings& settings,
                               EmbedPurpose purpose, QObject* parent, RateLimiter::Clock clock)
    : QObject(parent), m_provider(provider), m_settings(settings), m_purpose(purpose),
      m_limiter(settings.limits, std::move(clock)), m_timer(new QTimer(this))
{
    m_batchSize = qMax(1, qMin(settings.batchSize, provider->limits().maxItemsPerCall));
    if (settings.limits.textsPerMinute > 0) m_batchSize = qMin(m_batchSize, settings.limits.textsPerMinute);
    m_settings.concurrency = qMax(1, settings.concurrency);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &EmbedScheduler::pump);
}

EmbedScheduler::~EmbedScheduler()
{
    cancel();
}

void EmbedScheduler::enqueue(const QList<EmbedItem>& items)
{
    if (m_failed) return;
    for (const EmbedItem& i : items)
        m_items.push_back(i);
    m_backlog += int(items.size());
    schedulePump(0);
}

void EmbedScheduler::pause()
{
    m_paused = true;
}

void EmbedScheduler::resume()
{
    m_paused = false;
    schedulePump(0);
}

void EmbedScheduler::cancel()
{
    m_timer->stop();
    const QSet<EmbedCall*> calls = m_inFlight;
    m_inFlight.clear();
    for (EmbedCall* c : calls) {
        c->disconnect(this);
        c->abort();
        c->deleteLater();
    }
    m_items.clear();
    m_batches.clear();
    m_backlog = 0;
}

void EmbedScheduler::schedulePump(qint64 ms)
{
    if (m_failed) return;
    if (!m_timer->isActive() || m_timer->remainingTime() > ms) m_timer->start(int(qMin<qint64>(ms, INT_MAX)));
}

bool EmbedScheduler::nextBatch(Batch* out)
{
    const qint64 now = m_limiter.now();
    for (auto it = m_batches.begin(); it != m_batches.end(); ++it)
        if (it->notBefore <= now) {
            *out = *it;
            m_batches.erase(it);
            return true;
        }
    if (m_items.empty()) return false;
    Batch b;
    while (!m_items.empty() && b.items.size() < m_batchSize) {
        const EmbedItem& next = m_items.front();
        // Keep a call within the per-minute token budget, so it can ever be sent.
        const int limit = m_settings.limits.tokensPerMinute;
        if (limit > 0 && !b.items.isEmpty() && b.tokens() + next.tokens > limit) break;
        b.items.append(next);
        m_items.pop_front();
    }
    *out = b;
    return true;
}

void EmbedScheduler::pump()
{
    if (m_pumping || m_failed) return;
    m_pumping = true;
    while (!m_paused && m_inFlight.size() < m_settings.concurrency) {
        Batch b;
        if (!nextBatch(&b)) {
            // Only delayed retries left: wake up when the first is due.
            qint64 due = -1;
            for (const Batch& r : m_batches)
                due = due < 0 ? r.notBefore : qMin(due, r.notBefore);
            if (due >= 0) schedulePump(qMax<qint64>(0, due - m_limiter.now()));
            break;
        }
        const qint64 wait = m_limiter.delayFor(int(b.items.size()), b.tokens());
        if (wait == RateLimiter::Never) {
            m_batches.push_front(b);
            if (!m_inFlight.isEmpty()) break; // let the calls in flight land before stopping
            m_pumping = false;
            const RateLimits& l = m_settings.limits;
            if (l.textsPerDay > 0 && m_limiter.textsToday() + b.items.size() > l.textsPerDay)
                return fail(
                    EmbedError(EmbedError::Kind::DailyQuota,
                               tr("the configured budget of %1 texts per day is spent").arg(l.textsPerDay)));
            return fail(EmbedError(EmbedError::Kind::Terminal,
                                   tr("one text is estimated at %1 tokens, above tokens_per_minute (%2)")
                                       .arg(b.tokens())
                                       .arg(l.tokensPerMinute)));
        }
        if (wait > 0) {
            m_batches.push_front(b);
            Q_EMIT waiting(wait, tr("rate limit"));
            schedulePump(wait);
            break;
        }
        send(b);
    }
    m_pumping = false;
    if (m_backlog == 0 && m_inFlight.isEmpty()) Q_EMIT drained();
}

void EmbedScheduler::send(Batch batch)
{
    QStringList texts, titles;
    bool anyTitle = false;
    for (const EmbedItem& i : batch.items) {
        texts.append(i.text);
        titles.append(i.title);
        anyTitle = anyTitle || !i.title.isEmpty();
    }
    m_limiter.record(int(batch.items.size()), batch.tokens());
    ++m_stats.calls;
    ++batch.attempt;
    EmbedCall* call = m_provider->embed(texts, m_purpose, anyTitle ? titles : QStringList(), this);
    m_inFlight.insert(call);
    connect(call, &EmbedCall::finished, this, [this, call, batch]() { onFinished(call, batch); });
}

void EmbedScheduler::onFinished(EmbedCall* call, Batch batch)
{
    if (!m_inFlight.remove(call)) return; // cancelled
    call->deleteLater();
    const EmbedError& e = call->error();
    using K = EmbedError::Kind;
    if (!e.isError()) {
        m_stats.embedded += batch.items.size();
        m_stats.tokens += call->reportedTokens() >= 0 ? call->reportedTokens() : batch.tokens();
        m_backlog -= int(batch.items.size());
        Q_EMIT embedded(batch.items, call->vectors());
    } else if (e.kind() == K::Cancelled) {
        return;
    } else if (e.kind() == K::BadRequest) {
        if (batch.items.size() == 1) {
            ++m_stats.deadLettered;
            m_backlog -= 1;
            Q_EMIT deadLettered(batch.items.first(), e);
        } else {
            // Halve and try both halves first: the good items go through, the bad one is isolated.
            ++m_stats.bisections;
            const int half = int(batch.items.size() / 2);
            Batch a, b;
            a.items = batch.items.mid(0, half);
            b.items = batch.items.mid(half);
            m_batches.push_front(b);
            m_batches.push_front(a);
        }
    } else if (e.isRetryable()) {
        retryLater(batch, e);
    } else {
        return fail(e);
    }
    if (!m_failed) schedulePump(0);
}

void EmbedScheduler::retryLater(Batch batch, const EmbedError& e)
{
    if (e.kind() == EmbedError::Kind::RateLimited) {
        ++m_stats.rateLimited;
        m_stats.lastRateLimitedMs = m_limiter.now();
    }
    if (batch.attempt >= m_settings.maxAttempts)
        return fail(EmbedError(e.kind() == EmbedError::Kind::RateLimited ? EmbedError::Kind::RateLimited
                                                                         : EmbedError::Kind::Transient,
                               tr("gave up after %1 attempts: %2").arg(batch.attempt).arg(e.describe()),
                               e.httpStatus(), e.reason()));
    if (e.retryDelaySeconds() > m_settings.maxRetryDelaySeconds)
        return fail(EmbedError(EmbedError::Kind::Terminal,
                               tr("the provider asks to wait %1 s, longer than the %2 s this job waits: %3")
                                   .arg(e.retryDelaySeconds())
                                   .arg(m_settings.maxRetryDelaySeconds)
                                   .arg(e.describe()),
                               e.httpStatus(), e.reason()));
    const double jitter = QRandomGenerator::global()->generateDouble();
    const double base = m_settings.backoffBaseMs / 1000.0;
    const double seconds =
        e.retryDelaySeconds() >= 0
            ? e.retryDelaySeconds() + 0.25 * jitter * base
            : qMin<double>(m_settings.backoffCapSeconds, base * std::pow(2.0, batch.attempt - 1)) +
                  jitter * base;
    const qint64 ms = qint64(seconds * 1000);
    ++m_stats.retries;
    if (e.kind() == EmbedError::Kind::RateLimited) m_limiter.pauseFor(ms); // the quota is shared by all calls
    batch.notBefore = m_limiter.now() + ms;
    m_batches.push_back(batch);
    qCInfo(lcEmbed) << "retrying" << batch.items.size() << "texts in" << ms << "ms after" << e.describe();
    Q_EMIT waiting(ms, e.kind() == EmbedError::Kind::RateLimited ? tr("provider rate limit (429)")
                                                                 : tr("retrying after: %1").arg(e.message()));
}

void EmbedScheduler::fail(const EmbedError& e)
{
    if (m_failed) return;
    qCWarning(lcEmbed) << "embedding stopped:" << e.describe();
    cancel();
    m_failed = true;
    Q_EMIT failed(e);
}

} // namespace vd
