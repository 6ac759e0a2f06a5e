#include "EmbeddingJob.h"

#include "common/Logging.h"
#include "qdrant/Filter.h"
#include "templates/SchemaDrift.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>
#include <QUuid>
#include <cmath>

namespace vd {

namespace {
// Namespace of the UUIDv5 ids made from source keys that are neither integers nor UUIDs.
const QUuid kIdNamespace(QStringLiteral("6f0d5c2e-3b0e-4f57-9a43-7d1c3a2b9e10"));
const QString kJobField = QStringLiteral("vd_job");
const QString kHashField = QStringLiteral("vd_hash");
constexpr int kRowsPerTurn = 256;     // rows read before yielding to the event loop
constexpr int kMaxWritesInFlight = 4; // upserts (and payload rewrites) at once
constexpr int kPayloadOnlyBatch = 100;
constexpr int kDeleteBatch = 1000;

QString hex(const QByteArray& data, int chars)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(chars));
}
} // namespace

QJsonObject JobProgress::toJson() const
{
    return QJsonObject{{QStringLiteral("rows_total"), rowsTotal},
                       {QStringLiteral("rows_read"), rowsRead},
                       {QStringLiteral("new"), newRows},
                       {QStringLiteral("changed"), changedRows},
                       {QStringLiteral("payload_only"), payloadOnlyRows},
                       {QStringLiteral("unchanged"), unchangedRows},
                       {QStringLiteral("resumed"), resumedRows},
                       {QStringLiteral("embedded"), embedded},
                       {QStringLiteral("upserted"), upserted},
                       {QStringLiteral("dead_letter"), deadLettered},
                       {QStringLiteral("deleted"), deleted},
                       {QStringLiteral("to_delete"), toDelete},
                       {QStringLiteral("calls"), calls},
                       {QStringLiteral("retries"), retries},
                       {QStringLiteral("rate_limited"), rateLimited},
                       {QStringLiteral("tokens"), tokens},
                       {QStringLiteral("cost_usd"), std::round(costUsd * 1e6) / 1e6},
                       {QStringLiteral("elapsed_ms"), elapsedMs},
                       {QStringLiteral("eta_ms"), etaMs}};
}

QString EmbeddingJob::stateName(State s)
{
    switch (s) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Running:
        return QStringLiteral("running");
    case State::Paused:
        return QStringLiteral("paused");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Done:
        return QStringLiteral("done");
    }
    return QString();
}

EmbeddingJob::EmbeddingJob(const JobSpec& spec, const ClientConfig& qdrant, const Options& options,
                           QObject* parent)
    : QObject(parent), m_spec(spec), m_options(options), m_client(std::make_unique<QdrantClient>(qdrant))
{
}

EmbeddingJob::~EmbeddingJob()
{
    if (m_scheduler) m_scheduler->cancel();
}

void EmbeddingJob::setState(State s)
{
    if (m_state == s) return;
    m_state = s;
    qCInfo(lcJobs) << m_spec.name << stateName(s);
    Q_EMIT stateChanged(s);
}

void EmbeddingJob::start()
{
    if (m_state != State::Queued) return;
    setState(State::Running);
    m_clock.start();
    QString why;
    m_provider = createProvider(m_spec.provider, &why);
    if (!m_provider) return fail(why);
    m_source = RowSource::create(m_spec.source);
    auto* v = m_client->version();
    connect(v, &ClientJob::finished, this, [this, v]() {
        if (v->error().isError()) return failWith(v->error(), tr("connecting to Qdrant"));
        checkCollection();
    });
}

void EmbeddingJob::pause()
{
    if (m_state != State::Running) return;
    if (m_scheduler) m_scheduler->pause();
    setState(State::Paused);
    Q_EMIT message(tr("paused; calls in flight finish, nothing new is sent"));
}

void EmbeddingJob::resume()
{
    if (m_state != State::Paused) return;
    setState(State::Running);
    if (m_scheduler) m_scheduler->resume();
    pumpSource();
    maybeFinish();
}

void EmbeddingJob::cancel()
{
    if (m_state == State::Done || m_state == State::Failed || m_state == State::Cancelled) return;
    if (m_scheduler) m_scheduler->cancel();
    for (const QPointer<ClientJob>& w : m_writes)
        if (w) w->abort();
    m_error = tr("cancelled");
    updateStats();
    setState(State::Cancelled);
    Q_EMIT message(
        tr("cancelled: %1 rows written; run again with --resume to continue").arg(m_progress.upserted));
    Q_EMIT finished();
}

