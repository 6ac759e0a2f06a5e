#include "RestApi.h"

#include "common/Logging.h"

#include <QCborArray>
#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryFile>
#include <QThread>
#include <QTimeZone>
#include <algorithm>

namespace vd::engine {

struct RestApi::Call
{
    const HttpRequest& req;
    QRegularExpressionMatch match;
    Responder respond;
    QElapsedTimer timer;

    QString arg(int i) const { return match.captured(i); }
    double elapsed() const { return double(timer.nsecsElapsed()) / 1e9; }

    void send(int status, const QJsonObject& envelope)
    {
        HttpResponse r;
        r.status = status;
        r.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
        respond(r);
    }
    void ok(const QJsonValue& result)
    {
        send(200, QJsonObject{{QStringLiteral("result"), result},
                              {QStringLiteral("status"), QStringLiteral("ok")},
                              {QStringLiteral("time"), elapsed()}});
    }
    void accepted()
    {
        send(202, QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")},
                              {QStringLiteral("time"), elapsed()}});
    }
    void error(int status, const QString& message)
    {
        send(status, QJsonObject{{QStringLiteral("status"), QJsonObject{{QStringLiteral("error"), message}}},
                                 {QStringLiteral("time"), elapsed()}});
    }
    void error(const EngineError& e) { error(e.status, e.message); }
    void badField(const QString& path, const QString& what)
    {
        error(400, QStringLiteral("Format error in JSON body: %1: %2").arg(path, what));
    }
    void invalid(const QString& path, const QString& what)
    {
        error(422, QStringLiteral("Validation error in JSON body: [%1: %2]").arg(path, what));
    }
    void text(int status, const QByteArray& body)
    {
        HttpResponse r;
        r.status = status;
        r.contentType = "text/plain; charset=utf-8";
        r.body = body;
        respond(r);
    }
    bool body(QJsonObject* out)
    {
        if (req.body.trimmed().isEmpty()) {
            *out = QJsonObject();
            return true;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
        if (pe.error != QJsonParseError::NoError) {
            error(400, QStringLiteral("Format error in JSON body: %1 at offset %2")
                           .arg(pe.errorString())
                           .arg(pe.offset));
            return false;
        }
        if (!doc.isObject()) {
            error(400, QStringLiteral("Format error in JSON body: expected a JSON object"));
            return false;
        }
        *out = doc.object();
        return true;
    }
    bool boolParam(const char* name, bool def) const
    {
        const QString v = req.query.queryItemValue(QLatin1String(name));
        return v.isEmpty() ? def : v == QLatin1String("true");
    }
};

namespace {

bool isUInt(const QJsonValue& v)
{
    return v.isDouble() && v.toDouble() >= 0 && double(v.toInteger(-1)) == v.toDouble();
}

// limit/offset style integers; `min` is the smallest allowed value.
bool readCount(RestApi::Call& c, const QJsonObject& o, const char* key, int def, int min, int* out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        *out = def;
        return true;
    }
    if (!isUInt(v) && !(v.isDouble() && double(v.toInteger()) == v.toDouble())) {
        c.badField(QLatin1String(key), QStringLiteral("expected an unsigned integer"));
        return false;
    }
    if (v.toInteger() < min) {
        c.invalid(QLatin1String(key),
                  QStringLiteral("value %1 invalid, must be %2 or larger").arg(v.toInteger()).arg(min));
        return false;
    }
    *out = int(qMin<qint64>(v.toInteger(), 1000000000));
    return true;
}

bool readFilter(RestApi::Call& c, const QJsonObject& o, const char* key, std::optional<Filter>* out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) return true;
    FilterError fe;
    *out = Filter::fromJson(v, &fe, QLatin1String(key));
    if (!*out) {
        c.badField(fe.path, fe.message);
        return false;
    }
    return true;
}

bool readIds(RestApi::Call& c, const QJsonValue& v, const QString& path, QList<PointId>* out)
{
    if (!v.isArray()) {
        c.badField(path, QStringLiteral("expected an array of point ids"));
        return false;
    }
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        QString why;
        const PointId id = PointId::fromJson(a[i], &why);
        if (!id.isValid()) {
            c.badField(QStringLiteral("%1[%2]").arg(path).arg(i), why);
            return false;
        }
        out->append(id);
    }
    return true;
}

// PointsSelector-like bodies: "points" (ids) or "filter".
bool selectIds(RestApi::Call& c, const Collection& col, const QJsonObject& o, QList<PointId>* out)
{
    if (o.contains(QLatin1String("points")) && !o.value(QLatin1String("points")).isNull())
        return readIds(c, o.value(QLatin1String("points")), QStringLiteral("points"), out);
    if (o.contains(QLatin1String("filter")) && !o.value(QLatin1String("filter")).isNull()) {
        std::optional<Filter> f;
        if (!readFilter(c, o, "filter", &f)) return false;
        for (int slot : col.matching(&*f))
            out->append(col.record(slot).id);
        return true;
    }
    c.badField(QStringLiteral("points"),
               QStringLiteral("expected either `points` (a list of ids) or `filter`"));
    return false;
}

bool readPayloadSelector(RestApi::Call& c, const QJsonObject& o, const char* key, bool def, QJsonValue* out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        *out = def;
        return true;
    }
    if (v.isBool() || v.isArray()) {
        *out = v;
        return true;
    }
    const QJsonObject s = v.toObject();
    if (v.isObject() &&
        (s.value(QLatin1String("include")).isArray() || s.value(QLatin1String("exclude")).isArray())) {
        *out = v;
        return true;
    }
    c.badField(
        QLatin1String(key),
        QStringLiteral("expected a boolean, a list of keys, {\"include\": [...]} or {\"exclude\": [...]}"));
    return false;
}

bool readVectorSelector(RestApi::Call& c, const QJsonObject& o, const char* key, QJsonValue* out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        *out = false;
        return true;
    }
    if (v.isBool() || v.isArray()) {
        *out = v;
        return true;
    }
    c.badField(QLatin1String(key), QStringLiteral("expected a boolean or a list of vector names"));
    return false;
}

QJsonObject recordJson(const Collection& col, int slot, const QJsonValue& withPayload,
                       const QJsonValue& withVector)
{
    QJsonObject o = col.pointJson(slot, withPayload, withVector);
    // Absent rather than null when not asked for, as Qdrant does.
    if (o.value(QLatin1String("payload")).isNull()) o.remove(QStringLiteral("payload"));
    if (o.value(QLatin1String("vector")).isNull()) o.remove(QStringLiteral("vector"));
    return o;
}

QJsonObject updateResult(quint64 op, bool wait)
{
    return QJsonObject{
        {QStringLiteral("operation_id"), qint64(op)},
        {QStringLiteral("status"), wait ? QStringLiteral("completed") : QStringLiteral("acknowledged")}};
}

const QStringList kIndexParamKeys = {QStringLiteral("type"), QStringLiteral("on_disk"),
                                     QStringLiteral("memory"), QStringLiteral("enable_hnsw")};

