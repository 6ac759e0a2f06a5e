#include "Collection.h"

#include "FilterEvaluator.h"
#include "VectorMath.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <queue>

namespace vd::engine {

namespace {

const QStringList kCreateFields = {QStringLiteral("vectors"),
                                   QStringLiteral("shard_number"),
                                   QStringLiteral("sharding_method"),
                                   QStringLiteral("replication_factor"),
                                   QStringLiteral("write_consistency_factor"),
                                   QStringLiteral("on_disk_payload"),
                                   QStringLiteral("hnsw_config"),
                                   QStringLiteral("wal_config"),
                                   QStringLiteral("optimizers_config"),
                                   QStringLiteral("quantization_config"),
                                   QStringLiteral("sparse_vectors"),
                                   QStringLiteral("strict_mode_config"),
                                   QStringLiteral("metadata"),
                                   QStringLiteral("payload")};
const QStringList kVectorParamFields = {QStringLiteral("size"),        QStringLiteral("distance"),
                                        QStringLiteral("hnsw_config"), QStringLiteral("quantization_config"),
                                        QStringLiteral("on_disk"),     QStringLiteral("memory"),
                                        QStringLiteral("datatype"),    QStringLiteral("multivector_config")};

bool positiveInt(const QJsonValue& v, qint64 min)
{
    return v.isDouble() && double(v.toInteger(min - 1)) == v.toDouble() && v.toInteger() >= min;
}

bool parseVectorParams(const QJsonValue& v, const QString& path, VectorSpace* out, QString* error)
{
    if (!v.isObject()) {
        *error = path + QStringLiteral(": expected an object with size and distance");
        return false;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!kVectorParamFields.contains(it.key())) {
            *error = path + QLatin1Char('.') + it.key() + QStringLiteral(": unknown field");
            return false;
        }
    if (!positiveInt(o.value(QLatin1String("size")), 1) ||
        o.value(QLatin1String("size")).toInteger() > 65536) {
        *error = path + QStringLiteral(".size: expected an integer from 1 to 65536");
        return false;
    }
    const auto d = distanceFromName(o.value(QLatin1String("distance")).toString());
    if (!d) {
        *error = path + QStringLiteral(".distance: expected one of Cosine, Dot, Euclid, Manhattan");
        return false;
    }
    if (o.contains(QLatin1String("multivector_config")) &&
        !o.value(QLatin1String("multivector_config")).isNull()) {
        *error = path +
                 QStringLiteral(".multivector_config: multivectors are not supported by the embedded engine");
        return false;
    }
    const QString dt = o.value(QLatin1String("datatype")).toString(QStringLiteral("float32"));
    if (dt != QLatin1String("float32") && dt != QLatin1String("float16") && dt != QLatin1String("uint8")) {
        *error = path + QStringLiteral(".datatype: expected float32, float16 or uint8");
        return false;
    }
    out->dim = int(o.value(QLatin1String("size")).toInteger());
    out->distance = *d;
    out->params = o;
    return true;
}

QJsonObject merged(QJsonObject base, const QJsonObject& over)
{
    for (auto it = over.begin(); it != over.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

void normalise(std::vector<float>* v)
{
    double n = 0;
    for (float x : *v)
        n += double(x) * x;
    n = std::sqrt(n);
    if (n > 0)
        for (float& x : *v)
            x = float(x / n);
}

float score(Distance d, const float* a, const float* b, int n)
{
    switch (d) {
    case Distance::Cosine:
    case Distance::Dot:
        return dotProduct(a, b, n);
    case Distance::Euclid:
        return std::sqrt(squaredL2(a, b, n));
    case Distance::Manhattan:
        return manhattan(a, b, n);
    }
    return 0;
}

} // namespace

std::optional<Distance> distanceFromName(const QString& n)
{
    if (n == QLatin1String("Cosine")) return Distance::Cosine;
    if (n == QLatin1String("Dot")) return Distance::Dot;
    if (n == QLatin1String("Euclid")) return Distance::Euclid;
    if (n == QLatin1String("Manhattan")) return Distance::Manhattan;
    return std::nullopt;
}

double jsonFloat(float f)
{
    if (!std::isfinite(f)) return double(f);
    for (int precision = 6; precision < 9; ++precision) {
        const double d = QByteArray::number(double(f), 'g', precision).toDouble();
        if (float(d) == f) return d;
    }
    return double(f);
}

QString distanceName(Distance d)
{
    switch (d) {
    case Distance::Cosine:
        return QStringLiteral("Cosine");
    case Distance::Dot:
        return QStringLiteral("Dot");
    case Distance::Euclid:
        return QStringLiteral("Euclid");
    case Distance::Manhattan:
        return QStringLiteral("Manhattan");
    }
    return QString();
}

std::unique_ptr<Collection> Collection::create(const QString& name, const QJsonObject& body, QString* error)
{
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!kCreateFields.contains(it.key())) {
            *error = it.key() + QStringLiteral(": unknown field");
            return nullptr;
        }
    auto c = std::unique_ptr<Collection>(new Collection());
    c->m_name = name;
    c->m_body = body;
    const QJsonValue sparse = body.value(QLatin1String("sparse_vectors"));
    if (sparse.isObject() && !sparse.toObject().isEmpty()) {
        *error = QStringLiteral("sparse_vectors: sparse vectors are not supported by the embedded engine");
        return nullptr;
    }
    if (body.value(QLatin1String("sharding_method")).toString() == QLatin1String("custom")) {
        *error = QStringLiteral(
            "sharding_method: custom sharding needs a cluster; the embedded engine is single-node");
        return nullptr;
    }
    for (const char* f : {"shard_number", "replication_factor", "write_consistency_factor"}) {
        const QJsonValue v = body.value(QLatin1String(f));
        if (!v.isUndefined() && !v.isNull() && !positiveInt(v, 1)) {
            *error = QLatin1String(f) + QStringLiteral(": expected an integer of at least 1");
            return nullptr;
        }
    }
    const QJsonValue hnsw = body.value(QLatin1String("hnsw_config"));
    if (hnsw.isObject() && hnsw.toObject().contains(QLatin1String("ef_construct")) &&
        !positiveInt(hnsw.toObject().value(QLatin1String("ef_construct")), 4)) {
        *error = QStringLiteral("hnsw_config.ef_construct: expected an integer of at least 4");
        return nullptr;
    }
    const QJsonValue vectors = body.value(QLatin1String("vectors"));
    if (vectors.isObject() && vectors.toObject().contains(QLatin1String("size"))) {
        VectorSpace s;
        if (!parseVectorParams(vectors, QStringLiteral("vectors"), &s, error)) return nullptr;
        c->m_spaces.push_back(std::move(s));
    } else if (vectors.isObject()) {
        c->m_named = true;
        const QJsonObject o = vectors.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            VectorSpace s;
            s.name = it.key();
            if (!parseVectorParams(it.value(), QStringLiteral("vectors.") + it.key(), &s, error))
                return nullptr;
            c->m_spaces.push_back(std::move(s));
        }
    } else if (!vectors.isUndefined() && !vectors.isNull()) {
        *error =
            QStringLiteral("vectors: expected {\"size\", \"distance\"} or an object of named vector params");
        return nullptr;
    }
    return c;
}

QJsonObject Collection::configJson() const
{
    const QJsonObject b = m_body;
    QJsonObject params{
        {QStringLiteral("shard_number"), b.value(QLatin1String("shard_number")).toInt(1)},
        {QStringLiteral("replication_factor"), b.value(QLatin1String("replication_factor")).toInt(1)},
        {QStringLiteral("write_consistency_factor"),
         b.value(QLatin1String("write_consistency_factor")).toInt(1)},
        {QStringLiteral("on_disk_payload"), b.value(QLatin1String("on_disk_payload")).toBool(true)}};
    if (m_named) {
        QJsonObject named;
        for (const VectorSpace& s : m_spaces)
            named.insert(s.name, s.params);
        params.insert(QStringLiteral("vectors"), named);
    } else if (!m_spaces.empty()) {
        params.insert(QStringLiteral("vectors"), m_spaces.front().params);
    }
    const QJsonObject hnswDefaults{{QStringLiteral("m"), 16},
                                   {QStringLiteral("ef_construct"), 100},
                                   {QStringLiteral("full_scan_threshold"), 10000},
                                   {QStringLiteral("max_indexing_threads"), 0},
                                   {QStringLiteral("on_disk"), false}};
    const QJsonObject optDefaults{{QStringLiteral("deleted_threshold"), 0.2},
                                  {QStringLiteral("vacuum_min_vector_number"), 1000},
                                  {QStringLiteral("default_segment_number"), 0},
                                  {QStringLiteral("max_segment_size"), QJsonValue()},
                                  {QStringLiteral("memmap_threshold"), QJsonValue()},
                                  {QStringLiteral("indexing_threshold"), 10000},
                                  {QStringLiteral("flush_interval_sec"), 5},
                                  {QStringLiteral("max_optimization_threads"), QJsonValue()}};
    const QJsonObject walDefaults{{QStringLiteral("wal_capacity_mb"), 32},
                                  {QStringLiteral("wal_segments_ahead"), 0}};
    QJsonObject config{
        {QStringLiteral("params"), params},
        {QStringLiteral("hnsw_config"),
         merged(hnswDefaults, b.value(QLatin1String("hnsw_config")).toObject())},
        {QStringLiteral("optimizer_config"),
         merged(optDefaults, b.value(QLatin1String("optimizers_config")).toObject())},
        {QStringLiteral("wal_config"), merged(walDefaults, b.value(QLatin1String("wal_config")).toObject())},
        {QStringLiteral("quantization_config"), b.value(QLatin1String("quantization_config")).isObject()
                                                    ? b.value(QLatin1String("quantization_config"))
                                                    : QJsonValue()}};
    if (b.value(QLatin1String("metadata")).isObject())
        config.insert(QStringLiteral("metadata"), b.value(QLatin1String("metadata")));
    return config;
}

bool Collection::updateConfig(const QJsonObject& patch, QString* error)
{
    static const QStringList allowed = {QStringLiteral("vectors"),
                                        QStringLiteral("optimizers_config"),
                                        QStringLiteral("params"),
                                        QStringLiteral("hnsw_config"),
                                        QStringLiteral("quantization_config"),
                                        QStringLiteral("sparse_vectors"),
                                        QStringLiteral("strict_mode_config"),
                                        QStringLiteral("metadata")};
    for (auto it = patch.begin(); it != patch.end(); ++it)
        if (!allowed.contains(it.key())) {
            *error = it.key() + QStringLiteral(": unknown field");
            return false;
        }
    QJsonObject body = m_body;
    auto mergeInto = [&](const char* from, const char* to) {
        const QJsonValue v = patch.value(QLatin1String(from));
        if (v.isObject())
            body.insert(QLatin1String(to), merged(body.value(QLatin1String(to)).toObject(), v.toObject()));
    };
    mergeInto("optimizers_config", "optimizers_config");
    mergeInto("hnsw_config", "hnsw_config");
    mergeInto("metadata", "metadata");
    if (patch.contains(QLatin1String("quantization_config")))
        body.insert(QStringLiteral("quantization_config"), patch.value(QLatin1String("quantization_config")));
    const QJsonObject params = patch.value(QLatin1String("params")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it)
        body.insert(it.key(), it.value());
    const QJsonObject vecs = patch.value(QLatin1String("vectors")).toObject();
    for (auto it = vecs.begin(); it != vecs.end(); ++it) {
        const int si = spaceIndex(it.key());
        if (si < 0) {
            *error = QStringLiteral("vectors.%1: no such vector in the collection").arg(it.key());
            return false;
        }
        VectorSpace& s = m_spaces[size_t(si)];
        const QJsonObject diff = it.value().toObject();
        for (auto d = diff.begin(); d != diff.end(); ++d)
            s.params.insert(d.key(), d.value());
    }
    if (m_named) {
        QJsonObject named;
        for (const VectorSpace& s : m_spaces)
            named.insert(s.name, s.params);
        body.insert(QStringLiteral("vectors"), named);
    } else if (!m_spaces.empty()) {
        body.insert(QStringLiteral("vectors"), m_spaces.front().params);
    }
    m_body = body;
    return true;
}

int Collection::spaceIndex(const QString& name) const
{
    for (size_t i = 0; i < m_spaces.size(); ++i)
        if (m_spaces[i].name == name) return int(i);
    return -1;
}

bool Collection::parseVectors(const QJsonValue& v, const QString& path, VectorMap* out, QString* error) const
{
    auto readOne = [&](const QJsonValue& arr, const VectorSpace& s, const QString& p) -> bool {
        if (!arr.isArray()) {
            *error = p + QStringLiteral(": expected an array of numbers");
            return false;
        }
        const QJsonArray a = arr.toArray();
        if (a.size() != s.dim) {
            *error = QStringLiteral("Wrong input: Vector dimension error: expected dim: %1, got %2 (at %3)")
                         .arg(s.dim)
                         .arg(a.size())
                         .arg(p);
            return false;
        }
        std::vector<float> vec(size_t(s.dim));
        for (int i = 0; i < a.size(); ++i) {
            if (!a[i].isDouble()) {
                *error = p + QStringLiteral("[%1]: expected a number").arg(i);
                return false;
            }
            vec[size_t(i)] = float(a[i].toDouble());
        }
        if (s.distance == Distance::Cosine) normalise(&vec);
        out->insert(s.name, std::move(vec));
        return true;
    };
    if (v.isArray()) {
        if (m_named || m_spaces.empty()) {
            *error =
                path + QStringLiteral(": this collection has named vectors; send an object {name: vector}");
            return false;
        }
        return readOne(v, m_spaces.front(), path);
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const int si = spaceIndex(it.key());
            if (si < 0) {
                *error = QStringLiteral("Wrong input: Not existing vector name error: %1").arg(it.key());
                return false;
            }
            if (!readOne(it.value(), m_spaces[size_t(si)], path + QLatin1Char('.') + it.key())) return false;
        }
        return true;
    }
    *error = path + QStringLiteral(": expected a vector (array of numbers) or an object of named vectors");
    return false;
}

