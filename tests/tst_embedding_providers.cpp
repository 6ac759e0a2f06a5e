// Providers, error classification, flow control and the query cache, against the fake provider servers.
#include "embedding/EmbedScheduler.h"
#include "embedding/GeminiProvider.h"
#include "embedding/QueryEmbeddingCache.h"
#include "support/FakeEmbeddingServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace vd;
using namespace vd::test;

namespace {

struct CallResult
{
    EmbedError error;
    QList<Vector> vectors;
};

CallResult run(EmbeddingProvider* p, const QStringList& texts, EmbedPurpose purpose = EmbedPurpose::Document,
               const QStringList& titles = {})
{
    QObject owner;
    EmbedCall* call = p->embed(texts, purpose, titles, &owner);
    QSignalSpy spy(call, &EmbedCall::finished);
    if (!call->isFinished() || spy.isEmpty()) spy.wait(15000);
    return CallResult{call->error(), call->vectors()};
}

double norm(const Vector& v)
{
    double s = 0;
    for (float x : v)
        s += double(x) * x;
    return std::sqrt(s);
}

bool near(const Vector& a, const Vector& b)
{
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); ++i)
        if (std::fabs(a[i] - b[i]) > 1e-5f) return false;
    return true;
}

engine::FaultRule rule(int status, const QByteArray& body, int remaining = 1)
{
    engine::FaultRule r;
    r.path = QRegularExpression(QStringLiteral(".*"));
    r.status = status;
    r.body = body;
    r.remaining = remaining;
    return r;
}

QStringList texts(int n, const QString& stem = QStringLiteral("trade note"))
{
    QStringList t;
    for (int i = 0; i < n; ++i)
        t.append(QStringLiteral("%1 %2 breakout retest").arg(stem).arg(i));
    return t;
}

} // namespace

class TestEmbeddingProviders : public QObject
{
    Q_OBJECT
private:
    FakeEmbeddingServer m_fake;
    FakeProviderRules m_rules;

    std::unique_ptr<EmbeddingProvider> gemini(const QString& model = QString(), int dims = 768)
    {
        ProviderConfig c = m_fake.providerConfig(dims);
        if (!model.isEmpty()) c.model = model;
        QString why;
        auto p = createProvider(c, &why);
        if (!p) qWarning() << why;
        return p;
    }

private Q_SLOTS:
    void init()
    {
        m_rules = FakeProviderRules();
        QVERIFY(m_fake.start(m_rules));
        m_fake.faults().clear();
    }
    void cleanup() { m_fake.stop(); }

    void geminiBatchSendsTheDocumentedRequestAndNormalises()
    {
        auto p = gemini();
        const QStringList t = texts(3);
        const CallResult r = run(p.get(), t, EmbedPurpose::Document,
                                 {QStringLiteral("NQ long"), QString(), QStringLiteral("ES")});
        QVERIFY2(!r.error.isError(), qPrintable(r.error.describe()));
        QCOMPARE(r.vectors.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(std::fabs(norm(r.vectors[i]) - 1.0) < 1e-5); // the fake sends length 3.7
            QVERIFY(near(r.vectors[i], FakeEmbeddingServer::expectedVector(t[i], 768)));
        }
        const FakeProviderStats s = m_fake.stats();
        QVERIFY2(s.violations.isEmpty(), qPrintable(s.violations.join(QLatin1Char(';'))));
        const QJsonObject body = QJsonDocument::fromJson(s.bodies.last()).object();
        const QJsonArray requests = body.value(QLatin1String("requests")).toArray();
        QCOMPARE(requests.size(), 3);
        const QJsonObject first = requests.first().toObject();
        QCOMPARE(first.value(QLatin1String("model")).toString(),
                 QStringLiteral("models/gemini-embedding-001"));
        QCOMPARE(first.value(QLatin1String("taskType")).toString(), QStringLiteral("RETRIEVAL_DOCUMENT"));
        QCOMPARE(first.value(QLatin1String("title")).toString(), QStringLiteral("NQ long"));
        QCOMPARE(first.value(QLatin1String("outputDimensionality")).toInt(), 768);
        QVERIFY(!requests.at(1).toObject().contains(QLatin1String("title")));
    }

