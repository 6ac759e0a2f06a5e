#include "RecreateCollectionJob.h"

#include "QdrantClient.h"

namespace vd {

RecreateCollectionJob::RecreateCollectionJob(QdrantClient* client, const QString& collection, QObject* parent)
    : ClientJob(parent), m_client(client), m_collection(collection)
{
}

void RecreateCollectionJob::abort()
{
    if (isFinished()) return;
    m_aborted = true;
    if (m_current) m_current->abort();
    finish(QdrantError(QdrantError::Kind::Cancelled,
                       m_deleted
                           ? tr("cancelled after %1 was deleted: create it again from the form or a snapshot")
                                 .arg(m_collection)
                           : tr("cancelled; nothing was changed")));
}

namespace {
QJsonObject withoutNulls(const QJsonObject& o)
{
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!it.value().isNull() && !it.value().isUndefined()) out.insert(it.key(), it.value());
    return out;
}
} // namespace

QJsonObject RecreateCollectionJob::createBody(const CollectionInfo& info)
{
    const QJsonObject params = info.config.value(QLatin1String("params")).toObject();
    QJsonObject body{{QStringLiteral("vectors"), params.value(QLatin1String("vectors"))}};
    for (const char* key :
         {"shard_number", "replication_factor", "write_consistency_factor", "on_disk_payload"})
        if (params.contains(QLatin1String(key)))
            body.insert(QLatin1String(key), params.value(QLatin1String(key)));
    const QJsonObject hnsw = withoutNulls(info.config.value(QLatin1String("hnsw_config")).toObject());
    if (!hnsw.isEmpty()) body.insert(QStringLiteral("hnsw_config"), hnsw);
    const QJsonObject optimizers =
        withoutNulls(info.config.value(QLatin1String("optimizer_config")).toObject());
    if (!optimizers.isEmpty()) body.insert(QStringLiteral("optimizers_config"), optimizers);
    const QJsonValue quantization = info.config.value(QLatin1String("quantization_config"));
    if (quantization.isObject()) body.insert(QStringLiteral("quantization_config"), quantization);
    const QJsonValue metadata = info.config.value(QLatin1String("metadata"));
    if (metadata.isObject() && !metadata.toObject().isEmpty())
        body.insert(QStringLiteral("metadata"), metadata);
    return body;
}

void RecreateCollectionJob::start()
{
    RequestJob* info = m_client->collectionInfo(m_collection);
    m_current = info;
    connect(info, &ClientJob::finished, this, [this, info]() {
        if (m_aborted) return;
        if (info->error().isError()) return finish(info->error());
        QString why;
        const auto ci = CollectionInfo::fromJson(info->result(), &why);
        if (!ci) return finish(QdrantError(QdrantError::Kind::MalformedResponse, why));
        const QJsonObject body = createBody(*ci);
        QList<QPair<QString, PayloadIndexInfo>> indexes;
        for (auto it = ci->payloadSchema.begin(); it != ci->payloadSchema.end(); ++it)
            indexes.append({it.key(), it.value()});
        RequestJob* del = m_client->deleteCollection(m_collection);
        m_current = del;
        connect(del, &ClientJob::finished, this, [this, del, body, indexes]() {
            if (m_aborted) return;
            if (del->error().isError()) return finish(del->error());
            m_deleted = true;
            Q_EMIT progress(1, 3);
            RequestJob* create = m_client->createCollection(m_collection, body);
            m_current = create;
            connect(create, &ClientJob::finished, this, [this, create, indexes]() {
                if (m_aborted) return;
                if (create->error().isError())
                    return finish(QdrantError(create->error().kind(),
                                              tr("%1 was deleted but could not be created again: %2")
                                                  .arg(m_collection, create->error().message()),
                                              create->error().httpStatus()));
                Q_EMIT progress(2, 3);
                createIndexes(indexes);
            });
        });
    });
}

void RecreateCollectionJob::createIndexes(QList<QPair<QString, PayloadIndexInfo>> left)
{
    if (left.isEmpty()) {
        Q_EMIT progress(3, 3);
        return finish();
    }
    const auto [field, info] = left.takeFirst();
    QJsonObject schema = info.params;
    schema.insert(QStringLiteral("type"), info.dataType);
    QString why;
    const auto spec = PayloadIndexSpec::fromJson(schema, &why);
    if (!spec)
        return finish(
            QdrantError(QdrantError::Kind::InvalidRequest,
                        tr("%1 was recreated without its index on %2: %3").arg(m_collection, field, why)));
    RequestJob* ix = m_client->createPayloadIndex(m_collection, field, *spec);
    m_current = ix;
    connect(ix, &ClientJob::finished, this, [this, ix, left, field = field]() {
        if (m_aborted) return;
        if (ix->error().isError())
            return finish(
                QdrantError(ix->error().kind(), tr("%1 was recreated without its index on %2: %3")
                                                    .arg(m_collection, field, ix->error().message())));
        createIndexes(left);
    });
}

} // namespace vd
