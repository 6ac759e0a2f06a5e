#include "PayloadPath.h"

#include <QJsonArray>

namespace vd::engine {

PayloadPath::PayloadPath(const QString& path)
{
    for (const QString& part : path.split(QLatin1Char('.'))) {
        Segment s;
        s.name = part;
        if (part.endsWith(QLatin1String("[]"))) {
            s.name.chop(2);
            s.expand = true;
        }
        m_segments.append(s);
    }
}

void PayloadPath::collect(const QJsonValue& v, int i, QList<QJsonValue>* out) const
{
    if (i == m_segments.size()) {
        out->append(v);
        return;
    }
    const Segment& s = m_segments[i];
    if (!v.isObject()) return;
    const QJsonObject o = v.toObject();
    const auto it = o.constFind(s.name);
    if (it == o.constEnd()) return;
    if (s.expand) {
        if (!it->isArray()) return;
        const QJsonArray a = it->toArray();
        for (const QJsonValue& e : a)
            collect(e, i + 1, out);
    } else {
        collect(*it, i + 1, out);
    }
}

void PayloadPath::raw(const QJsonObject& payload, QList<QJsonValue>* out) const
{
    collect(payload, 0, out);
}

QList<QJsonValue> PayloadPath::values(const QJsonObject& payload) const
{
    QList<QJsonValue> raws;
    raw(payload, &raws);
    QList<QJsonValue> out;
    for (const QJsonValue& v : raws) {
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (const QJsonValue& e : a)
                out.append(e);
        } else if (!v.isUndefined()) {
            out.append(v);
        }
    }
    return out;
}

} // namespace vd::engine