    void geminiQueryIsOneEmbedContentCallWithRetrievalQuery()
    {
        auto p = gemini();
        const CallResult r =
            run(p.get(), {QStringLiteral("revenge trading after a loss")}, EmbedPurpose::Query);
        QVERIFY(!r.error.isError());
        const QJsonObject body = QJsonDocument::fromJson(m_fake.stats().bodies.last()).object();
        QVERIFY(!body.contains(QLatin1String("requests")));
        QCOMPARE(body.value(QLatin1String("taskType")).toString(), QStringLiteral("RETRIEVAL_QUERY"));
        QVERIFY(m_fake.stats().violations.isEmpty());
    }

    void geminiEmbedding2PutsTheTaskInTheText()
    {
        m_rules.model = QStringLiteral("gemini-embedding-2");
        m_fake.setRules(m_rules);
        auto p = gemini(m_rules.model);
        const CallResult q = run(p.get(), {QStringLiteral("gap fill")}, EmbedPurpose::Query);
        QVERIFY2(!q.error.isError(), qPrintable(q.error.describe()));
        QVERIFY(near(q.vectors.first(), FakeEmbeddingServer::expectedVector(
                                            QStringLiteral("task: search result | query: gap fill"), 768)));
        const CallResult d = run(p.get(), {QStringLiteral("a"), QStringLiteral("b")}, EmbedPurpose::Document,
                                 {QStringLiteral("T"), QString()});
        QVERIFY(!d.error.isError());
        QVERIFY(m_fake.stats().textsEmbedded.contains(QStringLiteral("title: T | text: a")));
        QVERIFY(m_fake.stats().textsEmbedded.contains(QStringLiteral("title: none | text: b")));
        QVERIFY(m_fake.stats().violations.isEmpty());
    }

    void geminiWrongKeyIsAnAuthenticationErrorWithAdvice()
    {
        ProviderConfig c = m_fake.providerConfig();
        c.apiKey = "wrong";
        QString why;
        auto p = createProvider(c, &why);
        const CallResult r = run(p.get(), texts(2));
        QCOMPARE(r.error.kind(), EmbedError::Kind::Auth);
        QCOMPARE(r.error.reason(), QStringLiteral("API_KEY_INVALID"));
        QVERIFY(r.error.advice().contains(QLatin1String("key")));
        QVERIFY(!r.error.describe().contains(QLatin1String("wrong"))); // the key itself is never echoed
    }

    void geminiWithoutKeyIsRefusedBeforeAnyCall()
    {
        ProviderConfig c = m_fake.providerConfig();
        c.apiKey.clear();
        c.apiKeyEnv = QStringLiteral("GEMINI_API_KEY");
        QString why;
        QVERIFY(!createProvider(c, &why));
        QVERIFY(why.contains(QLatin1String("api_key_env")));
        c.apiKey = "k";
        c.model = QStringLiteral("text-embedding-004");
        QVERIFY(!createProvider(c, &why));
        QVERIFY(why.contains(QLatin1String("shut down")));
        QCOMPARE(m_fake.stats().calls, 0);
    }

    void geminiUnknownModelIsTerminal()
    {
        auto p = gemini(QStringLiteral("gemini-embedding-009"));
        const CallResult r = run(p.get(), texts(2));
        QCOMPARE(r.error.kind(), EmbedError::Kind::Terminal);
        QCOMPARE(r.error.httpStatus(), 404);
    }

