// Embedding jobs end to end: sources (JSONL, CSV, SQLite, a real PostgreSQL) → template → fake provider →
// the embedded engine, incremental runs, dry runs, dead letters, pause/resume/cancel and checkpoints.
#include "jobs/EmbeddingJob.h"
#include "jobs/JobQueue.h"
#include "support/EngineFixture.h"
#include "support/FakeEmbeddingServer.h"
#include "support/PostgresFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cmath>

using namespace vd;
using namespace vd::test;

namespace {

QJsonObject tradeRow(int i, const QString& notes = QString())
{
    static const QStringList symbols{QStringLiteral("NQ"), QStringLiteral("ES"), QStringLiteral("CL"),
                                     QStringLiteral("GC")};
    const double r = (i % 7) - 2.5;
    return QJsonObject{
        {QStringLiteral("id"), i},
        {QStringLiteral("user_id"), QStringLiteral("user-%1").arg(i % 5)},
        {QStringLiteral("symbol"), symbols[i % 4]},
        {QStringLiteral("direction"), i % 2 ? QStringLiteral("long") : QStringLiteral("short")},
        {QStringLiteral("r_multiple"), r},
        {QStringLiteral("pnl"), r * 120},
        {QStringLiteral("closed_at"),
         QStringLiteral("2026-01-%1T15:30:00Z").arg(1 + i % 28, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("playbook"), QStringLiteral("ORB breakout")},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("a-plus")}},
        {QStringLiteral("notes"),
         notes.isEmpty() ? QStringLiteral("waited for the retest %1").arg(i) : notes}};
}

// The text the built-in trades template renders for a row (what the provider must have embedded).
QString tradeText(const QJsonObject& row)
{
    const double r = row.value(QLatin1String("r_multiple")).toDouble();
    const QString dir = row.value(QLatin1String("direction")).toString();
    return QStringLiteral("%1 %2, %3R, closed %4. Playbook: %5. Notes: %6")
        .arg(dir.left(1).toUpper() + dir.mid(1), row.value(QLatin1String("symbol")).toString(),
             (r >= 0 ? QStringLiteral("+") : QString()) + QString::number(r, 'g', 15),
             row.value(QLatin1String("closed_at")).toString().left(10),
             row.value(QLatin1String("playbook")).toString(), row.value(QLatin1String("notes")).toString());
}

void writeLines(const QString& path, const QList<QByteArray>& lines)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const QByteArray& l : lines)
        f.write(l + '\n');
}

