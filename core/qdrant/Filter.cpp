#include "Filter.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace vd {

namespace {

using Kind = Condition::Kind;

QString at(const QString& path, const QString& key)
{
    return path + QLatin1Char('.') + key;
}
QString idx(const QString& path, int i)
{
    return path + QStringLiteral("[%1]").arg(i);
}

bool fail(FilterError* error, const QString& path, const QString& message)
{
    if (error) *error = FilterError{path, message};
    return false;
}

bool isInteger(const QJsonValue& v)
{
    if (!v.isDouble()) return false;
    const double d = v.toDouble();
    return double(v.toInteger(std::numeric_limits<qint64>::min())) == d;
}

bool checkKeys(const QJsonObject& o, const QStringList& allowed, const QString& path, FilterError* error)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return fail(
                error, at(path, it.key()),
                QStringLiteral("unknown field; expected one of: %1").arg(allowed.join(QStringLiteral(", "))));
    return true;
}

bool checkKeyString(const QJsonValue& v, const QString& path, FilterError* error)
{
    if (!v.isString() || v.toString().isEmpty())
        return fail(error, path, QStringLiteral("expected a non-empty payload key string"));
    return true;
}

bool checkAnyVariants(const QJsonValue& v, const QString& path, FilterError* error)
{
    if (!v.isArray()) return fail(error, path, QStringLiteral("expected an array of strings or of integers"));
    const QJsonArray a = v.toArray();
    bool strings = false, ints = false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].isString())
            strings = true;
        else if (isInteger(a[i]))
            ints = true;
        else
            return fail(error, idx(path, i), QStringLiteral("expected a string or an integer"));
    }
    if (strings && ints)
        return fail(error, path, QStringLiteral("expected an array of strings or of integers, not both"));
    return true;
}

bool checkMatch(const QJsonValue& v, const QString& path, Kind* kind, FilterError* error)
{
    if (!v.isObject())
        return fail(error, path,
                    QStringLiteral("expected an object with one of value, any, except, text, "
                                   "text_any, phrase, prefix"));
    const QJsonObject o = v.toObject();
    if (o.size() != 1)
        return fail(error, path,
                    QStringLiteral("expected exactly one of value, any, except, text, text_any, "
                                   "phrase, prefix"));
    const QString k = o.begin().key();
    const QJsonValue x = o.begin().value();
    const QString p = at(path, k);
    if (k == QLatin1String("value")) {
        *kind = Kind::MatchValue;
        if (x.isString() || x.isBool() || isInteger(x)) return true;
        if (x.isDouble())
            return fail(error, p, QStringLiteral("floats cannot be matched exactly; use a range condition"));
        return fail(error, p, QStringLiteral("expected a string, an integer or a boolean"));
    }
    if (k == QLatin1String("any") || k == QLatin1String("except")) {
        *kind = k == QLatin1String("any") ? Kind::MatchAny : Kind::MatchExcept;
        return checkAnyVariants(x, p, error);
    }
    static const QHash<QString, Kind> textual = {{QStringLiteral("text"), Kind::MatchText},
                                                 {QStringLiteral("text_any"), Kind::MatchTextAny},
                                                 {QStringLiteral("phrase"), Kind::MatchPhrase},
                                                 {QStringLiteral("prefix"), Kind::MatchPrefix}};
    if (textual.contains(k)) {
        *kind = textual.value(k);
        if (!x.isString()) return fail(error, p, QStringLiteral("expected a string"));
        return true;
    }
    return fail(error, p,
                QStringLiteral("unknown match; expected one of value, any, except, text, text_any, "
                               "phrase, prefix"));
}

bool checkRange(const QJsonValue& v, const QString& path, Kind* kind, FilterError* error)
{
    if (!v.isObject())
        return fail(error, path, QStringLiteral("expected an object with gt, gte, lt and/or lte"));
    const QJsonObject o = v.toObject();
    if (!checkKeys(o,
                   {QStringLiteral("gt"), QStringLiteral("gte"), QStringLiteral("lt"), QStringLiteral("lte")},
                   path, error))
        return false;
    bool numbers = false, strings = false;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString p = at(path, it.key());
        if (it->isNull()) continue;
        if (it->isDouble()) {
            numbers = true;
        } else if (it->isString()) {
            strings = true;
            if (!parseQdrantDateTime(it->toString()).isValid())
                return fail(error, p,
                            QStringLiteral("expected an RFC 3339 date-time such as 2026-01-16T10:00:00Z"));
        } else {
            return fail(error, p, QStringLiteral("expected a number or an RFC 3339 date-time string"));
        }
    }
    if (numbers && strings)
        return fail(error, path, QStringLiteral("mixes numbers and date-times; use one kind of bound"));
    *kind = strings ? Kind::DatetimeRange : Kind::Range;
    return true;
}

