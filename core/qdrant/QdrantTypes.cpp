#include "QdrantTypes.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace vd {

QVersionNumber featureVersion(Feature f)
{
    switch (f) {
    case Feature::CollectionExists:
        return QVersionNumber(1, 8);
    case Feature::DatetimeIndex:
        return QVersionNumber(1, 8);
    case Feature::QueryApi:
        return QVersionNumber(1, 10);
    case Feature::IsTenant:
        return QVersionNumber(1, 11);
    case Feature::UuidIndex:
        return QVersionNumber(1, 11);
    case Feature::Facet:
        return QVersionNumber(1, 12);
    case Feature::HasVector:
        return QVersionNumber(1, 13);
    case Feature::TextAny:
        return QVersionNumber(1, 16);
    case Feature::MemoryPlacement:
        return QVersionNumber(1, 19);
    case Feature::KeywordPrefix:
        return QVersionNumber(1, 19);
    }
    return QVersionNumber();
}

QString featureName(Feature f)
{
    switch (f) {
    case Feature::CollectionExists:
        return QStringLiteral("collection exists endpoint");
    case Feature::DatetimeIndex:
        return QStringLiteral("datetime index");
    case Feature::QueryApi:
        return QStringLiteral("query API");
    case Feature::IsTenant:
        return QStringLiteral("is_tenant");
    case Feature::UuidIndex:
        return QStringLiteral("uuid index");
    case Feature::Facet:
        return QStringLiteral("facet");
    case Feature::HasVector:
        return QStringLiteral("has_vector");
    case Feature::TextAny:
        return QStringLiteral("text_any");
    case Feature::MemoryPlacement:
        return QStringLiteral("memory placement");
    case Feature::KeywordPrefix:
        return QStringLiteral("keyword prefix");
    }
    return QString();
}

namespace {
bool serverAtLeast(const QVersionNumber& server, Feature f)
{
    return server.isNull() || server >= featureVersion(f); // unknown version: assume current
}
QString memoryName(Memory m)
{
    switch (m) {
    case Memory::Cold:
        return QStringLiteral("cold");
    case Memory::Cached:
        return QStringLiteral("cached");
    case Memory::Pinned:
        return QStringLiteral("pinned");
    case Memory::Default:
        break;
    }
    return QString();
}
void putMemory(QJsonObject* o, Memory m, const QVersionNumber& server)
{
    if (m == Memory::Default) return;
    if (serverAtLeast(server, Feature::MemoryPlacement))
        o->insert(QStringLiteral("memory"), memoryName(m));
    else
        o->insert(QStringLiteral("on_disk"), m == Memory::Cold);
}
void putOpt(QJsonObject* o, const char* key, const std::optional<bool>& v)
{
    if (v) o->insert(QLatin1String(key), *v);
}
void putOpt(QJsonObject* o, const char* key, const std::optional<int>& v)
{
    if (v) o->insert(QLatin1String(key), *v);
}
} // namespace