// Test JSON written with single quotes (moc mis-reads raw string literals).
QByteArray json(const char* singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

QByteArray line(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool close(const QJsonArray& a, const Vector& b)
{
    if (a.size() != b.size()) return false;
    for (int i = 0; i < b.size(); ++i)
        if (std::fabs(a[i].toDouble() - b[i]) > 1e-5) return false;
    return true;
}

} // namespace

class TestEmbeddingJobs : public QObject
{
    Q_OBJECT
    std::unique_ptr<EngineFixture> fx;
    std::unique_ptr<QdrantClient> client;
    FakeEmbeddingServer fake;
    std::unique_ptr<QTemporaryDir> dir;

    QString path(const QString& name) const { return dir->filePath(name); }

    void makeCollection(const QString& name, int dims = 768, const QString& vectorName = QString())
    {
        vd::test::makeCollection(client.get(), name, dims, QStringLiteral("Cosine"), vectorName);
    }

    QJsonObject jobJson(const QString& source = QStringLiteral("trades.jsonl"))
    {
        QJsonObject provider = fake.providerConfig(768).toJson();
        provider.insert(QStringLiteral("api_key_env"), QStringLiteral("VD_TEST_GEMINI_KEY"));
        return QJsonObject{
            {QStringLiteral("name"), QStringLiteral("trades-job")},
            {QStringLiteral("source"), QJsonObject{{QStringLiteral("type"), QStringLiteral("jsonl")},
                                                   {QStringLiteral("path"), source}}},
            {QStringLiteral("template"), QStringLiteral("trading-journal/trades")},
            {QStringLiteral("provider"), provider},
            {QStringLiteral("flow"), QJsonObject{{QStringLiteral("batch_size"), 50}}}};
    }

    JobSpec spec(const QJsonObject& o)
    {
        JobSpec s;
        QString why;
        if (!JobSpec::fromJson(o, dir->path(), &s, &why)) qWarning() << why;
        return s;
    }

    std::unique_ptr<EmbeddingJob> run(const JobSpec& s, EmbeddingJob::Options options = {},
                                      int timeoutMs = 30000)
    {
        auto job = std::make_unique<EmbeddingJob>(s, fx->config(), options);
        QSignalSpy done(job.get(), &EmbeddingJob::finished);
        job->start();
        if (done.isEmpty()) done.wait(timeoutMs);
        return job;
    }

    QHash<qint64, QJsonObject> points(const QString& collection)
    {
        QHash<qint64, QJsonObject> out;
        std::optional<PointId> offset;
        do {
            const QJsonValue page = ok(client->scroll(collection, std::nullopt, 500, offset, true, true));
            QString why;
            const auto p = ScrollPage::fromJson(page, &why);
            for (const QJsonValue& v : page.toObject().value(QLatin1String("points")).toArray())
                out.insert(v.toObject().value(QLatin1String("id")).toInteger(), v.toObject());
            offset = p ? p->nextOffset : std::nullopt;
        } while (offset);
        return out;
    }

    void writeTrades(int n, const QString& file = QStringLiteral("trades.jsonl"))
    {
        QList<QByteArray> lines;
        for (int i = 1; i <= n; ++i)
            lines.append(line(tradeRow(i)));
        writeLines(path(file), lines);
    }

private Q_SLOTS:
    void initTestCase() { qputenv("VD_TEST_GEMINI_KEY", "test-key"); }

    void init()
    {
        dir = std::make_unique<QTemporaryDir>();
        fx = std::make_unique<EngineFixture>();
        QVERIFY(fx->start());
        client = fx->client();
        QVERIFY(fake.start(FakeProviderRules()));
    }
    void cleanup()
    {
        fake.stop();
        client.reset();
        fx.reset();
    }

    void aJobWritesEveryRowWithItsVectorAndTypedPayload()
    {
        makeCollection(QStringLiteral("trades"));
        writeTrades(120);
        auto job = run(spec(jobJson()));
        QVERIFY2(job->state() == EmbeddingJob::State::Done, qPrintable(job->errorString()));
        const JobProgress& p = job->progress();
        QCOMPARE(p.rowsTotal, qint64(120));
        QCOMPARE(p.newRows, qint64(120));
        QCOMPARE(p.upserted, qint64(120));
        QCOMPARE(p.calls, qint64(3)); // 50 + 50 + 20
        QVERIFY(p.costUsd > 0);
        QVERIFY(fake.stats().violations.isEmpty());
        const auto all = points(QStringLiteral("trades"));
        QCOMPARE(all.size(), 120);
        for (int i : {1, 2, 77, 120}) {
            const QJsonObject pt = all.value(i);
            const QJsonObject row = tradeRow(i);
            QVERIFY2(close(pt.value(QLatin1String("vector")).toArray(),
                           FakeEmbeddingServer::expectedVector(tradeText(row), 768)),
                     qPrintable(tradeText(row)));
            const QJsonObject pl = pt.value(QLatin1String("payload")).toObject();
            QCOMPARE(pl.value(QLatin1String("user_id")).toString(),
                     row.value(QLatin1String("user_id")).toString());
            QCOMPARE(pl.value(QLatin1String("pnl")).toDouble(), row.value(QLatin1String("pnl")).toDouble());
            QCOMPARE(pl.value(QLatin1String("pnl_positive")).toBool(),
                     row.value(QLatin1String("pnl")).toDouble() > 0);
            QCOMPARE(pl.value(QLatin1String("closed_at")).toString(),
                     row.value(QLatin1String("closed_at")).toString().left(19) + QStringLiteral(".000Z"));
            QCOMPARE(pl.value(QLatin1String("tags")).toArray().size(), 1);
            QCOMPARE(pl.value(QLatin1String("vd_job")).toString(), QStringLiteral("trades-job"));
            QVERIFY(pl.value(QLatin1String("vd_hash")).toString().contains(QLatin1Char('.')));
        }
        QVERIFY(!QFile::exists(path(QStringLiteral("trades-job.checkpoint")))); // finished: nothing to resume
    }

    void aSecondRunSkipsUnchangedRowsWithoutCallingTheProvider()
    {
        makeCollection(QStringLiteral("trades"));
        writeTrades(60);
        QCOMPARE(run(spec(jobJson()))->state(), EmbeddingJob::State::Done);
        const int calls = fake.stats().calls;
        auto again = run(spec(jobJson()));
        QCOMPARE(again->state(), EmbeddingJob::State::Done);
        QCOMPARE(again->progress().unchangedRows, qint64(60));
        QCOMPARE(again->progress().newRows, qint64(0));
        QCOMPARE(fake.stats().calls, calls);
    }

    void changedTextIsReembeddedButAPayloadOnlyChangeIsNot()
    {
        makeCollection(QStringLiteral("trades"));
        writeTrades(20);
        QCOMPARE(run(spec(jobJson()))->state(), EmbeddingJob::State::Done);
        const QJsonArray vectorOf6 =
            points(QStringLiteral("trades")).value(6).value(QLatin1String("vector")).toArray();
        QList<QByteArray> lines;
        for (int i = 1; i <= 20; ++i) {
            QJsonObject row = tradeRow(i, i == 5 ? QStringLiteral("chased the move, no retest") : QString());
            if (i == 6) row.insert(QStringLiteral("pnl"), 999.5); // not in the text
            lines.append(line(row));
        }
        writeLines(path(QStringLiteral("trades.jsonl")), lines);
        fake.resetStats();
        auto job = run(spec(jobJson()));
        QCOMPARE(job->state(), EmbeddingJob::State::Done);
        QCOMPARE(job->progress().changedRows, qint64(1));
        QCOMPARE(job->progress().payloadOnlyRows, qint64(1));
        QCOMPARE(job->progress().unchangedRows, qint64(18));
        QCOMPARE(fake.stats().textsEmbedded.size(), 1);
        QVERIFY(fake.stats().textsEmbedded.contains(
            tradeText(tradeRow(5, QStringLiteral("chased the move, no retest")))));
        const auto all = points(QStringLiteral("trades"));
        QCOMPARE(
            all.value(6).value(QLatin1String("payload")).toObject().value(QLatin1String("pnl")).toDouble(),
            999.5);
        QCOMPARE(all.value(6).value(QLatin1String("vector")).toArray(), vectorOf6);
        QVERIFY(close(all.value(5).value(QLatin1String("vector")).toArray(),
                      FakeEmbeddingServer::expectedVector(
                          tradeText(tradeRow(5, QStringLiteral("chased the move, no retest"))), 768)));
    }

    void rowsGoneFromTheSourceAreDeletedWhenAsked()
    {
        makeCollection(QStringLiteral("trades"));
        writeTrades(30);
        QJsonObject o = jobJson();
        o.insert(QStringLiteral("delete_missing"), true);
        QCOMPARE(run(spec(o))->state(), EmbeddingJob::State::Done);
        // A point this job did not write is never touched.
        QVERIFY(!await(client->upsertPoints(
                           QStringLiteral("trades"),
                           QJsonArray{point(9999, QJsonArray::fromVariantList(QVariantList(768, 0.01)))}))
                     ->error()
                     .isError());
        QList<QByteArray> lines;
        for (int i = 4; i <= 30; ++i)
            lines.append(line(tradeRow(i)));
        writeLines(path(QStringLiteral("trades.jsonl")), lines);
        auto dry = run(spec(o), EmbeddingJob::Options{true, false});
        QCOMPARE(dry->progress().toDelete, qint64(3));
        QCOMPARE(points(QStringLiteral("trades")).size(), 31);
        auto job = run(spec(o));
        QCOMPARE(job->state(), EmbeddingJob::State::Done);
        QCOMPARE(job->progress().deleted, qint64(3));
        const auto all = points(QStringLiteral("trades"));
        QCOMPARE(all.size(), 28);
        QVERIFY(all.contains(9999) && !all.contains(1) && !all.contains(3) && all.contains(4));
    }

    void aDryRunCountsAndSpendsNothing()
    {
        makeCollection(QStringLiteral("trades"));
        writeTrades(10);
        QCOMPARE(run(spec(jobJson()))->state(), EmbeddingJob::State::Done);
        QList<QByteArray> lines;
        for (int i = 1; i <= 15; ++i)
            lines.append(line(tradeRow(i, i == 2 ? QStringLiteral("changed notes") : QString())));
        writeLines(path(QStringLiteral("trades.jsonl")), lines);
        fake.resetStats();
        QJsonObject o = jobJson();
        o.insert(QStringLiteral("flow"), QJsonObject{{QStringLiteral("batch_size"), 4},
                                                     {QStringLiteral("tier"), QStringLiteral("free")}});
        auto job = run(spec(o), EmbeddingJob::Options{true, false});
        QCOMPARE(job->state(), EmbeddingJob::State::Done);
        const JobProgress& p = job->progress();
        QCOMPARE(p.newRows, qint64(5));
        QCOMPARE(p.changedRows, qint64(1));
        QCOMPARE(p.unchangedRows, qint64(9));
        QCOMPARE(p.calls, qint64(2)); // 6 texts in batches of 4
        QVERIFY(p.tokens > 6 * 10);
        QCOMPARE(p.costUsd, double(p.tokens) * 0.15 / 1e6);
        QCOMPARE(p.etaMs, qint64(6 * 60000 / 100)); // free tier: 100 texts per minute
        QCOMPARE(fake.stats().calls, 0);
        QCOMPARE(points(QStringLiteral("trades")).size(), 10);
        QVERIFY(!QFile::exists(path(QStringLiteral("trades-job.checkpoint"))));
        QCOMPARE(job->summary().value(QLatin1String("dry_run")).toBool(), true);
    }

    void aDimensionMismatchStopsBeforeAnyCall()
    {
        makeCollection(QStringLiteral("trades"), 64);
        writeTrades(5);
        auto job = run(spec(jobJson()));
        QCOMPARE(job->state(), EmbeddingJob::State::Failed);
        QVERIFY2(job->errorString().contains(QLatin1String("64")) &&
                     job->errorString().contains(QLatin1String("768")),
                 qPrintable(job->errorString()));
        QVERIFY(job->errorAdvice().contains(QLatin1String("provider.dimensions")));
        QCOMPARE(fake.stats().calls, 0);
    }

    void aMissingCollectionIsNamedOrCreatedFromTheTemplate()
    {
        writeTrades(5);
        auto missing = run(spec(jobJson()));
        QCOMPARE(missing->state(), EmbeddingJob::State::Failed);
        QVERIFY(missing->errorString().contains(QLatin1String("trades")));
        QVERIFY(missing->errorAdvice().contains(QLatin1String("create_collection")));
        QJsonObject o = jobJson();
        o.insert(QStringLiteral("qdrant"), QJsonObject{{QStringLiteral("create_collection"), true}});
        auto job = run(spec(o));
        QVERIFY2(job->state() == EmbeddingJob::State::Done, qPrintable(job->errorString()));
        const QJsonObject info = ok(client->collectionInfo(QStringLiteral("trades"))).toObject();
        const QJsonObject schema = info.value(QLatin1String("payload_schema")).toObject();
        QVERIFY(schema.contains(QLatin1String("user_id")) && schema.contains(QLatin1String("closed_at")));
        QCOMPARE(info.value(QLatin1String("points_count")).toInt(), 5);
    }

    void badRowsGoToTheDeadLetterListAndTheRestIsWritten()
    {
        makeCollection(QStringLiteral("trades"));
        QJsonObject noTenant = tradeRow(4);
        noTenant.remove(QStringLiteral("user_id"));
        QJsonObject badNumber = tradeRow(5);
        badNumber.insert(QStringLiteral("pnl"), QStringLiteral("lots"));
        QJsonObject noKey = tradeRow(6);
        noKey.remove(QStringLiteral("id"));
        writeLines(path(QStringLiteral("trades.jsonl")),
                   {line(tradeRow(1)), "{not json", line(tradeRow(2)), line(tradeRow(2)), line(noTenant),
                    line(badNumber), line(noKey), line(tradeRow(7, QStringLiteral("#POISON# row"))),
                    line(tradeRow(8))});
        auto job = run(spec(jobJson()));
        QCOMPARE(job->state(), EmbeddingJob::State::Done);
        QCOMPARE(job->progress().deadLettered, qint64(6));
        QCOMPARE(job->progress().upserted, qint64(3));
        QStringList errors;
        for (const DeadLetter& d : job->deadLetters())
            errors.append(d.error);
        const QString all = errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("line 2: invalid JSON")), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("repeats row")));
        QVERIFY(all.contains(QLatin1String("tenant key 'user_id'")));
        QVERIFY(all.contains(QLatin1String("field pnl: expected a number, got 'lots'")));
        QVERIFY(all.contains(QLatin1String("key field 'id'")));
        QVERIFY(all.contains(QLatin1String("HTTP 400")));
        QFile f(path(QStringLiteral("trades-job.deadletter.jsonl")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 6);
        QCOMPARE(points(QStringLiteral("trades")).size(), 3);
    }

    void aCsvSourceHandlesQuotesAndLineBreaks()
    {
        makeCollection(QStringLiteral("notes"), 768);
        writeLines(path(QStringLiteral("notes.csv")),
                   {"\xEF\xBB\xBFid,user,body,score,active", "1,u1,\"Waited, then entered\",2.5,true",
                    "2,u2,\"Said \"\"no\"\" to\nthe second trade\",-1,0", "", "3,u1,plain,7,yes"});
        const QJsonObject o{
            {QStringLiteral("name"), QStringLiteral("notes-job")},
            {QStringLiteral("source"), QJsonObject{{QStringLiteral("type"), QStringLiteral("csv")},
                                                   {QStringLiteral("path"), QStringLiteral("notes.csv")}}},
            {QStringLiteral("text"), QStringLiteral("{body}")},
            {QStringLiteral("payload"),
             QJsonObject{
                 {QStringLiteral("user_id"), QStringLiteral("user")},
                 {QStringLiteral("score"), QJsonObject{{QStringLiteral("type"), QStringLiteral("double")}}},
                 {QStringLiteral("active"), QJsonObject{{QStringLiteral("type"), QStringLiteral("bool")}}}}},
            {QStringLiteral("tenant_key"), QStringLiteral("user_id")},
            {QStringLiteral("qdrant"), QJsonObject{{QStringLiteral("collection"), QStringLiteral("notes")}}},
            {QStringLiteral("provider"), jobJson().value(QLatin1String("provider"))}};
        auto job = run(spec(o));
        QVERIFY2(job->state() == EmbeddingJob::State::Done, qPrintable(job->errorString()));
        QCOMPARE(job->progress().upserted, qint64(3));
        const auto all = points(QStringLiteral("notes"));
        QVERIFY(fake.stats().textsEmbedded.contains(QStringLiteral("Said \"no\" to\nthe second trade")));
        QVERIFY(fake.stats().textsEmbedded.contains(QStringLiteral("Waited, then entered")));
        const QJsonObject p2 = all.value(2).value(QLatin1String("payload")).toObject();
        QCOMPARE(p2.value(QLatin1String("score")).toDouble(), -1.0);
        QCOMPARE(p2.value(QLatin1String("active")).toBool(), false);
        QCOMPARE(
            all.value(3).value(QLatin1String("payload")).toObject().value(QLatin1String("active")).toBool(),
            true);
    }

    void anSqliteQueryIsASource()
    {
        makeCollection(QStringLiteral("playbooks"), 768);
        const QString db = path(QStringLiteral("journal.sqlite"));
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("prep"));
            d.setDatabaseName(db);
            QVERIFY(d.open());
            QSqlQuery q(d);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE playbooks (pid TEXT PRIMARY KEY, owner TEXT, name "
                                          "TEXT, rules TEXT, public INTEGER)")));
            for (int i = 0; i < 12; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO playbooks VALUES ('pb-%1', 'user-%2', 'Playbook "
                                              "%1', 'Enter on the retest %1', %3)")
                                   .arg(i)
                                   .arg(i % 3)
                                   .arg(i % 2)));
            d.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("prep"));
        const QJsonObject o{{QStringLiteral("name"), QStringLiteral("pb")},
                            {QStringLiteral("source"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("sqlite")},
                                         {QStringLiteral("path"), QStringLiteral("journal.sqlite")},
                                         {QStringLiteral("query"),
                                          QStringLiteral("SELECT pid AS id, owner AS user_id, name, rules, "
                                                         "public AS is_public FROM playbooks")}}},
                            {QStringLiteral("template"), QStringLiteral("trading-journal/playbooks")},
                            {QStringLiteral("provider"), jobJson().value(QLatin1String("provider"))}};
        auto job = run(spec(o));
        QVERIFY2(job->state() == EmbeddingJob::State::Done, qPrintable(job->errorString()));
        QCOMPARE(job->progress().rowsTotal, qint64(12));
        QCOMPARE(job->progress().upserted, qint64(12));
        QVERIFY(fake.stats().textsEmbedded.contains(QStringLiteral("Playbook 3. Enter on the retest 3")));
        // Keys that are neither integers nor UUIDs get stable UUIDv5 ids: a second run finds them unchanged.
        auto again = run(spec(o));
        QCOMPARE(again->progress().unchangedRows, qint64(12));
    }

    void aPostgresqlQueryIsASource()
    {
        const QString why = PostgresFixture::unavailableReason();
        if (!why.isEmpty()) QSKIP(qPrintable(why));
        PostgresFixture pg;
        QString error;
        QVERIFY2(pg.start(&error), qPrintable(error));
        QStringList sql{QStringLiteral("CREATE TABLE journal (id BIGINT PRIMARY KEY, user_id TEXT NOT NULL, "
                                       "day TIMESTAMPTZ, body TEXT)")};
        for (int i = 1; i <= 40; ++i)
            sql.append(QStringLiteral("INSERT INTO journal VALUES (%1, 'user-%2', '2026-02-%3 08:00:00+00', "
                                      "'Focused on my A+ setups, day %1')")
                           .arg(i)
                           .arg(i % 4)
                           .arg(1 + i % 27, 2, 10, QLatin1Char('0')));
        QVERIFY2(pg.exec(QStringLiteral("journal"), sql, &error), qPrintable(error));
        makeCollection(QStringLiteral("journal_entries"));
        qputenv("VD_TEST_PGPASSWORD", PostgresFixture::kPassword);
        QJsonObject o{
            {QStringLiteral("name"), QStringLiteral("journal")},
            {QStringLiteral("source"),
             QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("postgresql")},
                 {QStringLiteral("port"), pg.port()},
                 {QStringLiteral("database"), QStringLiteral("journal")},
                 {QStringLiteral("user"), QLatin1String(PostgresFixture::kUser)},
                 {QStringLiteral("password_env"), QStringLiteral("VD_TEST_PGPASSWORD")},
                 {QStringLiteral("query"),
                  QStringLiteral("SELECT id, user_id, day AS date, body AS text FROM journal ORDER BY id")}}},
            {QStringLiteral("template"), QStringLiteral("trading-journal/journal_entries")},
            {QStringLiteral("provider"), jobJson().value(QLatin1String("provider"))}};
        auto job = run(spec(o));
        QVERIFY2(job->state() == EmbeddingJob::State::Done, qPrintable(job->errorString()));
        QCOMPARE(job->progress().rowsTotal, qint64(40));
        const auto all = points(QStringLiteral("journal_entries"));
        QCOMPARE(all.size(), 40);
        const QJsonObject p7 = all.value(7).value(QLatin1String("payload")).toObject();
        QCOMPARE(p7.value(QLatin1String("user_id")).toString(), QStringLiteral("user-3"));
        QCOMPARE(p7.value(QLatin1String("date")).toString(), QStringLiteral("2026-02-08T08:00:00.000Z"));
        QVERIFY(close(
            all.value(7).value(QLatin1String("vector")).toArray(),
            FakeEmbeddingServer::expectedVector(QStringLiteral("Focused on my A+ setups, day 7"), 768)));
        // The job's query runs read-only: a statement that writes is refused by the server.
        o.insert(QStringLiteral("source"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("postgresql")},
                             {QStringLiteral("port"), pg.port()},
                             {QStringLiteral("database"), QStringLiteral("journal")},
                             {QStringLiteral("user"), QLatin1String(PostgresFixture::kUser)},
                             {QStringLiteral("password_env"), QStringLiteral("VD_TEST_PGPASSWORD")},
                             {QStringLiteral("query"),
                              QStringLiteral(
                                  "DELETE FROM journal RETURNING id, user_id, day AS date, body AS text")}});
        auto writer = run(spec(o));
        QCOMPARE(writer->state(), EmbeddingJob::State::Failed);
        QVERIFY2(writer->errorString().contains(QLatin1String("read-only")),
                 qPrintable(writer->errorString()));
        // A wrong password is a clear connection error.
        qputenv("VD_TEST_PGPASSWORD", "wrong");
        auto denied = run(spec(o));
        QCOMPARE(denied->state(), EmbeddingJob::State::Failed);
        QVERIFY2(denied->errorString().contains(QLatin1String("password authentication failed")),
                 qPrintable(denied->errorString()));
    }

    void pauseResumeCancelAndResumeFromTheCheckpoint()
    {
        makeCollection(QStringLiteral("trades"));
        writeTrades(200);
        FakeProviderRules slow;
        slow.latencyMs = 60;
        fake.setRules(slow);
        QJsonObject o = jobJson();
        o.insert(QStringLiteral("flow"),
                 QJsonObject{{QStringLiteral("batch_size"), 10}, {QStringLiteral("concurrency"), 1}});
        auto job = std::make_unique<EmbeddingJob>(spec(o), fx->config(), EmbeddingJob::Options{});
        QSignalSpy states(job.get(), &EmbeddingJob::stateChanged);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->progress().upserted >= 30, 10000);
        job->pause();
        QCOMPARE(job->state(), EmbeddingJob::State::Paused);
        QTest::qWait(200); // the call in flight lands
        const int callsWhenPaused = fake.stats().calls;
        QTest::qWait(400);
        QCOMPARE(fake.stats().calls, callsWhenPaused);
        job->resume();
        QCOMPARE(job->state(), EmbeddingJob::State::Running);
        QTRY_VERIFY_WITH_TIMEOUT(job->progress().upserted >= 80, 10000);
        job->cancel();
        QCOMPARE(job->state(), EmbeddingJob::State::Cancelled);
        QVERIFY(QFile::exists(path(QStringLiteral("trades-job.checkpoint"))));
        const qint64 written = job->progress().upserted;
        job.reset();

        auto refused = run(spec(o));
        QCOMPARE(refused->state(), EmbeddingJob::State::Failed);
        QVERIFY(refused->errorString().contains(QLatin1String("--resume")));

        slow.latencyMs = 0;
        fake.setRules(slow);
        auto resumed = run(spec(o), EmbeddingJob::Options{false, true});
        QVERIFY2(resumed->state() == EmbeddingJob::State::Done, qPrintable(resumed->errorString()));
        QVERIFY(resumed->progress().resumedRows + resumed->progress().unchangedRows >= written);
        QCOMPARE(points(QStringLiteral("trades")).size(), 200);
        // Every text went to the provider once, except a batch cancelled in flight.
        int twice = 0;
        const FakeProviderStats s = fake.stats();
        QCOMPARE(s.textsEmbedded.size(), 200);
        for (auto it = s.textsEmbedded.begin(); it != s.textsEmbedded.end(); ++it)
            twice += it.value() > 1;
        QVERIFY2(twice <= 10, qPrintable(QString::number(twice)));
        QStringList names;
        for (const QList<QVariant>& args : states)
            names.append(EmbeddingJob::stateName(args.first().value<EmbeddingJob::State>()));
        QCOMPARE(names, (QStringList{QStringLiteral("running"), QStringLiteral("paused"),
                                     QStringLiteral("running"), QStringLiteral("cancelled")}));
    }

    void aCheckpointOfAChangedJobIsRefused()
    {
        makeCollection(QStringLiteral("trades"));
        writeTrades(100);
        FakeProviderRules slow;
        slow.latencyMs = 50;
        fake.setRules(slow);
        QJsonObject o = jobJson();
        o.insert(QStringLiteral("flow"),
                 QJsonObject{{QStringLiteral("batch_size"), 10}, {QStringLiteral("concurrency"), 1}});
        auto job = std::make_unique<EmbeddingJob>(spec(o), fx->config(), EmbeddingJob::Options{});
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(job->progress().upserted >= 20, 10000);
        job->cancel();
        job.reset();
        o.insert(QStringLiteral("text"), QStringLiteral("{notes}"));
        auto changed = run(spec(o), EmbeddingJob::Options{false, true});
        QCOMPARE(changed->state(), EmbeddingJob::State::Failed);
        QVERIFY2(changed->errorString().contains(QLatin1String("different version")),
                 qPrintable(changed->errorString()));
    }

    void aNamedVectorAndAnOpenAiCompatibleProvider()
    {
        FakeProviderRules rules;
        rules.flavor = FakeProviderRules::Flavor::OpenAi;
        rules.model = QStringLiteral("nomic-embed-text");
        rules.maxItems = 8; // TEI-like: more gives 413, which the scheduler splits
        fake.setRules(rules);
        makeCollection(QStringLiteral("multi"), 256, QStringLiteral("text"));
        writeTrades(20);
        ProviderConfig pc = fake.providerConfig(256);
        QJsonObject provider = pc.toJson();
        provider.insert(QStringLiteral("api_key_env"), QStringLiteral("VD_TEST_GEMINI_KEY"));
        provider.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
        QJsonObject o = jobJson();
        o.insert(QStringLiteral("provider"), provider);
        o.insert(QStringLiteral("qdrant"),
                 QJsonObject{{QStringLiteral("collection"), QStringLiteral("multi")},
                             {QStringLiteral("vector"), QStringLiteral("text")}});
        auto job = run(spec(o));
        QVERIFY2(job->state() == EmbeddingJob::State::Done, qPrintable(job->errorString()));
        QCOMPARE(job->progress().deadLettered, qint64(0));
        const auto all = points(QStringLiteral("multi"));
        QCOMPARE(all.size(), 20);
        QVERIFY(close(
            all.value(3).value(QLatin1String("vector")).toObject().value(QLatin1String("text")).toArray(),
            FakeEmbeddingServer::expectedVector(tradeText(tradeRow(3)), 256)));
        QVERIFY(fake.stats().maxItemsSeen <= 8);
    }

    void theQueueRunsJobsOneAtATimeInTheBackground()
    {
        makeCollection(QStringLiteral("trades"));
        makeCollection(QStringLiteral("playbooks"));
        writeTrades(60);
        FakeProviderRules slow;
        slow.latencyMs = 40;
        fake.setRules(slow);
        QJsonObject first = jobJson();
        first.insert(QStringLiteral("flow"),
                     QJsonObject{{QStringLiteral("batch_size"), 10}, {QStringLiteral("concurrency"), 1}});
        QJsonObject second = jobJson();
        second.insert(QStringLiteral("name"), QStringLiteral("offline"));
        second.insert(QStringLiteral("provider"),
                      QJsonObject{{QStringLiteral("kind"), QStringLiteral("hashing")},
                                  {QStringLiteral("dimensions"), 768}});
        second.insert(QStringLiteral("qdrant"),
                      QJsonObject{{QStringLiteral("collection"), QStringLiteral("playbooks")}});
        QJsonObject third = second;
        third.insert(QStringLiteral("name"), QStringLiteral("never"));

        JobQueue queue;
        QHash<int, QStringList> states;
        connect(&queue, &JobQueue::stateChanged, this,
                [&](int id, EmbeddingJob::State st) { states[id].append(EmbeddingJob::stateName(st)); });
        int progressSignals = 0;
        connect(&queue, &JobQueue::progress, this, [&](int, const JobProgress&) { ++progressSignals; });
        QSignalSpy finished(&queue, &JobQueue::finished);
        const int a = queue.enqueue(spec(first), fx->config());
        const int b = queue.enqueue(spec(second), fx->config());
        const int c = queue.enqueue(spec(third), fx->config());
        QTRY_COMPARE_WITH_TIMEOUT(queue.state(a), EmbeddingJob::State::Running, 5000);
        QCOMPARE(queue.state(b), EmbeddingJob::State::Queued); // one at a time
        queue.cancel(c);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
        QCOMPARE(queue.state(a), EmbeddingJob::State::Done);
        QCOMPARE(queue.state(b), EmbeddingJob::State::Done);
        QCOMPARE(queue.state(c), EmbeddingJob::State::Cancelled);
        QCOMPARE(states.value(a),
                 (QStringList{QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("done")}));
        QCOMPARE(states.value(c), (QStringList{QStringLiteral("queued"), QStringLiteral("cancelled")}));
        QCOMPARE(queue.progressOf(a).upserted, qint64(60));
        QCOMPARE(queue.summary(b).value(QLatin1String("lexical")).toBool(), true);
        QVERIFY(progressSignals > 2);
        QCOMPARE(ok(client->count(QStringLiteral("playbooks"), std::nullopt))
                     .toObject()
                     .value(QLatin1String("count"))
                     .toInt(),
                 60);
    }

    void theCliTestsProvidersAndRunsJobsWithMeaningfulExitCodes()
    {
        const auto cli = [](const QStringList& args, QByteArray* out, QByteArray* err,
                            const QByteArray& key = "test-key") {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("VD_TEST_GEMINI_KEY"), QString::fromLatin1(key));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(VD_CLI_PATH), args);
            p.waitForFinished(30000);
            *out = p.readAllStandardOutput();
            *err = p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray out, err;
        const QStringList test{QStringLiteral("providers"),  QStringLiteral("test"),
                               QStringLiteral("--kind"),     QStringLiteral("gemini"),
                               QStringLiteral("--base-url"), fake.url().toString(),
                               QStringLiteral("--key-env"),  QStringLiteral("VD_TEST_GEMINI_KEY"),
                               QStringLiteral("--json")};
        QCOMPARE(cli(test, &out, &err), 0);
        const QJsonObject ok1 = QJsonDocument::fromJson(out).object();
        QCOMPARE(ok1.value(QLatin1String("dimensions")).toInt(), 768);
        QCOMPARE(ok1.value(QLatin1String("normalised_by_provider")).toBool(true), false);
        QVERIFY(std::fabs(ok1.value(QLatin1String("raw_norm")).toDouble() - 3.7) < 0.01);
        QCOMPARE(cli(test, &out, &err, "wrong-key"), 3);
        QVERIFY2(QJsonDocument::fromJson(out)
                     .object()
                     .value(QLatin1String("advice"))
                     .toString()
                     .contains(QLatin1String("key")),
                 out.constData());
        QVERIFY(!out.contains("wrong-key"));

        // embed: a bad job file is a usage error naming the field; a dry run prints its summary as JSON.
        makeCollection(QStringLiteral("trades"));
        writeTrades(30);
        QJsonObject job = jobJson();
        job.insert(QStringLiteral("qdrant"), QJsonObject{{QStringLiteral("url"), fx->url().toString()}});
        job.insert(QStringLiteral("flow"), QJsonObject{{QStringLiteral("batch_size"), 0}});
        QFile f(path(QStringLiteral("job.json")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(job).toJson());
        f.close();
        QCOMPARE(cli({QStringLiteral("embed"), f.fileName()}, &out, &err), 2);
        QVERIFY2(err.contains("flow.batch_size"), err.constData());
        job.insert(QStringLiteral("flow"), QJsonObject{{QStringLiteral("batch_size"), 10}});
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(job).toJson());
        f.close();
        QCOMPARE(cli({QStringLiteral("embed"), f.fileName(), QStringLiteral("--dry-run")}, &out, &err), 0);
        const QJsonObject dry = QJsonDocument::fromJson(out).object();
        QCOMPARE(dry.value(QLatin1String("dry_run")).toBool(), true);
        QCOMPARE(dry.value(QLatin1String("progress")).toObject().value(QLatin1String("new")).toInt(), 30);
        QCOMPARE(dry.value(QLatin1String("progress")).toObject().value(QLatin1String("calls")).toInt(), 3);
        QVERIFY(err.contains("rows 30/30"));
        QCOMPARE(fake.stats().calls, 2); // the two provider tests; the dry run called nothing
    }

    void jobFilesAreCheckedFieldByField_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown field") << json("{'sourc': {}}") << QStringLiteral("sourc: unknown field");
        QTest::newRow("source type") << json("{'source': {'type': 'xlsx'}}") << QStringLiteral("source.type");
        QTest::newRow("no path") << json("{'source': {'type': 'csv'}}") << QStringLiteral("source.path");
        QTest::newRow("no query") << json("{'source': {'type': 'sqlite', 'path': 'x.db'}}")
                                  << QStringLiteral("source.query");
        QTest::newRow("password") << json("{'source': {'type': 'postgresql', 'database': 'd', 'query': "
                                          "'SELECT 1', 'password': 'x'}}")
                                  << QStringLiteral("password_env");
        QTest::newRow("template") << json("{'template': 'crm/contacts'}")
                                  << QStringLiteral("unknown template");
        QTest::newRow("text syntax") << json("{'text': '\x7bnotes'}") << QStringLiteral("never closed");
        QTest::newRow("filter") << json("{'text': '{notes|shout}'}")
                                << QStringLiteral("unknown filter 'shout'");
        QTest::newRow("tenant") << json("{'payload': {'symbol': 'symbol'}}") << QStringLiteral("tenant_key");
        QTest::newRow("vd_ keys") << json("{'payload': {'user_id': 'user_id', 'vd_hash': 'x'}}")
                                  << QStringLiteral("vd_");
        QTest::newRow("payload type")
            << json("{'payload': {'user_id': {'type': 'uuid'}}}") << QStringLiteral("payload.user_id.type");
        QTest::newRow("tier") << json("{'flow': {'tier': 'gold'}}") << QStringLiteral("flow.tier");
        QTest::newRow("batch") << json("{'flow': {'batch_size': 0}}") << QStringLiteral("flow.batch_size");
        QTest::newRow("delete w/o incremental")
            << json("{'incremental': false, 'delete_missing': true}") << QStringLiteral("delete_missing");
        QTest::newRow("qdrant url") << json("{'qdrant': {'url': 'http://admin:pw@db:6333'}}")
                                    << QStringLiteral("qdrant.url");
    }
    void jobFilesAreCheckedFieldByField()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QString, expected);
        QJsonObject o = jobJson();
        const QJsonObject p = QJsonDocument::fromJson(patch).object();
        for (auto it = p.begin(); it != p.end(); ++it)
            o.insert(it.key(), it.value());
        JobSpec s;
        QString why;
        QVERIFY(!JobSpec::fromJson(o, dir->path(), &s, &why));
        QVERIFY2(why.contains(expected), qPrintable(why));
    }

    void textTemplatesRenderFieldsAndFilters()
    {
        TextTemplate t;
        QString why;
        QVERIFY(t.parse(
            QStringLiteral(
                "{direction|capitalize} {symbol|upper}, {r|signed}R {{literal}} {missing|default:n/a} "
                "{closed|date} {tags|join} {meta.setup}"),
            &why));
        const QJsonObject row{
            {QStringLiteral("direction"), QStringLiteral("long")},
            {QStringLiteral("symbol"), QStringLiteral("nq")},
            {QStringLiteral("r"), 2.5},
            {QStringLiteral("closed"), QStringLiteral("2026-01-16T10:00:00Z")},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
            {QStringLiteral("meta"), QJsonObject{{QStringLiteral("setup"), QStringLiteral("ORB")}}}};
        QCOMPARE(t.render(row), QStringLiteral("Long NQ, +2.5R {literal} n/a 2026-01-16 a, b ORB"));
        QCOMPARE(t.fields(),
                 (QStringList{QStringLiteral("direction"), QStringLiteral("symbol"), QStringLiteral("r"),
                              QStringLiteral("missing"), QStringLiteral("closed"), QStringLiteral("tags"),
                              QStringLiteral("meta.setup")}));
        QVERIFY(!t.parse(QStringLiteral("a } b"), &why));
        QVERIFY(why.contains(QLatin1String("position 3")));
        QVERIFY(!t.parse(QStringLiteral("{}"), &why));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddingJobs)
#include "tst_embedding_jobs.moc"