bool checkValuesCount(const QJsonValue& v, const QString& path, FilterError* error)
{
    if (!v.isObject())
        return fail(error, path, QStringLiteral("expected an object with gt, gte, lt and/or lte"));
    const QJsonObject o = v.toObject();
    if (!checkKeys(o,
                   {QStringLiteral("gt"), QStringLiteral("gte"), QStringLiteral("lt"), QStringLiteral("lte")},
                   path, error))
        return false;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!it->isNull() && !(isInteger(*it) && it->toInteger() >= 0))
            return fail(error, at(path, it.key()), QStringLiteral("expected a non-negative integer"));
    return true;
}

bool checkGeoPoint(const QJsonValue& v, const QString& path, FilterError* error)
{
    const QJsonObject o = v.toObject();
    if (!v.isObject() || !o.value(QLatin1String("lat")).isDouble() ||
        !o.value(QLatin1String("lon")).isDouble())
        return fail(error, path, QStringLiteral("expected {\"lat\": number, \"lon\": number}"));
    const double lat = o.value(QLatin1String("lat")).toDouble(),
                 lon = o.value(QLatin1String("lon")).toDouble();
    if (lat < -90 || lat > 90)
        return fail(error, at(path, QStringLiteral("lat")),
                    QStringLiteral("expected a latitude in [-90, 90]"));
    if (lon < -180 || lon > 180)
        return fail(error, at(path, QStringLiteral("lon")),
                    QStringLiteral("expected a longitude in [-180, 180]"));
    return true;
}

bool checkLineString(const QJsonValue& v, const QString& path, FilterError* error)
{
    const QJsonArray pts = v.toObject().value(QLatin1String("points")).toArray();
    if (!v.isObject() || pts.size() < 4)
        return fail(error, path, QStringLiteral("expected {\"points\": [...]} with at least 4 points"));
    for (int i = 0; i < pts.size(); ++i)
        if (!checkGeoPoint(pts[i], idx(at(path, QStringLiteral("points")), i), error)) return false;
    if (pts.first() != pts.last())
        return fail(error, at(path, QStringLiteral("points")),
                    QStringLiteral("the first and last points must be equal"));
    return true;
}

QJsonValue optionalDouble(const std::optional<double>& d)
{
    return d ? QJsonValue(*d) : QJsonValue();
}

QJsonObject boundsJson(const RangeBounds& b, bool integers)
{
    QJsonObject o;
    auto put = [&](const char* name, const std::optional<double>& v) {
        if (v) o.insert(QLatin1String(name), integers ? QJsonValue(qint64(*v)) : optionalDouble(v));
    };
    put("gt", b.gt);
    put("gte", b.gte);
    put("lt", b.lt);
    put("lte", b.lte);
    return o;
}

QJsonObject fieldCondition(const QString& key, const char* name, const QJsonValue& v)
{
    return QJsonObject{{QStringLiteral("key"), key}, {QLatin1String(name), v}};
}

QJsonObject matchJson(const QString& key, const char* name, const QJsonValue& v)
{
    return fieldCondition(key, "match", QJsonObject{{QLatin1String(name), v}});
}

QJsonObject geoPoint(double lat, double lon)
{
    return QJsonObject{{QStringLiteral("lat"), lat}, {QStringLiteral("lon"), lon}};
}

} // namespace

QDateTime parseQdrantDateTime(const QString& text)
{
    QString s = text.trimmed();
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|z|[+-]\\d{2}:?\\d{2})?$"));
    if (dateOnly.match(s).hasMatch())
        s += QStringLiteral("T00:00:00Z");
    else if (!shape.match(s).hasMatch())
        return {};
    s.replace(QLatin1Char(' '), QLatin1Char('T'));
    if (s.endsWith(QLatin1Char('z'))) s[s.size() - 1] = QLatin1Char('Z');
    // Trim fractions beyond milliseconds: Qt parses at most three digits.
    static const QRegularExpression frac(QStringLiteral("\\.(\\d{3})\\d+"));
    s.replace(frac, QStringLiteral(".\\1"));
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid()) return {};
    static const QRegularExpression zoned(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"));
    if (!zoned.match(s).hasMatch()) dt = QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    return dt.toUTC();
}