void EmbeddingJob::fail(const QString& error, const QString& advice, int failureCode)
{
    if (m_state == State::Done || m_state == State::Failed || m_state == State::Cancelled) return;
    if (m_scheduler) m_scheduler->cancel();
    for (const QPointer<ClientJob>& w : m_writes)
        if (w) w->abort();
    m_error = error;
    m_advice = advice;
    m_failureCode = failureCode;
    updateStats();
    QString ignored;
    if (!m_options.dryRun)
        writeDeadLetters(&ignored); // what is known; the checkpoint keeps the rest for --resume
    qCWarning(lcJobs) << m_spec.name << "failed:" << error;
    setState(State::Failed);
    Q_EMIT finished();
}

void EmbeddingJob::failWith(const QdrantError& e, const QString& context)
{
    fail(tr("%1: %2").arg(context, e.errorString()), e.advice(), e.exitCode());
}

void EmbeddingJob::checkCollection()
{
    auto* info = m_client->collectionInfo(m_spec.collection);
    connect(info, &ClientJob::finished, this, [this, info]() {
        if (info->error().kind() == QdrantError::Kind::NotFound) {
            if (m_spec.createCollection && !m_options.dryRun) return createCollection();
            if (m_spec.createCollection) {
                Q_EMIT message(
                    tr("collection %1 does not exist; the run would create it").arg(m_spec.collection));
                return openCheckpoint();
            }
            return fail(
                tr("collection %1 does not exist").arg(m_spec.collection),
                tr("Create it first (vectordesk-cli collections create, or the template in the app), or set "
                   "qdrant.create_collection with a built-in template."));
        }
        if (info->error().isError())
            return failWith(info->error(), tr("reading collection %1").arg(m_spec.collection));
        QString why;
        const auto ci = CollectionInfo::fromJson(info->result(), &why);
        if (!ci) return fail(tr("collection %1: %2").arg(m_spec.collection, why));
        const int dims = m_provider->limits().dimensions;
        for (const VectorSpec& v : ci->vectors)
            if (v.name == m_spec.vectorName) {
                if (v.size != dims)
                    return fail(
                        tr("collection %1 stores %2-dimensional vectors; the provider gives %3")
                            .arg(m_spec.collection)
                            .arg(v.size)
                            .arg(dims),
                        tr("Set provider.dimensions to %1, or use a collection made for %2 dimensions.")
                            .arg(v.size)
                            .arg(dims));
                return openCheckpoint();
            }
        QStringList names;
        for (const VectorSpec& v : ci->vectors)
            names.append(v.name.isEmpty() ? tr("(unnamed)") : v.name);
        fail(tr("collection %1 has no vector named '%2' (it has: %3)")
                 .arg(m_spec.collection, m_spec.vectorName, names.join(QStringLiteral(", "))));
    });
}

void EmbeddingJob::createCollection()
{
    const SchemaTemplate tpl = tradingJournalTemplate(m_provider->limits().dimensions);
    QList<TemplateCollection> picked;
    for (const TemplateCollection& c : tpl.collections)
        if (tpl.id + QLatin1Char('/') + c.name == m_spec.templateId) picked.append(c);
    if (picked.isEmpty()) return fail(tr("template %1 has no collection to create").arg(m_spec.templateId));
    auto* apply = new TemplateApplyJob(m_client.get(), picked, this, m_spec.collection);
    connect(apply, &ClientJob::finished, this, [this, apply]() {
        if (apply->error().isError())
            return failWith(apply->error(), tr("creating collection %1").arg(m_spec.collection));
        Q_EMIT message(tr("created collection %1 from %2").arg(m_spec.collection, m_spec.templateId));
        openCheckpoint();
    });
}

void EmbeddingJob::openCheckpoint()
{
    if (!m_options.dryRun) {
        QString why;
        if (!m_checkpoint.open(m_spec.checkpointPath, m_spec.fingerprint(), m_options.resume, &why))
            return fail(why);
        for (const JobCheckpoint::Dead& d : m_checkpoint.deadRows())
            m_dead.append(DeadLetter{d.key, d.row, d.error});
        if (m_checkpoint.hasPriorWork())
            Q_EMIT message(tr("resuming: %1 rows done earlier, %2 dead-lettered")
                               .arg(m_checkpoint.finishedKeys().size())
                               .arg(m_checkpoint.deadRows().size()));
    }
    if (m_spec.incremental) return loadExisting(std::nullopt);
    countRows();
}