std::vector<float> Collection::prepareQuery(int space, std::vector<float> q) const
{
    if (m_spaces[size_t(space)].distance == Distance::Cosine) normalise(&q);
    return q;
}

void Collection::reservePoints(size_t needed)
{
    if (needed <= m_points.capacity()) return;
    // Grow by a quarter rather than doubling: resident memory stays close to the raw vector bytes.
    const size_t cap = std::max(needed, m_points.capacity() + m_points.capacity() / 4 + 16);
    m_points.reserve(cap);
    for (VectorSpace& s : m_spaces) {
        s.data.reserve(cap * size_t(s.dim));
        s.present.reserve(cap);
    }
}

int Collection::allocateSlot()
{
    if (!m_free.empty()) {
        const int s = m_free.back();
        m_free.pop_back();
        return s;
    }
    reservePoints(m_points.size() + 1);
    m_points.emplace_back();
    for (VectorSpace& s : m_spaces) {
        s.data.resize(s.data.size() + size_t(s.dim));
        s.present.push_back(0);
    }
    return int(m_points.size() - 1);
}

void Collection::indexAdd(int slot)
{
    for (auto& kv : m_indexes)
        kv.second->add(slot, m_points[size_t(slot)].payload);
}

void Collection::indexRemove(int slot)
{
    for (auto& kv : m_indexes)
        kv.second->remove(slot, m_points[size_t(slot)].payload);
}

