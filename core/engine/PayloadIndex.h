#pragma once
// One payload index of a collection (keyword, integer, float, bool, datetime, text, uuid, geo).
// It keeps value → point-slot postings so that filter conditions on the field can narrow the candidate
// set before any vector is scored (an is_tenant keyword index makes a tenant query touch only that tenant).
#include "PayloadPath.h"
#include "TextTokenizer.h"
#include "qdrant/Filter.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <map>
#include <optional>
#include <vector>

namespace vd::engine {

class PayloadIndex
{
public:
    // `schema` is the field_schema as given: a type name string or a params object with "type".
    PayloadIndex(const QString& field, const QJsonValue& schema);

    static bool isKnownType(const QString& type);
    QString field() const { return m_field; }
    QString type() const { return m_type; }
    QJsonValue schema() const { return m_schema; }
    // PayloadIndexInfo as reported in CollectionInfo.payload_schema.
    QJsonObject info() const;
    int pointsIndexed() const { return m_pointsIndexed; }
    const TextTokenizer& tokenizer() const { return m_tokenizer; }
    bool supportsFacet() const;

    void add(int slot, const QJsonObject& payload);
    void remove(int slot, const QJsonObject& payload);

    // Slots that may satisfy `c` (a superset of the matches is fine, the filter is evaluated afterwards);
    // nullopt when this index cannot narrow that condition.
    std::optional<std::vector<int>> candidates(const Condition& c) const;

    static QString termKey(const QJsonValue& v); // canonical posting key, empty when not indexable

private:
    QList<QString> keysFor(const QJsonObject& payload) const;
    QList<double> numbersFor(const QJsonObject& payload) const;

    QString m_field;
    QString m_type;
    QJsonValue m_schema;
    PayloadPath m_path;
    TextTokenizer m_tokenizer;
    QHash<QString, QSet<int>> m_terms;
    std::multimap<double, int> m_numbers;
    int m_pointsIndexed = 0;
};

} // namespace vd::engine