// Reads vd_hash of every point this job wrote, to classify rows without reading vectors.
void EmbeddingJob::loadExisting(const std::optional<PointId>& offset)
{
    Filter f;
    f.must(Condition::matchValue(kJobField, m_spec.name));
    auto* page = m_client->scroll(m_spec.collection, f, 1000, offset, QJsonArray{kHashField}, false);
    connect(page, &ClientJob::finished, this, [this, page]() {
        if (page->error().kind() == QdrantError::Kind::NotFound && m_options.dryRun) return countRows();
        if (page->error().isError())
            return failWith(page->error(), tr("reading the collection's content hashes"));
        QString why;
        const auto p = ScrollPage::fromJson(page->result(), &why);
        if (!p) return fail(tr("reading the collection's content hashes: %1").arg(why));
        for (const Record& r : p->points)
            m_existing.insert(r.id.toString(), r.payload.value(kHashField).toString());
        if (p->nextOffset) return loadExisting(p->nextOffset);
        countRows();
    });
}

void EmbeddingJob::countRows()
{
    if (m_state == State::Failed || m_state == State::Cancelled) return;
    QString why;
    // Counted first: a database connection cannot run the count while it streams the rows.
    m_progress.rowsTotal = m_source->countRows(&why);
    if (!m_source->open(&why)) return fail(tr("source: %1").arg(why));
    FlowSettings flow = m_spec.flow;
    m_scheduler = std::make_unique<EmbedScheduler>(m_provider.get(), flow, EmbedPurpose::Document);
    connect(m_scheduler.get(), &EmbedScheduler::embedded, this, &EmbeddingJob::onEmbedded);
    connect(m_scheduler.get(), &EmbedScheduler::deadLettered, this,
            [this](const EmbedItem& item, const EmbedError& e) {
                const RowInFlight r = m_inFlight.take(item.ticket);
                deadLetter(r.key, r.row, e.describe());
                pumpSource();
                maybeFinish();
            });
    connect(m_scheduler.get(), &EmbedScheduler::failed, this, [this](const EmbedError& e) {
        fail(tr("embedding: %1").arg(e.describe()), e.advice(), e.kind() == EmbedError::Kind::Auth ? 3 : 1);
    });
    connect(m_scheduler.get(), &EmbedScheduler::waiting, this, [this](qint64 ms, const QString& reason) {
        m_progress.waiting = tr("%1: waiting %2 s").arg(reason).arg(ms / 1000.0, 0, 'f', 1);
        Q_EMIT progressChanged();
    });
    if (m_state == State::Paused) m_scheduler->pause();
    replayPending();
}

void EmbeddingJob::replayPending()
{
    if (!m_options.dryRun) {
        const QList<JobCheckpoint::Batch> pending = m_checkpoint.takePending();
        if (!pending.isEmpty())
            Q_EMIT message(tr("writing %1 batches embedded before the interruption (no provider call)")
                               .arg(pending.size()));
        for (const JobCheckpoint::Batch& b : pending)
            upsertBatch(b);
    }
    pumpSource();
}

void EmbeddingJob::pumpSource()
{
    if (m_pumpQueued) return;
    m_pumpQueued = true;
    QTimer::singleShot(0, this, [this]() {
        m_pumpQueued = false;
        if (m_state != State::Running || m_sourceDone || !m_scheduler) return;
        const int highWater = qMax(200, m_scheduler->effectiveBatchSize() * m_spec.flow.concurrency * 4);
        for (int n = 0; n < kRowsPerTurn; ++n) {
            if (!m_options.dryRun &&
                (m_scheduler->backlog() >= highWater || m_writes.size() >= kMaxWritesInFlight))
                return; // resumed by onEmbedded / a finished write
            SourceRow row;
            QString why;
            switch (m_source->next(&row, &why)) {
            case RowSource::Read::Row:
                ++m_progress.rowsRead;
                processRow(row);
                break;
            case RowSource::Read::BadRow:
                ++m_progress.rowsRead;
                deadLetter(QString(), row.number, why, false);
                break;
            case RowSource::Read::Failed:
                return fail(tr("source: %1").arg(why));
            case RowSource::Read::End:
                m_sourceDone = true;
                flushPayloadOnly(true);
                updateStats();
                Q_EMIT progressChanged();
                return maybeFinish();
            }
            if (m_state != State::Running) return;
        }
        flushPayloadOnly(false);
        updateStats();
        Q_EMIT progressChanged();
        pumpSource();
    });
}