Condition Condition::matchValue(const QString& key, const QJsonValue& value)
{
    return Condition(Kind::MatchValue, key, matchJson(key, "value", value));
}
Condition Condition::matchAny(const QString& key, const QJsonArray& values)
{
    return Condition(Kind::MatchAny, key, matchJson(key, "any", values));
}
Condition Condition::matchExcept(const QString& key, const QJsonArray& values)
{
    return Condition(Kind::MatchExcept, key, matchJson(key, "except", values));
}
Condition Condition::matchText(const QString& key, const QString& text)
{
    return Condition(Kind::MatchText, key, matchJson(key, "text", text));
}
Condition Condition::matchTextAny(const QString& key, const QString& text)
{
    return Condition(Kind::MatchTextAny, key, matchJson(key, "text_any", text));
}
Condition Condition::matchPhrase(const QString& key, const QString& phrase)
{
    return Condition(Kind::MatchPhrase, key, matchJson(key, "phrase", phrase));
}
Condition Condition::matchPrefix(const QString& key, const QString& prefix)
{
    return Condition(Kind::MatchPrefix, key, matchJson(key, "prefix", prefix));
}
Condition Condition::range(const QString& key, const RangeBounds& bounds)
{
    return Condition(Kind::Range, key, fieldCondition(key, "range", boundsJson(bounds, false)));
}
Condition Condition::datetimeRange(const QString& key, const DatetimeBounds& b)
{
    QJsonObject o;
    auto put = [&](const char* name, const std::optional<QDateTime>& v) {
        if (v) o.insert(QLatin1String(name), v->toUTC().toString(Qt::ISODateWithMs));
    };
    put("gt", b.gt);
    put("gte", b.gte);
    put("lt", b.lt);
    put("lte", b.lte);
    return Condition(Kind::DatetimeRange, key, fieldCondition(key, "range", o));
}
Condition Condition::valuesCount(const QString& key, const RangeBounds& bounds)
{
    return Condition(Kind::ValuesCount, key, fieldCondition(key, "values_count", boundsJson(bounds, true)));
}
Condition Condition::isEmpty(const QString& key)
{
    return Condition(Kind::IsEmpty, key,
                     QJsonObject{{QStringLiteral("is_empty"), QJsonObject{{QStringLiteral("key"), key}}}});
}
Condition Condition::isNull(const QString& key)
{
    return Condition(Kind::IsNull, key,
                     QJsonObject{{QStringLiteral("is_null"), QJsonObject{{QStringLiteral("key"), key}}}});
}
Condition Condition::hasId(const QList<PointId>& ids)
{
    QJsonArray a;
    for (const PointId& id : ids)
        a.append(id.toJson());
    return Condition(Kind::HasId, QString(), QJsonObject{{QStringLiteral("has_id"), a}});
}
Condition Condition::hasVector(const QString& vectorName)
{
    return Condition(Kind::HasVector, QString(), QJsonObject{{QStringLiteral("has_vector"), vectorName}});
}
Condition Condition::nested(const QString& key, const Filter& filter)
{
    Condition c(
        Kind::Nested, key,
        QJsonObject{{QStringLiteral("nested"), QJsonObject{{QStringLiteral("key"), key},
                                                           {QStringLiteral("filter"), filter.toJson()}}}});
    c.m_filter = std::make_shared<Filter>(filter);
    return c;
}
Condition Condition::geoRadius(const QString& key, double lat, double lon, double radiusMeters)
{
    return Condition(Kind::GeoRadius, key,
                     fieldCondition(key, "geo_radius",
                                    QJsonObject{{QStringLiteral("center"), geoPoint(lat, lon)},
                                                {QStringLiteral("radius"), radiusMeters}}));
}
Condition Condition::geoBoundingBox(const QString& key, double tlLat, double tlLon, double brLat,
                                    double brLon)
{
    return Condition(Kind::GeoBoundingBox, key,
                     fieldCondition(key, "geo_bounding_box",
                                    QJsonObject{{QStringLiteral("top_left"), geoPoint(tlLat, tlLon)},
                                                {QStringLiteral("bottom_right"), geoPoint(brLat, brLon)}}));
}
Condition Condition::subFilter(const Filter& filter)
{
    Condition c(Kind::SubFilter, QString(), filter.toJson());
    c.m_filter = std::make_shared<Filter>(filter);
    return c;
}

