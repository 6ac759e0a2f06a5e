#pragma once
// Qdrant's REST API (the part VectorDesk uses) on top of Engine: routing, API-key checks, Qdrant's
// envelopes ({"result","status","time"} / {"status":{"error"}}) and status codes, request validation
// with messages that name the bad field.
#include "Engine.h"
#include "HttpMessage.h"

#include <QElapsedTimer>
#include <QRegularExpression>

class QNetworkAccessManager;

namespace vd::engine {

class RestApi
{
public:
    struct Options
    {
        QByteArray apiKey;         // empty: no authentication
        QByteArray readOnlyApiKey; // empty: none
    };
    static constexpr const char* kVersion = "1.19.0";

    RestApi(Engine* engine, Options options);
    ~RestApi();
    void handle(const HttpRequest& request, const Responder& respond);

    struct Call;

private:
    using Handler = void (RestApi::*)(Call&);
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        Handler handler;
        bool write;
    };
    void addRoute(const char* method, const char* pattern, Handler h, bool write);
    bool authorize(const HttpRequest& r, bool write, const Responder& respond) const;

    // Service
    void root(Call& c);
    void healthz(Call& c);
    void readyz(Call& c);
    void telemetry(Call& c);
    void metrics(Call& c);
    void cluster(Call& c);
    void collectionCluster(Call& c);
    // Collections and aliases
    void listCollections(Call& c);
    void getCollection(Call& c);
    void createCollection(Call& c);
    void updateCollection(Call& c);
    void deleteCollection(Call& c);
    void collectionExists(Call& c);
    void updateAliases(Call& c);
    void listAliases(Call& c);
    void collectionAliases(Call& c);
    void createIndex(Call& c);
    void deleteIndex(Call& c);
    // Points
    void upsertPoints(Call& c);
    void getPoint(Call& c);
    void getPoints(Call& c);
    void deletePoints(Call& c);
    void setPayload(Call& c);
    void overwritePayload(Call& c);
    void deletePayload(Call& c);
    void clearPayload(Call& c);
    void updateVectors(Call& c);
    void deleteVectors(Call& c);
    void batchUpdate(Call& c);
    void scroll(Call& c);
    void count(Call& c);
    void facet(Call& c);
    void query(Call& c);
    void queryBatch(Call& c);
    void search(Call& c);
    void searchBatch(Call& c);
    // Snapshots
    void createSnapshot(Call& c);
    void listSnapshots(Call& c);
    void getSnapshot(Call& c);
    void deleteSnapshot(Call& c);
    void recoverSnapshot(Call& c);
    void uploadSnapshot(Call& c);
    void createFullSnapshot(Call& c);
    void listFullSnapshots(Call& c);
    void getFullSnapshot(Call& c);
    void deleteFullSnapshot(Call& c);

    Engine* m_engine;
    Options m_options;
    QList<Route> m_routes;
    QNetworkAccessManager* m_nam = nullptr;
    QHash<QString, quint64> m_requestCounts;
};

} // namespace vd::engine
