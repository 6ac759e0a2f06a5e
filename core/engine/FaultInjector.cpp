#include "FaultInjector.h"

namespace vd::engine {

void FaultInjector::add(const FaultRule& rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules.append(rule);
}

void FaultInjector::clear()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
}

std::optional<FaultRule> FaultInjector::take(const QByteArray& method, const QString& path)
{
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < m_rules.size(); ++i) {
        FaultRule& r = m_rules[i];
        if (!r.method.isEmpty() && r.method != method) continue;
        if (!r.path.match(path).hasMatch()) continue;
        FaultRule copy = r;
        if (r.remaining > 0 && --r.remaining == 0) m_rules.removeAt(i);
        return copy;
    }
    return std::nullopt;
}

} // namespace vd::engine