void Collection::setPoint(int slot, const PointWrite& p, quint64 version)
{
    PointRecord& r = m_points[size_t(slot)];
    r.id = p.id;
    r.payload = p.payload;
    r.version = version;
    r.alive = true;
    for (VectorSpace& s : m_spaces) {
        const auto it = p.vectors.constFind(s.name);
        s.present[size_t(slot)] = it != p.vectors.constEnd();
        if (it != p.vectors.constEnd())
            std::copy(it->begin(), it->end(), s.data.begin() + ptrdiff_t(size_t(slot) * size_t(s.dim)));
    }
}

void Collection::upsert(const QList<PointWrite>& points, quint64 version)
{
    reservePoints(m_points.size() + size_t(points.size()));
    for (const PointWrite& p : points) {
        int slot;
        const auto it = m_ids.find(p.id);
        if (it != m_ids.end()) {
            slot = it->second;
            indexRemove(slot);
        } else {
            slot = allocateSlot();
            m_ids.emplace(p.id, slot);
        }
        setPoint(slot, p, version);
        indexAdd(slot);
    }
    m_version = std::max(m_version, version);
}

int Collection::remove(const QList<PointId>& ids, quint64 version)
{
    int removed = 0;
    for (const PointId& id : ids) {
        const auto it = m_ids.find(id);
        if (it == m_ids.end()) continue;
        const int slot = it->second;
        indexRemove(slot);
        m_points[size_t(slot)] = PointRecord();
        for (VectorSpace& s : m_spaces)
            s.present[size_t(slot)] = 0;
        m_free.push_back(slot);
        m_ids.erase(it);
        ++removed;
    }
    m_version = std::max(m_version, version);
    return removed;
}