QJsonValue EmbeddingJob::pointId(const QString& key) const
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    if (digits.match(key).hasMatch()) {
        bool ok = false;
        const qulonglong n = key.toULongLong(&ok);
        if (ok && n <= quint64(std::numeric_limits<qint64>::max())) return QJsonValue(qint64(n));
    }
    const QUuid u = QUuid::fromString(key);
    if (!u.isNull()) return u.toString(QUuid::WithoutBraces);
    return QUuid::createUuidV5(kIdNamespace, m_spec.collection + QChar(0x1f) + key)
        .toString(QUuid::WithoutBraces);
}

bool EmbeddingJob::mapPayload(const QJsonObject& row, QJsonObject* out, QString* error) const
{
    for (const PayloadField& f : m_spec.payload) {
        const QJsonValue v = TextTemplate::lookup(row, f.from);
        if (v.isUndefined() || v.isNull() ||
            (v.isString() && v.toString().isEmpty() && f.type != QLatin1String("string") &&
             f.type != QLatin1String("keep")))
            continue;
        const QString text = TextTemplate::toText(v);
        const auto bad = [&](const QString& expected) {
            *error = tr("field %1: expected %2, got '%3'").arg(f.from, expected, text.left(40));
            return false;
        };
        if (f.type == QLatin1String("keep")) {
            out->insert(f.target, v);
        } else if (f.type == QLatin1String("string")) {
            out->insert(f.target, text);
        } else if (f.type == QLatin1String("integer")) {
            bool ok = false;
            const double d = v.isDouble() ? v.toDouble() : text.trimmed().toDouble(&ok);
            if ((!v.isDouble() && !ok) || d != std::floor(d)) return bad(tr("an integer"));
            out->insert(f.target, qint64(d));
        } else if (f.type == QLatin1String("double") || f.type == QLatin1String("positive")) {
            bool ok = v.isDouble();
            const double d = ok ? v.toDouble() : text.trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(d)) return bad(tr("a number"));
            if (f.type == QLatin1String("positive"))
                out->insert(f.target, d > 0);
            else
                out->insert(f.target, d);
        } else if (f.type == QLatin1String("bool")) {
            const QString t = text.trimmed().toLower();
            if (v.isBool())
                out->insert(f.target, v.toBool());
            else if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes") ||
                     t == QLatin1String("t"))
                out->insert(f.target, true);
            else if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no") ||
                     t == QLatin1String("f"))
                out->insert(f.target, false);
            else
                return bad(tr("true or false"));
        } else if (f.type == QLatin1String("datetime")) {
            const QDateTime dt = parseQdrantDateTime(text.trimmed());
            if (!dt.isValid()) return bad(tr("an RFC 3339 date-time"));
            out->insert(f.target, dt.toUTC().toString(Qt::ISODateWithMs));
        } else if (f.type == QLatin1String("list")) {
            if (v.isArray()) {
                out->insert(f.target, v);
            } else {
                QJsonArray items;
                for (const QString& s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    if (!s.trimmed().isEmpty()) items.append(s.trimmed());
                out->insert(f.target, items);
            }
        }
    }
    return true;
}