std::optional<QJsonValue> PayloadIndexSpec::toJson(const QVersionNumber& server, QString* error) const
{
    static const QStringList types = {QStringLiteral("keyword"), QStringLiteral("integer"),
                                      QStringLiteral("float"),   QStringLiteral("bool"),
                                      QStringLiteral("geo"),     QStringLiteral("datetime"),
                                      QStringLiteral("text"),    QStringLiteral("uuid")};
    if (!types.contains(type)) {
        *error =
            tr("field_schema.type: expected one of %1, got '%2'").arg(types.join(QStringLiteral(", ")), type);
        return std::nullopt;
    }
    auto needs = [&](Feature f, const QString& what) {
        if (serverAtLeast(server, f)) return true;
        *error = tr("%1 needs Qdrant %2 or newer; this server is %3")
                     .arg(what, featureVersion(f).toString(), server.toString());
        return false;
    };
    if (type == QLatin1String("datetime") && !needs(Feature::DatetimeIndex, tr("a datetime index")))
        return std::nullopt;
    if (type == QLatin1String("uuid") && !needs(Feature::UuidIndex, tr("a uuid index"))) return std::nullopt;
    if (isTenant && *isTenant && !needs(Feature::IsTenant, QStringLiteral("is_tenant"))) return std::nullopt;
    if (prefix && *prefix && !needs(Feature::KeywordPrefix, tr("keyword prefix matching")))
        return std::nullopt;
    auto onlyFor = [&](bool set, const QStringList& allowed, const char* field) {
        if (!set || allowed.contains(type)) return true;
        *error = tr("field_schema.%1: not a parameter of a %2 index").arg(QLatin1String(field), type);
        return false;
    };
    const QStringList text{QStringLiteral("text")};
    if (!onlyFor(bool(isTenant), {QStringLiteral("keyword"), QStringLiteral("uuid")}, "is_tenant") ||
        !onlyFor(bool(prefix), {QStringLiteral("keyword")}, "prefix") ||
        !onlyFor(bool(lookup), {QStringLiteral("integer")}, "lookup") ||
        !onlyFor(bool(range), {QStringLiteral("integer")}, "range") ||
        !onlyFor(bool(isPrincipal),
                 {QStringLiteral("integer"), QStringLiteral("float"), QStringLiteral("datetime")},
                 "is_principal") ||
        !onlyFor(!tokenizer.isEmpty(), text, "tokenizer") ||
        !onlyFor(bool(minTokenLen), text, "min_token_len") ||
        !onlyFor(bool(maxTokenLen), text, "max_token_len") || !onlyFor(bool(lowercase), text, "lowercase") ||
        !onlyFor(bool(asciiFolding), text, "ascii_folding") ||
        !onlyFor(bool(phraseMatching), text, "phrase_matching") ||
        !onlyFor(!stopwords.isUndefined() && !stopwords.isNull(), text, "stopwords") ||
        !onlyFor(!stemmer.isUndefined() && !stemmer.isNull(), text, "stemmer"))
        return std::nullopt;
    if (!tokenizer.isEmpty() && !QStringList{QStringLiteral("word"), QStringLiteral("whitespace"),
                                             QStringLiteral("prefix"), QStringLiteral("multilingual")}
                                     .contains(tokenizer)) {
        *error = tr("field_schema.tokenizer: expected word, whitespace, prefix or multilingual");
        return std::nullopt;
    }
    if (minTokenLen && maxTokenLen && *minTokenLen > *maxTokenLen) {
        *error = tr("field_schema.min_token_len: must not exceed max_token_len");
        return std::nullopt;
    }
    QJsonObject o{{QStringLiteral("type"), type}};
    putOpt(&o, "is_tenant", isTenant);
    putOpt(&o, "prefix", prefix);
    putOpt(&o, "lookup", lookup);
    putOpt(&o, "range", range);
    putOpt(&o, "is_principal", isPrincipal);
    if (!tokenizer.isEmpty()) o.insert(QStringLiteral("tokenizer"), tokenizer);
    putOpt(&o, "min_token_len", minTokenLen);
    putOpt(&o, "max_token_len", maxTokenLen);
    putOpt(&o, "lowercase", lowercase);
    putOpt(&o, "ascii_folding", asciiFolding);
    putOpt(&o, "phrase_matching", phraseMatching);
    if (!stopwords.isUndefined() && !stopwords.isNull()) o.insert(QStringLiteral("stopwords"), stopwords);
    if (!stemmer.isUndefined() && !stemmer.isNull()) o.insert(QStringLiteral("stemmer"), stemmer);
    putOpt(&o, "enable_hnsw", enableHnsw);
    putMemory(&o, memory, server);
    if (o.size() == 1) return QJsonValue(type); // the short form, understood by every version
    return QJsonValue(o);
}

