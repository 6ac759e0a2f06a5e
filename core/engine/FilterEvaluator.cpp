#include "FilterEvaluator.h"

#include <QJsonArray>
#include <QtMath>

namespace vd::engine {

struct FilterEvaluator::Node
{
    virtual ~Node() = default;
    // `payload` is the point's payload, or an array element inside a nested condition.
    virtual bool eval(const PointView& point, const QJsonObject& payload) const = 0;
};

namespace {
using Node = FilterEvaluator::Node;
using Kind = Condition::Kind;

std::unique_ptr<Node> compileFilter(const Filter& f, const QHash<QString, PayloadIndex*>& idx,
                                    const QString& prefix);

bool sameScalar(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isString() && b.isString()) return a.toString() == b.toString();
    if (a.isBool() && b.isBool()) return a.toBool() == b.toBool();
    if (a.isDouble() && b.isDouble()) return a.toDouble() == b.toDouble();
    return false;
}

struct FieldNode : Node
{
    explicit FieldNode(const QString& key) : path(key) {}
    PayloadPath path;
};

struct MatchNode : FieldNode
{
    MatchNode(const QString& key, Kind k, const QJsonObject& match, const PayloadIndex* textIndex)
        : FieldNode(key), kind(k), textIndex(textIndex)
    {
        switch (k) {
        case Kind::MatchValue:
            needles = QJsonArray{match.value(QLatin1String("value"))};
            break;
        case Kind::MatchAny:
            needles = match.value(QLatin1String("any")).toArray();
            break;
        case Kind::MatchExcept:
            needles = match.value(QLatin1String("except")).toArray();
            break;
        case Kind::MatchText:
            text = match.value(QLatin1String("text")).toString();
            break;
        case Kind::MatchTextAny:
            text = match.value(QLatin1String("text_any")).toString();
            break;
        case Kind::MatchPhrase:
            text = match.value(QLatin1String("phrase")).toString();
            break;
        case Kind::MatchPrefix:
            text = match.value(QLatin1String("prefix")).toString();
            break;
        default:
            break;
        }
        if (textIndex) queryTokens = textIndex->tokenizer().tokens(text);
    }
    bool inNeedles(const QJsonValue& v) const
    {
        for (const QJsonValue& n : needles)
            if (sameScalar(n, v)) return true;
        return false;
    }
    bool textMatches(const QString& s) const
    {
        if (!textIndex) {
            if (kind == Kind::MatchTextAny) {
                for (const QString& w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    if (s.contains(w)) return true;
                return false;
            }
            return s.contains(text); // without a text index Qdrant falls back to substring matching
        }
        const QStringList toks = textIndex->tokenizer().tokens(s);
        if (kind == Kind::MatchText) {
            for (const QString& q : queryTokens)
                if (!toks.contains(q)) return false;
            return !queryTokens.isEmpty();
        }
        if (kind == Kind::MatchTextAny) {
            for (const QString& q : queryTokens)
                if (toks.contains(q)) return true;
            return false;
        }
        // phrase: the query tokens appear consecutively
        if (queryTokens.isEmpty()) return false;
        for (int i = 0; i + queryTokens.size() <= toks.size(); ++i)
            if (toks.mid(i, queryTokens.size()) == queryTokens) return true;
        return false;
    }
    bool eval(const PointView&, const QJsonObject& payload) const override
    {
        const QList<QJsonValue> values = path.values(payload);
        if (kind == Kind::MatchExcept) {
            // A missing or null field has no forbidden value; an empty array has no value at all.
            if (values.isEmpty()) {
                QList<QJsonValue> raws;
                path.raw(payload, &raws);
                for (const QJsonValue& r : raws)
                    if (r.isArray()) return false;
                return true;
            }
            for (const QJsonValue& v : values)
                if (!inNeedles(v)) return true;
            return false;
        }
        for (const QJsonValue& v : values) {
            switch (kind) {
            case Kind::MatchValue:
            case Kind::MatchAny:
                if (inNeedles(v)) return true;
                break;
            case Kind::MatchPrefix:
                if (v.isString() && v.toString().startsWith(text)) return true;
                break;
            default:
                if (v.isString() && textMatches(v.toString())) return true;
                break;
            }
        }
        return false;
    }
    Kind kind;
    QJsonArray needles;
    QString text;
    QStringList queryTokens;
    const PayloadIndex* textIndex;
};

struct Bounds
{
    std::optional<double> gt, gte, lt, lte;
    bool contains(double x) const
    {
        return (!gt || x > *gt) && (!gte || x >= *gte) && (!lt || x < *lt) && (!lte || x <= *lte);
    }
};

Bounds readBounds(const QJsonObject& r, bool datetime)
{
    auto get = [&](const char* n) -> std::optional<double> {
        const QJsonValue v = r.value(QLatin1String(n));
        if (v.isNull() || v.isUndefined()) return std::nullopt;
        return datetime ? double(parseQdrantDateTime(v.toString()).toMSecsSinceEpoch()) : v.toDouble();
    };
    return Bounds{get("gt"), get("gte"), get("lt"), get("lte")};
}

struct RangeNode : FieldNode
{
    RangeNode(const QString& key, const QJsonObject& r, bool dt)
        : FieldNode(key), bounds(readBounds(r, dt)), datetime(dt)
    {
    }
    bool eval(const PointView&, const QJsonObject& payload) const override
    {
        for (const QJsonValue& v : path.values(payload)) {
            if (datetime) {
                if (!v.isString()) continue;
                const QDateTime d = parseQdrantDateTime(v.toString());
                if (d.isValid() && bounds.contains(double(d.toMSecsSinceEpoch()))) return true;
            } else if (v.isDouble() && bounds.contains(v.toDouble())) {
                return true;
            }
        }
        return false;
    }
    Bounds bounds;
    bool datetime;
};

struct ValuesCountNode : FieldNode
{
    ValuesCountNode(const QString& key, const QJsonObject& r) : FieldNode(key), bounds(readBounds(r, false))
    {
    }
    bool eval(const PointView&, const QJsonObject& payload) const override
    {
        return bounds.contains(double(path.values(payload).size()));
    }
    Bounds bounds;
};

struct EmptyNullNode : FieldNode
{
    EmptyNullNode(const QString& key, bool isNull) : FieldNode(key), isNull(isNull) {}
    bool eval(const PointView&, const QJsonObject& payload) const override
    {
        QList<QJsonValue> raws;
        path.raw(payload, &raws);
        if (isNull) {
            for (const QJsonValue& v : raws)
                if (v.isNull()) return true;
            return false;
        }
        for (const QJsonValue& v : raws)
            if (!v.isNull() && !(v.isArray() && v.toArray().isEmpty())) return false;
        return true;
    }
    bool isNull;
};

struct HasIdNode : Node
{
    explicit HasIdNode(const QJsonArray& ids)
    {
        for (const QJsonValue& v : ids)
            set.insert(PointId::fromJson(v, nullptr));
    }
    bool eval(const PointView& p, const QJsonObject&) const override { return p.id && set.contains(*p.id); }
    QSet<PointId> set;
};

struct HasVectorNode : Node
{
    explicit HasVectorNode(const QString& n) : name(n) {}
    bool eval(const PointView& p, const QJsonObject&) const override
    {
        return p.hasVector && p.hasVector(name);
    }
    QString name;
};

double haversineMeters(double lat1, double lon1, double lat2, double lon2)
{
    const double r = 6371008.8;
    const double dLat = qDegreesToRadians(lat2 - lat1), dLon = qDegreesToRadians(lon2 - lon1);
    const double a = qSin(dLat / 2) * qSin(dLat / 2) + qCos(qDegreesToRadians(lat1)) *
                                                           qCos(qDegreesToRadians(lat2)) * qSin(dLon / 2) *
                                                           qSin(dLon / 2);
    return 2 * r * qAtan2(qSqrt(a), qSqrt(1 - a));
}

bool insideRing(const QJsonArray& pts, double lat, double lon)
{
    bool in = false;
    for (int i = 0, j = pts.size() - 1; i < pts.size(); j = i++) {
        const double yi = pts[i][QLatin1String("lat")].toDouble(),
                     xi = pts[i][QLatin1String("lon")].toDouble();
        const double yj = pts[j][QLatin1String("lat")].toDouble(),
                     xj = pts[j][QLatin1String("lon")].toDouble();
        if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) in = !in;
    }
    return in;
}

struct GeoNode : FieldNode
{
    GeoNode(const QString& key, Kind k, const QJsonObject& spec) : FieldNode(key), kind(k), spec(spec) {}
    bool hit(double lat, double lon) const
    {
        if (kind == Kind::GeoRadius) {
            const QJsonObject c = spec.value(QLatin1String("center")).toObject();
            return haversineMeters(c[QLatin1String("lat")].toDouble(), c[QLatin1String("lon")].toDouble(),
                                   lat, lon) <= spec.value(QLatin1String("radius")).toDouble();
        }
        if (kind == Kind::GeoBoundingBox) {
            const QJsonObject tl = spec.value(QLatin1String("top_left")).toObject();
            const QJsonObject br = spec.value(QLatin1String("bottom_right")).toObject();
            return lat <= tl[QLatin1String("lat")].toDouble() && lat >= br[QLatin1String("lat")].toDouble() &&
                   lon >= tl[QLatin1String("lon")].toDouble() && lon <= br[QLatin1String("lon")].toDouble();
        }
        if (!insideRing(spec.value(QLatin1String("exterior"))[QLatin1String("points")].toArray(), lat, lon))
            return false;
        for (const QJsonValue& hole : spec.value(QLatin1String("interiors")).toArray())
            if (insideRing(hole[QLatin1String("points")].toArray(), lat, lon)) return false;
        return true;
    }
    bool eval(const PointView&, const QJsonObject& payload) const override
    {
        for (const QJsonValue& v : path.values(payload)) {
            const QJsonObject g = v.toObject();
            if (g.value(QLatin1String("lat")).isDouble() && g.value(QLatin1String("lon")).isDouble() &&
                hit(g[QLatin1String("lat")].toDouble(), g[QLatin1String("lon")].toDouble()))
                return true;
        }
        return false;
    }
    Kind kind;
    QJsonObject spec;
};

struct NestedNode : FieldNode
{
    NestedNode(const QString& key, std::unique_ptr<Node> sub) : FieldNode(key), sub(std::move(sub)) {}
    bool eval(const PointView& p, const QJsonObject& payload) const override
    {
        // Each element of the array is checked on its own: all sub-conditions must hold for one element.
        for (const QJsonValue& v : path.values(payload))
            if (v.isObject() && sub->eval(p, v.toObject())) return true;
        return false;
    }
    std::unique_ptr<Node> sub;
};

struct BoolNode : Node
{
    std::vector<std::unique_ptr<Node>> must, should, mustNot, minShould;
    int minCount = 0;
    bool eval(const PointView& p, const QJsonObject& payload) const override
    {
        for (const auto& n : must)
            if (!n->eval(p, payload)) return false;
        for (const auto& n : mustNot)
            if (n->eval(p, payload)) return false;
        if (!should.empty()) {
            bool any = false;
            for (const auto& n : should)
                if (n->eval(p, payload)) {
                    any = true;
                    break;
                }
            if (!any) return false;
        }
        if (!minShould.empty()) {
            int hits = 0;
            for (const auto& n : minShould)
                if (n->eval(p, payload) && ++hits >= minCount) break;
            if (hits < minCount) return false;
        }
        return true;
    }
};

std::unique_ptr<Node> compileCondition(const Condition& c, const QHash<QString, PayloadIndex*>& idx,
                                       const QString& prefix)
{
    const QJsonObject j = c.toJson();
    const QString key = c.key();
    switch (c.kind()) {
    case Kind::MatchValue:
    case Kind::MatchAny:
    case Kind::MatchExcept:
    case Kind::MatchText:
    case Kind::MatchTextAny:
    case Kind::MatchPhrase:
    case Kind::MatchPrefix: {
        const PayloadIndex* ix = idx.value(prefix + key);
        if (ix && ix->type() != QLatin1String("text")) ix = nullptr;
        return std::make_unique<MatchNode>(key, c.kind(), j.value(QLatin1String("match")).toObject(), ix);
    }
    case Kind::Range:
    case Kind::DatetimeRange:
        return std::make_unique<RangeNode>(key, j.value(QLatin1String("range")).toObject(),
                                           c.kind() == Kind::DatetimeRange);
    case Kind::ValuesCount:
        return std::make_unique<ValuesCountNode>(key, j.value(QLatin1String("values_count")).toObject());
    case Kind::IsEmpty:
    case Kind::IsNull:
        return std::make_unique<EmptyNullNode>(key, c.kind() == Kind::IsNull);
    case Kind::HasId:
        return std::make_unique<HasIdNode>(j.value(QLatin1String("has_id")).toArray());
    case Kind::HasVector:
        return std::make_unique<HasVectorNode>(j.value(QLatin1String("has_vector")).toString());
    case Kind::GeoRadius:
        return std::make_unique<GeoNode>(key, c.kind(), j.value(QLatin1String("geo_radius")).toObject());
    case Kind::GeoBoundingBox:
        return std::make_unique<GeoNode>(key, c.kind(),
                                         j.value(QLatin1String("geo_bounding_box")).toObject());
    case Kind::GeoPolygon:
        return std::make_unique<GeoNode>(key, c.kind(), j.value(QLatin1String("geo_polygon")).toObject());
    case Kind::Nested:
        return std::make_unique<NestedNode>(
            key, compileFilter(*c.filter(), idx, prefix + key + QStringLiteral("[].")));
    case Kind::SubFilter:
        return compileFilter(*c.filter(), idx, prefix);
    }
    return nullptr;
}

std::unique_ptr<Node> compileFilter(const Filter& f, const QHash<QString, PayloadIndex*>& idx,
                                    const QString& prefix)
{
    auto n = std::make_unique<BoolNode>();
    for (const Condition& c : f.mustConditions())
        n->must.push_back(compileCondition(c, idx, prefix));
    for (const Condition& c : f.shouldConditions())
        n->should.push_back(compileCondition(c, idx, prefix));
    for (const Condition& c : f.mustNotConditions())
        n->mustNot.push_back(compileCondition(c, idx, prefix));
    for (const Condition& c : f.minShouldConditions())
        n->minShould.push_back(compileCondition(c, idx, prefix));
    n->minCount = f.minShouldCount();
    return n;
}

} // namespace

FilterEvaluator::FilterEvaluator(const Filter& filter, const QHash<QString, PayloadIndex*>& indexes)
    : m_root(compileFilter(filter, indexes, QString()))
{
}

FilterEvaluator::~FilterEvaluator() = default;

bool FilterEvaluator::matches(const PointView& point) const
{
    return m_root->eval(point, *point.payload);
}

} // namespace vd::engine