namespace {
// set_payload with `key`: merge `payload` into the object found at that (dotted) path, creating it.
void mergeAtPath(QJsonObject* root, QStringList path, const QJsonObject& payload)
{
    if (path.isEmpty()) {
        for (auto it = payload.begin(); it != payload.end(); ++it)
            root->insert(it.key(), it.value());
        return;
    }
    const QString head = path.takeFirst();
    QJsonObject child = root->value(head).toObject();
    mergeAtPath(&child, path, payload);
    root->insert(head, child);
}
} // namespace

template <typename Change>
void Collection::updatePayloads(const QList<PointId>& ids, quint64 version, Change change)
{
    for (const PointId& id : ids) {
        const auto slot = slotOf(id);
        if (!slot) continue;
        indexRemove(*slot);
        PointRecord& r = m_points[size_t(*slot)];
        change(r.payload);
        r.version = version;
        indexAdd(*slot);
    }
    m_version = std::max(m_version, version);
}

void Collection::setPayload(const QList<PointId>& ids, const QJsonObject& payload, const QString& key,
                            quint64 version)
{
    const QStringList path = key.isEmpty() ? QStringList() : key.split(QLatin1Char('.'));
    updatePayloads(ids, version, [&](QJsonObject& p) { mergeAtPath(&p, path, payload); });
}