std::optional<Condition> Condition::fromJson(const QJsonValue& json, const QString& path, FilterError* error)
{
    if (!json.isObject()) {
        fail(error, path, QStringLiteral("expected a condition object"));
        return std::nullopt;
    }
    const QJsonObject o = json.toObject();
    auto plain = [&](Kind k, const QString& key) { return std::optional<Condition>(Condition(k, key, o)); };

    if (o.contains(QLatin1String("key"))) {
        static const QStringList fieldKeys = {
            QStringLiteral("key"),          QStringLiteral("match"),
            QStringLiteral("range"),        QStringLiteral("geo_bounding_box"),
            QStringLiteral("geo_radius"),   QStringLiteral("geo_polygon"),
            QStringLiteral("values_count"), QStringLiteral("is_empty"),
            QStringLiteral("is_null")};
        if (!checkKeys(o, fieldKeys, path, error) ||
            !checkKeyString(o.value(QLatin1String("key")), at(path, QStringLiteral("key")), error))
            return std::nullopt;
        const QString key = o.value(QLatin1String("key")).toString();
        QStringList present;
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != QLatin1String("key") && !it->isNull()) present << it.key();
        if (present.size() != 1) {
            fail(error, path,
                 present.isEmpty() ? QStringLiteral("a field condition needs one of match, range, "
                                                    "geo_*, values_count, is_empty, is_null")
                                   : QStringLiteral("a field condition takes exactly one of %1")
                                         .arg(present.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        const QString what = present.first();
        const QJsonValue v = o.value(what);
        const QString p = at(path, what);
        Kind k = Kind::MatchValue;
        if (what == QLatin1String("match")) {
            if (!checkMatch(v, p, &k, error)) return std::nullopt;
            return plain(k, key);
        }
        if (what == QLatin1String("range")) {
            if (!checkRange(v, p, &k, error)) return std::nullopt;
            return plain(k, key);
        }
        if (what == QLatin1String("values_count")) {
            if (!checkValuesCount(v, p, error)) return std::nullopt;
            return plain(Kind::ValuesCount, key);
        }
        if (what == QLatin1String("is_empty") || what == QLatin1String("is_null")) {
            if (!v.isBool()) {
                fail(error, p, QStringLiteral("expected a boolean"));
                return std::nullopt;
            }
            return plain(what == QLatin1String("is_empty") ? Kind::IsEmpty : Kind::IsNull, key);
        }
        if (what == QLatin1String("geo_radius")) {
            const QJsonObject g = v.toObject();
            if (!checkGeoPoint(g.value(QLatin1String("center")), at(p, QStringLiteral("center")), error))
                return std::nullopt;
            if (!g.value(QLatin1String("radius")).isDouble() ||
                g.value(QLatin1String("radius")).toDouble() < 0) {
                fail(error, at(p, QStringLiteral("radius")),
                     QStringLiteral("expected a non-negative number of meters"));
                return std::nullopt;
            }
            return plain(Kind::GeoRadius, key);
        }
        if (what == QLatin1String("geo_bounding_box")) {
            const QJsonObject g = v.toObject();
            if (!checkGeoPoint(g.value(QLatin1String("top_left")), at(p, QStringLiteral("top_left")),
                               error) ||
                !checkGeoPoint(g.value(QLatin1String("bottom_right")), at(p, QStringLiteral("bottom_right")),
                               error))
                return std::nullopt;
            return plain(Kind::GeoBoundingBox, key);
        }
        // geo_polygon
        const QJsonObject g = v.toObject();
        if (!checkLineString(g.value(QLatin1String("exterior")), at(p, QStringLiteral("exterior")), error))
            return std::nullopt;
        const QJsonArray interiors = g.value(QLatin1String("interiors")).toArray();
        for (int i = 0; i < interiors.size(); ++i)
            if (!checkLineString(interiors[i], idx(at(p, QStringLiteral("interiors")), i), error))
                return std::nullopt;
        return plain(Kind::GeoPolygon, key);
    }
    if (o.contains(QLatin1String("is_empty")) || o.contains(QLatin1String("is_null"))) {
        const QString what =
            o.contains(QLatin1String("is_empty")) ? QStringLiteral("is_empty") : QStringLiteral("is_null");
        if (!checkKeys(o, {what}, path, error)) return std::nullopt;
        const QJsonObject f = o.value(what).toObject();
        if (!checkKeys(f, {QStringLiteral("key")}, at(path, what), error) ||
            !checkKeyString(f.value(QLatin1String("key")), at(at(path, what), QStringLiteral("key")), error))
            return std::nullopt;
        return plain(what == QLatin1String("is_empty") ? Kind::IsEmpty : Kind::IsNull,
                     f.value(QLatin1String("key")).toString());
    }
    if (o.contains(QLatin1String("has_id"))) {
        if (!checkKeys(o, {QStringLiteral("has_id")}, path, error)) return std::nullopt;
        const QJsonValue v = o.value(QLatin1String("has_id"));
        if (!v.isArray()) {
            fail(error, at(path, QStringLiteral("has_id")), QStringLiteral("expected an array of point ids"));
            return std::nullopt;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            QString why;
            if (!PointId::fromJson(a[i], &why).isValid()) {
                fail(error, idx(at(path, QStringLiteral("has_id")), i), why);
                return std::nullopt;
            }
        }
        return plain(Kind::HasId, QString());
    }
    if (o.contains(QLatin1String("has_vector"))) {
        if (!checkKeys(o, {QStringLiteral("has_vector")}, path, error)) return std::nullopt;
        if (!o.value(QLatin1String("has_vector")).isString()) {
            fail(error, at(path, QStringLiteral("has_vector")),
                 QStringLiteral("expected a vector name string"));
            return std::nullopt;
        }
        return plain(Kind::HasVector, QString());
    }
    if (o.contains(QLatin1String("nested"))) {
        if (!checkKeys(o, {QStringLiteral("nested")}, path, error)) return std::nullopt;
        const QString p = at(path, QStringLiteral("nested"));
        const QJsonObject n = o.value(QLatin1String("nested")).toObject();
        if (!checkKeys(n, {QStringLiteral("key"), QStringLiteral("filter")}, p, error) ||
            !checkKeyString(n.value(QLatin1String("key")), at(p, QStringLiteral("key")), error))
            return std::nullopt;
        auto sub = Filter::fromJson(n.value(QLatin1String("filter")), error, at(p, QStringLiteral("filter")));
        if (!sub) return std::nullopt;
        Condition c(Kind::Nested, n.value(QLatin1String("key")).toString(), o);
        c.m_filter = std::make_shared<Filter>(*sub);
        return c;
    }
    static const QStringList filterKeys = {QStringLiteral("must"), QStringLiteral("should"),
                                           QStringLiteral("must_not"), QStringLiteral("min_should")};
    bool looksLikeFilter = !o.isEmpty();
    for (auto it = o.begin(); it != o.end(); ++it)
        looksLikeFilter = looksLikeFilter && filterKeys.contains(it.key());
    if (looksLikeFilter) {
        auto sub = Filter::fromJson(o, error, path);
        if (!sub) return std::nullopt;
        Condition c(Kind::SubFilter, QString(), o);
        c.m_filter = std::make_shared<Filter>(*sub);
        return c;
    }
    fail(error, path,
         QStringLiteral("unknown condition; expected a field condition (key + match/range/...), "
                        "is_empty, is_null, has_id, has_vector, nested, or a nested filter"));
    return std::nullopt;
}

Filter& Filter::must(const Condition& c)
{
    return add(&m_must, c);
}
Filter& Filter::should(const Condition& c)
{
    return add(&m_should, c);
}
Filter& Filter::mustNot(const Condition& c)
{
    return add(&m_mustNot, c);
}

Filter& Filter::add(Clause* clause, const Condition& c)
{
    clause->present = true;
    clause->conditions.append(c);
    return *this;
}

Filter& Filter::minShould(const QList<Condition>& conditions, int minCount)
{
    m_minShouldPresent = true;
    m_minShould = conditions;
    m_minCount = minCount;
    return *this;
}

bool Filter::isEmpty() const
{
    return m_must.conditions.isEmpty() && m_should.conditions.isEmpty() && m_mustNot.conditions.isEmpty() &&
           m_minShould.isEmpty();
}

QJsonObject Filter::toJson() const
{
    QJsonObject o;
    auto put = [&](const char* name, const Clause& c) {
        if (!c.present) return;
        if (c.null) {
            o.insert(QLatin1String(name), QJsonValue());
        } else if (c.single && c.conditions.size() == 1) {
            o.insert(QLatin1String(name), c.conditions.first().toJson());
        } else {
            QJsonArray a;
            for (const Condition& x : c.conditions)
                a.append(x.toJson());
            o.insert(QLatin1String(name), a);
        }
    };
    put("must", m_must);
    put("should", m_should);
    put("must_not", m_mustNot);
    if (m_minShouldPresent) {
        if (m_minShouldNull) {
            o.insert(QStringLiteral("min_should"), QJsonValue());
        } else {
            QJsonArray a;
            for (const Condition& x : m_minShould)
                a.append(x.toJson());
            o.insert(QStringLiteral("min_should"), QJsonObject{{QStringLiteral("conditions"), a},
                                                               {QStringLiteral("min_count"), m_minCount}});
        }
    }
    return o;
}

std::optional<Filter> Filter::fromJson(const QJsonValue& json, FilterError* error, const QString& path)
{
    if (!json.isObject()) {
        fail(error, path,
             QStringLiteral("expected a filter object with must, should, must_not or min_should"));
        return std::nullopt;
    }
    const QJsonObject o = json.toObject();
    if (!checkKeys(o,
                   {QStringLiteral("must"), QStringLiteral("should"), QStringLiteral("must_not"),
                    QStringLiteral("min_should")},
                   path, error))
        return std::nullopt;
    Filter f;
    auto clause = [&](const char* name, Clause& c) {
        const QString key = QLatin1String(name);
        if (!o.contains(key)) return true;
        c.present = true;
        const QJsonValue v = o.value(key);
        const QString p = at(path, key);
        if (v.isNull()) {
            c.null = true;
            return true;
        }
        if (v.isObject()) {
            auto cond = Condition::fromJson(v, p, error);
            if (!cond) return false;
            c.single = true;
            c.conditions.append(*cond);
            return true;
        }
        if (!v.isArray())
            return fail(error, p, QStringLiteral("expected a condition or an array of conditions"));
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            auto cond = Condition::fromJson(a[i], idx(p, i), error);
            if (!cond) return false;
            c.conditions.append(*cond);
        }
        return true;
    };
    if (!clause("must", f.m_must) || !clause("should", f.m_should) || !clause("must_not", f.m_mustNot))
        return std::nullopt;
    if (o.contains(QLatin1String("min_should"))) {
        f.m_minShouldPresent = true;
        const QJsonValue v = o.value(QLatin1String("min_should"));
        const QString p = at(path, QStringLiteral("min_should"));
        if (v.isNull()) {
            f.m_minShouldNull = true;
        } else {
            const QJsonObject m = v.toObject();
            if (!v.isObject() || !m.value(QLatin1String("conditions")).isArray()) {
                fail(error, p, QStringLiteral("expected {\"conditions\": [...], \"min_count\": n}"));
                return std::nullopt;
            }
            if (!checkKeys(m, {QStringLiteral("conditions"), QStringLiteral("min_count")}, p, error))
                return std::nullopt;
            const QJsonValue mc = m.value(QLatin1String("min_count"));
            if (!isInteger(mc) || mc.toInteger() < 1) {
                fail(error, at(p, QStringLiteral("min_count")),
                     QStringLiteral("expected an integer of at least 1"));
                return std::nullopt;
            }
            f.m_minCount = int(mc.toInteger());
            const QJsonArray a = m.value(QLatin1String("conditions")).toArray();
            for (int i = 0; i < a.size(); ++i) {
                auto cond = Condition::fromJson(a[i], idx(at(p, QStringLiteral("conditions")), i), error);
                if (!cond) return std::nullopt;
                f.m_minShould.append(*cond);
            }
        }
    }
    return f;
}

} // namespace vd
