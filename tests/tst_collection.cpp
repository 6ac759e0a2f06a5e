// The engine's Collection directly: payload indexes narrow the candidates before any vector is scored.
#include "engine/Collection.h"

#include <QTest>

using namespace vd;
using namespace vd::engine;

class TestCollection : public QObject
{
    Q_OBJECT
    std::unique_ptr<Collection> make()
    {
        QString why;
        auto c = Collection::create(
            QStringLiteral("c"),
            QJsonObject{{QStringLiteral("vectors"),
                         QJsonObject{{QStringLiteral("size"), 8},
                                     {QStringLiteral("distance"), QStringLiteral("Cosine")}}}},
            &why);
        QList<PointWrite> pts;
        for (int i = 0; i < 1000; ++i) {
            PointWrite w;
            w.id = PointId::fromNumber(quint64(i + 1));
            std::vector<float> v(8, 0.1f);
            v[size_t(i % 8)] = 1.0f;
            w.vectors.insert(QString(), v);
            w.payload = QJsonObject{{QStringLiteral("user_id"), QStringLiteral("t%1").arg(i % 10)},
                                    {QStringLiteral("n"), i}};
            pts.append(w);
        }
        c->upsert(pts, 1);
        return c;
    }

private Q_SLOTS:
    void tenantIndexNarrowsTheScoredSet()
    {
        auto c = make();
        const Filter tenant =
            Filter().must(Condition::matchValue(QStringLiteral("user_id"), QStringLiteral("t3")));
        const std::vector<float> q = c->prepareQuery(0, std::vector<float>(8, 1.0f));
        // Without an index every point is examined (and the filter drops the others).
        auto hits = c->search(0, q, &tenant, 10, std::nullopt);
        QCOMPARE(hits.size(), size_t(10));
        QCOMPARE(c->lastCandidateCount(), quint64(1000));
        QJsonObject schema{{QStringLiteral("type"), QStringLiteral("keyword")},
                           {QStringLiteral("is_tenant"), true}};
        c->createIndex(QStringLiteral("user_id"), schema);
        hits = c->search(0, q, &tenant, 10, std::nullopt);
        QCOMPARE(c->lastCandidateCount(), quint64(100)); // only t3's points were even looked at
        for (const ScoredSlot& h : hits)
            QCOMPARE(c->record(h.slot).payload.value(QLatin1String("user_id")).toString(),
                     QStringLiteral("t3"));
        // Index intersections: tenant AND a range on an indexed integer.
        c->createIndex(QStringLiteral("n"), QJsonValue(QStringLiteral("integer")));
        const Filter both =
            Filter()
                .must(Condition::matchValue(QStringLiteral("user_id"), QStringLiteral("t3")))
                .must(Condition::range(QStringLiteral("n"),
                                       RangeBounds{std::nullopt, 500.0, std::nullopt, std::nullopt}));
        hits = c->search(0, q, &both, 100, std::nullopt);
        QCOMPARE(hits.size(), size_t(50));
        QCOMPARE(c->lastCandidateCount(), quint64(50));
        // has_id narrows too.
        const Filter ids = Filter().must(Condition::hasId({PointId::fromNumber(1), PointId::fromNumber(2)}));
        c->search(0, q, &ids, 10, std::nullopt);
        QCOMPARE(c->lastCandidateCount(), quint64(2));
    }

    void unfilteredSearchScoresEverything()
    {
        auto c = make();
        c->search(0, c->prepareQuery(0, std::vector<float>(8, 1.0f)), nullptr, 5, std::nullopt);
        QCOMPARE(c->lastCandidateCount(), quint64(1000));
    }
};

QTEST_GUILESS_MAIN(TestCollection)
#include "tst_collection.moc"