bool validateIndexSchema(RestApi::Call& c, const QJsonValue& schema)
{
    const QString p = QStringLiteral("field_schema");
    if (schema.isString()) {
        if (!PayloadIndex::isKnownType(schema.toString())) {
            c.badField(
                p, QStringLiteral("unknown type `%1`; expected keyword, integer, float, bool, geo, datetime, "
                                  "text or uuid")
                       .arg(schema.toString()));
            return false;
        }
        return true;
    }
    if (!schema.isObject()) {
        c.badField(p, QStringLiteral("expected a type name or an object with `type` and parameters"));
        return false;
    }
    const QJsonObject o = schema.toObject();
    const QString type = o.value(QLatin1String("type")).toString();
    if (!PayloadIndex::isKnownType(type)) {
        c.badField(p + QStringLiteral(".type"),
                   QStringLiteral("expected keyword, integer, float, bool, geo, datetime, text or uuid"));
        return false;
    }
    QStringList allowed = kIndexParamKeys;
    if (type == QLatin1String("keyword"))
        allowed << QStringLiteral("is_tenant") << QStringLiteral("prefix");
    else if (type == QLatin1String("uuid"))
        allowed << QStringLiteral("is_tenant");
    else if (type == QLatin1String("integer"))
        allowed << QStringLiteral("lookup") << QStringLiteral("range") << QStringLiteral("is_principal");
    else if (type == QLatin1String("float") || type == QLatin1String("datetime"))
        allowed << QStringLiteral("is_principal");
    else if (type == QLatin1String("text"))
        allowed << QStringLiteral("tokenizer") << QStringLiteral("min_token_len")
                << QStringLiteral("max_token_len") << QStringLiteral("lowercase")
                << QStringLiteral("ascii_folding") << QStringLiteral("phrase_matching")
                << QStringLiteral("stopwords") << QStringLiteral("stemmer");
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key())) {
            c.badField(p + QLatin1Char('.') + it.key(),
                       QStringLiteral("not a parameter of a %1 index; expected one of: %2")
                           .arg(type, allowed.join(QStringLiteral(", "))));
            return false;
        }
        const QString k = it.key();
        const QJsonValue v = it.value();
        if (v.isNull()) continue;
        const bool boolean = k != QLatin1String("type") && k != QLatin1String("memory") &&
                             k != QLatin1String("tokenizer") && k != QLatin1String("min_token_len") &&
                             k != QLatin1String("max_token_len") && k != QLatin1String("stopwords") &&
                             k != QLatin1String("stemmer");
        if (boolean && !v.isBool()) {
            c.badField(p + QLatin1Char('.') + k, QStringLiteral("expected a boolean"));
            return false;
        }
        if (k == QLatin1String("memory") &&
            !QStringList{QStringLiteral("cold"), QStringLiteral("cached"), QStringLiteral("pinned")}.contains(
                v.toString())) {
            c.badField(p + QStringLiteral(".memory"), QStringLiteral("expected cold, cached or pinned"));
            return false;
        }
        if (k == QLatin1String("tokenizer") &&
            !QStringList{QStringLiteral("prefix"), QStringLiteral("whitespace"), QStringLiteral("word"),
                         QStringLiteral("multilingual")}
                 .contains(v.toString())) {
            c.badField(p + QStringLiteral(".tokenizer"),
                       QStringLiteral("expected prefix, whitespace, word or multilingual"));
            return false;
        }
        if ((k == QLatin1String("min_token_len") || k == QLatin1String("max_token_len")) && !isUInt(v)) {
            c.badField(p + QLatin1Char('.') + k, QStringLiteral("expected a non-negative integer"));
            return false;
        }
    }
    return true;
}

// Parses the `query` of a QueryRequest: a vector, a point id, {"nearest": vector-or-id}, or nothing.
bool readQuery(RestApi::Call& c, const QJsonValue& q, std::optional<std::vector<float>>* vec,
               std::optional<PointId>* id)
{
    if (q.isUndefined() || q.isNull()) return true;
    if (q.isArray()) {
        const QJsonArray a = q.toArray();
        std::vector<float> v;
        v.reserve(size_t(a.size()));
        for (int i = 0; i < a.size(); ++i) {
            if (!a[i].isDouble()) {
                c.badField(
                    QStringLiteral("query[%1]").arg(i),
                    a[i].isArray()
                        ? QStringLiteral("multivector queries are not supported by the embedded engine")
                        : QStringLiteral("expected a number"));
                return false;
            }
            v.push_back(float(a[i].toDouble()));
        }
        *vec = std::move(v);
        return true;
    }
    if (q.isDouble() || q.isString()) {
        QString why;
        const PointId p = PointId::fromJson(q, &why);
        if (!p.isValid()) {
            c.badField(QStringLiteral("query"), why);
            return false;
        }
        *id = p;
        return true;
    }
    const QJsonObject o = q.toObject();
    if (o.contains(QLatin1String("nearest"))) {
        if (o.contains(QLatin1String("mmr")) && !o.value(QLatin1String("mmr")).isNull()) {
            c.error(400, QStringLiteral("Bad request: query.mmr is not supported by the embedded engine"));
            return false;
        }
        const QJsonValue n = o.value(QLatin1String("nearest"));
        if (n.isObject()) {
            c.error(400,
                    QStringLiteral("Bad request: query.nearest: sparse vectors and inference objects are not "
                                   "supported by the embedded engine"));
            return false;
        }
        return readQuery(c, n, vec, id);
    }
    const QString kind = o.isEmpty() ? QStringLiteral("{}") : o.begin().key();
    c.error(400, QStringLiteral(
                     "Bad request: query `%1` is not supported by the embedded engine; it answers nearest "
                     "(a vector or a point id)")
                     .arg(kind));
    return false;
}

} // namespace

RestApi::RestApi(Engine* engine, Options options) : m_engine(engine), m_options(std::move(options))
{
    const char* C = "/collections/([^/]+)";
    auto r = [this](const char* m, const QByteArray& p, Handler h, bool w) {
        addRoute(m, p.constData(), h, w);
    };
    const QByteArray c(C);
    r("GET", "/", &RestApi::root, false);
    r("GET", "/healthz", &RestApi::healthz, false);
    r("GET", "/livez", &RestApi::healthz, false);
    r("GET", "/readyz", &RestApi::readyz, false);
    r("GET", "/telemetry", &RestApi::telemetry, false);
    r("GET", "/metrics", &RestApi::metrics, false);
    r("GET", "/cluster", &RestApi::cluster, false);
    r("GET", "/collections", &RestApi::listCollections, false);
    r("POST", "/collections/aliases", &RestApi::updateAliases, true);
    r("GET", "/aliases", &RestApi::listAliases, false);
    r("GET", "/snapshots", &RestApi::listFullSnapshots, false);
    r("POST", "/snapshots", &RestApi::createFullSnapshot, true);
    r("GET", "/snapshots/([^/]+)", &RestApi::getFullSnapshot, false);
    r("DELETE", "/snapshots/([^/]+)", &RestApi::deleteFullSnapshot, true);
    r("GET", c, &RestApi::getCollection, false);
    r("PUT", c, &RestApi::createCollection, true);
    r("PATCH", c, &RestApi::updateCollection, true);
    r("DELETE", c, &RestApi::deleteCollection, true);
    r("GET", c + "/exists", &RestApi::collectionExists, false);
    r("GET", c + "/aliases", &RestApi::collectionAliases, false);
    r("GET", c + "/cluster", &RestApi::collectionCluster, false);
    r("PUT", c + "/index", &RestApi::createIndex, true);
    r("DELETE", c + "/index/([^/]+)", &RestApi::deleteIndex, true);
    r("PUT", c + "/points", &RestApi::upsertPoints, true);
    r("POST", c + "/points", &RestApi::getPoints, false);
    r("GET", c + "/points/([^/]+)", &RestApi::getPoint, false);
    r("POST", c + "/points/delete", &RestApi::deletePoints, true);
    r("POST", c + "/points/payload", &RestApi::setPayload, true);
    r("PUT", c + "/points/payload", &RestApi::overwritePayload, true);
    r("POST", c + "/points/payload/delete", &RestApi::deletePayload, true);
    r("POST", c + "/points/payload/clear", &RestApi::clearPayload, true);
    r("PUT", c + "/points/vectors", &RestApi::updateVectors, true);
    r("POST", c + "/points/vectors/delete", &RestApi::deleteVectors, true);
    r("POST", c + "/points/batch", &RestApi::batchUpdate, true);
    r("POST", c + "/points/scroll", &RestApi::scroll, false);
    r("POST", c + "/points/count", &RestApi::count, false);
    r("POST", c + "/facet", &RestApi::facet, false);
    r("POST", c + "/points/query", &RestApi::query, false);
    r("POST", c + "/points/query/batch", &RestApi::queryBatch, false);
    r("POST", c + "/points/search", &RestApi::search, false);
    r("POST", c + "/points/search/batch", &RestApi::searchBatch, false);
    r("POST", c + "/snapshots", &RestApi::createSnapshot, true);
    r("GET", c + "/snapshots", &RestApi::listSnapshots, false);
    r("PUT", c + "/snapshots/recover", &RestApi::recoverSnapshot, true);
    r("POST", c + "/snapshots/upload", &RestApi::uploadSnapshot, true);
    r("GET", c + "/snapshots/([^/]+)", &RestApi::getSnapshot, false);
    r("DELETE", c + "/snapshots/([^/]+)", &RestApi::deleteSnapshot, true);
}

