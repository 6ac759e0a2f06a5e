#include "RateLimiter.h"

#include <QElapsedTimer>
#include <memory>

namespace vd {

RateLimiter::RateLimiter(const RateLimits& limits, Clock clock) : m_limits(limits), m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer]() { return timer->elapsed(); };
    }
}

void RateLimiter::expire() const
{
    const qint64 horizon = m_clock() - kWindowMs - m_limits.windowMarginMs;
    while (!m_window.empty() && m_window.front().at <= horizon) {
        m_windowTexts -= m_window.front().texts;
        m_windowTokens -= m_window.front().tokens;
        m_window.pop_front();
    }
}

qint64 RateLimiter::delayFor(int texts, int tokens) const
{
    if (m_limits.textsPerDay > 0 && m_today + texts > m_limits.textsPerDay) return Never;
    if (m_limits.textsPerMinute > 0 && texts > m_limits.textsPerMinute) return Never;
    if (m_limits.tokensPerMinute > 0 && tokens > m_limits.tokensPerMinute) return Never;
    expire();
    const qint64 now = m_clock();
    qint64 wait = qMax<qint64>(0, m_pausedUntil - now);
    // Walk the window from its oldest entry until enough has left it for this call to fit.
    int textsIn = m_windowTexts, tokensIn = m_windowTokens;
    const auto fits = [&]() {
        return (m_limits.textsPerMinute <= 0 || textsIn + texts <= m_limits.textsPerMinute) &&
               (m_limits.tokensPerMinute <= 0 || tokensIn + tokens <= m_limits.tokensPerMinute);
    };
    for (auto it = m_window.begin(); !fits() && it != m_window.end(); ++it) {
        textsIn -= it->texts;
        tokensIn -= it->tokens;
        wait = qMax(wait, it->at + kWindowMs + m_limits.windowMarginMs - now + 1);
    }
    return wait;
}

void RateLimiter::record(int texts, int tokens)
{
    m_window.push_back({m_clock(), texts, tokens});
    m_windowTexts += texts;
    m_windowTokens += tokens;
    m_today += texts;
}

void RateLimiter::pauseFor(qint64 ms)
{
    m_pausedUntil = qMax(m_pausedUntil, m_clock() + ms);
}

} // namespace vd