void Collection::overwritePayload(const QList<PointId>& ids, const QJsonObject& payload, quint64 version)
{
    updatePayloads(ids, version, [&](QJsonObject& p) { p = payload; });
}

void Collection::deletePayloadKeys(const QList<PointId>& ids, const QStringList& keys, quint64 version)
{
    updatePayloads(ids, version, [&](QJsonObject& payload) {
        for (const QString& k : keys) {
            const QStringList parts = k.split(QLatin1Char('.'));
            if (parts.size() == 1) {
                payload.remove(k);
                continue;
            }
            // Remove a nested key: walk down, then write the modified objects back up.
            QList<QJsonObject> chain{payload};
            for (int i = 0; i + 1 < parts.size(); ++i)
                chain.append(chain.last().value(parts[i]).toObject());
            chain.last().remove(parts.last());
            for (int i = int(parts.size()) - 2; i >= 0; --i)
                if (chain[i].contains(parts[i])) chain[i].insert(parts[i], chain[i + 1]);
            payload = chain.first();
        }
    });
}

void Collection::clearPayload(const QList<PointId>& ids, quint64 version)
{
    overwritePayload(ids, QJsonObject(), version);
}

void Collection::updateVectors(const QList<PointWrite>& points, quint64 version)
{
    for (const PointWrite& p : points) {
        const auto slot = slotOf(p.id);
        if (!slot) continue;
        for (VectorSpace& s : m_spaces) {
            const auto it = p.vectors.constFind(s.name);
            if (it == p.vectors.constEnd()) continue;
            s.present[size_t(*slot)] = 1;
            std::copy(it->begin(), it->end(), s.data.begin() + ptrdiff_t(size_t(*slot) * size_t(s.dim)));
        }
        m_points[size_t(*slot)].version = version;
    }
    m_version = std::max(m_version, version);
}

