#pragma once
// Asynchronous client for Qdrant's REST API (servers 1.8 and newer) over one shared QNetworkAccessManager
// per thread. Every call returns a job (see ClientJobs.h); nothing blocks. Call version() first: the
// answer of `GET /` sets serverVersion(), and calls that depend on newer features adapt (legacy search
// before 1.10, `on_disk` instead of `memory` before 1.19) or are refused with a message naming the version.
#include "ClientConfig.h"
#include "ClientJobs.h"
#include "QdrantTypes.h"

#include <QObject>
#include <QVersionNumber>

class QNetworkAccessManager;

namespace vd {

class QdrantClient : public QObject
{
    Q_OBJECT
public:
    explicit QdrantClient(const ClientConfig& config, QObject* parent = nullptr);

    static QNetworkAccessManager* sharedNetworkManager(); // one per thread, created on first use
    const ClientConfig& config() const { return m_config; }
    QVersionNumber serverVersion() const { return m_version; }
    void setServerVersion(const QVersionNumber& v) { m_version = v; }
    bool supports(Feature f) const { return m_version.isNull() || m_version >= featureVersion(f); }
    // Latency of the last finished request (send to last byte), for status bars.
    qint64 lastRoundTripNs() const { return m_lastRoundTripNs; }

    // Read-only mode (production connections until unlocked): every call that would change the server
    // finishes at once with an InvalidRequest error carrying `reason`; reads go through.
    void setWritesLocked(bool locked, const QString& reason = QString());
    bool writesLocked() const { return m_writesLocked; }
    // Whether a request changes the server (reads sent with POST — scroll, count, query, facet, retrieve —
    // are not writes).
    static bool isWrite(const QByteArray& method, const QString& path);

    // Generic escape hatch: any path, any body.
    RequestJob* request(const RequestSpec& spec);

    // Service
    RequestJob* version(); // GET /, also sets serverVersion()
    RequestJob* healthz();
    RequestJob* livez();
    RequestJob* readyz();
    RequestJob* telemetry();
    RequestJob* metrics(); // raw text; parse with parsePrometheusText
    RequestJob* cluster();
    RequestJob* collectionCluster(const QString& collection);

    // Collections and aliases
    RequestJob* listCollections();
    RequestJob* collectionInfo(const QString& collection);
    RequestJob* collectionExists(const QString& collection); // falls back to info before 1.8
    RequestJob* createCollection(const QString& collection, const QJsonObject& body);
    RequestJob* createCollection(const QString& collection, const CollectionSpec& spec);
    RequestJob* updateCollection(const QString& collection, const QJsonObject& patch);
    RequestJob* deleteCollection(const QString& collection);
    RequestJob* listAliases();
    RequestJob* collectionAliases(const QString& collection);
    // Atomic list of create_alias / delete_alias / rename_alias actions.
    RequestJob* updateAliases(const QJsonArray& actions);
    static QJsonObject createAliasAction(const QString& alias, const QString& collection);
    static QJsonObject deleteAliasAction(const QString& alias);
    static QJsonObject renameAliasAction(const QString& from, const QString& to);

    // Payload indexes
    RequestJob* createPayloadIndex(const QString& collection, const QString& field,
                                   const PayloadIndexSpec& spec, bool wait = true);
    RequestJob* deletePayloadIndex(const QString& collection, const QString& field, bool wait = true);

    // Points
    // Splits the points into requests under the body limit, at most `maxPointsPerRequest` each.
    UpsertJob* upsertPoints(const QString& collection, const QJsonArray& points, bool wait = true,
                            int maxPointsPerRequest = 1000);
    RequestJob* getPoint(const QString& collection, const PointId& id);
    RequestJob* retrievePoints(const QString& collection, const QList<PointId>& ids,
                               const QJsonValue& withPayload = true, const QJsonValue& withVector = false);
    RequestJob* deletePoints(const QString& collection, const PointSelector& selector, bool wait = true);
    RequestJob* setPayload(const QString& collection, const QJsonObject& payload,
                           const PointSelector& selector, const QString& key = QString(), bool wait = true);
    RequestJob* overwritePayload(const QString& collection, const QJsonObject& payload,
                                 const PointSelector& selector, bool wait = true);
    RequestJob* deletePayloadKeys(const QString& collection, const QStringList& keys,
                                  const PointSelector& selector, bool wait = true);
    RequestJob* clearPayload(const QString& collection, const PointSelector& selector, bool wait = true);
    // `offset` is inclusive: pass the previous page's next_page_offset.
    RequestJob* scroll(const QString& collection, const std::optional<Filter>& filter, int limit,
                       const std::optional<PointId>& offset, const QJsonValue& withPayload = true,
                       const QJsonValue& withVector = false);
    RequestJob* count(const QString& collection, const std::optional<Filter>& filter, bool exact = true);
    RequestJob* facet(const QString& collection, const QString& key, const std::optional<Filter>& filter,
                      int limit = 10, bool exact = false);

    // Search: /points/query from 1.10, /points/search before (the result is {"points": [...]} either way).
    RequestJob* query(const QString& collection, const QueryRequest& request);
    RequestJob* queryBatch(const QString& collection, const QList<QueryRequest>& requests);

    // Snapshots (collection empty: full storage)
    RequestJob* createSnapshot(const QString& collection, bool wait = true);
    RequestJob* listSnapshots(const QString& collection);
    RequestJob* deleteSnapshot(const QString& collection, const QString& name, bool wait = true);
    RequestJob* recoverSnapshot(const QString& collection, const QString& location,
                                const QString& priority = QString(), const QString& checksum = QString(),
                                bool wait = true);
    SnapshotDownloadJob* downloadSnapshot(const QString& collection, const QString& name,
                                          const QString& targetPath,
                                          const QString& expectedChecksum = QString());
    SnapshotUploadJob* uploadSnapshot(const QString& collection, const QString& filePath,
                                      const QString& priority = QString(),
                                      const QString& checksum = QString());

private:
    RequestJob* call(const QByteArray& method, const QString& path, const QJsonObject& body = QJsonObject(),
                     bool idempotent = true, const QUrlQuery& query = QUrlQuery());
    RequestJob* refuse(const QString& why);
    static QString encode(const QString& segment);
    static QUrlQuery waitQuery(bool wait);

    ClientConfig m_config;
    QNetworkAccessManager* m_nam;
    QVersionNumber m_version;
    qint64 m_lastRoundTripNs = 0;
    bool m_writesLocked = false;
    QString m_lockReason;
    template <typename J> J* guardWrite(J* job, const QByteArray& method, const QString& path);
};

} // namespace vd
