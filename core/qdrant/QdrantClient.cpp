#include "QdrantClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QThreadStorage>

namespace vd {

QdrantClient::QdrantClient(const ClientConfig& config, QObject* parent)
    : QObject(parent), m_config(config), m_nam(sharedNetworkManager())
{
}

QNetworkAccessManager* QdrantClient::sharedNetworkManager()
{
    static QThreadStorage<QNetworkAccessManager*> perThread;
    if (!perThread.hasLocalData()) perThread.setLocalData(new QNetworkAccessManager());
    return perThread.localData();
}

QString QdrantClient::encode(const QString& segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QUrlQuery QdrantClient::waitQuery(bool wait)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("wait"), wait ? QStringLiteral("true") : QStringLiteral("false"));
    return q;
}

void QdrantClient::setWritesLocked(bool locked, const QString& reason)
{
    m_writesLocked = locked;
    m_lockReason = reason;
}

bool QdrantClient::isWrite(const QByteArray& method, const QString& path)
{
    if (method == "GET" || method == "HEAD") return false;
    if (method != "POST") return true; // PUT, PATCH, DELETE
    static const QStringList reads{QStringLiteral("/points/scroll"),
                                   QStringLiteral("/points/count"),
                                   QStringLiteral("/points/query"),
                                   QStringLiteral("/points/query/batch"),
                                   QStringLiteral("/points/query/groups"),
                                   QStringLiteral("/points/search"),
                                   QStringLiteral("/points/search/batch"),
                                   QStringLiteral("/points/recommend"),
                                   QStringLiteral("/facet"),
                                   QStringLiteral("/points")};
    if (!path.startsWith(QLatin1String("/collections/"))) return true;
    const int slash = int(path.indexOf(QLatin1Char('/'), 13)); // after "/collections/{name}"
    return slash < 0 || !reads.contains(path.mid(slash));
}

template <typename J> J* QdrantClient::guardWrite(J* job, const QByteArray& method, const QString& path)
{
    if (m_writesLocked && isWrite(method, path))
        job->refuse(QdrantError(QdrantError::Kind::InvalidRequest,
                                m_lockReason.isEmpty() ? tr("this connection is read-only") : m_lockReason));
    return job;
}

RequestJob* QdrantClient::request(const RequestSpec& spec)
{
    auto* job = guardWrite(new RequestJob(m_config, spec, this), spec.method, spec.path);
    connect(job, &ClientJob::finished, this, [this, job]() {
        if (job->roundTripNs() > 0) m_lastRoundTripNs = job->roundTripNs();
    });
    return job;
}

RequestJob* QdrantClient::call(const QByteArray& method, const QString& path, const QJsonObject& body,
                               bool idempotent, const QUrlQuery& query)
{
    RequestSpec spec;
    spec.method = method;
    spec.path = path;
    spec.query = query;
    if (method != "GET" && method != "DELETE" && !body.isEmpty())
        spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.idempotent = idempotent;
    return request(spec);
}

RequestJob* QdrantClient::refuse(const QString& why)
{
    RequestSpec spec;
    spec.refused = QdrantError(QdrantError::Kind::InvalidRequest, why);
    return request(spec);
}

RequestJob* QdrantClient::version()
{
    RequestSpec spec;
    spec.method = "GET";
    spec.path = QStringLiteral("/");
    spec.idempotent = true;
    spec.enveloped = false;
    RequestJob* job = request(spec);
    connect(job, &ClientJob::finished, this, [this, job]() {
        if (!job->error().isError())
            m_version = QVersionNumber::fromString(
                job->result().toObject().value(QLatin1String("version")).toString());
    });
    return job;
}

static RequestSpec rawGet(const QString& path)
{
    RequestSpec spec;
    spec.method = "GET";
    spec.path = path;
    spec.idempotent = true;
    spec.enveloped = false;
    return spec;
}

RequestJob* QdrantClient::healthz()
{
    return request(rawGet(QStringLiteral("/healthz")));
}
RequestJob* QdrantClient::livez()
{
    return request(rawGet(QStringLiteral("/livez")));
}
RequestJob* QdrantClient::readyz()
{
    return request(rawGet(QStringLiteral("/readyz")));
}
RequestJob* QdrantClient::metrics()
{
    return request(rawGet(QStringLiteral("/metrics")));
}
RequestJob* QdrantClient::telemetry()
{
    return call("GET", QStringLiteral("/telemetry"));
}
RequestJob* QdrantClient::cluster()
{
    return call("GET", QStringLiteral("/cluster"));
}
RequestJob* QdrantClient::collectionCluster(const QString& c)
{
    return call("GET", QStringLiteral("/collections/%1/cluster").arg(encode(c)));
}