RestApi::~RestApi()
{
    delete m_nam;
}

void RestApi::addRoute(const char* method, const char* pattern, Handler h, bool write)
{
    m_routes.append(Route{
        method, QRegularExpression(QLatin1Char('^') + QLatin1String(pattern) + QLatin1Char('$')), h, write});
}

bool RestApi::authorize(const HttpRequest& r, bool write, const Responder& respond) const
{
    if (m_options.apiKey.isEmpty() && m_options.readOnlyApiKey.isEmpty()) return true;
    static const QStringList open = {QStringLiteral("/"), QStringLiteral("/healthz"),
                                     QStringLiteral("/livez"), QStringLiteral("/readyz")};
    if (open.contains(r.path)) return true;
    QByteArray key = r.header("api-key");
    const QByteArray auth = r.header("authorization");
    if (key.isEmpty() && auth.startsWith("Bearer ")) key = auth.mid(7).trimmed();
    auto plain = [&](int status, const QByteArray& msg) {
        HttpResponse resp;
        resp.status = status;
        resp.contentType = "text/plain; charset=utf-8";
        resp.body = msg;
        respond(resp);
        return false;
    };
    if (key.isEmpty()) return plain(401, "Must provide an API key or an Authorization bearer token");
    if (!m_options.apiKey.isEmpty() && key == m_options.apiKey) return true;
    if (!m_options.readOnlyApiKey.isEmpty() && key == m_options.readOnlyApiKey)
        return write ? plain(403, "Forbidden: Write access denied (read-only API key)") : true;
    return plain(401, "Invalid API key or JWT");
}

void RestApi::handle(const HttpRequest& request, const Responder& respond)
{
    QElapsedTimer timer;
    timer.start();
    bool pathMatched = false;
    for (const Route& route : m_routes) {
        QRegularExpressionMatch m = route.pattern.match(request.path);
        if (!m.hasMatch()) continue;
        pathMatched = true;
        if (route.method != request.method) continue;
        if (!authorize(request, route.write, respond)) return;
        ++m_requestCounts[QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern.pattern()];
        Call call{request, m, respond, timer};
        (this->*route.handler)(call);
        return;
    }
    Call call{request, {}, respond, timer};
    if (pathMatched)
        call.error(405, QStringLiteral("Method %1 is not allowed on %2")
                            .arg(QString::fromLatin1(request.method), request.path));
    else
        call.error(404, QStringLiteral("Not found: no route for %1").arg(request.path));
}

// ---- service ----

void RestApi::root(Call& c)
{
    HttpResponse r;
    r.body = QJsonDocument(
                 QJsonObject{{QStringLiteral("title"),
                              QStringLiteral("vectordesk-engine - Qdrant-compatible embedded engine")},
                             {QStringLiteral("version"), QLatin1String(kVersion)},
                             {QStringLiteral("commit"), QStringLiteral("vectordesk-" VD_VERSION_STRING)}})
                 .toJson(QJsonDocument::Compact);
    c.respond(r);
}

void RestApi::healthz(Call& c)
{
    c.text(200, "healthz check passed");
}

void RestApi::readyz(Call& c)
{
    if (!m_engine->brokenCollections().isEmpty())
        c.text(503, "some shards are not ready");
    else
        c.text(200, "all shards are ready");
}

void RestApi::telemetry(Call& c)
{
    // Per collection: the aggregated form (vector count, optimizer status, params), as Qdrant reports at
    // details_level 0-1.
    QJsonArray cols;
    for (const QString& n : m_engine->collectionNames()) {
        EngineError e;
        if (const Collection* col = m_engine->find(n, &e))
            cols.append(
                QJsonObject{{QStringLiteral("vectors"), col->pointCount()},
                            {QStringLiteral("optimizers_status"), QStringLiteral("ok")},
                            {QStringLiteral("params"), col->configJson().value(QLatin1String("params"))}});
    }
    const QJsonObject app{{QStringLiteral("name"), QStringLiteral("vectordesk-engine")},
                          {QStringLiteral("version"), QLatin1String(kVersion)},
                          {QStringLiteral("startup"),
                           QDateTime::fromMSecsSinceEpoch(qint64(m_engine->startedAtMs()), QTimeZone::utc())
                               .toString(Qt::ISODateWithMs)}};
    c.ok(QJsonObject{{QStringLiteral("id"), QStringLiteral("vectordesk-local")},
                     {QStringLiteral("app"), app},
                     {QStringLiteral("collections"), QJsonObject{{QStringLiteral("number_of_collections"),
                                                                  m_engine->collectionNames().size()},
                                                                 {QStringLiteral("collections"), cols}}}});
}

void RestApi::metrics(Call& c)
{
    QByteArray out;
    out += "# HELP app_info information about the server\n# TYPE app_info gauge\n";
    out += "app_info{name=\"vectordesk-engine\",version=\"" + QByteArray(kVersion) + "\"} 1\n";
    out += "# HELP cluster_enabled is cluster support enabled\n# TYPE cluster_enabled gauge\ncluster_enabled "
           "0\n";
    out += "# HELP collections_total number of collections\n# TYPE collections_total gauge\n";
    out += "collections_total " + QByteArray::number(m_engine->collectionNames().size()) + "\n";
    qint64 vectors = 0;
    QByteArray perCollection;
    for (const QString& n : m_engine->collectionNames()) {
        EngineError e;
        if (const Collection* col = m_engine->find(n, &e)) {
            vectors += col->pointCount();
            perCollection += "collection_points{collection=\"" + n.toUtf8() + "\"} " +
                             QByteArray::number(col->pointCount()) + "\n";
        }
    }
    out += "# HELP collections_vector_total total number of vectors in all collections\n# TYPE "
           "collections_vector_total gauge\n";
    out += "collections_vector_total " + QByteArray::number(vectors) + "\n";
    out += "# HELP collection_points number of points per collection\n# TYPE collection_points gauge\n" +
           perCollection;
    out += "# HELP rest_responses_total total number of responses\n# TYPE rest_responses_total counter\n";
    for (auto it = m_requestCounts.begin(); it != m_requestCounts.end(); ++it) {
        QByteArray endpoint = it.key().toUtf8();
        endpoint.replace('"', "'");
        out += "rest_responses_total{endpoint=\"" + endpoint + "\"} " + QByteArray::number(it.value()) + "\n";
    }
    c.text(200, out);
}

void RestApi::cluster(Call& c)
{
    c.ok(QJsonObject{{QStringLiteral("status"), QStringLiteral("disabled")}});
}

void RestApi::collectionCluster(Call& c)
{
    EngineError e;
    const Collection* col = m_engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    c.ok(QJsonObject{{QStringLiteral("peer_id"), 0},
                     {QStringLiteral("shard_count"), 1},
                     {QStringLiteral("local_shards"),
                      QJsonArray{QJsonObject{{QStringLiteral("shard_id"), 0},
                                             {QStringLiteral("points_count"), col->pointCount()},
                                             {QStringLiteral("state"), QStringLiteral("Active")}}}},
                     {QStringLiteral("remote_shards"), QJsonArray()},
                     {QStringLiteral("shard_transfers"), QJsonArray()}});
}

