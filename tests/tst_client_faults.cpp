// The client against a server that misbehaves on purpose (faults set from test code on the engine's
// HTTP layer): retries only where safe, timeouts, cut-off and malformed replies, cancellation.
#include "support/EngineFixture.h"

#include <QElapsedTimer>
#include <QTimer>

using namespace vd;
using namespace vd::test;
using vd::engine::FaultRule;

class TestClientFaults : public QObject
{
    Q_OBJECT
    std::unique_ptr<EngineFixture> fx;
    std::unique_ptr<QdrantClient> client;

    FaultRule rule(const QByteArray& method, const QString& pathRegex)
    {
        FaultRule r;
        r.method = method;
        r.path = QRegularExpression(pathRegex);
        return r;
    }

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<EngineFixture>();
        QVERIFY(fx->start());
        client = fx->client();
        CollectionSpec s;
        s.vectors.append(VectorSpec{QString(), 4, QStringLiteral("Cosine"), Memory::Default, QString()});
        QVERIFY(ok(client->createCollection(QStringLiteral("c"), s)).toBool());
    }
    void cleanup()
    {
        client.reset();
        fx.reset();
    }

    void transientErrorsAreRetriedForIdempotentCalls_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("504") << 504;
        QTest::newRow("429") << 429;
    }
    void transientErrorsAreRetriedForIdempotentCalls()
    {
        QFETCH(int, status);
        FaultRule r = rule("GET", QStringLiteral("^/collections/c$"));
        r.status = status;
        r.body = R"({"status":{"error":"temporarily unavailable"},"time":0})";
        r.remaining = 2;
        fx->engine().faults().add(r);
        auto j = await(client->collectionInfo(QStringLiteral("c")));
        QVERIFY2(!j->error().isError(), qPrintable(j->error().errorString()));
        QCOMPARE(j->attempts(), 3);
    }

    void retriesAreBounded()
    {
        FaultRule r = rule("GET", QStringLiteral("^/collections$"));
        r.status = 503;
        r.body = R"({"status":{"error":"Service unavailable: already_in_progress"},"time":0})";
        fx->engine().faults().add(r);
        auto j = await(client->listCollections());
        QCOMPARE(j->error().kind(), QdrantError::Kind::ServiceUnavailable);
        QCOMPARE(j->attempts(), 1 + client->config().maxRetries);
        QVERIFY(j->error().message().contains(QStringLiteral("already_in_progress")));
    }

    void nonIdempotentCallsAreNotRetried()
    {
        FaultRule r = rule("PUT", QStringLiteral("^/collections/d$"));
        r.status = 503;
        r.body = R"({"status":{"error":"busy"},"time":0})";
        r.remaining = 1;
        fx->engine().faults().add(r);
        CollectionSpec s;
        s.vectors.append(VectorSpec{QString(), 4, QStringLiteral("Cosine"), Memory::Default, QString()});
        auto j = await(client->createCollection(QStringLiteral("d"), s));
        QCOMPARE(j->error().httpStatus(), 503);
        QCOMPARE(j->attempts(), 1);
    }

    void serverErrorIsNotRetried()
    {
        FaultRule r = rule("GET", QStringLiteral("^/collections$"));
        r.status = 500;
        r.body = R"({"status":{"error":"Service internal error: boom"},"time":0})";
        r.remaining = 1;
        fx->engine().faults().add(r);
        auto j = await(client->listCollections());
        QCOMPARE(j->error().kind(), QdrantError::Kind::ServerError);
        QCOMPARE(j->attempts(), 1);
        QVERIFY(j->error().advice().contains(QStringLiteral("server's logs")));
    }

    void retryAfterIsHonoured()
    {
        FaultRule r = rule("POST", QStringLiteral("/points/count$"));
        r.status = 429;
        r.body = R"({"status":{"error":"Too many requests"},"time":0})";
        r.headers = {{"Retry-After", "1"}};
        r.remaining = 1;
        fx->engine().faults().add(r);
        QElapsedTimer t;
        t.start();
        auto j = await(client->count(QStringLiteral("c"), std::nullopt));
        QVERIFY(!j->error().isError());
        QVERIFY2(t.elapsed() >= 950, qPrintable(QString::number(t.elapsed())));
        // A Retry-After beyond the client's cap is reported, not waited for.
        r.headers = {{"Retry-After", "3600"}};
        fx->engine().faults().add(r);
        j = await(client->count(QStringLiteral("c"), std::nullopt));
        QCOMPARE(j->error().kind(), QdrantError::Kind::RateLimited);
        QCOMPARE(j->error().retryAfterSeconds(), 3600);
        QVERIFY(j->error().advice().contains(QStringLiteral("3600")));
    }

    void connectionResetMidBody()
    {
        FaultRule r = rule("GET", QStringLiteral("^/collections$"));
        r.resetMidBody = true;
        fx->engine().faults().add(r);
        auto j = await(client->listCollections());
        QCOMPARE(j->error().kind(), QdrantError::Kind::NetworkError);
        QCOMPARE(j->attempts(), 1 + client->config().maxRetries);
        QCOMPARE(j->error().exitCode(), 3);
    }

    void truncatedBodyIsNotData()
    {
        FaultRule r = rule("GET", QStringLiteral("^/collections$"));
        r.truncateBody = true;
        r.remaining = 1;
        fx->engine().faults().add(r);
        auto j = await(client->listCollections()); // retried once, then fine
        QVERIFY2(!j->error().isError(), qPrintable(j->error().errorString()));
        QCOMPARE(j->attempts(), 2);
        FaultRule always = r;
        always.remaining = -1;
        fx->engine().faults().add(always);
        j = await(client->listCollections());
        QVERIFY(j->error().isError());
        QVERIFY(j->result().isUndefined() || j->result().isNull());
    }

    void hangingReplyTimesOut()
    {
        ClientConfig c = fx->config();
        c.inactivityTimeoutMs = 300;
        c.maxRetries = 1;
        QdrantClient quick(c);
        quick.setServerVersion(QVersionNumber(1, 19));
        FaultRule r = rule("GET", QStringLiteral("^/collections$"));
        r.hang = true;
        fx->engine().faults().add(r);
        QElapsedTimer t;
        t.start();
        auto j = await(quick.listCollections());
        QCOMPARE(j->error().kind(), QdrantError::Kind::Timeout);
        QCOMPARE(j->attempts(), 2);
        QVERIFY(t.elapsed() < 3000);
    }

    void trickledReplyIsNotATimeout()
    {
        ClientConfig c = fx->config();
        c.inactivityTimeoutMs = 400;
        QdrantClient quick(c);
        FaultRule r = rule("GET", QStringLiteral("^/collections$"));
        r.trickleBytes = 8;
        r.trickleIntervalMs = 50; // the whole reply takes longer than the timeout, but bytes keep coming
        fx->engine().faults().add(r);
        auto j = await(quick.listCollections());
        QVERIFY2(!j->error().isError(), qPrintable(j->error().errorString()));
        QCOMPARE(j->result().toObject().value(QLatin1String("collections")).toArray().size(), 1);
    }

    void malformedJson()
    {
        FaultRule r = rule("GET", QStringLiteral("^/collections/c$"));
        r.status = 200;
        r.body = R"({"result": {"status": "green", )";
        fx->engine().faults().add(r);
        auto j = await(client->collectionInfo(QStringLiteral("c")));
        QCOMPARE(j->error().kind(), QdrantError::Kind::MalformedResponse);
        QVERIFY(j->error().message().contains(QStringLiteral("invalid JSON")));
        // Valid JSON without a result is malformed too.
        fx->engine().faults().clear();
        r.body = R"({"status":"ok"})";
        fx->engine().faults().add(r);
        j = await(client->collectionInfo(QStringLiteral("c")));
        QCOMPARE(j->error().kind(), QdrantError::Kind::MalformedResponse);
        // And a typed parser refuses the wrong shape without crashing.
        QString why;
        QVERIFY(!CollectionInfo::fromJson(QJsonValue(42), &why));
        QVERIFY(!ScrollPage::fromJson(
            QJsonObject{{QStringLiteral("points"), QJsonArray{QJsonObject{{QStringLiteral("id"), -3}}}}},
            &why));
    }

    void plainText401FromAProxy()
    {
        FaultRule r = rule("GET", QStringLiteral("^/collections$"));
        r.status = 401;
        r.contentType = "text/plain";
        r.body = "Invalid API key or JWT";
        fx->engine().faults().add(r);
        ClientConfig c = fx->config(QByteArrayLiteral("k"));
        QdrantClient keyed(c);
        auto j = await(keyed.listCollections());
        QCOMPARE(j->error().kind(), QdrantError::Kind::InvalidApiKey);
        QCOMPARE(j->error().message(), QStringLiteral("Invalid API key or JWT"));
        QCOMPARE(j->attempts(), 1);
    }

    void perRouteLatency()
    {
        FaultRule r = rule("POST", QStringLiteral("/points/count$"));
        r.latencyMs = 400;
        r.remaining = 1;
        fx->engine().faults().add(r);
        QElapsedTimer t;
        t.start();
        QVERIFY(!await(client->count(QStringLiteral("c"), std::nullopt))->error().isError());
        QVERIFY2(t.elapsed() >= 380, qPrintable(QString::number(t.elapsed())));
        t.restart();
        QVERIFY(!await(client->listCollections())->error().isError()); // other routes are not delayed
        QVERIFY(t.elapsed() < 300);
    }

    void connectionRefused()
    {
        ClientConfig c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        QdrantClient nowhere(c);
        auto j = await(nowhere.version());
        QCOMPARE(j->error().kind(), QdrantError::Kind::ConnectionRefused);
        QVERIFY(j->error().advice().contains(QStringLiteral("Nothing is listening")));
        QCOMPARE(j->error().exitCode(), 3);
    }

    void cancelFinishesWithCancelled()
    {
        FaultRule r = rule("GET", QStringLiteral("^/collections$"));
        r.hang = true;
        fx->engine().faults().add(r);
        RequestJob* job = client->listCollections();
        job->setAutoDelete(false);
        QSignalSpy finished(job, &ClientJob::finished);
        QTimer::singleShot(100, job, [job]() { job->abort(); });
        QVERIFY(finished.wait(3000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job->error().kind(), QdrantError::Kind::Cancelled);
        delete job;
    }

    void upsertIsSplitUnderTheBodyLimit()
    {
        ClientConfig c = fx->config();
        c.maxRequestBytes = 2048; // force many requests
        QdrantClient small(c);
        QJsonArray pts;
        for (int i = 1; i <= 200; ++i)
            pts.append(point(i, unitVector(4, i % 4),
                             QJsonObject{{QStringLiteral("pad"), QString(40, QLatin1Char('x'))}}));
        UpsertJob* job = small.upsertPoints(QStringLiteral("c"), pts, true, 1000);
        QSignalSpy progress(job, &ClientJob::progress);
        auto j = await(job);
        QVERIFY2(!j->error().isError(), qPrintable(j->error().errorString()));
        QVERIFY(j->requestCount() > 5);
        QCOMPARE(j->pointsWritten(), 200);
        QCOMPARE(progress.last().at(0).toLongLong(), 200);
        QCOMPARE(ok(client->count(QStringLiteral("c"), std::nullopt))
                     .toObject()
                     .value(QLatin1String("count"))
                     .toInt(),
                 200);
    }

    void upsertFailureSaysWhatWasWritten()
    {
        QJsonArray pts;
        for (int i = 1; i <= 10; ++i)
            pts.append(point(i, i == 7 ? QJsonArray{1, 2} : unitVector(4, i % 4)));
        auto j = await(client->upsertPoints(QStringLiteral("c"), pts, true, 3));
        QCOMPARE(j->error().httpStatus(), 400);
        QCOMPARE(j->pointsWritten(), 6);
        QVERIFY2(j->error().message().contains(QStringLiteral("6 of 10 points were written")),
                 qPrintable(j->error().message()));
    }
};

QTEST_GUILESS_MAIN(TestClientFaults)
#include "tst_client_faults.moc"
