#include "JobCheckpoint.h"

#include "common/Logging.h"

#include <QCborArray>
#include <QCborValue>
#include <QFile>
#include <QJsonObject>
#include <QtEndian>
#include <cstdio>

namespace vd {

namespace {
QCborArray toCbor(const QStringList& l)
{
    QCborArray a;
    for (const QString& s : l)
        a.append(s);
    return a;
}
QStringList fromCbor(const QCborArray& a)
{
    QStringList l;
    for (const QCborValue& v : a)
        l.append(v.toString());
    return l;
}
} // namespace

bool JobCheckpoint::open(const QString& path, const QByteArray& fingerprint, bool resume, QString* error)
{
    m_path = path;
    m_fingerprint = fingerprint;
    QList<QCborMap> records;
    if (QFile::exists(path)) {
        if (!m_log.open(path, &records, error)) {
            *error = tr("checkpoint %1 is damaged: %2").arg(path, *error);
            return false;
        }
        m_loadedRecords = int(records.size());
        if (records.size() > 1 && !resume) { // more than the start record: work was done
            *error =
                tr("%1 holds the checkpoint of an interrupted run: pass --resume to continue it, or delete "
                   "the file to start over")
                    .arg(path);
            return false;
        }
        if (!records.isEmpty() && records.first().value(QStringLiteral("fp")).toByteArray() != fingerprint) {
            *error = tr("%1 belongs to a different version of this job (its source, template, provider or "
                        "target changed); delete it to start over")
                         .arg(path);
            return false;
        }
    } else if (!m_log.open(path, &records, error)) {
        *error = tr("cannot create the checkpoint %1: %2").arg(path, *error);
        return false;
    }
    for (const QCborMap& r : records) {
        const QString t = r.value(QStringLiteral("t")).toString();
        const qint64 b = r.value(QStringLiteral("b")).toInteger();
        if (t == QLatin1String("emb")) {
            m_pending.insert(b, r);
            for (const QString& k : fromCbor(r.value(QStringLiteral("keys")).toArray()))
                m_finished.insert(k);
            m_nextBatch = qMax(m_nextBatch, b + 1);
        } else if (t == QLatin1String("up")) {
            const QCborMap emb = m_pending.take(b);
            for (const QString& k : fromCbor(emb.value(QStringLiteral("keys")).toArray()))
                m_written.insert(k);
        } else if (t == QLatin1String("dead")) {
            const Dead d{r.value(QStringLiteral("key")).toString(),
                         r.value(QStringLiteral("row")).toInteger(),
                         r.value(QStringLiteral("error")).toString()};
            m_dead.insert(d.key, d);
        } else if (t == QLatin1String("done")) {
            for (const QString& k : fromCbor(r.value(QStringLiteral("keys")).toArray())) {
                m_finished.insert(k);
                m_written.insert(k);
            }
        }
    }
    if (records.isEmpty())
        return append(
            QCborMap{{QStringLiteral("t"), QStringLiteral("start")}, {QStringLiteral("fp"), fingerprint}},
            error);
    return true;
}

QList<JobCheckpoint::Batch> JobCheckpoint::takePending()
{
    QList<Batch> out;
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        const QCborMap& r = it.value();
        Batch b;
        b.number = it.key();
        b.keys = fromCbor(r.value(QStringLiteral("keys")).toArray());
        const QCborArray ids = r.value(QStringLiteral("ids")).toArray();
        const QCborArray payloads = r.value(QStringLiteral("payloads")).toArray();
        const QByteArray vecs = r.value(QStringLiteral("vecs")).toByteArray();
        const int dims = int(r.value(QStringLiteral("dims")).toInteger());
        const QString vectorName = r.value(QStringLiteral("vector")).toString();
        for (int i = 0; i < ids.size(); ++i) {
            QJsonArray v;
            for (int d = 0; d < dims; ++d)
                v.append(double(qFromLittleEndian<float>(vecs.constData() + (qint64(i) * dims + d) * 4)));
            QJsonObject p{{QStringLiteral("id"), ids[i].toJsonValue()},
                          {QStringLiteral("payload"), payloads[i].toJsonValue()}};
            p.insert(QStringLiteral("vector"),
                     vectorName.isEmpty() ? QJsonValue(v) : QJsonObject{{vectorName, v}});
            b.points.append(p);
        }
        out.append(b);
    }
    return out; // they stay pending in the log until recordUpserted()
}