// ---- collections ----

void RestApi::listCollections(Call& c)
{
    QJsonArray a;
    QStringList names = m_engine->collectionNames() + m_engine->brokenCollections().keys();
    names.sort();
    for (const QString& n : names)
        a.append(QJsonObject{{QStringLiteral("name"), n}});
    c.ok(QJsonObject{{QStringLiteral("collections"), a}});
}

void RestApi::getCollection(Call& c)
{
    EngineError e;
    const Collection* col = m_engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    c.ok(QJsonObject{{QStringLiteral("status"), QStringLiteral("green")},
                     {QStringLiteral("optimizer_status"), QStringLiteral("ok")},
                     {QStringLiteral("indexed_vectors_count"), 0},
                     {QStringLiteral("points_count"), col->pointCount()},
                     {QStringLiteral("segments_count"), 1},
                     {QStringLiteral("config"), col->configJson()},
                     {QStringLiteral("payload_schema"), col->payloadSchema()}});
}

void RestApi::createCollection(Call& c)
{
    QJsonObject body;
    if (!c.body(&body)) return;
    EngineError e;
    if (!m_engine->createCollection(c.arg(1), body, &e)) return c.error(e);
    c.ok(true);
}

void RestApi::updateCollection(Call& c)
{
    QJsonObject body;
    if (!c.body(&body)) return;
    EngineError e;
    if (!m_engine->updateCollection(c.arg(1), body, &e)) return c.error(e);
    c.ok(true);
}

void RestApi::deleteCollection(Call& c)
{
    EngineError e;
    e.status = 0;
    const bool existed = m_engine->deleteCollection(c.arg(1), &e);
    if (e.status) return c.error(e);
    c.ok(existed);
}

void RestApi::collectionExists(Call& c)
{
    const QString n = m_engine->resolve(c.arg(1));
    c.ok(QJsonObject{{QStringLiteral("exists"), m_engine->collectionNames().contains(n)}});
}

void RestApi::updateAliases(Call& c)
{
    QJsonObject body;
    if (!c.body(&body)) return;
    if (!body.value(QLatin1String("actions")).isArray())
        return c.badField(QStringLiteral("actions"), QStringLiteral("expected an array of alias operations"));
    EngineError e;
    if (!m_engine->updateAliases(body.value(QLatin1String("actions")).toArray(), &e)) return c.error(e);
    c.ok(true);
}

static QJsonArray aliasList(const QMap<QString, QString>& aliases, const QString& only)
{
    QJsonArray a;
    for (auto it = aliases.begin(); it != aliases.end(); ++it)
        if (only.isEmpty() || it.value() == only)
            a.append(QJsonObject{{QStringLiteral("alias_name"), it.key()},
                                 {QStringLiteral("collection_name"), it.value()}});
    return a;
}

void RestApi::listAliases(Call& c)
{
    c.ok(QJsonObject{{QStringLiteral("aliases"), aliasList(m_engine->aliases(), QString())}});
}

void RestApi::collectionAliases(Call& c)
{
    EngineError e;
    const Collection* col = m_engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    c.ok(QJsonObject{{QStringLiteral("aliases"), aliasList(m_engine->aliases(), col->name())}});
}

void RestApi::createIndex(Call& c)
{
    QJsonObject body;
    if (!c.body(&body)) return;
    EngineError e;
    const Collection* col = m_engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    const QJsonValue field = body.value(QLatin1String("field_name"));
    if (!field.isString() || field.toString().isEmpty())
        return c.badField(QStringLiteral("field_name"), QStringLiteral("expected a non-empty payload key"));
    QJsonValue schema = body.value(QLatin1String("field_schema"));
    if (schema.isUndefined() || schema.isNull())
        return c.badField(QStringLiteral("field_schema"),
                          QStringLiteral("required: the embedded engine does not infer index types"));
    if (!validateIndexSchema(c, schema)) return;
    QCborMap r;
    r.insert(QLatin1String("op"), QLatin1String("create_index"));
    r.insert(QLatin1String("field"), field.toString());
    r.insert(QLatin1String("schema"), QCborValue::fromJsonValue(schema));
    const auto op = m_engine->write(c.arg(1), r, &e);
    if (!op) return c.error(e);
    c.ok(updateResult(*op, c.boolParam("wait", false)));
}

void RestApi::deleteIndex(Call& c)
{
    EngineError e;
    const Collection* col = m_engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    if (!col->indexes().contains(c.arg(2)))
        return c.error(404, QStringLiteral("Not found: No index for field `%1`").arg(c.arg(2)));
    QCborMap r;
    r.insert(QLatin1String("op"), QLatin1String("delete_index"));
    r.insert(QLatin1String("field"), c.arg(2));
    const auto op = m_engine->write(c.arg(1), r, &e);
    if (!op) return c.error(e);
    c.ok(updateResult(*op, c.boolParam("wait", false)));
}

// ---- points ----

namespace {
bool readPointWrites(RestApi::Call& c, const Collection& col, const QJsonObject& body, QList<PointWrite>* out)
{
    if (body.contains(QLatin1String("batch"))) {
        const QJsonObject b = body.value(QLatin1String("batch")).toObject();
        QList<PointId> ids;
        if (!readIds(c, b.value(QLatin1String("ids")), QStringLiteral("batch.ids"), &ids)) return false;
        const QJsonValue vectors = b.value(QLatin1String("vectors"));
        const QJsonArray payloads = b.value(QLatin1String("payloads")).toArray();
        if (b.contains(QLatin1String("payloads")) && !b.value(QLatin1String("payloads")).isNull() &&
            payloads.size() != ids.size()) {
            c.badField(QStringLiteral("batch.payloads"),
                       QStringLiteral("expected %1 payloads, one per id, got %2")
                           .arg(ids.size())
                           .arg(payloads.size()));
            return false;
        }
        for (int i = 0; i < ids.size(); ++i) {
            PointWrite w;
            w.id = ids[i];
            QJsonValue v;
            if (vectors.isArray()) {
                v = vectors.toArray().at(i);
            } else if (vectors.isObject()) {
                QJsonObject named;
                const QJsonObject vo = vectors.toObject();
                for (auto it = vo.begin(); it != vo.end(); ++it)
                    named.insert(it.key(), it.value().toArray().at(i));
                v = named;
            }
            if (vectors.isArray() && vectors.toArray().size() != ids.size()) {
                c.badField(QStringLiteral("batch.vectors"),
                           QStringLiteral("expected %1 vectors, one per id").arg(ids.size()));
                return false;
            }
            QString why;
            if (!col.parseVectors(v, QStringLiteral("batch.vectors[%1]").arg(i), &w.vectors, &why)) {
                c.error(400, why);
                return false;
            }
            w.payload = payloads.at(i).toObject();
            out->append(std::move(w));
        }
        return true;
    }
    const QJsonValue pts = body.value(QLatin1String("points"));
    if (!pts.isArray()) {
        c.badField(QStringLiteral("points"),
                   QStringLiteral("expected an array of points ({id, vector, payload}) or a `batch`"));
        return false;
    }
    const QJsonArray a = pts.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QJsonObject p = a[i].toObject();
        const QString at = QStringLiteral("points[%1]").arg(i);
        PointWrite w;
        QString why;
        w.id = PointId::fromJson(p.value(QLatin1String("id")), &why);
        if (!w.id.isValid()) {
            c.badField(at + QStringLiteral(".id"), why);
            return false;
        }
        if (!p.contains(QLatin1String("vector"))) {
            c.badField(at + QStringLiteral(".vector"), QStringLiteral("missing field `vector`"));
            return false;
        }
        if (!col.parseVectors(p.value(QLatin1String("vector")), at + QStringLiteral(".vector"), &w.vectors,
                              &why)) {
            c.error(400, why);
            return false;
        }
        const QJsonValue pl = p.value(QLatin1String("payload"));
        if (!pl.isUndefined() && !pl.isNull() && !pl.isObject()) {
            c.badField(at + QStringLiteral(".payload"), QStringLiteral("expected an object"));
            return false;
        }
        w.payload = pl.toObject();
        out->append(std::move(w));
    }
    return true;
}

