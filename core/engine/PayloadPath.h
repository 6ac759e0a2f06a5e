#pragma once
// Resolves Qdrant payload paths ("a.b", "items[].sku") against a payload object.
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace vd::engine {

class PayloadPath
{
public:
    explicit PayloadPath(const QString& path);
    // Raw values at the path (arrays at the end are not flattened).
    void raw(const QJsonObject& payload, QList<QJsonValue>* out) const;
    // Values at the path with a final array flattened into its elements: what match/range compare against.
    QList<QJsonValue> values(const QJsonObject& payload) const;

private:
    struct Segment
    {
        QString name;
        bool expand = false; // "name[]"
    };
    void collect(const QJsonValue& v, int i, QList<QJsonValue>* out) const;
    QList<Segment> m_segments;
};

} // namespace vd::engine
