#pragma once
// A Qdrant point id: an unsigned 64-bit integer or a UUID. Integers order before UUIDs, as in Qdrant.
// Limitation: JSON integers above 2^63-1 are not representable through QJsonValue and are refused.
#include <QJsonValue>
#include <QString>
#include <QUuid>

namespace vd {

class PointId
{
public:
    PointId() = default;
    static PointId fromNumber(quint64 n);
    static PointId fromUuid(const QUuid& u);
    // Accepts a non-negative integer or a UUID string; sets *error (naming what was expected) otherwise.
    static PointId fromJson(const QJsonValue& v, QString* error);
    // Parses user input such as "42" or "550e8400-e29b-41d4-a716-446655440000".
    static PointId fromString(const QString& s, QString* error);

    bool isValid() const { return m_kind != Kind::Invalid; }
    bool isUuid() const { return m_kind == Kind::Uuid; }
    quint64 number() const { return m_num; }
    QUuid uuid() const { return m_uuid; }
    QJsonValue toJson() const;
    QString toString() const;

    bool operator==(const PointId& o) const
    {
        return m_kind == o.m_kind && m_num == o.m_num && m_uuid == o.m_uuid;
    }
    bool operator!=(const PointId& o) const { return !(*this == o); }
    bool operator<(const PointId& o) const;

private:
    enum class Kind : quint8 { Invalid, Number, Uuid };
    Kind m_kind = Kind::Invalid;
    quint64 m_num = 0;
    QUuid m_uuid;
};

size_t qHash(const PointId& id, size_t seed = 0);

} // namespace vd