void Collection::deleteVectors(const QList<PointId>& ids, const QStringList& names, quint64 version)
{
    for (const PointId& id : ids) {
        const auto slot = slotOf(id);
        if (!slot) continue;
        for (VectorSpace& s : m_spaces)
            if (names.contains(s.name)) s.present[size_t(*slot)] = 0;
        m_points[size_t(*slot)].version = version;
    }
    m_version = std::max(m_version, version);
}

void Collection::createIndex(const QString& field, const QJsonValue& schema)
{
    auto ix = std::make_unique<PayloadIndex>(field, schema);
    for (const auto& kv : m_ids)
        ix->add(kv.second, m_points[size_t(kv.second)].payload);
    m_indexView.insert(field, ix.get());
    m_indexes[field] = std::move(ix);
}

bool Collection::deleteIndex(const QString& field)
{
    m_indexView.remove(field);
    return m_indexes.erase(field) > 0;
}

std::optional<int> Collection::slotOf(const PointId& id) const
{
    const auto it = m_ids.find(id);
    if (it == m_ids.end()) return std::nullopt;
    return it->second;
}

bool Collection::hasVector(int slot, const QString& name) const
{
    const int si = spaceIndex(name);
    return si >= 0 && m_spaces[size_t(si)].present[size_t(slot)];
}

QJsonObject Collection::payloadSchema() const
{
    QJsonObject o;
    for (const auto& kv : m_indexes)
        o.insert(kv.first, kv.second->info());
    return o;
}

std::vector<int> Collection::candidateSlots(const Filter& filter) const
{
    // Intersect what the indexes can tell about the top-level `must` conditions.
    std::optional<std::vector<int>> acc;
    for (const Condition& c : filter.mustConditions()) {
        std::optional<std::vector<int>> part;
        if (c.kind() == Condition::Kind::HasId) {
            std::vector<int> found;
            for (const QJsonValue& v : c.toJson().value(QLatin1String("has_id")).toArray())
                if (const auto s = slotOf(PointId::fromJson(v, nullptr))) found.push_back(*s);
            std::sort(found.begin(), found.end());
            part = found;
        } else if (const PayloadIndex* ix = m_indexView.value(c.key())) {
            part = ix->candidates(c);
        }
        if (!part) continue;
        if (!acc) {
            acc = std::move(part);
        } else {
            std::vector<int> both;
            std::set_intersection(acc->begin(), acc->end(), part->begin(), part->end(),
                                  std::back_inserter(both));
            acc = std::move(both);
        }
    }
    if (acc) return *acc;
    std::vector<int> all;
    all.reserve(m_ids.size());
    for (size_t s = 0; s < m_points.size(); ++s)
        if (m_points[s].alive) all.push_back(int(s));
    return all;
}

PointView Collection::viewOf(int slot) const
{
    const PointRecord& r = m_points[size_t(slot)];
    return PointView{&r.id, &r.payload, [this, slot](const QString& n) { return hasVector(slot, n); }};
}

std::vector<int> Collection::matching(const Filter* filter) const
{
    std::vector<int> out;
    if (!filter || filter->isEmpty()) {
        out.reserve(m_ids.size());
        for (const auto& kv : m_ids)
            out.push_back(kv.second);
        return out;
    }
    FilterEvaluator eval(*filter, m_indexView);
    for (int slot : candidateSlots(*filter)) {
        const PointView view = viewOf(slot);
        if (eval.matches(view)) out.push_back(slot);
    }
    std::sort(out.begin(), out.end(),
              [this](int a, int b) { return m_points[size_t(a)].id < m_points[size_t(b)].id; });
    return out;
}