RequestJob* QdrantClient::listCollections()
{
    return call("GET", QStringLiteral("/collections"));
}
RequestJob* QdrantClient::collectionInfo(const QString& c)
{
    return call("GET", QStringLiteral("/collections/%1").arg(encode(c)));
}

RequestJob* QdrantClient::collectionExists(const QString& c)
{
    if (supports(Feature::CollectionExists))
        return call("GET", QStringLiteral("/collections/%1/exists").arg(encode(c)));
    // Before 1.8: ask for the collection; a 404 means {"exists": false}, an answer {"exists": true}.
    RequestSpec spec;
    spec.method = "GET";
    spec.path = QStringLiteral("/collections/%1").arg(encode(c));
    spec.idempotent = true;
    spec.notFoundResult = QJsonObject{{QStringLiteral("exists"), false}};
    spec.transform = [](const QJsonValue&) {
        return QJsonValue(QJsonObject{{QStringLiteral("exists"), true}});
    };
    return request(spec);
}

RequestJob* QdrantClient::createCollection(const QString& c, const QJsonObject& body)
{
    return call("PUT", QStringLiteral("/collections/%1").arg(encode(c)), body, false);
}

RequestJob* QdrantClient::createCollection(const QString& c, const CollectionSpec& spec)
{
    QString why;
    const auto body = spec.toJson(m_version, &why);
    if (!body) return refuse(why);
    return createCollection(c, *body);
}

RequestJob* QdrantClient::updateCollection(const QString& c, const QJsonObject& patch)
{
    return call("PATCH", QStringLiteral("/collections/%1").arg(encode(c)), patch, true);
}

RequestJob* QdrantClient::deleteCollection(const QString& c)
{
    return call("DELETE", QStringLiteral("/collections/%1").arg(encode(c)), {}, true);
}
RequestJob* QdrantClient::listAliases()
{
    return call("GET", QStringLiteral("/aliases"));
}
RequestJob* QdrantClient::collectionAliases(const QString& c)
{
    return call("GET", QStringLiteral("/collections/%1/aliases").arg(encode(c)));
}

RequestJob* QdrantClient::updateAliases(const QJsonArray& actions)
{
    return call("POST", QStringLiteral("/collections/aliases"),
                QJsonObject{{QStringLiteral("actions"), actions}}, false);
}

QJsonObject QdrantClient::createAliasAction(const QString& alias, const QString& collection)
{
    return QJsonObject{
        {QStringLiteral("create_alias"), QJsonObject{{QStringLiteral("collection_name"), collection},
                                                     {QStringLiteral("alias_name"), alias}}}};
}
QJsonObject QdrantClient::deleteAliasAction(const QString& alias)
{
    return QJsonObject{{QStringLiteral("delete_alias"), QJsonObject{{QStringLiteral("alias_name"), alias}}}};
}
QJsonObject QdrantClient::renameAliasAction(const QString& from, const QString& to)
{
    return QJsonObject{{QStringLiteral("rename_alias"), QJsonObject{{QStringLiteral("old_alias_name"), from},
                                                                    {QStringLiteral("new_alias_name"), to}}}};
}

RequestJob* QdrantClient::createPayloadIndex(const QString& c, const QString& field,
                                             const PayloadIndexSpec& spec, bool wait)
{
    if (field.isEmpty()) return refuse(tr("field_name: a payload key is required"));
    QString why;
    const auto schema = spec.toJson(m_version, &why);
    if (!schema) return refuse(why);
    return call("PUT", QStringLiteral("/collections/%1/index").arg(encode(c)),
                QJsonObject{{QStringLiteral("field_name"), field}, {QStringLiteral("field_schema"), *schema}},
                true, waitQuery(wait));
}

RequestJob* QdrantClient::deletePayloadIndex(const QString& c, const QString& field, bool wait)
{
    return call("DELETE", QStringLiteral("/collections/%1/index/%2").arg(encode(c), encode(field)), {}, true,
                waitQuery(wait));
}

