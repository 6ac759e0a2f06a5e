#include "PointId.h"

#include <QHashFunctions>

namespace vd {

PointId PointId::fromNumber(quint64 n)
{
    PointId p;
    p.m_kind = Kind::Number;
    p.m_num = n;
    return p;
}

PointId PointId::fromUuid(const QUuid& u)
{
    PointId p;
    p.m_kind = Kind::Uuid;
    p.m_uuid = u;
    return p;
}

PointId PointId::fromJson(const QJsonValue& v, QString* error)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        const qint64 i = v.toInteger(-1);
        if (i >= 0 && double(i) == d) return fromNumber(quint64(i));
        if (error) *error = QStringLiteral("expected an unsigned integer or a UUID string, got %1").arg(d);
        return {};
    }
    if (v.isString()) return fromString(v.toString(), error);
    if (error) *error = QStringLiteral("expected an unsigned integer or a UUID string");
    return {};
}

PointId PointId::fromString(const QString& s, QString* error)
{
    bool ok = false;
    const quint64 n = s.toULongLong(&ok);
    if (ok && n <= quint64(std::numeric_limits<qint64>::max())) return fromNumber(n);
    const QUuid u = QUuid::fromString(s);
    if (!u.isNull()) return fromUuid(u);
    if (error) *error = QStringLiteral("'%1' is neither an unsigned integer nor a UUID").arg(s);
    return {};
}

QJsonValue PointId::toJson() const
{
    switch (m_kind) {
    case Kind::Number:
        return QJsonValue(qint64(m_num));
    case Kind::Uuid:
        return QJsonValue(m_uuid.toString(QUuid::WithoutBraces));
    case Kind::Invalid:
        break;
    }
    return QJsonValue();
}

QString PointId::toString() const
{
    return m_kind == Kind::Uuid ? m_uuid.toString(QUuid::WithoutBraces) : QString::number(m_num);
}

bool PointId::operator<(const PointId& o) const
{
    if (m_kind != o.m_kind) return m_kind < o.m_kind;
    if (m_kind == Kind::Uuid) return m_uuid < o.m_uuid;
    return m_num < o.m_num;
}

size_t qHash(const PointId& id, size_t seed)
{
    return id.isUuid() ? ::qHash(id.uuid(), seed) : ::qHash(id.number(), seed);
}

} // namespace vd
