// Demo data and the offline embedder: reproducible from the seed, the advertised sizes, unit vectors,
// lexical similarity, and loading through the client into the engine.
#include "demo/DemoData.h"
#include "embedding/HashingEmbedder.h"
#include "support/EngineFixture.h"

#include <QSet>

using namespace vd;
using namespace vd::test;

class TestDemo : public QObject
{
    Q_OBJECT
    static double dot(const QVector<float>& a, const QVector<float>& b)
    {
        double s = 0;
        for (int i = 0; i < a.size(); ++i)
            s += double(a[i]) * b[i];
        return s;
    }

private Q_SLOTS:
    void embedderIsDeterministicNormalisedAndLexical()
    {
        HashingEmbedder e(768);
        const QVector<float> a = e.embed(QStringLiteral("Long NQ ORB breakout, waited for the retest"));
        QCOMPARE(a, e.embed(QStringLiteral("Long NQ ORB breakout, waited for the retest")));
        QCOMPARE(a.size(), 768);
        QVERIFY(qAbs(dot(a, a) - 1.0) < 1e-5);
        const double close = dot(a, e.embed(QStringLiteral("ORB breakout retest on NQ")));
        const double far = dot(a, e.embed(QStringLiteral("Revenge trading gave back the gains")));
        QVERIFY2(close > far + 0.2, qPrintable(QStringLiteral("%1 vs %2").arg(close).arg(far)));
        QCOMPARE(HashingEmbedder(16).embed(QString()).size(), 16);
    }

    void demoDataIsReproducibleAndSized()
    {
        const auto a = demo::generateDemoPoints(7, 32);
        const auto b = demo::generateDemoPoints(7, 32);
        QCOMPARE(a, b);
        QVERIFY(a != demo::generateDemoPoints(8, 32));
        QCOMPARE(a.value(QStringLiteral("trades")).size(), 843);
        QCOMPARE(a.value(QStringLiteral("playbooks")).size(), 60);
        QCOMPARE(a.value(QStringLiteral("journal_entries")).size(), 200);
        QCOMPARE(a.value(QStringLiteral("coach_history")).size(), 300);
        QSet<QString> users, texts;
        for (const QJsonValue& t : a.value(QStringLiteral("trades"))) {
            const QJsonObject p = t[QLatin1String("payload")].toObject();
            users.insert(p.value(QLatin1String("user_id")).toString());
            texts.insert(p.value(QLatin1String("text")).toString());
            QCOMPARE(p.value(QLatin1String("pnl_positive")).toBool(),
                     p.value(QLatin1String("pnl")).toDouble() > 0);
            QVERIFY(!p.value(QLatin1String("closed_at")).toString().isEmpty());
        }
        QCOMPARE(users.size(), 20);
        QVERIFY(texts.size() > 800); // varied text, not one sentence repeated
    }

    void loaderCreatesTemplateOnce()
    {
        EngineFixture fx;
        QVERIFY(fx.start());
        auto client = fx.client();
        demo::DemoLoader loader(client.get(), 20260116, 64);
        QSignalSpy done(&loader, &demo::DemoLoader::finished);
        loader.start();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QVERIFY(loader.loaded());
        const QJsonObject info = ok(client->collectionInfo(QStringLiteral("trades"))).toObject();
        QCOMPARE(info.value(QLatin1String("points_count")).toInt(), 843);
        const QJsonObject schema = info.value(QLatin1String("payload_schema")).toObject();
        for (const char* f : {"user_id", "symbol", "direction", "closed_at", "pnl_positive"})
            QVERIFY2(schema.contains(QLatin1String(f)), f);
        QVERIFY(schema.value(QLatin1String("user_id"))
                    .toObject()
                    .value(QLatin1String("params"))
                    .toObject()
                    .value(QLatin1String("is_tenant"))
                    .toBool());
        QCOMPARE(ok(client->collectionInfo(QStringLiteral("coach_history")))
                     .toObject()
                     .value(QLatin1String("points_count"))
                     .toInt(),
                 300);
        // Second run: nothing is loaded twice.
        demo::DemoLoader again(client.get(), 20260116, 64);
        QSignalSpy done2(&again, &demo::DemoLoader::finished);
        again.start();
        QVERIFY(done2.wait(10000));
        QVERIFY(!again.loaded());
        QCOMPARE(ok(client->collectionInfo(QStringLiteral("trades")))
                     .toObject()
                     .value(QLatin1String("points_count"))
                     .toInt(),
                 843);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