void EmbeddingJob::processRow(const SourceRow& row)
{
    const QString key = TextTemplate::toText(TextTemplate::lookup(row.fields, m_spec.key)).trimmed();
    if (key.isEmpty())
        return deadLetter(
            QString(), row.number,
            tr("row %1: the key field '%2' is missing or empty").arg(row.number).arg(m_spec.key), false);
    const auto seen = m_seenKeys.constFind(key);
    if (seen != m_seenKeys.constEnd())
        return deadLetter(key, row.number,
                          tr("row %1: key '%2' repeats row %3; only the first is written")
                              .arg(row.number)
                              .arg(key)
                              .arg(seen.value()),
                          false);
    m_seenKeys.insert(key, row.number);
    const QJsonValue id = pointId(key);
    const QString idText = id.isString() ? id.toString() : QString::number(id.toInteger());
    const auto existing = m_existing.constFind(idText);
    const QString stored = existing == m_existing.constEnd() ? QString() : existing.value();
    if (existing != m_existing.constEnd())
        m_existing.erase(existing); // what remains at the end is gone from the source

    if (m_checkpoint.deadRows().contains(key))
        return; // dead-lettered by the interrupted run (listed already)
    if (m_checkpoint.finishedKeys().contains(key)) {
        ++m_progress.resumedRows;
        return;
    }
    QJsonObject payload;
    QString why;
    if (!mapPayload(row.fields, &payload, &why))
        return deadLetter(key, row.number, tr("row %1: %2").arg(row.number).arg(why), false);
    if (!m_spec.tenantKey.isEmpty()) {
        const QJsonValue t = payload.value(m_spec.tenantKey);
        if (t.isUndefined() || TextTemplate::toText(t).isEmpty())
            return deadLetter(key, row.number,
                              tr("row %1: the tenant key '%2' is missing; a point without it would be "
                                 "visible to no tenant or to all")
                                  .arg(row.number)
                                  .arg(m_spec.tenantKey),
                              false);
    }
    const QString text = m_spec.text.render(row.fields).trimmed();
    const QString title = m_spec.title.render(row.fields).trimmed();
    if (text.isEmpty())
        return deadLetter(key, row.number,
                          tr("row %1: the text template gives an empty text").arg(row.number), false);

    const QString textHash = hex((m_provider->spaceId() + QChar(0) + text + QChar(0) + title).toUtf8(), 32);
    const QString payloadHash = hex(QJsonDocument(payload).toJson(QJsonDocument::Compact), 16);
    const QString hash = textHash + QLatin1Char('.') + payloadHash;
    payload.insert(kJobField, m_spec.name);
    payload.insert(kHashField, hash);
    const RowInFlight r{key, id, payload, row.number, text, title};

    if (m_spec.incremental && stored == hash) {
        ++m_progress.unchangedRows;
        return;
    }
    if (m_spec.incremental && !stored.isEmpty() && stored.section(QLatin1Char('.'), 0, 0) == textHash) {
        ++m_progress.payloadOnlyRows;
        if (!m_options.dryRun) m_payloadOnly.append(r);
        return;
    }
    ++(stored.isEmpty() ? m_progress.newRows : m_progress.changedRows);
    const int tokens = estimateTokens(text) + estimateTokens(title);
    if (m_options.dryRun) {
        m_progress.tokens += tokens;
        return;
    }
    m_inFlight.insert(row.number, r);
    m_scheduler->enqueue({EmbedItem{row.number, text, title, tokens}});
}

void EmbeddingJob::deadLetter(const QString& key, qint64 row, const QString& error, bool record)
{
    ++m_progress.deadLettered;
    m_dead.append(DeadLetter{key, row, error});
    Q_EMIT message(tr("dead letter: %1").arg(error));
    // Provider rejections are remembered so a resumed run does not send them again; rows the job itself
    // refuses are cheap to refuse again.
    if (record && !m_options.dryRun && !key.isEmpty()) {
        QString why;
        if (!m_checkpoint.recordDead(JobCheckpoint::Dead{key, row, error}, &why)) fail(why);
    }
}

void EmbeddingJob::onEmbedded(const QList<EmbedItem>& items, const QList<Vector>& vectors)
{
    JobCheckpoint::Batch batch;
    batch.number = m_checkpoint.nextBatchNumber();
    for (int i = 0; i < items.size(); ++i) {
        const RowInFlight r = m_inFlight.take(items[i].ticket);
        QJsonArray v;
        for (const float x : vectors[i])
            v.append(double(x));
        QJsonObject p{{QStringLiteral("id"), r.id}, {QStringLiteral("payload"), r.payload}};
        p.insert(QStringLiteral("vector"),
                 m_spec.vectorName.isEmpty() ? QJsonValue(v) : QJsonObject{{m_spec.vectorName, v}});
        batch.keys.append(r.key);
        batch.points.append(p);
    }
    m_progress.embedded += items.size();
    // Durable before it is sent: after a crash the vectors come from here, not from the provider.
    QString why;
    if (!m_checkpoint.recordEmbedded(batch, m_spec.vectorName, &why)) return fail(why);
    upsertBatch(batch);
}