std::optional<PayloadIndexSpec> PayloadIndexSpec::fromJson(const QJsonValue& schema, QString* error)
{
    PayloadIndexSpec s;
    if (schema.isString()) {
        s.type = schema.toString();
        return s;
    }
    if (!schema.isObject()) {
        *error = tr("field_schema: expected a type name or an object");
        return std::nullopt;
    }
    const QJsonObject o = schema.toObject();
    s.type = o.value(QLatin1String("type")).toString();
    auto b = [&](const char* k, std::optional<bool>* out) {
        if (o.value(QLatin1String(k)).isBool()) *out = o.value(QLatin1String(k)).toBool();
    };
    auto i = [&](const char* k, std::optional<int>* out) {
        if (o.value(QLatin1String(k)).isDouble()) *out = o.value(QLatin1String(k)).toInt();
    };
    b("is_tenant", &s.isTenant);
    b("prefix", &s.prefix);
    b("lookup", &s.lookup);
    b("range", &s.range);
    b("is_principal", &s.isPrincipal);
    s.tokenizer = o.value(QLatin1String("tokenizer")).toString();
    i("min_token_len", &s.minTokenLen);
    i("max_token_len", &s.maxTokenLen);
    b("lowercase", &s.lowercase);
    b("ascii_folding", &s.asciiFolding);
    b("phrase_matching", &s.phraseMatching);
    s.stopwords = o.value(QLatin1String("stopwords"));
    s.stemmer = o.value(QLatin1String("stemmer"));
    b("enable_hnsw", &s.enableHnsw);
    const QString mem = o.value(QLatin1String("memory")).toString();
    if (mem == QLatin1String("cold") || o.value(QLatin1String("on_disk")).toBool())
        s.memory = Memory::Cold;
    else if (mem == QLatin1String("cached"))
        s.memory = Memory::Cached;
    else if (mem == QLatin1String("pinned"))
        s.memory = Memory::Pinned;
    return s;
}

