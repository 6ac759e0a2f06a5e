#pragma once
// In-memory state of one collection: its configuration, points (id, payload, version), one contiguous
// float array per vector space, and its payload indexes. It knows nothing about HTTP or files: the Engine
// validates requests, logs them, then calls the mutators here (the same calls replay the log on start).
#include "FilterEvaluator.h"
#include "PayloadIndex.h"
#include "qdrant/Filter.h"
#include "qdrant/PointId.h"

#include <QHash>
#include <QJsonObject>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace vd::engine {

enum class Distance { Cosine, Dot, Euclid, Manhattan };
std::optional<Distance> distanceFromName(const QString& name);
// The double whose shortest decimal form is the float's, so 0.6f is written as 0.6 (as Qdrant writes f32).
double jsonFloat(float f);
QString distanceName(Distance d);
// Cosine and Dot: larger is better; Euclid and Manhattan: the score is a distance, smaller is better.
inline bool largerIsBetter(Distance d)
{
    return d == Distance::Cosine || d == Distance::Dot;
}

struct VectorSpace
{
    QString name; // empty for the single unnamed vector
    int dim = 0;
    Distance distance = Distance::Cosine;
    QJsonObject params; // VectorParams as configured
    std::vector<float> data;
    std::vector<quint8> present;
    const float* at(int slot) const { return data.data() + size_t(slot) * size_t(dim); }
};

using VectorMap = QHash<QString, std::vector<float>>;

struct PointWrite
{
    PointId id;
    VectorMap vectors;
    QJsonObject payload;
};

struct PointRecord
{
    PointId id;
    QJsonObject payload;
    quint64 version = 0;
    bool alive = false;
};

struct ScoredSlot
{
    int slot;
    float score;
};

class Collection
{
public:
    // Builds an empty collection from a CreateCollection body; on failure sets *error to "<field>:
    // <problem>".
    static std::unique_ptr<Collection> create(const QString& name, const QJsonObject& body, QString* error);

    QString name() const { return m_name; }
    void setName(const QString& n) { m_name = n; }
    const QJsonObject& createBody() const { return m_body; }
    QJsonObject configJson() const;
    // Applies an UpdateCollection body (params, hnsw_config, optimizers_config, vectors, metadata...).
    bool updateConfig(const QJsonObject& patch, QString* error);

    bool namedVectors() const { return m_named; }
    const std::vector<VectorSpace>& spaces() const { return m_spaces; }
    int spaceIndex(const QString& name) const;

    // Parses a VectorStruct (array, or object of named vectors) and checks names and dimensions.
    // Cosine vectors are normalised here, so every stored and logged vector is already final.
    bool parseVectors(const QJsonValue& v, const QString& path, VectorMap* out, QString* error) const;
    // Normalises a query vector for the space when its distance is Cosine.
    std::vector<float> prepareQuery(int space, std::vector<float> q) const;

    // Mutations. Ids are concrete (filters were resolved before logging).
    void upsert(const QList<PointWrite>& points, quint64 version);
    int remove(const QList<PointId>& ids, quint64 version);
    void setPayload(const QList<PointId>& ids, const QJsonObject& payload, const QString& key,
                    quint64 version);
    void overwritePayload(const QList<PointId>& ids, const QJsonObject& payload, quint64 version);
    void deletePayloadKeys(const QList<PointId>& ids, const QStringList& keys, quint64 version);
    void clearPayload(const QList<PointId>& ids, quint64 version);
    void updateVectors(const QList<PointWrite>& points, quint64 version);
    void deleteVectors(const QList<PointId>& ids, const QStringList& names, quint64 version);
    void createIndex(const QString& field, const QJsonValue& schema);
    bool deleteIndex(const QString& field);

    // Reads.
    int pointCount() const { return int(m_ids.size()); }
    const std::map<PointId, int>& ids() const { return m_ids; }
    const PointRecord& record(int slot) const { return m_points[size_t(slot)]; }
    std::optional<int> slotOf(const PointId& id) const;
    bool hasVector(int slot, const QString& name) const;
    const QHash<QString, PayloadIndex*>& indexes() const { return m_indexView; }
    QJsonObject payloadSchema() const;

    // Slots matching `filter` (all live points without one), ascending by point id.
    std::vector<int> matching(const Filter* filter) const;
    // Exact nearest neighbours: the best `top` points of `space` for query `q`, optionally filtered and
    // cut by the threshold (strictly better than it), best first.
    std::vector<ScoredSlot> search(int space, const std::vector<float>& q, const Filter* filter, int top,
                                   std::optional<float> threshold) const;

    // Record / ScoredPoint JSON with Qdrant's with_payload and with_vector selectors.
    QJsonObject pointJson(int slot, const QJsonValue& withPayload, const QJsonValue& withVector) const;
    QJsonValue vectorJson(int slot, const QJsonValue& selector) const;
    // How many points the last search() examined (filter evaluated or vector scored): shows whether the
    // payload indexes narrowed the candidates.
    quint64 lastCandidateCount() const { return m_lastCandidates; }
    quint64 version() const { return m_version; }
    void setVersion(quint64 v) { m_version = v; }

private:
    Collection() = default;
    int allocateSlot();
    void setPoint(int slot, const PointWrite& p, quint64 version);
    void indexAdd(int slot);
    void indexRemove(int slot);
    void reservePoints(size_t needed);
    std::vector<int> candidateSlots(const Filter& filter) const;
    PointView viewOf(int slot) const; // what FilterEvaluator sees of a point
    // Applies `change` to each existing point's payload, keeping the payload indexes in step.
    template <typename Change> void updatePayloads(const QList<PointId>& ids, quint64 version, Change change);

    QString m_name;
    QJsonObject m_body;
    bool m_named = false;
    std::vector<VectorSpace> m_spaces;
    std::vector<PointRecord> m_points;
    std::vector<int> m_free;
    std::map<PointId, int> m_ids;
    std::map<QString, std::unique_ptr<PayloadIndex>> m_indexes;
    QHash<QString, PayloadIndex*> m_indexView;
    quint64 m_version = 0;
    mutable quint64 m_lastCandidates = 0;
};

} // namespace vd::engine