void EmbeddingJob::upsertBatch(const JobCheckpoint::Batch& batch)
{
    UpsertJob* job = m_client->upsertPoints(m_spec.collection, batch.points, true, 256);
    m_writes.append(job);
    const qint64 number = batch.number;
    const int n = int(batch.points.size());
    connect(job, &ClientJob::finished, this, [this, job, number, n]() {
        m_writes.removeAll(job);
        if (job->error().isError())
            return fail(tr("writing to %1: %2").arg(m_spec.collection, job->error().errorString()),
                        job->error().advice() + QLatin1Char(' ') +
                            tr("The vectors are kept in the checkpoint: --resume writes them without calling "
                               "the provider again."));
        QString why;
        if (!m_checkpoint.recordUpserted(number, &why)) return fail(why);
        m_progress.upserted += n;
        updateStats();
        Q_EMIT progressChanged();
        pumpSource();
        maybeFinish();
    });
}

// Rows whose text is unchanged but whose payload changed: the stored vector is kept, the payload replaced.
void EmbeddingJob::flushPayloadOnly(bool force)
{
    while (!m_payloadOnly.isEmpty() && (force || m_payloadOnly.size() >= kPayloadOnlyBatch)) {
        const QList<RowInFlight> rows = m_payloadOnly.mid(0, kPayloadOnlyBatch);
        m_payloadOnly = m_payloadOnly.mid(rows.size());
        QList<PointId> ids;
        QString ignored;
        for (const RowInFlight& r : rows)
            ids.append(PointId::fromJson(r.id, &ignored));
        const QJsonValue withVector =
            m_spec.vectorName.isEmpty() ? QJsonValue(true) : QJsonArray{m_spec.vectorName};
        auto* get = m_client->retrievePoints(m_spec.collection, ids, false, withVector);
        m_writes.append(get);
        connect(get, &ClientJob::finished, this, [this, get, rows]() {
            m_writes.removeAll(get);
            if (get->error().isError())
                return failWith(get->error(), tr("reading vectors to update payloads"));
            QHash<QString, QJsonValue> vectors;
            for (const QJsonValue& rv : get->result().toArray()) {
                QString why;
                if (const auto rec = Record::fromJson(rv, &why))
                    vectors.insert(rec->id.toString(), rec->vector);
            }
            JobCheckpoint::Batch batch;
            batch.number = m_checkpoint.nextBatchNumber();
            for (const RowInFlight& r : rows) {
                const QString idText = r.id.isString() ? r.id.toString() : QString::number(r.id.toInteger());
                if (!vectors.contains(idText)) { // deleted meanwhile: embed it like a new row
                    ++m_progress.newRows;
                    m_inFlight.insert(r.row, r);
                    m_scheduler->enqueue({EmbedItem{r.row, r.text, r.title,
                                                    estimateTokens(r.text) + estimateTokens(r.title)}});
                    continue;
                }
                batch.keys.append(r.key);
                batch.points.append(QJsonObject{{QStringLiteral("id"), r.id},
                                                {QStringLiteral("vector"), vectors.value(idText)},
                                                {QStringLiteral("payload"), r.payload}});
            }
            if (!batch.points.isEmpty()) {
                QString why;
                if (!m_checkpoint.recordEmbedded(batch, m_spec.vectorName, &why)) return fail(why);
                upsertBatch(batch);
            }
            maybeFinish();
        });
    }
}

void EmbeddingJob::maybeFinish()
{
    if (m_state != State::Running || !m_sourceDone || m_finishing) return;
    if (!m_inFlight.isEmpty() || !m_writes.isEmpty() || !m_payloadOnly.isEmpty()) return;
    if (m_scheduler && !m_scheduler->isDrained()) return;
    m_finishing = true;
    m_progress.toDelete = m_spec.deleteMissing ? m_existing.size() : 0;
    if (m_spec.deleteMissing && !m_existing.isEmpty() && !m_options.dryRun) return deleteMissing();
    complete();
}

void EmbeddingJob::deleteMissing()
{
    if (m_existing.isEmpty()) return complete();
    PointSelector sel;
    QString ignored;
    auto it = m_existing.begin();
    while (it != m_existing.end() && sel.ids.size() < kDeleteBatch) {
        sel.ids.append(PointId::fromString(it.key(), &ignored));
        it = m_existing.erase(it);
    }
    auto* del = m_client->deletePoints(m_spec.collection, sel, true);
    const int n = int(sel.ids.size());
    connect(del, &ClientJob::finished, this, [this, del, n]() {
        if (del->error().isError()) return failWith(del->error(), tr("deleting rows gone from the source"));
        m_progress.deleted += n;
        Q_EMIT progressChanged();
        if (m_state == State::Running) deleteMissing();
    });
}