std::optional<QJsonObject> CollectionSpec::toJson(const QVersionNumber& server, QString* error) const
{
    static const QStringList distances = {QStringLiteral("Cosine"), QStringLiteral("Dot"),
                                          QStringLiteral("Euclid"), QStringLiteral("Manhattan")};
    if (vectors.isEmpty()) {
        *error = tr("vectors: at least one vector is required");
        return std::nullopt;
    }
    const bool named = vectors.size() > 1 || !vectors.first().name.isEmpty();
    QJsonObject namedObj;
    QJsonObject single;
    for (int i = 0; i < vectors.size(); ++i) {
        const VectorSpec& v = vectors[i];
        const QString at = named ? QStringLiteral("vectors.%1").arg(v.name) : QStringLiteral("vectors");
        if (named && v.name.isEmpty()) {
            *error = tr("vectors[%1].name: every vector needs a name when there are several").arg(i);
            return std::nullopt;
        }
        if (v.size < 1 || v.size > 65536) {
            *error = tr("%1.size: expected 1 to 65536, got %2").arg(at).arg(v.size);
            return std::nullopt;
        }
        if (!distances.contains(v.distance)) {
            *error =
                tr("%1.distance: expected Cosine, Dot, Euclid or Manhattan, got '%2'").arg(at, v.distance);
            return std::nullopt;
        }
        QJsonObject p{{QStringLiteral("size"), v.size}, {QStringLiteral("distance"), v.distance}};
        putMemory(&p, v.memory, server);
        if (!v.datatype.isEmpty()) p.insert(QStringLiteral("datatype"), v.datatype);
        if (named)
            namedObj.insert(v.name, p);
        else
            single = p;
    }
    QJsonObject body{{QStringLiteral("vectors"), named ? namedObj : single}};
    auto positive = [&](const char* key, const std::optional<int>& v, int min) {
        if (!v) return true;
        if (*v < min) {
            *error = tr("%1: expected at least %2, got %3").arg(QLatin1String(key)).arg(min).arg(*v);
            return false;
        }
        return true;
    };
    if (!positive("shard_number", shardNumber, 1) || !positive("replication_factor", replicationFactor, 1) ||
        !positive("write_consistency_factor", writeConsistencyFactor, 1) ||
        !positive("hnsw_config.m", hnswM, 0) || !positive("hnsw_config.ef_construct", hnswEfConstruct, 4) ||
        !positive("hnsw_config.full_scan_threshold", hnswFullScanThreshold, 0) ||
        !positive("optimizers_config.indexing_threshold", indexingThreshold, 0))
        return std::nullopt;
    putOpt(&body, "shard_number", shardNumber);
    putOpt(&body, "replication_factor", replicationFactor);
    putOpt(&body, "write_consistency_factor", writeConsistencyFactor);
    putOpt(&body, "on_disk_payload", onDiskPayload);
    QJsonObject hnsw;
    putOpt(&hnsw, "m", hnswM);
    putOpt(&hnsw, "ef_construct", hnswEfConstruct);
    putOpt(&hnsw, "full_scan_threshold", hnswFullScanThreshold);
    putOpt(&hnsw, "on_disk", hnswOnDisk);
    if (!hnsw.isEmpty()) body.insert(QStringLiteral("hnsw_config"), hnsw);
    if (!quantization.isEmpty()) {
        QJsonObject q;
        if (quantization == QLatin1String("scalar"))
            q = QJsonObject{
                {QStringLiteral("scalar"), QJsonObject{{QStringLiteral("type"), QStringLiteral("int8")}}}};
        else if (quantization == QLatin1String("binary"))
            q = QJsonObject{{QStringLiteral("binary"), QJsonObject()}};
        else if (quantization == QLatin1String("product"))
            q = QJsonObject{{QStringLiteral("product"),
                             QJsonObject{{QStringLiteral("compression"), QStringLiteral("x16")}}}};
        else {
            *error =
                tr("quantization_config: expected scalar, binary or product, got '%1'").arg(quantization);
            return std::nullopt;
        }
        if (quantizationAlwaysRam) {
            QJsonObject inner = q.begin().value().toObject();
            inner.insert(QStringLiteral("always_ram"), *quantizationAlwaysRam);
            q.insert(q.begin().key(), inner);
        }
        body.insert(QStringLiteral("quantization_config"), q);
    }
    if (!positive("optimizers_config.default_segment_number", defaultSegmentNumber, 0) ||
        !positive("optimizers_config.max_segment_size", maxSegmentSize, 1) ||
        !positive("optimizers_config.flush_interval_sec", flushIntervalSec, 0) ||
        !positive("optimizers_config.vacuum_min_vector_number", vacuumMinVectorNumber, 100))
        return std::nullopt;
    if (deletedThreshold && (*deletedThreshold < 0 || *deletedThreshold > 1)) {
        *error = tr("optimizers_config.deleted_threshold: expected 0 to 1, got %1").arg(*deletedThreshold);
        return std::nullopt;
    }
    QJsonObject optimizers;
    putOpt(&optimizers, "indexing_threshold", indexingThreshold);
    putOpt(&optimizers, "default_segment_number", defaultSegmentNumber);
    putOpt(&optimizers, "max_segment_size", maxSegmentSize);
    putOpt(&optimizers, "flush_interval_sec", flushIntervalSec);
    putOpt(&optimizers, "vacuum_min_vector_number", vacuumMinVectorNumber);
    if (deletedThreshold) optimizers.insert(QStringLiteral("deleted_threshold"), *deletedThreshold);
    if (!optimizers.isEmpty()) body.insert(QStringLiteral("optimizers_config"), optimizers);
    if (!metadata.isEmpty()) body.insert(QStringLiteral("metadata"), metadata);
    return body;
}

namespace {
QJsonValue queryValue(const QueryRequest& r)
{
    if (const auto* v = std::get_if<QVector<float>>(&r.query)) {
        QJsonArray a;
        for (float x : *v)
            a.append(double(x));
        return a;
    }
    if (const auto* id = std::get_if<PointId>(&r.query)) return id->toJson();
    return QJsonValue();
}
} // namespace

QJsonObject QueryRequest::toJson() const
{
    QJsonObject o;
    const QJsonValue q = queryValue(*this);
    if (!q.isNull()) o.insert(QStringLiteral("query"), q);
    if (!vectorName.isEmpty()) o.insert(QStringLiteral("using"), vectorName);
    if (filter && !filter->isEmpty()) o.insert(QStringLiteral("filter"), filter->toJson());
    if (scoreThreshold) o.insert(QStringLiteral("score_threshold"), *scoreThreshold);
    o.insert(QStringLiteral("limit"), limit);
    if (offset > 0) o.insert(QStringLiteral("offset"), offset);
    o.insert(QStringLiteral("with_payload"), withPayload);
    o.insert(QStringLiteral("with_vector"), withVector);
    QJsonObject params;
    if (exact) params.insert(QStringLiteral("exact"), *exact);
    if (hnswEf) params.insert(QStringLiteral("hnsw_ef"), *hnswEf);
    if (!params.isEmpty()) o.insert(QStringLiteral("params"), params);
    return o;
}