    void openAiCompatibleFloatAndBase64AreSortedByIndex_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("float") << QStringLiteral("float");
        QTest::newRow("base64") << QStringLiteral("base64");
    }
    void openAiCompatibleFloatAndBase64AreSortedByIndex()
    {
        QFETCH(QString, encoding);
        m_rules.flavor = FakeProviderRules::Flavor::OpenAi;
        m_rules.model = QStringLiteral("nomic-embed-text");
        m_fake.setRules(m_rules);
        ProviderConfig c = m_fake.providerConfig(256);
        c.encoding = encoding;
        QString why;
        auto p = createProvider(c, &why);
        QVERIFY2(p, qPrintable(why));
        const QStringList t = texts(5);
        const CallResult r = run(p.get(), t);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.describe()));
        for (int i = 0; i < 5; ++i)
            QVERIFY(near(r.vectors[i], FakeEmbeddingServer::expectedVector(t[i], 256)));
        const QJsonObject body = QJsonDocument::fromJson(m_fake.stats().bodies.last()).object();
        QCOMPARE(body.value(QLatin1String("dimensions")).toInt(), 256);
        QCOMPARE(body.value(QLatin1String("encoding_format")).toString(), encoding);
        // Servers that refuse `dimensions`: leave it out; the size is still checked on the reply.
        c.sendDimensions = false;
        auto quiet = createProvider(c, &why);
        const CallResult wrongSize = run(quiet.get(), t); // the model's own size is 1536, not 256
        QCOMPARE(wrongSize.error.kind(), EmbedError::Kind::Terminal);
        QVERIFY(wrongSize.error.message().contains(QLatin1String("1536")));
        QVERIFY(!QJsonDocument::fromJson(m_fake.stats().bodies.last())
                     .object()
                     .contains(QLatin1String("dimensions")));
        m_rules.defaultDimensions = 256;
        m_fake.setRules(m_rules);
        QVERIFY(!run(quiet.get(), t).error.isError());
    }

    void openAiArrayWrappedErrorsAreUnderstood()
    {
        m_rules.flavor = FakeProviderRules::Flavor::OpenAi;
        m_rules.model = QStringLiteral("m");
        m_rules.arrayWrappedErrors = true;
        m_fake.setRules(m_rules);
        ProviderConfig c = m_fake.providerConfig(64);
        c.apiKey = "nope";
        QString why;
        auto p = createProvider(c, &why);
        const CallResult r = run(p.get(), texts(1));
        QCOMPARE(r.error.kind(), EmbedError::Kind::Auth);
        QVERIFY(r.error.message().contains(QLatin1String("Incorrect API key")));
    }

    void errorBodiesAreClassified_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfterMs");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("delay");
        using K = EmbedError::Kind;
        const QByteArray retryInfo =
            R"({"error":{"code":429,"message":"Quota exceeded","status":"RESOURCE_EXHAUSTED",
            "details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"38.5s"}]}})";
        const QByteArray perDay =
            R"({"error":{"code":429,"message":"Quota exceeded","status":"RESOURCE_EXHAUSTED",
            "details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaId":"EmbedContentRequestsPerDayPerProjectPerModel"}]}]}})";
        QTest::newRow("429 RetryInfo") << 429 << retryInfo << QByteArray() << int(K::RateLimited) << 38.5;
        QTest::newRow("429 per day") << 429 << perDay << QByteArray() << int(K::DailyQuota) << -1.0;
        QTest::newRow("429 no details") << 429 << QByteArray(R"({"error":{"code":429,"message":"x"}})")
                                        << QByteArray() << int(K::RateLimited) << -1.0;
        QTest::newRow("429 retry-after-ms")
            << 429 << QByteArray(R"({"error":{"message":"slow down","type":"requests"}})")
            << QByteArray("1500") << int(K::RateLimited) << 1.5;
        QTest::newRow("400 bad input")
            << 400 << QByteArray(R"({"error":{"code":400,"message":"bad","status":"INVALID_ARGUMENT"}})")
            << QByteArray() << int(K::BadRequest) << -1.0;
        QTest::newRow("402 credit") << 402
                                    << QByteArray(R"({"error":{"code":402,"message":"prepaid credit"}})")
                                    << QByteArray() << int(K::Terminal) << -1.0;
        QTest::newRow("503") << 503
                             << QByteArray(
                                    R"({"error":{"code":503,"status":"UNAVAILABLE","message":"overloaded"}})")
                             << QByteArray() << int(K::Transient) << -1.0;
        QTest::newRow("vLLM flat")
            << 400
            << QByteArray(R"({"object":"error","message":"too long","type":"BadRequestError","code":400})")
            << QByteArray() << int(K::BadRequest) << -1.0;
        QTest::newRow("TEI")
            << 413
            << QByteArray(
                   R"({"error":"batch size 64 > maximum allowed batch size 32","error_type":"Validation"})")
            << QByteArray() << int(K::BadRequest) << -1.0;
        QTest::newRow("html 502") << 502 << QByteArray("<html>bad gateway</html>") << QByteArray()
                                  << int(K::Transient) << -1.0;
    }
    void errorBodiesAreClassified()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfterMs);
        QFETCH(int, kind);
        QFETCH(double, delay);
        const EmbedError e = EmbedError::fromHttp(status, body, QByteArray(), retryAfterMs);
        QCOMPARE(int(e.kind()), kind);
        QCOMPARE(e.retryDelaySeconds(), delay);
        QVERIFY(!e.message().isEmpty());
        QVERIFY(!e.advice().isEmpty());
    }

    void durationsParseLikeProtobuf()
    {
        QCOMPARE(EmbedError::parseDuration(QStringLiteral("38s")), 38.0);
        QCOMPARE(EmbedError::parseDuration(QStringLiteral("0.000000001s")), 1e-9);
        QCOMPARE(EmbedError::parseDuration(QStringLiteral("1.5s")), 1.5);
        QCOMPARE(EmbedError::parseDuration(QStringLiteral("38")), -1.0);
        QCOMPARE(EmbedError::parseDuration(QStringLiteral("1.0000000001s")), -1.0);
    }

    // ---- flow control ----

    void batchesNeverExceedTheProviderLimit()
    {
        auto p = gemini();
        FlowSettings f;
        f.batchSize = 250; // asks for more than Gemini's 100
        f.concurrency = 3;
        EmbedScheduler s(p.get(), f, EmbedPurpose::Document);
        QCOMPARE(s.effectiveBatchSize(), 100);
        int got = 0;
        connect(&s, &EmbedScheduler::embedded, this,
                [&](const QList<EmbedItem>& items, const QList<Vector>&) { got += items.size(); });
        QList<EmbedItem> items;
        for (int i = 0; i < 450; ++i)
            items.append(EmbedItem{i, QStringLiteral("text %1").arg(i), QString(), 3});
        QSignalSpy drained(&s, &EmbedScheduler::drained);
        s.enqueue(items);
        QTRY_COMPARE_WITH_TIMEOUT(got, 450, 15000);
        QCOMPARE(m_fake.stats().maxItemsSeen, 100);
        QCOMPARE(m_fake.stats().calls, 5);
        QCOMPARE(s.stats().calls, 5);
        QTRY_VERIFY(!drained.isEmpty());
    }

    void concurrencyIsBounded()
    {
        m_rules.latencyMs = 150;
        m_fake.setRules(m_rules);
        auto p = gemini();
        FlowSettings f;
        f.batchSize = 10;
        f.concurrency = 2;
        EmbedScheduler s(p.get(), f, EmbedPurpose::Document);
        QList<EmbedItem> items;
        for (int i = 0; i < 60; ++i)
            items.append(EmbedItem{i, QStringLiteral("t%1").arg(i), QString(), 1});
        QElapsedTimer t;
        t.start();
        QSignalSpy drained(&s, &EmbedScheduler::drained);
        s.enqueue(items);
        QVERIFY(drained.wait(10000));
        // 6 calls of 150 ms, two at a time: three rounds (~450 ms), not one (all at once) or six (serial).
        QVERIFY2(t.elapsed() >= 430 && t.elapsed() < 850, qPrintable(QString::number(t.elapsed())));
    }

    void aBadItemIsBisectedIntoTheDeadLetterList()
    {
        auto p = gemini();
        FlowSettings f;
        f.batchSize = 16;
        EmbedScheduler s(p.get(), f, EmbedPurpose::Document);
        QList<qint64> good;
        QList<QPair<qint64, QString>> dead;
        connect(&s, &EmbedScheduler::embedded, this,
                [&](const QList<EmbedItem>& items, const QList<Vector>& v) {
                    QCOMPARE(items.size(), v.size());
                    for (const EmbedItem& i : items)
                        good.append(i.ticket);
                });
        connect(&s, &EmbedScheduler::deadLettered, this, [&](const EmbedItem& i, const EmbedError& e) {
            dead.append({i.ticket, e.describe()});
        });
        QList<EmbedItem> items;
        for (int i = 0; i < 16; ++i)
            items.append(
                EmbedItem{i, i == 11 ? QStringLiteral("bad #POISON# row") : QStringLiteral("fine %1").arg(i),
                          QString(), 2});
        QSignalSpy drained(&s, &EmbedScheduler::drained);
        s.enqueue(items);
        QVERIFY(drained.wait(10000));
        QCOMPARE(good.size(), 15);
        QCOMPARE(dead.size(), 1);
        QCOMPARE(dead.first().first, qint64(11));
        QVERIFY(dead.first().second.contains(QLatin1String("400")));
        // 1 + log2(16) levels of halving, two calls per level: far fewer than one call per item.
        QCOMPARE(m_fake.stats().calls, 1 + 2 * 4);
        // Good items were embedded exactly once.
        const FakeProviderStats stats = m_fake.stats();
        QCOMPARE(stats.textsEmbedded.size(), 15);
        for (auto it = stats.textsEmbedded.begin(); it != stats.textsEmbedded.end(); ++it)
            QCOMPARE(it.value(), 1);
    }

    void a429WithRetryInfoIsWaitedOutAndRetried()
    {
        auto p = gemini();
        m_fake.faults().add(rule(429, R"({"error":{"code":429,"status":"RESOURCE_EXHAUSTED","message":"quota",
            "details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"0.4s"}]}})"));
        FlowSettings f;
        EmbedScheduler s(p.get(), f, EmbedPurpose::Document);
        QSignalSpy embedded(&s, &EmbedScheduler::embedded);
        QElapsedTimer t;
        t.start();
        s.enqueue({EmbedItem{1, QStringLiteral("x y z"), QString(), 1}});
        QVERIFY(embedded.wait(5000));
        QVERIFY2(t.elapsed() >= 400, qPrintable(QString::number(t.elapsed()))); // waited the asked delay
        QCOMPARE(s.stats().rateLimited, qint64(1));
        QCOMPARE(s.stats().retries, qint64(1));
    }

    void aPerDayQuotaStopsAtOnceWithTheReason()
    {
        m_rules.textsPerDay = 5;
        m_fake.setRules(m_rules);
        auto p = gemini();
        EmbedScheduler s(p.get(), FlowSettings(), EmbedPurpose::Document);
        QSignalSpy failed(&s, &EmbedScheduler::failed);
        QList<EmbedItem> items;
        for (int i = 0; i < 10; ++i)
            items.append(EmbedItem{i, QStringLiteral("t %1").arg(i), QString(), 1});
        s.enqueue(items);
        QVERIFY(failed.wait(5000));
        const EmbedError e = failed.first().first().value<EmbedError>();
        QCOMPARE(e.kind(), EmbedError::Kind::DailyQuota);
        QVERIFY(e.advice().contains(QLatin1String("per-day")));
        QCOMPARE(m_fake.stats().calls, 1); // not retried
    }

    void transientFailuresAreRetriedWithBackoff()
    {
        auto p = gemini();
        m_fake.faults().add(
            rule(503, R"({"error":{"code":503,"status":"UNAVAILABLE","message":"overloaded"}})", 2));
        FlowSettings f;
        f.backoffBaseMs = 50;
        EmbedScheduler s(p.get(), f, EmbedPurpose::Document);
        QSignalSpy embedded(&s, &EmbedScheduler::embedded);
        s.enqueue({EmbedItem{1, QStringLiteral("a b"), QString(), 1}});
        QVERIFY(embedded.wait(5000));
        QCOMPARE(s.stats().retries, qint64(2));
        QCOMPARE(s.stats().calls, qint64(3));
    }

    void retriesStopAfterMaxAttempts()
    {
        auto p = gemini();
        m_fake.faults().add(
            rule(503, R"({"error":{"code":503,"status":"UNAVAILABLE","message":"overloaded"}})", -1));
        FlowSettings f;
        f.backoffBaseMs = 20;
        f.maxAttempts = 3;
        EmbedScheduler s(p.get(), f, EmbedPurpose::Document);
        QSignalSpy failed(&s, &EmbedScheduler::failed);
        s.enqueue({EmbedItem{1, QStringLiteral("a b"), QString(), 1}});
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().value<EmbedError>().message().contains(QLatin1String("3 attempts")));
        QCOMPARE(s.stats().calls, qint64(3));
    }

    void aReplyThatNeverFinishesTimesOutAndIsRetried()
    {
        engine::FaultRule hang;
        hang.path = QRegularExpression(QStringLiteral(".*"));
        hang.hang = true;
        hang.remaining = 1;
        m_fake.faults().add(hang);
        ProviderConfig c = m_fake.providerConfig();
        c.timeoutMs = 300;
        QString why;
        auto p = createProvider(c, &why);
        FlowSettings f;
        f.backoffBaseMs = 20;
        EmbedScheduler s(p.get(), f, EmbedPurpose::Document);
        QSignalSpy embedded(&s, &EmbedScheduler::embedded);
        s.enqueue({EmbedItem{1, QStringLiteral("a b"), QString(), 1}});
        QVERIFY(embedded.wait(5000));
        QCOMPARE(s.stats().retries, qint64(1));
    }

    void theLimiterKeepsASlidingMinute()
    {
        qint64 now = 0;
        RateLimits l;
        l.textsPerMinute = 100;
        l.tokensPerMinute = 1000;
        l.windowMarginMs = 0;
        RateLimiter r(l, [&now]() { return now; });
        QCOMPARE(r.delayFor(50, 10), qint64(0));
        r.record(50, 10);
        now = 10000;
        r.record(50, 10);
        QCOMPARE(r.delayFor(10, 1), qint64(50001)); // the first 50 leave the window at t = 60 s
        now = 60001;
        QCOMPARE(r.delayFor(50, 1), qint64(0));
        QCOMPARE(r.delayFor(51, 1), qint64(10000)); // needs the second batch gone too
        QCOMPARE(r.delayFor(101, 1), qint64(RateLimiter::Never));
        QCOMPARE(r.delayFor(1, 1001), qint64(RateLimiter::Never));
        r.pauseFor(5000);
        QCOMPARE(r.delayFor(1, 1), qint64(5000));
    }

    void theTokenBudgetAlsoLimits()
    {
        qint64 now = 0;
        RateLimits l;
        l.tokensPerMinute = 100;
        l.windowMarginMs = 0;
        RateLimiter r(l, [&now]() { return now; });
        r.record(1, 90);
        QCOMPARE(r.delayFor(1, 20), qint64(60001));
        QCOMPARE(r.delayFor(1, 10), qint64(0));
    }

    void aDailyBudgetStopsTheScheduler()
    {
        auto p = gemini();
        FlowSettings f;
        f.batchSize = 5;
        f.limits.textsPerDay = 7;
        EmbedScheduler s(p.get(), f, EmbedPurpose::Document);
        QSignalSpy failed(&s, &EmbedScheduler::failed);
        QSignalSpy embedded(&s, &EmbedScheduler::embedded);
        QList<EmbedItem> items;
        for (int i = 0; i < 10; ++i)
            items.append(EmbedItem{i, QStringLiteral("t %1").arg(i), QString(), 1});
        s.enqueue(items);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<EmbedError>().kind(), EmbedError::Kind::DailyQuota);
        // 5 sent and kept (the call in flight was allowed to finish); the next 5 would pass the budget.
        QCOMPARE(embedded.size(), 1);
        QCOMPARE(m_fake.stats().calls, 1);
    }

    // ---- query cache ----

    void theQueryCacheAnswersRepeatsWithoutACall()
    {
        QTemporaryDir dir;
        auto p = gemini();
        QueryEmbeddingCache cache(dir.path(), 2);
        CachedQueryEmbedder e(p.get(), &cache);
        Vector first;
        bool done = false;
        e.embed(QStringLiteral("fomo entries"), [&](const Vector& v, const EmbedError& err) {
            QVERIFY(!err.isError());
            first = v;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(m_fake.stats().calls, 1);
        bool hit = false;
        e.embed(QStringLiteral("fomo entries"),
                [&](const Vector& v, const EmbedError&) { hit = near(v, first); });
        QVERIFY(hit); // answered synchronously
        QCOMPARE(m_fake.stats().calls, 1);
        QCOMPARE(cache.hits(), qint64(1));
        QCOMPARE(cache.misses(), qint64(1));
        QCOMPARE(cache.hitRatio(), 0.5);

        // A new process (new cache object) finds it on disk.
        QueryEmbeddingCache again(dir.path(), 2);
        const auto v = again.find(
            QueryEmbeddingCache::key(p->spaceId(), EmbedPurpose::Query, QStringLiteral("fomo entries")));
        QVERIFY(v && near(*v, first));
        QCOMPARE(again.diskHits(), qint64(1));
        // Keys differ by model, dimension and task.
        QVERIFY(QueryEmbeddingCache::key(QStringLiteral("gemini/a/768"), EmbedPurpose::Query,
                                         QStringLiteral("x")) !=
                QueryEmbeddingCache::key(QStringLiteral("gemini/a/3072"), EmbedPurpose::Query,
                                         QStringLiteral("x")));
        QVERIFY(QueryEmbeddingCache::key(QStringLiteral("s"), EmbedPurpose::Query, QStringLiteral("x")) !=
                QueryEmbeddingCache::key(QStringLiteral("s"), EmbedPurpose::Document, QStringLiteral("x")));
    }

    void theMemoryCacheEvictsTheLeastRecentlyUsed()
    {
        QueryEmbeddingCache cache(QString(), 2);
        cache.insert("a", Vector{1});
        cache.insert("b", Vector{2});
        QVERIFY(cache.find("a")); // a is now the most recent
        cache.insert("c", Vector{3});
        QVERIFY(cache.find("a"));
        QVERIFY(!cache.find("b"));
        QVERIFY(cache.find("c"));
        QCOMPARE(cache.memoryCount(), 2);
    }

    void aDamagedCacheFileIsAMissNotACrash()
    {
        QTemporaryDir dir;
        QueryEmbeddingCache cache(dir.path());
        const QByteArray k =
            QueryEmbeddingCache::key(QStringLiteral("s"), EmbedPurpose::Query, QStringLiteral("q"));
        cache.insert(k, Vector{1, 2, 3});
        const QString path = dir.path() + QLatin1Char('/') + QString::fromLatin1(k.left(2)) +
                             QLatin1Char('/') + QString::fromLatin1(k) + QStringLiteral(".vec");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("VDQE\x03\x00\x00\x00short");
        f.close();
        QueryEmbeddingCache fresh(dir.path());
        QVERIFY(!fresh.find(k));
        QCOMPARE(fresh.misses(), qint64(1));
    }

    void theHashingProviderIsLexicalAndNormalised()
    {
        ProviderConfig c;
        c.dimensions = 96;
        QString why;
        auto p = createProvider(c, &why);
        QVERIFY(p->isLexical());
        QCOMPARE(p->pricePerMillionTokens(), 0.0);
        const CallResult r =
            run(p.get(), {QStringLiteral("Long NQ breakout"), QStringLiteral("Long NQ breakout")});
        QVERIFY(!r.error.isError());
        QVERIFY(std::fabs(norm(r.vectors[0]) - 1.0) < 1e-5);
        QVERIFY(near(r.vectors[0], r.vectors[1]));
        QCOMPARE(p->spaceId(), QStringLiteral("hashing/vectordesk-hashing-v1/96"));
    }

    void providerSettingsAreCheckedByField()
    {
        ProviderConfig c;
        QString why;
        QVERIFY(!ProviderConfig::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("cohere")}}, &c,
                                          &why));
        QVERIFY(why.contains(QLatin1String("provider.kind")));
        QVERIFY(!ProviderConfig::fromJson(QJsonObject{{QStringLiteral("dimensions"), 0}}, &c, &why));
        QVERIFY(why.contains(QLatin1String("provider.dimensions")));
        QVERIFY(!ProviderConfig::fromJson(
            QJsonObject{{QStringLiteral("base_url"), QStringLiteral("https://u:p@x.test")}}, &c, &why));
        QVERIFY(why.contains(QLatin1String("base_url")));
        QVERIFY(!ProviderConfig::fromJson(QJsonObject{{QStringLiteral("api_key"), QStringLiteral("sk-123")}},
                                          &c, &why));
        QVERIFY(why.contains(QLatin1String("unknown field")));
        QVERIFY(ProviderConfig::fromJson(
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("gemini")},
                        {QStringLiteral("dimensions"), 768},
                        {QStringLiteral("api_key_env"), QStringLiteral("GEMINI_API_KEY")}},
            &c, &why));
        QVERIFY(!QJsonDocument(c.toJson()).toJson().contains("sk-"));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddingProviders)
#include "tst_embedding_providers.moc"