// Applies update_mode and update_filter: which of the given points may be written.
bool filterWrites(RestApi::Call& c, const Collection& col, const QJsonObject& body, QList<PointWrite>* writes)
{
    const QString mode = body.value(QLatin1String("update_mode")).toString(QStringLiteral("upsert"));
    if (mode != QLatin1String("upsert") && mode != QLatin1String("insert_only") &&
        mode != QLatin1String("update_only")) {
        c.badField(QStringLiteral("update_mode"),
                   QStringLiteral("expected upsert, insert_only or update_only"));
        return false;
    }
    std::optional<Filter> uf;
    if (!readFilter(c, body, "update_filter", &uf)) return false;
    QSet<int> allowed;
    if (uf)
        for (int s : col.matching(&*uf))
            allowed.insert(s);
    QList<PointWrite> kept;
    for (PointWrite& w : *writes) {
        const auto slot = col.slotOf(w.id);
        if (slot && mode == QLatin1String("insert_only")) continue;
        if (!slot && mode == QLatin1String("update_only")) continue;
        if (slot && uf && !allowed.contains(*slot)) continue;
        kept.append(std::move(w));
    }
    *writes = std::move(kept);
    return true;
}
} // namespace

void RestApi::upsertPoints(Call& c)
{
    QJsonObject body;
    if (!c.body(&body)) return;
    EngineError e;
    const Collection* col = m_engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    QList<PointWrite> writes;
    if (!readPointWrites(c, *col, body, &writes) || !filterWrites(c, *col, body, &writes)) return;
    QCborMap r = Engine::encodePoints(writes);
    r.insert(QLatin1String("op"), QLatin1String("upsert"));
    const auto op = m_engine->write(c.arg(1), r, &e);
    if (!op) return c.error(e);
    c.ok(updateResult(*op, c.boolParam("wait", false)));
}

void RestApi::getPoint(Call& c)
{
    EngineError e;
    const Collection* col = m_engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    QString why;
    const PointId id = PointId::fromString(c.arg(2), &why);
    const auto slot = id.isValid() ? col->slotOf(id) : std::nullopt;
    if (!slot) return c.error(404, QStringLiteral("Not found: No point with id %1 found").arg(c.arg(2)));
    c.ok(recordJson(*col, *slot, true, true));
}

void RestApi::getPoints(Call& c)
{
    QJsonObject body;
    if (!c.body(&body)) return;
    EngineError e;
    const Collection* col = m_engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    QList<PointId> ids;
    QJsonValue wp, wv;
    if (!readIds(c, body.value(QLatin1String("ids")), QStringLiteral("ids"), &ids) ||
        !readPayloadSelector(c, body, "with_payload", true, &wp) ||
        !readVectorSelector(c, body, "with_vector", &wv))
        return;
    QJsonArray out;
    for (const PointId& id : ids)
        if (const auto slot = col->slotOf(id)) out.append(recordJson(*col, *slot, wp, wv));
    c.ok(out);
}

namespace {
// Shared by the point-update endpoints: parse, resolve the ids, log, answer.
template <typename Build> void simpleUpdate(RestApi::Call& c, Engine* engine, const char* op, Build build)
{
    QJsonObject body;
    if (!c.body(&body)) return;
    EngineError e;
    const Collection* col = engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    QCborMap r;
    if (!build(body, *col, &r)) return;
    r.insert(QLatin1String("op"), QLatin1String(op));
    const auto opId = engine->write(c.arg(1), r, &e);
    if (!opId) return c.error(e);
    c.ok(updateResult(*opId, c.boolParam("wait", false)));
}
} // namespace

void RestApi::deletePoints(Call& c)
{
    simpleUpdate(c, m_engine, "delete", [&](const QJsonObject& body, const Collection& col, QCborMap* r) {
        QList<PointId> ids;
        if (!selectIds(c, col, body, &ids)) return false;
        *r = Engine::encodeIds(ids);
        return true;
    });
}

static bool payloadUpdate(RestApi::Call& c, const QJsonObject& body, const Collection& col, QCborMap* r,
                          bool withKey)
{
    if (!body.value(QLatin1String("payload")).isObject()) {
        c.badField(QStringLiteral("payload"), QStringLiteral("expected an object"));
        return false;
    }
    QList<PointId> ids;
    if (!selectIds(c, col, body, &ids)) return false;
    *r = Engine::encodeIds(ids);
    r->insert(QLatin1String("payload"),
              QCborMap::fromJsonObject(body.value(QLatin1String("payload")).toObject()));
    if (withKey && body.value(QLatin1String("key")).isString())
        r->insert(QLatin1String("key"), body.value(QLatin1String("key")).toString());
    return true;
}

void RestApi::setPayload(Call& c)
{
    simpleUpdate(c, m_engine, "set_payload", [&](const QJsonObject& b, const Collection& col, QCborMap* r) {
        return payloadUpdate(c, b, col, r, true);
    });
}

void RestApi::overwritePayload(Call& c)
{
    simpleUpdate(c, m_engine, "overwrite_payload",
                 [&](const QJsonObject& b, const Collection& col, QCborMap* r) {
                     return payloadUpdate(c, b, col, r, false);
                 });
}

void RestApi::deletePayload(Call& c)
{
    simpleUpdate(
        c, m_engine, "delete_payload", [&](const QJsonObject& body, const Collection& col, QCborMap* r) {
            const QJsonValue keys = body.value(QLatin1String("keys"));
            if (!keys.isArray()) {
                c.badField(QStringLiteral("keys"), QStringLiteral("expected an array of payload keys"));
                return false;
            }
            QList<PointId> ids;
            if (!selectIds(c, col, body, &ids)) return false;
            *r = Engine::encodeIds(ids);
            r->insert(QLatin1String("keys"), QCborArray::fromJsonArray(keys.toArray()));
            return true;
        });
}

void RestApi::clearPayload(Call& c)
{
    simpleUpdate(c, m_engine, "clear_payload",
                 [&](const QJsonObject& body, const Collection& col, QCborMap* r) {
                     QList<PointId> ids;
                     if (!selectIds(c, col, body, &ids)) return false;
                     *r = Engine::encodeIds(ids);
                     return true;
                 });
}

void RestApi::updateVectors(Call& c)
{
    simpleUpdate(c, m_engine, "update_vectors",
                 [&](const QJsonObject& body, const Collection& col, QCborMap* r) {
                     QList<PointWrite> writes;
                     if (!readPointWrites(c, col, body, &writes)) return false;
                     *r = Engine::encodePoints(writes);
                     return true;
                 });
}

void RestApi::deleteVectors(Call& c)
{
    simpleUpdate(c, m_engine, "delete_vectors",
                 [&](const QJsonObject& body, const Collection& col, QCborMap* r) {
                     const QJsonArray names = body.value(QLatin1String("vector")).toArray();
                     if (names.isEmpty()) {
                         c.badField(QStringLiteral("vector"),
                                    QStringLiteral("expected a non-empty list of vector names"));
                         return false;
                     }
                     QList<PointId> ids;
                     if (!selectIds(c, col, body, &ids)) return false;
                     *r = Engine::encodeIds(ids);
                     r->insert(QLatin1String("names"), QCborArray::fromJsonArray(names));
                     return true;
                 });
}

