#pragma once
// Typed model of Qdrant's Filter: build it with the static constructors, or parse JSON with
// Filter::fromJson, which refuses an invalid filter with a FilterError naming the bad path
// (e.g. "filter.must[1].match.any: expected an array of strings or of integers").
// fromJson(x).toJson() == x for every filter fromJson accepts (single-condition clauses stay single).
// The engine uses the same parser, so a filter the client accepts is one the engine can evaluate.
#include "PointId.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <memory>
#include <optional>

namespace vd {

struct FilterError
{
    QString path;
    QString message;
    QString toString() const { return path + QStringLiteral(": ") + message; }
};

class Filter;

struct RangeBounds
{
    std::optional<double> gt, gte, lt, lte;
};
struct DatetimeBounds
{
    std::optional<QDateTime> gt, gte, lt, lte;
};

class Condition
{
public:
    enum class Kind {
        MatchValue,
        MatchAny,
        MatchExcept,
        MatchText,
        MatchTextAny,
        MatchPhrase,
        MatchPrefix,
        Range,
        DatetimeRange,
        ValuesCount,
        IsEmpty,
        IsNull,
        HasId,
        HasVector,
        Nested,
        GeoRadius,
        GeoBoundingBox,
        GeoPolygon,
        SubFilter
    };

    static Condition matchValue(const QString& key, const QJsonValue& value); // string, integer or bool
    static Condition matchAny(const QString& key, const QJsonArray& values);
    static Condition matchExcept(const QString& key, const QJsonArray& values);
    static Condition matchText(const QString& key, const QString& text);
    static Condition matchTextAny(const QString& key, const QString& text);
    static Condition matchPhrase(const QString& key, const QString& phrase);
    static Condition matchPrefix(const QString& key, const QString& prefix);
    static Condition range(const QString& key, const RangeBounds& bounds);
    static Condition datetimeRange(const QString& key, const DatetimeBounds& bounds);
    static Condition valuesCount(const QString& key, const RangeBounds& bounds);
    static Condition isEmpty(const QString& key);
    static Condition isNull(const QString& key);
    static Condition hasId(const QList<PointId>& ids);
    static Condition hasVector(const QString& vectorName);
    static Condition nested(const QString& key, const Filter& filter);
    static Condition geoRadius(const QString& key, double lat, double lon, double radiusMeters);
    static Condition geoBoundingBox(const QString& key, double topLeftLat, double topLeftLon,
                                    double bottomRightLat, double bottomRightLon);
    static Condition subFilter(const Filter& filter);

    static std::optional<Condition> fromJson(const QJsonValue& json, const QString& path, FilterError* error);

    Kind kind() const { return m_kind; }
    QString key() const { return m_key; }
    // For Nested and SubFilter.
    const Filter* filter() const { return m_filter.get(); }
    QJsonObject toJson() const { return m_json; }

private:
    Condition(Kind kind, QString key, QJsonObject json)
        : m_kind(kind), m_key(std::move(key)), m_json(std::move(json))
    {
    }
    Kind m_kind;
    QString m_key;
    QJsonObject m_json;
    std::shared_ptr<const Filter> m_filter;
};

class Filter
{
public:
    Filter& must(const Condition& c);
    Filter& should(const Condition& c);
    Filter& mustNot(const Condition& c);
    Filter& minShould(const QList<Condition>& conditions, int minCount);

    const QList<Condition>& mustConditions() const { return m_must.conditions; }
    const QList<Condition>& shouldConditions() const { return m_should.conditions; }
    const QList<Condition>& mustNotConditions() const { return m_mustNot.conditions; }
    const QList<Condition>& minShouldConditions() const { return m_minShould; }
    int minShouldCount() const { return m_minCount; }
    bool isEmpty() const;

    QJsonObject toJson() const;
    // `path` names the filter in messages ("filter" by default).
    static std::optional<Filter> fromJson(const QJsonValue& json, FilterError* error,
                                          const QString& path = QStringLiteral("filter"));

private:
    struct Clause
    {
        QList<Condition> conditions;
        bool present = false;
        bool single = false; // written as one object rather than an array
        bool null = false;   // written as null
    };
    Filter& add(Clause* clause, const Condition& c);
    Clause m_must, m_should, m_mustNot;
    QList<Condition> m_minShould;
    int m_minCount = 0;
    bool m_minShouldPresent = false;
    bool m_minShouldNull = false;
};

// RFC 3339 / ISO 8601 date-times as Qdrant accepts them ("2026-01-16T10:00:00Z", "2026-01-16 10:00:00",
// "2026-01-16T10:00:00+02:00", "2026-01-16"); naive times are UTC. Invalid QDateTime when unparsable.
QDateTime parseQdrantDateTime(const QString& text);

} // namespace vd
