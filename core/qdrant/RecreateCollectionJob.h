#pragma once
// Recreates a collection empty with the same configuration: reads its info, deletes it, creates it again
// from that configuration (vectors, shards, replication, HNSW, quantization, optimizers, metadata) and
// re-creates its payload indexes. Destructive: the caller asks for the name to be typed first. If a step
// after the delete fails, the error says what was already done, so nothing is left half-done silently.
#include "ClientJobs.h"
#include "QdrantTypes.h"

namespace vd {

class QdrantClient;

class RecreateCollectionJob : public ClientJob
{
    Q_OBJECT
public:
    RecreateCollectionJob(QdrantClient* client, const QString& collection, QObject* parent = nullptr);
    void abort() override;
    // The CreateCollection body that reproduces `info`'s configuration (exposed for tests).
    static QJsonObject createBody(const CollectionInfo& info);

protected:
    void start() override;

private:
    void createIndexes(QList<QPair<QString, PayloadIndexInfo>> left);
    QdrantClient* m_client;
    QString m_collection;
    QPointer<ClientJob> m_current;
    bool m_deleted = false;
    bool m_aborted = false;
};

} // namespace vd