std::vector<ScoredSlot> Collection::search(int space, const std::vector<float>& q, const Filter* filter,
                                           int top, std::optional<float> threshold) const
{
    const VectorSpace& s = m_spaces[size_t(space)];
    const bool larger = largerIsBetter(s.distance);
    auto better = [larger](const ScoredSlot& a, const ScoredSlot& b) {
        return larger ? a.score > b.score : a.score < b.score;
    };
    // Heap whose top is the worst kept result.
    std::priority_queue<ScoredSlot, std::vector<ScoredSlot>, decltype(better)> heap(better);
    auto consider = [&](int slot) {
        if (!s.present[size_t(slot)]) return;
        const float sc = score(s.distance, q.data(), s.at(slot), s.dim);
        if (threshold && !(larger ? sc > *threshold : sc < *threshold)) return;
        if (int(heap.size()) < top) {
            heap.push({slot, sc});
        } else if (better({slot, sc}, heap.top())) {
            heap.pop();
            heap.push({slot, sc});
        }
    };
    m_lastCandidates = 0;
    if (top <= 0) return {};
    if (!filter || filter->isEmpty()) {
        m_lastCandidates = m_ids.size();
        for (size_t slot = 0; slot < m_points.size(); ++slot)
            if (m_points[slot].alive) consider(int(slot));
    } else {
        FilterEvaluator eval(*filter, m_indexView);
        const std::vector<int> candidates = candidateSlots(*filter);
        m_lastCandidates = candidates.size();
        for (int slot : candidates) {
            const PointView view = viewOf(slot);
            if (eval.matches(view)) consider(slot);
        }
    }
    std::vector<ScoredSlot> out;
    out.reserve(heap.size());
    while (!heap.empty()) {
        out.push_back(heap.top());
        heap.pop();
    }
    std::reverse(out.begin(), out.end());
    // Ties keep a stable order by id so pages do not shuffle.
    std::stable_sort(out.begin(), out.end(), [&](const ScoredSlot& a, const ScoredSlot& b) {
        if (a.score != b.score) return better(a, b);
        return m_points[size_t(a.slot)].id < m_points[size_t(b.slot)].id;
    });
    return out;
}

QJsonValue Collection::vectorJson(int slot, const QJsonValue& selector) const
{
    auto arr = [&](const VectorSpace& s) {
        QJsonArray a;
        const float* v = s.at(slot);
        for (int i = 0; i < s.dim; ++i)
            a.append(jsonFloat(v[i]));
        return a;
    };
    if (!m_named) {
        if (m_spaces.empty() || !m_spaces.front().present[size_t(slot)]) return QJsonValue();
        return arr(m_spaces.front());
    }
    QJsonObject o;
    const QJsonArray names = selector.toArray();
    for (const VectorSpace& s : m_spaces) {
        if (selector.isArray() && !names.contains(QJsonValue(s.name))) continue;
        if (s.present[size_t(slot)]) o.insert(s.name, arr(s));
    }
    return o;
}

QJsonObject Collection::pointJson(int slot, const QJsonValue& withPayload, const QJsonValue& withVector) const
{
    const PointRecord& r = m_points[size_t(slot)];
    QJsonObject o{{QStringLiteral("id"), r.id.toJson()}};
    if (withPayload.isBool() ? withPayload.toBool() : !withPayload.isNull() && !withPayload.isUndefined()) {
        QJsonObject p = r.payload;
        if (withPayload.isArray() || withPayload.toObject().contains(QLatin1String("include"))) {
            const QJsonArray keys = withPayload.isArray()
                                        ? withPayload.toArray()
                                        : withPayload.toObject().value(QLatin1String("include")).toArray();
            QJsonObject picked;
            for (const QJsonValue& k : keys)
                if (p.contains(k.toString())) picked.insert(k.toString(), p.value(k.toString()));
            p = picked;
        } else if (withPayload.toObject().contains(QLatin1String("exclude"))) {
            for (const QJsonValue& k : withPayload.toObject().value(QLatin1String("exclude")).toArray())
                p.remove(k.toString());
        }
        o.insert(QStringLiteral("payload"), p);
    } else {
        o.insert(QStringLiteral("payload"), QJsonValue());
    }
    const bool wantVector = withVector.isBool() ? withVector.toBool() : withVector.isArray();
    o.insert(QStringLiteral("vector"), wantVector ? vectorJson(slot, withVector) : QJsonValue());
    return o;
}

} // namespace vd::engine