void RestApi::batchUpdate(Call& c)
{
    QJsonObject body;
    if (!c.body(&body)) return;
    EngineError e;
    if (!m_engine->find(c.arg(1), &e)) return c.error(e);
    if (!body.value(QLatin1String("operations")).isArray())
        return c.badField(QStringLiteral("operations"),
                          QStringLiteral("expected an array of update operations"));
    // Each operation runs through the matching single endpoint, in order; results are collected.
    QJsonArray results;
    const QJsonArray ops = body.value(QLatin1String("operations")).toArray();
    static const QHash<QString, QPair<QByteArray, QString>> routes = {
        {QStringLiteral("upsert"), {"PUT", QStringLiteral("/points")}},
        {QStringLiteral("delete"), {"POST", QStringLiteral("/points/delete")}},
        {QStringLiteral("set_payload"), {"POST", QStringLiteral("/points/payload")}},
        {QStringLiteral("overwrite_payload"), {"PUT", QStringLiteral("/points/payload")}},
        {QStringLiteral("delete_payload"), {"POST", QStringLiteral("/points/payload/delete")}},
        {QStringLiteral("clear_payload"), {"POST", QStringLiteral("/points/payload/clear")}},
        {QStringLiteral("update_vectors"), {"PUT", QStringLiteral("/points/vectors")}},
        {QStringLiteral("delete_vectors"), {"POST", QStringLiteral("/points/vectors/delete")}}};
    for (int i = 0; i < ops.size(); ++i) {
        const QJsonObject op = ops[i].toObject();
        const QString kind = op.isEmpty() ? QString() : op.begin().key();
        if (!routes.contains(kind))
            return c.badField(QStringLiteral("operations[%1]").arg(i),
                              QStringLiteral("unknown operation `%1`").arg(kind));
        HttpRequest sub;
        sub.method = routes.value(kind).first;
        sub.path = QStringLiteral("/collections/") + c.arg(1) + routes.value(kind).second;
        sub.query = c.req.query;
        sub.headers = c.req.headers;
        sub.body = QJsonDocument(op.value(kind).toObject()).toJson(QJsonDocument::Compact);
        bool failed = false;
        handle(sub, [&](const HttpResponse& resp) {
            const QJsonObject o = QJsonDocument::fromJson(resp.body).object();
            if (resp.status != 200) {
                failed = true;
                HttpResponse wrapped = resp;
                c.respond(wrapped);
                return;
            }
            results.append(o.value(QLatin1String("result")));
        });
        if (failed) return; // earlier operations stay applied, as in Qdrant; the error names the failing one
    }
    c.ok(results);
}

void RestApi::scroll(Call& c)
{
    QJsonObject body;
    if (!c.body(&body)) return;
    EngineError e;
    const Collection* col = m_engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    int limit = 10;
    std::optional<Filter> filter;
    QJsonValue wp, wv;
    if (!readCount(c, body, "limit", 10, 1, &limit) || !readFilter(c, body, "filter", &filter) ||
        !readPayloadSelector(c, body, "with_payload", true, &wp) ||
        !readVectorSelector(c, body, "with_vector", &wv))
        return;
    std::vector<int> rows = col->matching(filter ? &*filter : nullptr);
    QJsonArray points;
    const QJsonValue orderBy = body.value(QLatin1String("order_by"));
    if (!orderBy.isUndefined() && !orderBy.isNull()) {
        const QJsonObject ob =
            orderBy.isString() ? QJsonObject{{QStringLiteral("key"), orderBy}} : orderBy.toObject();
        const QString key = ob.value(QLatin1String("key")).toString();
        const PayloadIndex* ix = col->indexes().value(key);
        if (!ix || !(ix->type() == QLatin1String("integer") || ix->type() == QLatin1String("float") ||
                     ix->type() == QLatin1String("datetime")))
            return c.error(
                400, QStringLiteral("Bad request: No range index for `order_by` key: `%1`. Please create "
                                    "one to use `order_by`.")
                         .arg(key));
        const bool desc = ob.value(QLatin1String("direction")).toString() == QLatin1String("desc");
        const bool dt = ix->type() == QLatin1String("datetime");
        const PayloadPath path(key);
        auto valueOf = [&](int slot) -> std::optional<double> {
            for (const QJsonValue& v : path.values(col->record(slot).payload)) {
                if (dt && v.isString()) {
                    const QDateTime d = parseQdrantDateTime(v.toString());
                    if (d.isValid()) return double(d.toMSecsSinceEpoch());
                } else if (!dt && v.isDouble()) {
                    return v.toDouble();
                }
            }
            return std::nullopt;
        };
        std::vector<std::pair<double, int>> ordered;
        const QJsonValue sf = ob.value(QLatin1String("start_from"));
        std::optional<double> start;
        if (sf.isDouble())
            start = sf.toDouble();
        else if (sf.isString())
            start = double(parseQdrantDateTime(sf.toString()).toMSecsSinceEpoch());
        for (int s : rows)
            if (const auto v = valueOf(s))
                if (!start || (desc ? *v <= *start : *v >= *start)) ordered.emplace_back(*v, s);
        std::stable_sort(ordered.begin(), ordered.end(), [desc](const auto& a, const auto& b) {
            return desc ? a.first > b.first : a.first < b.first;
        });
        for (size_t i = 0; i < ordered.size() && int(i) < limit; ++i) {
            QJsonObject rec = recordJson(*col, ordered[i].second, wp, wv);
            rec.insert(QStringLiteral("order_value"), ix->type() == QLatin1String("float")
                                                          ? QJsonValue(ordered[i].first)
                                                          : QJsonValue(qint64(ordered[i].first)));
            points.append(rec);
        }
        return c.ok(QJsonObject{{QStringLiteral("points"), points},
                                {QStringLiteral("next_page_offset"), QJsonValue()}});
    }
    size_t first = 0;
    const QJsonValue off = body.value(QLatin1String("offset"));
    if (!off.isUndefined() && !off.isNull()) {
        QString why;
        const PointId from = PointId::fromJson(off, &why);
        if (!from.isValid()) return c.badField(QStringLiteral("offset"), why);
        // Inclusive: the page starts at the first point whose id is >= offset.
        first = size_t(std::lower_bound(rows.begin(), rows.end(), from,
                                        [col](int s, const PointId& id) { return col->record(s).id < id; }) -
                       rows.begin());
    }
    size_t i = first;
    for (; i < rows.size() && int(i - first) < limit; ++i)
        points.append(recordJson(*col, rows[i], wp, wv));
    const QJsonValue next = i < rows.size() ? col->record(rows[i]).id.toJson() : QJsonValue();
    c.ok(QJsonObject{{QStringLiteral("points"), points}, {QStringLiteral("next_page_offset"), next}});
}

void RestApi::count(Call& c)
{
    QJsonObject body;
    if (!c.body(&body)) return;
    EngineError e;
    const Collection* col = m_engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    std::optional<Filter> filter;
    if (!readFilter(c, body, "filter", &filter)) return;
    const qint64 n = filter ? qint64(col->matching(&*filter).size()) : col->pointCount();
    c.ok(QJsonObject{{QStringLiteral("count"), n}});
}

