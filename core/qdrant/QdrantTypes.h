#pragma once
// Typed requests and results of the Qdrant API. Builders check their inputs and say which field is wrong;
// toJson(version) writes what that server version understands (e.g. `memory` from 1.19, `on_disk` before).
#include "Filter.h"
#include "PointId.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QVersionNumber>
#include <optional>
#include <variant>

namespace vd {

enum class Feature {
    CollectionExists,
    DatetimeIndex,
    QueryApi,
    IsTenant,
    UuidIndex,
    Facet,
    HasVector,
    TextAny,
    MemoryPlacement,
    KeywordPrefix
};
QVersionNumber featureVersion(Feature f);
QString featureName(Feature f);

// Memory placement from 1.19 (`memory`); older servers get `on_disk` = (memory == cold).
enum class Memory { Default, Cold, Cached, Pinned };

struct PayloadIndexSpec
{
    Q_DECLARE_TR_FUNCTIONS(PayloadIndexSpec)
public:
    QString type;                         // keyword, integer, float, bool, geo, datetime, text, uuid
    std::optional<bool> isTenant, prefix; // keyword (prefix 1.19+), uuid (is_tenant)
    std::optional<bool> lookup, range, isPrincipal; // integer (is_principal also float/datetime)
    QString tokenizer;                              // text: word, whitespace, prefix, multilingual
    std::optional<int> minTokenLen, maxTokenLen;
    std::optional<bool> lowercase, asciiFolding, phraseMatching;
    QJsonValue stopwords; // "english" or {"languages": [...], "custom": [...]}
    QJsonValue stemmer;   // {"type": "snowball", "language": "english"}
    std::optional<bool> enableHnsw;
    Memory memory = Memory::Default;

    // The field_schema value for this server version, or an error naming the field.
    std::optional<QJsonValue> toJson(const QVersionNumber& server, QString* error) const;
    static std::optional<PayloadIndexSpec> fromJson(const QJsonValue& schema, QString* error);
};

struct VectorSpec
{
    QString name; // empty: the single unnamed vector
    int size = 0;
    QString distance = QStringLiteral("Cosine");
    Memory memory = Memory::Default;
    QString datatype; // float32 (default), float16, uint8
};

struct CollectionSpec
{
    Q_DECLARE_TR_FUNCTIONS(CollectionSpec)
public:
    QList<VectorSpec> vectors;
    std::optional<int> shardNumber, replicationFactor, writeConsistencyFactor;
    std::optional<bool> onDiskPayload;
    std::optional<int> hnswM, hnswEfConstruct, hnswFullScanThreshold;
    std::optional<bool> hnswOnDisk;
    QString quantization; // "", "scalar", "binary", "product"
    std::optional<bool> quantizationAlwaysRam;
    // optimizers_config
    std::optional<int> indexingThreshold, defaultSegmentNumber, maxSegmentSize, flushIntervalSec,
        vacuumMinVectorNumber;
    std::optional<double> deletedThreshold;
    QJsonObject metadata;

    std::optional<QJsonObject> toJson(const QVersionNumber& server, QString* error) const;
};

struct QueryRequest
{
    std::variant<std::monostate, QVector<float>, PointId> query;
    QString vectorName;
    std::optional<Filter> filter;
    std::optional<double> scoreThreshold;
    int limit = 10;
    int offset = 0;
    QJsonValue withPayload = false;
    QJsonValue withVector = false;
    std::optional<bool> exact;
    std::optional<int> hnswEf;

    QJsonObject toJson() const;                                          // /points/query (1.10+)
    std::optional<QJsonObject> toLegacySearchJson(QString* error) const; // /points/search (before 1.10)
};

struct PointSelector
{
    QList<PointId> ids;
    std::optional<Filter> filter;
    void writeTo(QJsonObject* body) const;
};

struct Record
{
    PointId id;
    QJsonObject payload;
    QJsonValue vector;
    double score = 0; // ScoredPoint only
    static std::optional<Record> fromJson(const QJsonValue& v, QString* error);
};

struct ScrollPage
{
    QList<Record> points;
    std::optional<PointId> nextOffset;
    static std::optional<ScrollPage> fromJson(const QJsonValue& v, QString* error);
};

struct PayloadIndexInfo
{
    QString dataType;
    QJsonObject params;
    qint64 points = 0;
};

struct CollectionInfo
{
    QString status;          // green, yellow, grey, red
    QString optimizerStatus; // "ok" or the error text
    qint64 pointsCount = -1;
    qint64 indexedVectorsCount = -1;
    int segmentsCount = 0;
    QJsonObject config;
    QList<VectorSpec> vectors;
    QMap<QString, PayloadIndexInfo> payloadSchema;
    static std::optional<CollectionInfo> fromJson(const QJsonValue& v, QString* error);
};

struct SnapshotDescription
{
    QString name;
    QString creationTime;
    qint64 size = 0;
    QString checksum;
    static std::optional<SnapshotDescription> fromJson(const QJsonValue& v, QString* error);
};

// Prometheus text exposition format (what /metrics returns).
struct MetricSample
{
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
};
QList<MetricSample> parsePrometheusText(const QByteArray& text, QString* error);

// A payload value as one cell of text (tables, CSV): strings as they are, numbers in full precision,
// true/false, arrays and objects as compact JSON, nothing for null.
QString payloadValueText(const QJsonValue& v);

// Filters typed by users (CLI --filter, the GUI's raw editor) go through this before anything is sent.
std::optional<Filter> parseFilterText(const QByteArray& json, QString* error);

} // namespace vd