UpsertJob* QdrantClient::upsertPoints(const QString& c, const QJsonArray& points, bool wait,
                                      int maxPointsPerRequest)
{
    return guardWrite(new UpsertJob(m_config, c, points, wait, maxPointsPerRequest, this), "PUT",
                      QStringLiteral("/collections/%1/points").arg(encode(c)));
}

RequestJob* QdrantClient::getPoint(const QString& c, const PointId& id)
{
    return call("GET", QStringLiteral("/collections/%1/points/%2").arg(encode(c), encode(id.toString())));
}

RequestJob* QdrantClient::retrievePoints(const QString& c, const QList<PointId>& ids,
                                         const QJsonValue& withPayload, const QJsonValue& withVector)
{
    QJsonArray a;
    for (const PointId& id : ids)
        a.append(id.toJson());
    return call("POST", QStringLiteral("/collections/%1/points").arg(encode(c)),
                QJsonObject{{QStringLiteral("ids"), a},
                            {QStringLiteral("with_payload"), withPayload},
                            {QStringLiteral("with_vector"), withVector}});
}

RequestJob* QdrantClient::deletePoints(const QString& c, const PointSelector& selector, bool wait)
{
    QJsonObject body;
    selector.writeTo(&body);
    return call("POST", QStringLiteral("/collections/%1/points/delete").arg(encode(c)), body, true,
                waitQuery(wait));
}

RequestJob* QdrantClient::setPayload(const QString& c, const QJsonObject& payload,
                                     const PointSelector& selector, const QString& key, bool wait)
{
    QJsonObject body{{QStringLiteral("payload"), payload}};
    selector.writeTo(&body);
    if (!key.isEmpty()) body.insert(QStringLiteral("key"), key);
    return call("POST", QStringLiteral("/collections/%1/points/payload").arg(encode(c)), body, true,
                waitQuery(wait));
}

RequestJob* QdrantClient::overwritePayload(const QString& c, const QJsonObject& payload,
                                           const PointSelector& selector, bool wait)
{
    QJsonObject body{{QStringLiteral("payload"), payload}};
    selector.writeTo(&body);
    return call("PUT", QStringLiteral("/collections/%1/points/payload").arg(encode(c)), body, true,
                waitQuery(wait));
}

RequestJob* QdrantClient::deletePayloadKeys(const QString& c, const QStringList& keys,
                                            const PointSelector& selector, bool wait)
{
    QJsonObject body{{QStringLiteral("keys"), QJsonArray::fromStringList(keys)}};
    selector.writeTo(&body);
    return call("POST", QStringLiteral("/collections/%1/points/payload/delete").arg(encode(c)), body, true,
                waitQuery(wait));
}

RequestJob* QdrantClient::clearPayload(const QString& c, const PointSelector& selector, bool wait)
{
    QJsonObject body;
    selector.writeTo(&body);
    return call("POST", QStringLiteral("/collections/%1/points/payload/clear").arg(encode(c)), body, true,
                waitQuery(wait));
}

RequestJob* QdrantClient::scroll(const QString& c, const std::optional<Filter>& filter, int limit,
                                 const std::optional<PointId>& offset, const QJsonValue& withPayload,
                                 const QJsonValue& withVector)
{
    if (limit < 1) return refuse(tr("limit: expected at least 1, got %1").arg(limit));
    QJsonObject body{{QStringLiteral("limit"), limit},
                     {QStringLiteral("with_payload"), withPayload},
                     {QStringLiteral("with_vector"), withVector}};
    if (filter && !filter->isEmpty()) body.insert(QStringLiteral("filter"), filter->toJson());
    if (offset) body.insert(QStringLiteral("offset"), offset->toJson());
    return call("POST", QStringLiteral("/collections/%1/points/scroll").arg(encode(c)), body);
}

RequestJob* QdrantClient::count(const QString& c, const std::optional<Filter>& filter, bool exact)
{
    QJsonObject body{{QStringLiteral("exact"), exact}};
    if (filter && !filter->isEmpty()) body.insert(QStringLiteral("filter"), filter->toJson());
    return call("POST", QStringLiteral("/collections/%1/points/count").arg(encode(c)), body);
}

RequestJob* QdrantClient::facet(const QString& c, const QString& key, const std::optional<Filter>& filter,
                                int limit, bool exact)
{
    if (!supports(Feature::Facet))
        return refuse(tr("facet needs Qdrant 1.12 or newer; this server is %1").arg(m_version.toString()));
    QJsonObject body{
        {QStringLiteral("key"), key}, {QStringLiteral("limit"), limit}, {QStringLiteral("exact"), exact}};
    if (filter && !filter->isEmpty()) body.insert(QStringLiteral("filter"), filter->toJson());
    return call("POST", QStringLiteral("/collections/%1/facet").arg(encode(c)), body);
}