std::optional<QJsonObject> QueryRequest::toLegacySearchJson(QString* error) const
{
    const auto* v = std::get_if<QVector<float>>(&query);
    if (!v) {
        *error = QCoreApplication::translate(
            "QueryRequest",
            "servers before Qdrant 1.10 can only search by vector (no point-id or empty query)");
        return std::nullopt;
    }
    QJsonObject o = toJson();
    o.remove(QStringLiteral("query"));
    o.remove(QStringLiteral("using"));
    const QJsonValue vec = queryValue(*this);
    if (vectorName.isEmpty())
        o.insert(QStringLiteral("vector"), vec);
    else
        o.insert(QStringLiteral("vector"),
                 QJsonObject{{QStringLiteral("name"), vectorName}, {QStringLiteral("vector"), vec}});
    return o;
}

void PointSelector::writeTo(QJsonObject* body) const
{
    if (filter) {
        body->insert(QStringLiteral("filter"), filter->toJson());
        return;
    }
    QJsonArray a;
    for (const PointId& id : ids)
        a.append(id.toJson());
    body->insert(QStringLiteral("points"), a);
}

std::optional<Record> Record::fromJson(const QJsonValue& v, QString* error)
{
    const QJsonObject o = v.toObject();
    Record r;
    QString why;
    r.id = PointId::fromJson(o.value(QLatin1String("id")), &why);
    if (!v.isObject() || !r.id.isValid()) {
        *error = QStringLiteral("point.id: %1")
                     .arg(why.isEmpty() ? QStringLiteral("expected a point object") : why);
        return std::nullopt;
    }
    r.payload = o.value(QLatin1String("payload")).toObject();
    r.vector = o.value(QLatin1String("vector"));
    r.score = o.value(QLatin1String("score")).toDouble();
    return r;
}

std::optional<ScrollPage> ScrollPage::fromJson(const QJsonValue& v, QString* error)
{
    if (!v.isObject() || !v.toObject().value(QLatin1String("points")).isArray()) {
        *error = QStringLiteral("scroll result: expected {\"points\": [...]}");
        return std::nullopt;
    }
    ScrollPage page;
    for (const QJsonValue& p : v.toObject().value(QLatin1String("points")).toArray()) {
        auto r = Record::fromJson(p, error);
        if (!r) return std::nullopt;
        page.points.append(*r);
    }
    const QJsonValue next = v.toObject().value(QLatin1String("next_page_offset"));
    if (!next.isNull() && !next.isUndefined()) {
        QString why;
        const PointId id = PointId::fromJson(next, &why);
        if (!id.isValid()) {
            *error = QStringLiteral("next_page_offset: %1").arg(why);
            return std::nullopt;
        }
        page.nextOffset = id;
    }
    return page;
}

