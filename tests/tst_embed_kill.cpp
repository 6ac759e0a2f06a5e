// kill -9 of `vectordesk-cli embed` at random points, then --resume: every source row ends up in Qdrant
// exactly once with the right vector and payload, and no row goes to the provider twice beyond the
// batches that were in flight when the process died.
#include "support/EngineFixture.h"
#include "support/FakeEmbeddingServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cmath>

using namespace vd;
using namespace vd::test;

class TestEmbedKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedRunsResumeWithoutLossOrDuplicates()
    {
        constexpr int kRows = 1200, kBatch = 20, kConcurrency = 2, kKills = 6;
        EngineFixture fx;
        QVERIFY(fx.start());
        auto client = fx.client();
        makeCollection(client.get(), QStringLiteral("coach_history"), 128);
        FakeEmbeddingServer fake;
        FakeProviderRules rules;
        rules.latencyMs = 60;
        QVERIFY(fake.start(rules));

        QTemporaryDir dir;
        {
            QFile f(dir.filePath(QStringLiteral("coach.jsonl")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 1; i <= kRows; ++i)
                f.write(
                    QJsonDocument(
                        QJsonObject{{QStringLiteral("id"), i},
                                    {QStringLiteral("user_id"), QStringLiteral("user-%1").arg(i % 9)},
                                    {QStringLiteral("conversation_id"), QStringLiteral("c-%1").arg(i / 10)},
                                    {QStringLiteral("role"),
                                     i % 2 ? QStringLiteral("user") : QStringLiteral("coach")},
                                    {QStringLiteral("created_at"), QStringLiteral("2026-03-01T10:00:00Z")},
                                    {QStringLiteral("message"),
                                     QStringLiteral("message number %1 about sizing down").arg(i)}})
                        .toJson(QJsonDocument::Compact) +
                    '\n');
        }
        QJsonObject provider = fake.providerConfig(128).toJson();
        provider.insert(QStringLiteral("api_key_env"), QStringLiteral("VD_TEST_GEMINI_KEY"));
        const QJsonObject job{
            {QStringLiteral("name"), QStringLiteral("coach")},
            {QStringLiteral("source"), QJsonObject{{QStringLiteral("type"), QStringLiteral("jsonl")},
                                                   {QStringLiteral("path"), QStringLiteral("coach.jsonl")}}},
            {QStringLiteral("template"), QStringLiteral("trading-journal/coach_history")},
            {QStringLiteral("qdrant"), QJsonObject{{QStringLiteral("url"), fx.url().toString()}}},
            {QStringLiteral("provider"), provider},
            {QStringLiteral("flow"), QJsonObject{{QStringLiteral("batch_size"), kBatch},
                                                 {QStringLiteral("concurrency"), kConcurrency}}}};
        const QString jobFile = dir.filePath(QStringLiteral("coach.json"));
        {
            QFile f(jobFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(job).toJson());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VD_TEST_GEMINI_KEY"), QStringLiteral("test-key"));

        QRandomGenerator rng(20261124);
        int kills = 0;
        for (int attempt = 0; attempt <= kKills; ++attempt) {
            QProcess cli;
            cli.setProcessEnvironment(env);
            QStringList args{QStringLiteral("embed"), jobFile, QStringLiteral("--quiet")};
            if (attempt > 0) args.append(QStringLiteral("--resume"));
            cli.start(QStringLiteral(VD_CLI_PATH), args);
            QVERIFY(cli.waitForStarted());
            if (attempt < kKills) {
                QTest::qWait(int(rng.bounded(200, 900)));
                if (cli.state() == QProcess::Running) {
                    cli.kill(); // SIGKILL
                    cli.waitForFinished();
                    ++kills;
                    continue;
                }
            }
            QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 60000);
            QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
            const QByteArray out = cli.readAllStandardOutput();
            QVERIFY2(cli.exitCode() == 0, out.constData());
            QCOMPARE(QJsonDocument::fromJson(out).object().value(QLatin1String("state")).toString(),
                     QStringLiteral("done"));
            break;
        }
        QVERIFY2(kills >= 3, "the runs finished before they could be killed: slow the fake down");

        // Every row exactly once, with the right vector and payload.
        QHash<qint64, QJsonObject> points;
        std::optional<PointId> offset;
        do {
            const QJsonValue page =
                ok(client->scroll(QStringLiteral("coach_history"), std::nullopt, 1000, offset, true, true));
            QString why;
            for (const QJsonValue& v : page.toObject().value(QLatin1String("points")).toArray())
                points.insert(v.toObject().value(QLatin1String("id")).toInteger(), v.toObject());
            const auto p = ScrollPage::fromJson(page, &why);
            offset = p ? p->nextOffset : std::nullopt;
        } while (offset);
        QCOMPARE(points.size(), kRows);
        for (int i = 1; i <= kRows; ++i) {
            const QJsonObject p = points.value(i);
            const QString text = QStringLiteral("%1: message number %2 about sizing down")
                                     .arg(i % 2 ? QStringLiteral("user") : QStringLiteral("coach"))
                                     .arg(i);
            const Vector expected = FakeEmbeddingServer::expectedVector(text, 128);
            const QJsonArray v = p.value(QLatin1String("vector")).toArray();
            QCOMPARE(v.size(), 128);
            for (int d = 0; d < 128; ++d)
                QVERIFY2(std::fabs(v[d].toDouble() - expected[d]) < 1e-5,
                         qPrintable(QStringLiteral("row %1").arg(i)));
            QCOMPARE(p.value(QLatin1String("payload")).toObject().value(QLatin1String("user_id")).toString(),
                     QStringLiteral("user-%1").arg(i % 9));
        }
        // Provider calls: each text at least once; repeats only for batches in flight at a kill.
        const FakeProviderStats s = fake.stats();
        QCOMPARE(s.textsEmbedded.size(), kRows);
        int repeats = 0;
        for (auto it = s.textsEmbedded.begin(); it != s.textsEmbedded.end(); ++it)
            repeats += it.value() - 1;
        qInfo("%d kills, %d texts sent again (bound %d)", kills, repeats, kills * kConcurrency * kBatch);
        QVERIFY(repeats <= kills * kConcurrency * kBatch);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("coach.checkpoint"))));
    }
};

QTEST_GUILESS_MAIN(TestEmbedKill)
#include "tst_embed_kill.moc"