bool JobCheckpoint::recordEmbedded(const Batch& batch, const QString& vectorName, QString* error)
{
    QCborArray ids, payloads;
    QByteArray vecs;
    int dims = 0;
    for (const QJsonValue& pv : batch.points) {
        const QJsonObject p = pv.toObject();
        ids.append(QCborValue::fromJsonValue(p.value(QLatin1String("id"))));
        payloads.append(QCborValue::fromJsonValue(p.value(QLatin1String("payload"))));
        const QJsonValue vv = p.value(QLatin1String("vector"));
        const QJsonArray v = vectorName.isEmpty() ? vv.toArray() : vv.toObject().value(vectorName).toArray();
        dims = int(v.size());
        const qsizetype at = vecs.size();
        vecs.resize(at + v.size() * 4);
        for (int d = 0; d < v.size(); ++d)
            qToLittleEndian<float>(float(v[d].toDouble()), vecs.data() + at + d * 4);
    }
    QCborMap r{{QStringLiteral("t"), QStringLiteral("emb")},
               {QStringLiteral("b"), batch.number},
               {QStringLiteral("keys"), toCbor(batch.keys)},
               {QStringLiteral("ids"), ids},
               {QStringLiteral("dims"), dims},
               {QStringLiteral("vector"), vectorName},
               {QStringLiteral("vecs"), vecs},
               {QStringLiteral("payloads"), payloads}};
    m_vectorName = vectorName;
    if (!append(r, error)) return false;
    m_pending.insert(batch.number, r);
    for (const QString& k : batch.keys)
        m_finished.insert(k);
    m_nextBatch = qMax(m_nextBatch, batch.number + 1);
    return true;
}

bool JobCheckpoint::recordUpserted(qint64 batch, QString* error)
{
    if (!append(QCborMap{{QStringLiteral("t"), QStringLiteral("up")}, {QStringLiteral("b"), batch}}, error))
        return false;
    const QCborMap emb = m_pending.take(batch);
    for (const QString& k : fromCbor(emb.value(QStringLiteral("keys")).toArray()))
        m_written.insert(k);
    if (m_log.size() > kCompactAbove) return compact(error);
    return true;
}

namespace {
QCborMap deadRecord(const JobCheckpoint::Dead& d)
{
    return QCborMap{{QStringLiteral("t"), QStringLiteral("dead")},
                    {QStringLiteral("key"), d.key},
                    {QStringLiteral("row"), d.row},
                    {QStringLiteral("error"), d.error}};
}
} // namespace

bool JobCheckpoint::recordDead(const Dead& dead, QString* error)
{
    m_dead.insert(dead.key, dead);
    return append(deadRecord(dead), error);
}

bool JobCheckpoint::append(const QCborMap& record, QString* error)
{
    if (!m_log.append(record, error)) {
        *error = tr("cannot write the checkpoint %1: %2").arg(m_path, *error);
        return false;
    }
    return true;
}

// Rewrites the log with only what resuming needs (written keys, dead keys, pending batches), then
// atomically replaces the old one: a crash during compaction leaves the old, complete log.
bool JobCheckpoint::compact(QString* error)
{
    const QString tmp = m_path + QStringLiteral(".compact");
    QFile::remove(tmp);
    WriteAheadLog next;
    QList<QCborMap> none;
    QStringList written(m_written.begin(), m_written.end());
    bool ok = next.open(tmp, &none, error) &&
              next.append(QCborMap{{QStringLiteral("t"), QStringLiteral("start")},
                                   {QStringLiteral("fp"), m_fingerprint}},
                          error) &&
              next.append(QCborMap{{QStringLiteral("t"), QStringLiteral("done")},
                                   {QStringLiteral("keys"), toCbor(written)}},
                          error);
    for (const Dead& d : m_dead)
        ok = ok && next.append(deadRecord(d), error);
    for (const QCborMap& r : m_pending)
        ok = ok && next.append(r, error);
    next.close();
    m_log.close();
    const bool renamed =
        ok && std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(m_path).constData()) == 0;
    if (!renamed) {
        if (ok) *error = tr("cannot replace %1").arg(m_path);
        QFile::remove(tmp);
    }
    QList<QCborMap> records;
    QString reopenError;
    if (!m_log.open(m_path, &records, &reopenError)) {
        *error = reopenError;
        return false;
    }
    qCInfo(lcJobs) << "checkpoint compacted:" << renamed;
    return renamed;
}

bool JobCheckpoint::remove(QString* error)
{
    m_log.close();
    if (QFile::exists(m_path) && !QFile::remove(m_path)) {
        *error = tr("cannot remove the checkpoint %1").arg(m_path);
        return false;
    }
    return true;
}

} // namespace vd