std::optional<CollectionInfo> CollectionInfo::fromJson(const QJsonValue& v, QString* error)
{
    const QJsonObject o = v.toObject();
    if (!v.isObject() || !o.value(QLatin1String("config")).isObject()) {
        *error = QStringLiteral("collection info: expected an object with `config`");
        return std::nullopt;
    }
    CollectionInfo c;
    c.status = o.value(QLatin1String("status")).toString();
    const QJsonValue opt = o.value(QLatin1String("optimizer_status"));
    c.optimizerStatus =
        opt.isString() ? opt.toString() : opt.toObject().value(QLatin1String("error")).toString();
    c.pointsCount = o.value(QLatin1String("points_count")).toInteger(-1);
    c.indexedVectorsCount = o.value(QLatin1String("indexed_vectors_count")).toInteger(-1);
    c.segmentsCount = o.value(QLatin1String("segments_count")).toInt();
    c.config = o.value(QLatin1String("config")).toObject();
    const QJsonObject vectors =
        c.config.value(QLatin1String("params")).toObject().value(QLatin1String("vectors")).toObject();
    auto vectorFrom = [](const QString& name, const QJsonObject& p) {
        VectorSpec s;
        s.name = name;
        s.size = p.value(QLatin1String("size")).toInt();
        s.distance = p.value(QLatin1String("distance")).toString();
        s.datatype = p.value(QLatin1String("datatype")).toString();
        const QString mem = p.value(QLatin1String("memory")).toString();
        s.memory = mem == QLatin1String("cold") || p.value(QLatin1String("on_disk")).toBool() ? Memory::Cold
                   : mem == QLatin1String("cached")                                           ? Memory::Cached
                                                    : Memory::Default;
        return s;
    };
    if (vectors.contains(QLatin1String("size")))
        c.vectors.append(vectorFrom(QString(), vectors));
    else
        for (auto it = vectors.begin(); it != vectors.end(); ++it)
            c.vectors.append(vectorFrom(it.key(), it.value().toObject()));
    const QJsonObject schema = o.value(QLatin1String("payload_schema")).toObject();
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        c.payloadSchema.insert(it.key(), PayloadIndexInfo{s.value(QLatin1String("data_type")).toString(),
                                                          s.value(QLatin1String("params")).toObject(),
                                                          s.value(QLatin1String("points")).toInteger()});
    }
    return c;
}

std::optional<SnapshotDescription> SnapshotDescription::fromJson(const QJsonValue& v, QString* error)
{
    const QJsonObject o = v.toObject();
    if (!v.isObject() || !o.value(QLatin1String("name")).isString()) {
        *error = QStringLiteral("snapshot: expected an object with `name`");
        return std::nullopt;
    }
    return SnapshotDescription{
        o.value(QLatin1String("name")).toString(), o.value(QLatin1String("creation_time")).toString(),
        o.value(QLatin1String("size")).toInteger(), o.value(QLatin1String("checksum")).toString()};
}

QList<MetricSample> parsePrometheusText(const QByteArray& text, QString* error)
{
    QList<MetricSample> out;
    static const QRegularExpression line(
        QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})?\\s+([^\\s]+)(\\s+-?\\d+)?$"));
    static const QRegularExpression label(
        QStringLiteral("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\""));
    int n = 0;
    for (const QByteArray& raw : text.split('\n')) {
        ++n;
        const QString l = QString::fromUtf8(raw).trimmed();
        if (l.isEmpty() || l.startsWith(QLatin1Char('#'))) continue;
        const auto m = line.match(l);
        if (!m.hasMatch()) {
            *error =
                QStringLiteral("metrics line %1: not in Prometheus text format: %2").arg(n).arg(l.left(80));
            return {};
        }
        MetricSample s;
        s.name = m.captured(1);
        auto it = label.globalMatch(m.captured(3));
        while (it.hasNext()) {
            const auto lm = it.next();
            QString value = lm.captured(2);
            value.replace(QLatin1String("\\\""), QLatin1String("\""))
                .replace(QLatin1String("\\n"), QLatin1String("\n"))
                .replace(QLatin1String("\\\\"), QLatin1String("\\"));
            s.labels.insert(lm.captured(1), value);
        }
        const QString val = m.captured(4);
        bool ok = true;
        if (val == QLatin1String("+Inf"))
            s.value = std::numeric_limits<double>::infinity();
        else if (val == QLatin1String("-Inf"))
            s.value = -std::numeric_limits<double>::infinity();
        else if (val == QLatin1String("NaN"))
            s.value = std::numeric_limits<double>::quiet_NaN();
        else
            s.value = val.toDouble(&ok);
        if (!ok) {
            *error = QStringLiteral("metrics line %1: '%2' is not a number").arg(n).arg(val);
            return {};
        }
        out.append(s);
    }
    return out;
}

QString payloadValueText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

std::optional<Filter> parseFilterText(const QByteArray& json, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = QStringLiteral("filter: invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString());
        return std::nullopt;
    }
    FilterError fe;
    auto f = Filter::fromJson(doc.object(), &fe);
    if (!doc.isObject()) {
        *error = QStringLiteral("filter: expected a JSON object");
        return std::nullopt;
    }
    if (!f) *error = fe.toString();
    return f;
}

} // namespace vd
