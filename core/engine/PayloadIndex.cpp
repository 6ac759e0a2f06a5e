#include "PayloadIndex.h"

#include <QJsonArray>
#include <QUuid>
#include <algorithm>

namespace vd::engine {

namespace {
bool usesTerms(const QString& t)
{
    return t == QLatin1String("keyword") || t == QLatin1String("integer") || t == QLatin1String("bool") ||
           t == QLatin1String("uuid") || t == QLatin1String("text");
}
bool usesNumbers(const QString& t)
{
    return t == QLatin1String("integer") || t == QLatin1String("float") || t == QLatin1String("datetime");
}
void sortUnique(std::vector<int>* v)
{
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
}
} // namespace

PayloadIndex::PayloadIndex(const QString& field, const QJsonValue& schema)
    : m_field(field), m_schema(schema), m_path(field)
{
    m_type =
        schema.isString() ? schema.toString() : schema.toObject().value(QLatin1String("type")).toString();
    if (m_type == QLatin1String("text")) m_tokenizer = TextTokenizer(schema.toObject());
}

bool PayloadIndex::isKnownType(const QString& t)
{
    static const QStringList known = {QStringLiteral("keyword"),  QStringLiteral("integer"),
                                      QStringLiteral("float"),    QStringLiteral("bool"),
                                      QStringLiteral("datetime"), QStringLiteral("text"),
                                      QStringLiteral("uuid"),     QStringLiteral("geo")};
    return known.contains(t);
}

bool PayloadIndex::supportsFacet() const
{
    return m_type == QLatin1String("keyword") || m_type == QLatin1String("integer") ||
           m_type == QLatin1String("bool") || m_type == QLatin1String("uuid");
}

QJsonObject PayloadIndex::info() const
{
    QJsonObject o{{QStringLiteral("data_type"), m_type}, {QStringLiteral("points"), m_pointsIndexed}};
    if (m_schema.isObject()) o.insert(QStringLiteral("params"), m_schema.toObject());
    return o;
}

QString PayloadIndex::termKey(const QJsonValue& v)
{
    if (v.isString()) {
        const QUuid u = QUuid::fromString(v.toString());
        return u.isNull() ? QLatin1String("s:") + v.toString()
                          : QLatin1String("u:") + u.toString(QUuid::WithoutBraces);
    }
    if (v.isBool()) return v.toBool() ? QStringLiteral("b:1") : QStringLiteral("b:0");
    if (v.isDouble()) {
        const double d = v.toDouble();
        const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
        if (double(i) == d) return QLatin1String("i:") + QString::number(i);
    }
    return QString();
}

QList<QString> PayloadIndex::keysFor(const QJsonObject& payload) const
{
    QList<QString> keys;
    const QList<QJsonValue> values = m_path.values(payload);
    for (const QJsonValue& v : values) {
        if (m_type == QLatin1String("text")) {
            if (v.isString())
                for (const QString& t : m_tokenizer.tokens(v.toString()))
                    keys.append(QLatin1String("t:") + t);
            continue;
        }
        if (m_type == QLatin1String("keyword") && !v.isString()) continue;
        if (m_type == QLatin1String("bool") && !v.isBool()) continue;
        if (m_type == QLatin1String("integer") && !v.isDouble()) continue;
        const QString k = termKey(v);
        if (!k.isEmpty()) keys.append(k);
    }
    return keys;
}

QList<double> PayloadIndex::numbersFor(const QJsonObject& payload) const
{
    QList<double> out;
    for (const QJsonValue& v : m_path.values(payload)) {
        if (m_type == QLatin1String("datetime")) {
            const QDateTime dt = v.isString() ? parseQdrantDateTime(v.toString()) : QDateTime();
            if (dt.isValid()) out.append(double(dt.toMSecsSinceEpoch()));
        } else if (v.isDouble()) {
            out.append(v.toDouble());
        }
    }
    return out;
}

void PayloadIndex::add(int slot, const QJsonObject& payload)
{
    bool any = false;
    if (usesTerms(m_type))
        for (const QString& k : keysFor(payload)) {
            m_terms[k].insert(slot);
            any = true;
        }
    if (usesNumbers(m_type))
        for (double d : numbersFor(payload)) {
            m_numbers.emplace(d, slot);
            any = true;
        }
    if (m_type == QLatin1String("geo") && !m_path.values(payload).isEmpty()) any = true;
    if (any) ++m_pointsIndexed;
}

void PayloadIndex::remove(int slot, const QJsonObject& payload)
{
    bool any = false;
    if (usesTerms(m_type))
        for (const QString& k : keysFor(payload)) {
            auto it = m_terms.find(k);
            if (it != m_terms.end()) {
                it->remove(slot);
                if (it->isEmpty()) m_terms.erase(it);
            }
            any = true;
        }
    if (usesNumbers(m_type))
        for (double d : numbersFor(payload)) {
            auto range = m_numbers.equal_range(d);
            for (auto it = range.first; it != range.second; ++it)
                if (it->second == slot) {
                    m_numbers.erase(it);
                    break;
                }
            any = true;
        }
    if (m_type == QLatin1String("geo") && !m_path.values(payload).isEmpty()) any = true;
    if (any) --m_pointsIndexed;
}

std::optional<std::vector<int>> PayloadIndex::candidates(const Condition& c) const
{
    using K = Condition::Kind;
    const QJsonObject match = c.toJson().value(QLatin1String("match")).toObject();
    std::vector<int> out;
    auto addTerm = [&](const QString& key) {
        const auto it = m_terms.constFind(key);
        if (it != m_terms.constEnd()) out.insert(out.end(), it->begin(), it->end());
    };
    if (m_type != QLatin1String("text") && usesTerms(m_type)) {
        if (c.kind() == K::MatchValue) {
            addTerm(termKey(match.value(QLatin1String("value"))));
            sortUnique(&out);
            return out;
        }
        if (c.kind() == K::MatchAny) {
            for (const QJsonValue& v : match.value(QLatin1String("any")).toArray())
                addTerm(termKey(v));
            sortUnique(&out);
            return out;
        }
    }
    if (m_type == QLatin1String("text") && c.kind() == K::MatchText) {
        // Every token must be present: intersect the postings.
        const QStringList toks = m_tokenizer.tokens(match.value(QLatin1String("text")).toString());
        if (toks.isEmpty()) return std::nullopt;
        QSet<int> acc = m_terms.value(QLatin1String("t:") + toks.first());
        for (int i = 1; i < toks.size() && !acc.isEmpty(); ++i)
            acc.intersect(m_terms.value(QLatin1String("t:") + toks[i]));
        out.assign(acc.begin(), acc.end());
        sortUnique(&out);
        return out;
    }
    if (usesNumbers(m_type) && (c.kind() == K::Range || c.kind() == K::DatetimeRange)) {
        const QJsonObject r = c.toJson().value(QLatin1String("range")).toObject();
        const bool dt = c.kind() == K::DatetimeRange;
        if (dt != (m_type == QLatin1String("datetime"))) return std::nullopt;
        auto bound = [&](const char* name) -> std::optional<double> {
            const QJsonValue v = r.value(QLatin1String(name));
            if (v.isNull() || v.isUndefined()) return std::nullopt;
            return dt ? double(parseQdrantDateTime(v.toString()).toMSecsSinceEpoch()) : v.toDouble();
        };
        const auto gt = bound("gt"), gte = bound("gte"), lt = bound("lt"), lte = bound("lte");
        // Start at the tighter lower bound; the loop below rejects the value equal to a strict `gt`.
        std::optional<double> low = gte;
        if (gt && (!low || *gt >= *low)) low = gt;
        auto first = low ? m_numbers.lower_bound(*low) : m_numbers.begin();
        for (auto it = first; it != m_numbers.end(); ++it) {
            if ((lt && !(it->first < *lt)) || (lte && !(it->first <= *lte))) break;
            if ((gt && !(it->first > *gt)) || (gte && !(it->first >= *gte))) continue;
            out.push_back(it->second);
        }
        sortUnique(&out);
        return out;
    }
    return std::nullopt;
}

} // namespace vd::engine