void RestApi::facet(Call& c)
{
    QJsonObject body;
    if (!c.body(&body)) return;
    EngineError e;
    const Collection* col = m_engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    const QString key = body.value(QLatin1String("key")).toString();
    if (key.isEmpty()) return c.badField(QStringLiteral("key"), QStringLiteral("expected a payload key"));
    int limit = 10;
    std::optional<Filter> filter;
    if (!readCount(c, body, "limit", 10, 1, &limit) || !readFilter(c, body, "filter", &filter)) return;
    const PayloadIndex* ix = col->indexes().value(key);
    if (!ix || !ix->supportsFacet())
        return c.error(
            400,
            QStringLiteral("Bad request: Index required but not found for \"%1\" of one of the following "
                           "types: [keyword, integer, bool, uuid]. Help: Create an index for this key "
                           "or use a different filter.")
                .arg(key));
    QHash<QString, QPair<QJsonValue, qint64>> counts;
    const PayloadPath path(key);
    for (int slot : col->matching(filter ? &*filter : nullptr)) {
        QSet<QString> seen; // a point counts once per distinct value
        for (const QJsonValue& v : path.values(col->record(slot).payload)) {
            const QString k = PayloadIndex::termKey(v);
            if (k.isEmpty() || seen.contains(k)) continue;
            seen.insert(k);
            auto& entry = counts[k];
            entry.first = v;
            ++entry.second;
        }
    }
    QList<QPair<QJsonValue, qint64>> hits = counts.values();
    std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
        if (a.second != b.second) return a.second > b.second;
        return a.first.toVariant().toString() < b.first.toVariant().toString();
    });
    QJsonArray out;
    for (int i = 0; i < hits.size() && i < limit; ++i)
        out.append(
            QJsonObject{{QStringLiteral("value"), hits[i].first}, {QStringLiteral("count"), hits[i].second}});
    c.ok(QJsonObject{{QStringLiteral("hits"), out}});
}

namespace {
// Runs one QueryRequest (or legacy SearchRequest, `legacy` = true) and returns the scored points.
std::optional<QJsonArray> runQuery(RestApi::Call& c, const Collection& col, const QJsonObject& body,
                                   bool legacy)
{
    static const QStringList unsupported = {QStringLiteral("prefetch"), QStringLiteral("lookup_from")};
    for (const QString& k : unsupported)
        if (!body.value(k).isUndefined() && !body.value(k).isNull()) {
            c.error(400, QStringLiteral("Bad request: `%1` is not supported by the embedded engine").arg(k));
            return std::nullopt;
        }
    std::optional<std::vector<float>> vec;
    std::optional<PointId> byId;
    QString space = body.value(QLatin1String("using")).toString();
    if (legacy) {
        const QJsonValue v = body.value(QLatin1String("vector"));
        if (v.isObject()) {
            space = v.toObject().value(QLatin1String("name")).toString();
            if (!readQuery(c, v.toObject().value(QLatin1String("vector")), &vec, &byId)) return std::nullopt;
        } else if (!readQuery(c, v, &vec, &byId)) {
            return std::nullopt;
        }
        if (!vec) {
            c.badField(QStringLiteral("vector"), QStringLiteral("missing field `vector`"));
            return std::nullopt;
        }
    } else if (!readQuery(c, body.value(QLatin1String("query")), &vec, &byId)) {
        return std::nullopt;
    }
    int limit = 10, offset = 0;
    std::optional<Filter> filter;
    QJsonValue wp, wv;
    if (legacy && !body.contains(QLatin1String("limit"))) {
        c.badField(QStringLiteral("limit"), QStringLiteral("missing field `limit`"));
        return std::nullopt;
    }
    if (!readCount(c, body, "limit", 10, 1, &limit) || !readCount(c, body, "offset", 0, 0, &offset) ||
        !readFilter(c, body, "filter", &filter) ||
        !readPayloadSelector(c, body, "with_payload", false, &wp) ||
        !readVectorSelector(c, body, "with_vector", &wv))
        return std::nullopt;
    std::optional<float> threshold;
    const QJsonValue th = body.value(QLatin1String("score_threshold"));
    if (th.isDouble())
        threshold = float(th.toDouble());
    else if (!th.isUndefined() && !th.isNull()) {
        c.badField(QStringLiteral("score_threshold"), QStringLiteral("expected a number"));
        return std::nullopt;
    }
    QJsonArray out;
    auto scored = [&](int slot, float score) {
        QJsonObject o = recordJson(col, slot, wp, wv);
        o.insert(QStringLiteral("version"), qint64(col.record(slot).version));
        o.insert(QStringLiteral("score"), jsonFloat(score));
        return o;
    };
    if (!vec && !byId) {
        // No query: points in id order, as Qdrant does.
        const std::vector<int> rows = col.matching(filter ? &*filter : nullptr);
        for (size_t i = size_t(offset); i < rows.size() && int(out.size()) < limit; ++i)
            out.append(scored(rows[i], 0));
        return out;
    }
    const int si = col.spaceIndex(space);
    if (si < 0) {
        c.error(400, QStringLiteral("Wrong input: Not existing vector name error: %1").arg(space));
        return std::nullopt;
    }
    std::optional<Filter> effective = filter;
    if (byId) {
        const auto slot = col.slotOf(*byId);
        if (!slot || !col.hasVector(*slot, space)) {
            c.error(404, QStringLiteral("Not found: No point with id %1 found").arg(byId->toString()));
            return std::nullopt;
        }
        const VectorSpace& s = col.spaces()[size_t(si)];
        vec = std::vector<float>(s.at(*slot), s.at(*slot) + s.dim);
        // The query point itself is not a result.
        Filter f = filter.value_or(Filter());
        f.mustNot(Condition::hasId({*byId}));
        effective = f;
    }
    const int dim = col.spaces()[size_t(si)].dim;
    if (int(vec->size()) != dim) {
        c.error(400, QStringLiteral("Wrong input: Vector dimension error: expected dim: %1, got %2")
                         .arg(dim)
                         .arg(vec->size()));
        return std::nullopt;
    }
    const auto hits = col.search(si, col.prepareQuery(si, *vec), effective ? &*effective : nullptr,
                                 limit + offset, threshold);
    for (size_t i = size_t(offset); i < hits.size(); ++i)
        out.append(scored(hits[i].slot, hits[i].score));
    return out;
}
} // namespace

void RestApi::query(Call& c)
{
    QJsonObject body;
    if (!c.body(&body)) return;
    EngineError e;
    const Collection* col = m_engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    if (const auto pts = runQuery(c, *col, body, false)) c.ok(QJsonObject{{QStringLiteral("points"), *pts}});
}

void RestApi::queryBatch(Call& c)
{
    QJsonObject body;
    if (!c.body(&body)) return;
    EngineError e;
    const Collection* col = m_engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    if (!body.value(QLatin1String("searches")).isArray())
        return c.badField(QStringLiteral("searches"), QStringLiteral("expected an array of query requests"));
    QJsonArray out;
    for (const QJsonValue& s : body.value(QLatin1String("searches")).toArray()) {
        const auto pts = runQuery(c, *col, s.toObject(), false);
        if (!pts) return;
        out.append(QJsonObject{{QStringLiteral("points"), *pts}});
    }
    c.ok(out);
}

void RestApi::search(Call& c)
{
    QJsonObject body;
    if (!c.body(&body)) return;
    EngineError e;
    const Collection* col = m_engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    if (const auto pts = runQuery(c, *col, body, true)) c.ok(*pts);
}

void RestApi::searchBatch(Call& c)
{
    QJsonObject body;
    if (!c.body(&body)) return;
    EngineError e;
    const Collection* col = m_engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    QJsonArray out;
    for (const QJsonValue& s : body.value(QLatin1String("searches")).toArray()) {
        const auto pts = runQuery(c, *col, s.toObject(), true);
        if (!pts) return;
        out.append(*pts);
    }
    c.ok(out);
}

// ---- snapshots ----

void RestApi::createSnapshot(Call& c)
{
    EngineError e;
    const auto s = m_engine->createSnapshot(c.arg(1), &e);
    if (!s) return c.error(e);
    if (!c.boolParam("wait", true)) return c.accepted();
    c.ok(s->toJson());
}

static QJsonArray snapshotList(const QList<SnapshotInfo>& list)
{
    QJsonArray a;
    for (const SnapshotInfo& s : list)
        a.append(s.toJson());
    return a;
}

