#pragma once
// Faults for tests, configured from test code only (never from a request): each rule matches
// a method and a path regular expression and changes how the HTTP layer answers.
#include <QList>
#include <QMutex>
#include <QRegularExpression>
#include <optional>

namespace vd::engine {

struct FaultRule
{
    QByteArray method;       // empty: any method
    QRegularExpression path; // matched against the decoded path
    int latencyMs = 0;       // wait before answering
    int status = 0;          // non-zero: answer this status with `body` instead of the real handler
    QByteArray body;         // used with `status`
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers with `status` (e.g. Retry-After)
    bool resetMidBody = false; // send the headers and half the body, then abort the connection
    bool truncateBody = false; // announce the full Content-Length, send half, then close cleanly
    int trickleBytes = 0;      // send the body this many bytes at a time ...
    int trickleIntervalMs = 0; // ... with this pause between chunks
    bool hang = false;         // never answer
    int remaining = -1;        // how many requests this rule applies to; -1 forever
};

class FaultInjector
{
public:
    void add(const FaultRule& rule);
    void clear();
    // Returns the rule for this request (consuming one use of it), if any.
    std::optional<FaultRule> take(const QByteArray& method, const QString& path);

private:
    QMutex m_mutex;
    QList<FaultRule> m_rules;
};

} // namespace vd::engine
