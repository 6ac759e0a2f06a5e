#pragma once
// Client-side quota keeping for one provider key: texts per minute, estimated tokens per minute and texts
// per day. Provider quotas count texts, not HTTP calls (embedding-providers.md).
//
// The per-minute limits are a sliding window: a call may go when the texts sent in the last 60 s (plus a
// small margin for clock skew between us and the provider) and this call's texts stay within the limit.
// That never exceeds a fixed-window or sliding-window quota on the provider's side, so once the limiter is
// set to the key's tier no 429 should come back. A 429 that does come pauses everything until the asked
// delay has passed (quotas are per project, not per call).
#include <QtGlobal>
#include <deque>
#include <functional>

namespace vd {

struct RateLimits
{
    int textsPerMinute = 0;  // 0: no limit
    int tokensPerMinute = 0; // 0: no limit
    int textsPerDay = 0;     // 0: no limit; reaching it stops the job with that reason
    int windowMarginMs = 250;
};

class RateLimiter
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic
    explicit RateLimiter(const RateLimits& limits, Clock clock = Clock());

    static constexpr qint64 kWindowMs = 60000;
    enum : qint64 { Never = -1 };

    // Milliseconds to wait before `texts` texts of `tokens` estimated tokens may be sent: 0 means now,
    // Never means not today (the daily budget is spent) or not at all (more than a per-minute limit).
    qint64 delayFor(int texts, int tokens) const;
    void record(int texts, int tokens);
    void pauseFor(qint64 ms); // after a 429
    qint64 now() const { return m_clock(); }
    int textsToday() const { return m_today; }
    const RateLimits& limits() const { return m_limits; }

private:
    struct Sent
    {
        qint64 at;
        int texts;
        int tokens;
    };
    void expire() const;
    RateLimits m_limits;
    Clock m_clock;
    mutable std::deque<Sent> m_window;
    mutable int m_windowTexts = 0;
    mutable int m_windowTokens = 0;
    int m_today = 0;
    qint64 m_pausedUntil = 0;
};

} // namespace vd