void EmbeddingJob::complete()
{
    updateStats();
    if (!m_options.dryRun) {
        QString why;
        if (!writeDeadLetters(&why)) return fail(why);
        if (!m_checkpoint.remove(&why)) return fail(why);
    }
    if (!m_options.dryRun) m_progress.etaMs = 0;
    setState(State::Done);
    Q_EMIT progressChanged();
    Q_EMIT finished();
}

// <name>.deadletter.jsonl: one {"key","row","error"} per line, all of this job's dead letters so far.
bool EmbeddingJob::writeDeadLetters(QString* error) const
{
    if (m_dead.isEmpty()) return true;
    QSaveFile f(m_spec.deadLetterPath);
    if (f.open(QIODevice::WriteOnly)) {
        for (const DeadLetter& d : m_dead)
            f.write(QJsonDocument(QJsonObject{{QStringLiteral("key"), d.key},
                                              {QStringLiteral("row"), d.row},
                                              {QStringLiteral("error"), d.error}})
                        .toJson(QJsonDocument::Compact) +
                    '\n');
        if (f.commit()) return true;
    }
    *error = tr("cannot write %1: %2").arg(m_spec.deadLetterPath, f.errorString());
    return false;
}

void EmbeddingJob::updateStats()
{
    m_progress.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_scheduler && !m_options.dryRun) {
        const FlowStats& s = m_scheduler->stats();
        m_progress.calls = s.calls;
        m_progress.retries = s.retries;
        m_progress.rateLimited = s.rateLimited;
        m_progress.tokens = s.tokens;
    }
    if (m_provider)
        m_progress.costUsd = double(m_progress.tokens) * m_provider->pricePerMillionTokens() / 1e6;
    if (m_options.dryRun) {
        const qint64 toEmbed = m_progress.newRows + m_progress.changedRows;
        const int batch = m_scheduler ? m_scheduler->effectiveBatchSize() : m_spec.flow.batchSize;
        m_progress.calls = (toEmbed + batch - 1) / qMax(1, batch);
        // The rate bound of the real run: texts ÷ texts per minute (latency not included).
        m_progress.etaMs =
            m_spec.flow.limits.textsPerMinute > 0 ? toEmbed * 60000 / m_spec.flow.limits.textsPerMinute : -1;
        return;
    }
    const qint64 done = m_progress.unchangedRows + m_progress.payloadOnlyRows + m_progress.resumedRows +
                        m_progress.upserted + m_progress.deadLettered;
    if (m_progress.rowsTotal > 0 && done > 0 && m_progress.elapsedMs > 0) {
        const qint64 left = qMax<qint64>(0, m_progress.rowsTotal - done);
        qint64 eta = qint64(double(m_progress.elapsedMs) * double(left) / double(done));
        if (m_spec.flow.limits.textsPerMinute > 0) // rate-bound jobs: the limiter decides
            eta = qMax(eta, left * 60000 / m_spec.flow.limits.textsPerMinute);
        m_progress.etaMs = eta;
    }
}

QJsonObject EmbeddingJob::summary() const
{
    QJsonObject o{{QStringLiteral("job"), m_spec.name},
                  {QStringLiteral("state"), stateName(m_state)},
                  {QStringLiteral("dry_run"), m_options.dryRun},
                  {QStringLiteral("collection"), m_spec.collection},
                  {QStringLiteral("progress"), m_progress.toJson()}};
    if (m_provider) {
        o.insert(QStringLiteral("provider"), m_provider->spaceId());
        if (m_provider->isLexical()) o.insert(QStringLiteral("lexical"), true);
    }
    if (!m_error.isEmpty()) o.insert(QStringLiteral("error"), m_error);
    if (!m_advice.isEmpty()) o.insert(QStringLiteral("advice"), m_advice);
    if (!m_dead.isEmpty()) {
        QJsonArray d;
        for (const DeadLetter& x : m_dead.mid(0, 100))
            d.append(QJsonObject{{QStringLiteral("key"), x.key},
                                 {QStringLiteral("row"), x.row},
                                 {QStringLiteral("error"), x.error}});
        o.insert(QStringLiteral("dead_letters"), d);
        if (!m_options.dryRun) o.insert(QStringLiteral("dead_letter_file"), m_spec.deadLetterPath);
    }
    return o;
}

} // namespace vd