void RestApi::listSnapshots(Call& c)
{
    EngineError e;
    const Collection* col = m_engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    c.ok(snapshotList(m_engine->listSnapshots(col->name())));
}

static void sendSnapshotFile(RestApi::Call& c, const std::optional<SnapshotInfo>& s, const QString& name)
{
    if (!s) return c.error(404, QStringLiteral("Not found: Snapshot %1 not found").arg(name));
    HttpResponse r;
    r.contentType = "application/octet-stream";
    r.bodyFile = s->path;
    r.extraHeaders.append({"Content-Disposition", "attachment; filename=\"" + s->name.toUtf8() + "\""});
    c.respond(r);
}

void RestApi::getSnapshot(Call& c)
{
    EngineError e;
    const Collection* col = m_engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    sendSnapshotFile(c, m_engine->findSnapshot(col->name(), c.arg(2)), c.arg(2));
}

void RestApi::deleteSnapshot(Call& c)
{
    EngineError e;
    const Collection* col = m_engine->find(c.arg(1), &e);
    if (!col) return c.error(e);
    if (!m_engine->deleteSnapshot(col->name(), c.arg(2), &e)) return c.error(e);
    if (!c.boolParam("wait", true)) return c.accepted();
    c.ok(true);
}

void RestApi::recoverSnapshot(Call& c)
{
    QJsonObject body;
    if (!c.body(&body)) return;
    const QString location = body.value(QLatin1String("location")).toString();
    const QString priority = body.value(QLatin1String("priority")).toString(QStringLiteral("replica"));
    const QString checksum = body.value(QLatin1String("checksum")).toString();
    if (!QStringList{QStringLiteral("replica"), QStringLiteral("snapshot"), QStringLiteral("no_sync")}
             .contains(priority))
        return c.badField(QStringLiteral("priority"),
                          QStringLiteral("expected replica, snapshot or no_sync"));
    const QUrl url(location);
    const QString collection = c.arg(1);
    const bool wait = c.boolParam("wait", true);
    if (url.scheme() == QLatin1String("file")) {
        const QString path = QFileInfo(url.toLocalFile()).canonicalFilePath();
        const QString root = QFileInfo(m_engine->dataDir()).canonicalFilePath();
        if (path.isEmpty())
            return c.error(
                404, QStringLiteral("Not found: Snapshot file %1 does not exist").arg(url.toLocalFile()));
        if (!path.startsWith(root + QLatin1Char('/')))
            return c.error(
                403,
                QStringLiteral("Forbidden: file:// snapshot locations must be inside the data directory %1")
                    .arg(root));
        EngineError e;
        if (!m_engine->recoverFromFile(collection, path, priority, checksum, &e)) return c.error(e);
        return wait ? c.ok(true) : c.accepted();
    }
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return c.badField(QStringLiteral("location"),
                          QStringLiteral("expected an http://, https:// or file:// URL"));
    if (!m_nam) m_nam = new QNetworkAccessManager();
    QNetworkRequest req(url);
    const QString remoteKey = body.value(QLatin1String("api_key")).toString();
    if (!remoteKey.isEmpty()) req.setRawHeader("api-key", remoteKey.toUtf8());
    QNetworkReply* reply = m_nam->get(req);
    auto tmp = std::make_shared<QTemporaryFile>(
        QDir(m_engine->dataDir()).filePath(QStringLiteral("download-XXXXXX.tmp")));
    tmp->open();
    Responder respond = c.respond;
    const QElapsedTimer timer = c.timer;
    QObject::connect(reply, &QNetworkReply::readyRead, reply,
                     [reply, tmp]() { tmp->write(reply->readAll()); });
    QObject::connect(reply, &QNetworkReply::finished, reply, [=]() {
        reply->deleteLater();
        tmp->write(reply->readAll());
        tmp->flush();
        HttpRequest dummy;
        Call done{dummy, {}, respond, timer};
        if (reply->error() != QNetworkReply::NoError)
            return done.error(400, QStringLiteral("Bad request: cannot download the snapshot from %1: %2")
                                       .arg(url.toDisplayString(QUrl::RemoveUserInfo), reply->errorString()));
        EngineError e;
        if (!m_engine->recoverFromFile(collection, tmp->fileName(), priority, checksum, &e))
            return done.error(e);
        wait ? done.ok(true) : done.accepted();
    });
}

namespace {
// Extracts the part named `field` from a multipart/form-data body.
std::optional<QByteArray> multipartField(const HttpRequest& r, const QByteArray& field, QString* why)
{
    const QByteArray ct = r.header("content-type");
    const int b = ct.indexOf("boundary=");
    if (!ct.startsWith("multipart/form-data") || b < 0) {
        *why = QStringLiteral("expected a multipart/form-data body with a `snapshot` file part");
        return std::nullopt;
    }
    QByteArray boundary = ct.mid(b + 9);
    if (boundary.startsWith('"')) boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
    const int semi = boundary.indexOf(';');
    if (semi >= 0) boundary.truncate(semi);
    const QByteArray delim = "--" + boundary;
    int pos = r.body.indexOf(delim);
    while (pos >= 0) {
        const int headStart = pos + delim.size() + 2;
        const int headEnd = r.body.indexOf("\r\n\r\n", headStart);
        if (headEnd < 0) break;
        const QByteArray head = r.body.mid(headStart, headEnd - headStart);
        const int next = r.body.indexOf("\r\n" + delim, headEnd + 4);
        if (next < 0) break;
        if (head.contains("name=\"" + field + "\"")) return r.body.mid(headEnd + 4, next - headEnd - 4);
        pos = next + 2;
    }
    *why = QStringLiteral("the multipart body has no `%1` part").arg(QString::fromLatin1(field));
    return std::nullopt;
}
} // namespace

void RestApi::uploadSnapshot(Call& c)
{
    QString why;
    const auto data = multipartField(c.req, "snapshot", &why);
    if (!data) return c.error(400, QStringLiteral("Bad request: %1").arg(why));
    const QString priority = c.req.query.queryItemValue(QStringLiteral("priority")).isEmpty()
                                 ? QStringLiteral("replica")
                                 : c.req.query.queryItemValue(QStringLiteral("priority"));
    if (!QStringList{QStringLiteral("replica"), QStringLiteral("snapshot"), QStringLiteral("no_sync")}
             .contains(priority))
        return c.error(400, QStringLiteral("Bad request: priority: expected replica, snapshot or no_sync"));
    QTemporaryFile tmp(QDir(m_engine->dataDir()).filePath(QStringLiteral("upload-XXXXXX.tmp")));
    if (!tmp.open() || tmp.write(*data) != data->size() || !tmp.flush())
        return c.error(507, QStringLiteral("Service internal error: cannot store the uploaded snapshot"));
    EngineError e;
    if (!m_engine->recoverFromFile(c.arg(1), tmp.fileName(), priority,
                                   c.req.query.queryItemValue(QStringLiteral("checksum")), &e))
        return c.error(e);
    c.boolParam("wait", true) ? c.ok(true) : c.accepted();
}

void RestApi::createFullSnapshot(Call& c)
{
    EngineError e;
    const auto s = m_engine->createFullSnapshot(&e);
    if (!s) return c.error(e);
    c.boolParam("wait", true) ? c.ok(s->toJson()) : c.accepted();
}

void RestApi::listFullSnapshots(Call& c)
{
    c.ok(snapshotList(m_engine->listSnapshots(QString())));
}

void RestApi::getFullSnapshot(Call& c)
{
    sendSnapshotFile(c, m_engine->findSnapshot(QString(), c.arg(1)), c.arg(1));
}

void RestApi::deleteFullSnapshot(Call& c)
{
    EngineError e;
    if (!m_engine->deleteSnapshot(QString(), c.arg(1), &e)) return c.error(e);
    c.boolParam("wait", true) ? c.ok(true) : c.accepted();
}

} // namespace vd::engine