RequestJob* QdrantClient::query(const QString& c, const QueryRequest& r)
{
    if (r.limit < 1) return refuse(tr("limit: expected at least 1, got %1").arg(r.limit));
    if (supports(Feature::QueryApi))
        return call("POST", QStringLiteral("/collections/%1/points/query").arg(encode(c)), r.toJson());
    QString why;
    const auto legacy = r.toLegacySearchJson(&why);
    if (!legacy) return refuse(why);
    RequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/collections/%1/points/search").arg(encode(c));
    spec.body = QJsonDocument(*legacy).toJson(QJsonDocument::Compact);
    spec.idempotent = true;
    spec.transform = [](const QJsonValue& v) {
        return QJsonValue(QJsonObject{{QStringLiteral("points"), v}});
    };
    return request(spec);
}

RequestJob* QdrantClient::queryBatch(const QString& c, const QList<QueryRequest>& requests)
{
    QJsonArray searches;
    if (supports(Feature::QueryApi)) {
        for (const QueryRequest& r : requests)
            searches.append(r.toJson());
        return call("POST", QStringLiteral("/collections/%1/points/query/batch").arg(encode(c)),
                    QJsonObject{{QStringLiteral("searches"), searches}});
    }
    for (const QueryRequest& r : requests) {
        QString why;
        const auto legacy = r.toLegacySearchJson(&why);
        if (!legacy) return refuse(why);
        searches.append(*legacy);
    }
    RequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/collections/%1/points/search/batch").arg(encode(c));
    spec.body =
        QJsonDocument(QJsonObject{{QStringLiteral("searches"), searches}}).toJson(QJsonDocument::Compact);
    spec.idempotent = true;
    spec.transform = [](const QJsonValue& v) {
        QJsonArray out;
        for (const QJsonValue& list : v.toArray())
            out.append(QJsonObject{{QStringLiteral("points"), list}});
        return QJsonValue(out);
    };
    return request(spec);
}

RequestJob* QdrantClient::createSnapshot(const QString& c, bool wait)
{
    return call("POST", snapshotsPath(c), {}, false, waitQuery(wait));
}

RequestJob* QdrantClient::listSnapshots(const QString& c)
{
    return call("GET", snapshotsPath(c));
}

RequestJob* QdrantClient::deleteSnapshot(const QString& c, const QString& name, bool wait)
{
    return call("DELETE", snapshotsPath(c) + QLatin1Char('/') + encode(name), {}, true, waitQuery(wait));
}

RequestJob* QdrantClient::recoverSnapshot(const QString& c, const QString& location, const QString& priority,
                                          const QString& checksum, bool wait)
{
    if (c.isEmpty())
        return refuse(
            tr("full-storage snapshots are restored with the server's --snapshot option, not over REST"));
    QJsonObject body{{QStringLiteral("location"), location}};
    if (!priority.isEmpty()) {
        if (!QStringList{QStringLiteral("replica"), QStringLiteral("snapshot"), QStringLiteral("no_sync")}
                 .contains(priority))
            return refuse(tr("priority: expected replica, snapshot or no_sync, got '%1'").arg(priority));
        body.insert(QStringLiteral("priority"), priority);
    }
    if (!checksum.isEmpty()) body.insert(QStringLiteral("checksum"), checksum);
    return call("PUT", snapshotsPath(c) + QStringLiteral("/recover"), body, false, waitQuery(wait));
}

SnapshotDownloadJob* QdrantClient::downloadSnapshot(const QString& c, const QString& name,
                                                    const QString& targetPath,
                                                    const QString& expectedChecksum)
{
    return new SnapshotDownloadJob(m_nam, m_config, c, name, targetPath, expectedChecksum, this);
}

SnapshotUploadJob* QdrantClient::uploadSnapshot(const QString& c, const QString& filePath,
                                                const QString& priority, const QString& checksum)
{
    return guardWrite(new SnapshotUploadJob(m_nam, m_config, c, filePath, priority, checksum, this), "POST",
                      snapshotsPath(c) + QStringLiteral("/upload"));
}

} // namespace vd
