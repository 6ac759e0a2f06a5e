// The typed filter model: builder output, exact JSON round trip, and refusals that name the bad path.
#include "qdrant/Filter.h"
#include "qdrant/QdrantTypes.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace vd;

class TestFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builderProducesQdrantJson()
    {
        Filter f;
        f.must(Condition::matchValue(QStringLiteral("user_id"), QStringLiteral("user-01")))
            .must(
                Condition::range(QStringLiteral("pnl"), RangeBounds{0.0, std::nullopt, std::nullopt, 100.0}))
            .mustNot(Condition::isEmpty(QStringLiteral("notes")))
            .should(Condition::hasId(
                {PointId::fromNumber(7),
                 PointId::fromUuid(QUuid(QStringLiteral("{550e8400-e29b-41d4-a716-446655440000}")))}));
        const QByteArray json = QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(
            json,
            QByteArray(
                R"({"must":[{"key":"user_id","match":{"value":"user-01"}},{"key":"pnl","range":{"gt":0,"lte":100}}],)"
                R"("must_not":[{"is_empty":{"key":"notes"}}],)"
                R"("should":[{"has_id":[7,"550e8400-e29b-41d4-a716-446655440000"]}]})"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("single must object")
            << QByteArray(R"({"must":{"key":"a","match":{"any":["x","y"]}}})");
        QTest::newRow("except ints") << QByteArray(
            R"({"must_not":[{"key":"n","match":{"except":[1,2,3]}}]})");
        QTest::newRow("text kinds") << QByteArray(
            R"({"should":[{"key":"t","match":{"text":"orb breakout"}},{"key":"t","match":{"text_any":"a b"}},{"key":"t","match":{"phrase":"stop loss"}},{"key":"k","match":{"prefix":"us"}}]})");
        QTest::newRow("datetime range") << QByteArray(
            R"({"must":[{"key":"closed_at","range":{"gte":"2026-01-01T00:00:00Z","lt":"2026-02-01"}}]})");
        QTest::newRow("null and empty")
            << QByteArray(R"({"must":[{"is_null":{"key":"a"}},{"key":"b","is_empty":true}]})");
        QTest::newRow("nested") << QByteArray(
            R"({"must":[{"nested":{"key":"legs","filter":{"must":[{"key":"side","match":{"value":"buy"}}]}}}]})");
        QTest::newRow("min_should") << QByteArray(
            R"({"min_should":{"conditions":[{"key":"a","match":{"value":1}},{"key":"b","match":{"value":true}}],"min_count":1}})");
        QTest::newRow("sub filter") << QByteArray(
            R"({"must":[{"should":[{"key":"a","match":{"value":"x"}}],"must_not":null}]})");
        QTest::newRow("values count") << QByteArray(R"({"must":[{"key":"tags","values_count":{"gte":2}}]})");
        QTest::newRow("geo radius") << QByteArray(
            R"({"must":[{"key":"loc","geo_radius":{"center":{"lat":48.85,"lon":2.35},"radius":1000}}]})");
        QTest::newRow("geo box") << QByteArray(
            R"({"must":[{"key":"loc","geo_bounding_box":{"top_left":{"lat":49,"lon":2},"bottom_right":{"lat":48,"lon":3}}}]})");
        QTest::newRow("has vector") << QByteArray(R"({"must":[{"has_vector":"image"}]})");
        QTest::newRow("empty") << QByteArray("{}");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, json);
        const QJsonObject in = QJsonDocument::fromJson(json).object();
        FilterError e;
        const auto f = Filter::fromJson(in, &e);
        QVERIFY2(f, qPrintable(e.toString()));
        QCOMPARE(f->toJson(), in);
    }

    void refusalsNameThePath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("words");
        QTest::newRow("float match") << QByteArray(R"({"must":[{"key":"pnl","match":{"value":1.5}}]})")
                                     << "filter.must[0].match.value"
                                     << "range";
        QTest::newRow("mixed any") << QByteArray(R"({"must":[{"key":"a","match":{"any":["x",1]}}]})")
                                   << "filter.must[0].match.any"
                                   << "not both";
        QTest::newRow("bad any element") << QByteArray(R"({"should":[{"key":"a","match":{"any":[true]}}]})")
                                         << "filter.should[0].match.any[0]"
                                         << "string or an integer";
        QTest::newRow("unknown clause") << QByteArray(R"({"mustt":[]})") << "filter.mustt"
                                        << "unknown field";
        QTest::newRow("bad date") << QByteArray(R"({"must":[{"key":"d","range":{"gt":"yesterday"}}]})")
                                  << "filter.must[0].range.gt"
                                  << "RFC 3339";
        QTest::newRow("mixed range")
            << QByteArray(R"({"must":[{"key":"d","range":{"gt":"2026-01-01T00:00:00Z","lt":5}}]})")
            << "filter.must[0].range"
            << "mixes";
        QTest::newRow("two conditions in one")
            << QByteArray(R"({"must":[{"key":"a","match":{"value":"x"},"range":{"gt":1}}]})")
            << "filter.must[0]"
            << "exactly one";
        QTest::newRow("nested bad")
            << QByteArray(
                   R"({"must":[{"nested":{"key":"legs","filter":{"must":[{"key":"","match":{"value":1}}]}}}]})")
            << "filter.must[0].nested.filter.must[0].key"
            << "non-empty";
        QTest::newRow("bad has_id") << QByteArray(R"({"must":[{"has_id":[1,-2]}]})")
                                    << "filter.must[0].has_id[1]"
                                    << "unsigned";
        QTest::newRow("min_count zero") << QByteArray(R"({"min_should":{"conditions":[],"min_count":0}})")
                                        << "filter.min_should.min_count"
                                        << "at least 1";
        QTest::newRow("latitude")
            << QByteArray(R"({"must":[{"key":"l","geo_radius":{"center":{"lat":91,"lon":0},"radius":5}}]})")
            << "filter.must[0].geo_radius.center.lat"
            << "latitude";
        QTest::newRow("unknown condition") << QByteArray(R"({"must":[{"foo":1}]})") << "filter.must[0]"
                                           << "unknown condition";
        QTest::newRow("negative count") << QByteArray(R"({"must":[{"key":"t","values_count":{"gt":-1}}]})")
                                        << "filter.must[0].values_count.gt"
                                        << "non-negative";
    }
    void refusalsNameThePath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, words);
        FilterError e;
        QVERIFY(!Filter::fromJson(QJsonDocument::fromJson(json).object(), &e));
        QCOMPARE(e.path, path);
        QVERIFY2(e.message.contains(words), qPrintable(e.message));
    }

    void parseFilterTextReportsJsonErrors()
    {
        QString why;
        QVERIFY(!parseFilterText("{\"must\": [", &why));
        QVERIFY(why.contains(QStringLiteral("invalid JSON")));
        QVERIFY(parseFilterText(R"({"must":[{"key":"a","match":{"value":"x"}}]})", &why));
    }

    void datetimeFormats()
    {
        const QDateTime ref(QDate(2026, 1, 16), QTime(10, 0), QTimeZone::utc());
        QCOMPARE(parseQdrantDateTime(QStringLiteral("2026-01-16T10:00:00Z")), ref);
        QCOMPARE(parseQdrantDateTime(QStringLiteral("2026-01-16 10:00:00")), ref);
        QCOMPARE(parseQdrantDateTime(QStringLiteral("2026-01-16T12:00:00+02:00")), ref);
        QCOMPARE(parseQdrantDateTime(QStringLiteral("2026-01-16T10:00:00.000123456Z")), ref);
        QCOMPARE(parseQdrantDateTime(QStringLiteral("2026-01-16")),
                 QDateTime(QDate(2026, 1, 16), QTime(0, 0), QTimeZone::utc()));
        QVERIFY(!parseQdrantDateTime(QStringLiteral("16/01/2026")).isValid());
    }

    void pointIds()
    {
        QString why;
        QCOMPARE(PointId::fromString(QStringLiteral("42"), &why).number(), quint64(42));
        QVERIFY(PointId::fromString(QStringLiteral("550e8400-e29b-41d4-a716-446655440000"), &why).isUuid());
        QVERIFY(!PointId::fromJson(QJsonValue(1.5), &why).isValid());
        QVERIFY(why.contains(QStringLiteral("unsigned integer")));
        QVERIFY(PointId::fromNumber(5) <
                PointId::fromUuid(QUuid::createUuid())); // integers first, as Qdrant orders
    }
};

QTEST_GUILESS_MAIN(TestFilter)
#include "tst_filter.moc"
