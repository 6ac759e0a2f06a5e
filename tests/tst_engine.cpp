// The embedded engine through the same QdrantClient that talks to real Qdrant: collections, aliases,
// indexes, points, filters, search and errors, with Qdrant's semantics (qdrant.md).
#include "support/EngineFixture.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace vd;
using namespace vd::test;

class TestEngine : public QObject
{
    Q_OBJECT
    std::unique_ptr<EngineFixture> fx;
    std::unique_ptr<QdrantClient> client;

    QJsonObject info(const QString& c) { return ok(client->collectionInfo(c)).toObject(); }
    void makeCollection(const QString& name, int dims = 4, const QString& distance = QStringLiteral("Cosine"))
    {
        CollectionSpec s;
        s.vectors.append(VectorSpec{QString(), dims, distance, Memory::Default, QString()});
        QVERIFY(ok(client->createCollection(name, s)).toBool());
    }
    void upsert(const QString& c, const QJsonArray& points)
    {
        auto j = await(client->upsertPoints(c, points));
        QVERIFY2(!j->error().isError(), qPrintable(j->error().errorString()));
    }
    QList<qint64> ids(const QJsonValue& pointsResult)
    {
        QList<qint64> out;
        const QJsonArray a = pointsResult.isArray()
                                 ? pointsResult.toArray()
                                 : pointsResult.toObject().value(QLatin1String("points")).toArray();
        for (const QJsonValue& p : a)
            out.append(p[QLatin1String("id")].toInteger());
        return out;
    }
    bool exists(const QString& c)
    {
        return ok(client->collectionExists(c)).toObject().value(QLatin1String("exists")).toBool();
    }
    qint64 count(const QString& c, const QByteArray& filterJson)
    {
        QString why;
        const auto f = parseFilterText(filterJson, &why);
        if (!f) qWarning("%s", qPrintable(why));
        return ok(client->count(c, f)).toObject().value(QLatin1String("count")).toInteger(-1);
    }
    QueryRequest nearest(const QJsonArray& v, int limit = 10)
    {
        QueryRequest q;
        QVector<float> vec;
        for (const QJsonValue& x : v)
            vec.append(float(x.toDouble()));
        q.query = vec;
        q.limit = limit;
        return q;
    }

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<EngineFixture>();
        QString why;
        QVERIFY2(fx->start(&why), qPrintable(why));
        client = fx->client();
    }
    void cleanup()
    {
        client.reset();
        fx.reset();
    }

    void serviceEndpoints()
    {
        auto v = await(client->version());
        QVERIFY(!v->error().isError());
        QCOMPARE(client->serverVersion(), QVersionNumber(1, 19, 0));
        QVERIFY(v->result().toObject().contains(QLatin1String("title")));
        QCOMPARE(ok(client->healthz()).toString(), QStringLiteral("healthz check passed"));
        QVERIFY(!ok(client->livez()).toString().isEmpty());
        QVERIFY(!ok(client->readyz()).toString().isEmpty());
        QCOMPARE(ok(client->cluster()).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("disabled"));
        makeCollection(QStringLiteral("c"));
        const QJsonObject tel = ok(client->telemetry()).toObject();
        QCOMPARE(tel.value(QLatin1String("collections"))
                     .toObject()
                     .value(QLatin1String("number_of_collections"))
                     .toInt(),
                 1);
        const QJsonArray telCollections =
            tel.value(QLatin1String("collections")).toObject().value(QLatin1String("collections")).toArray();
        QCOMPARE(telCollections.size(), 1);
        QCOMPARE(telCollections[0][QLatin1String("params")][QLatin1String("vectors")][QLatin1String("size")]
                     .toInt(),
                 4);
        QString why;
        const auto samples = parsePrometheusText(ok(client->metrics()).toString().toUtf8(), &why);
        QVERIFY2(!samples.isEmpty(), qPrintable(why));
        bool found = false;
        for (const MetricSample& s : samples)
            if (s.name == QLatin1String("collections_total")) {
                QCOMPARE(s.value, 1.0);
                found = true;
            }
        QVERIFY(found);
        const QJsonObject cl = ok(client->collectionCluster(QStringLiteral("c"))).toObject();
        QCOMPARE(cl.value(QLatin1String("local_shards")).toArray().size(), 1);
    }

    void prometheusParser()
    {
        QString why;
        const auto s = parsePrometheusText("# HELP x y\nrest_responses_total{endpoint=\"/a\",method=\"GET\"} "
                                           "12\nup 1 1700000000\nlat +Inf\n",
                                           &why);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s[0].labels.value(QStringLiteral("method")), QStringLiteral("GET"));
        QCOMPARE(s[0].value, 12.0);
        QVERIFY(std::isinf(s[2].value));
        QVERIFY(parsePrometheusText("not a metric line at all!\n", &why).isEmpty());
        QVERIFY(why.contains(QStringLiteral("line 1")));
    }

    void collectionLifecycle()
    {
        makeCollection(QStringLiteral("trades"), 8);
        // Current servers answer /exists; before 1.8 the client asks for the collection instead.
        for (const QVersionNumber& v : {QVersionNumber(1, 19, 0), QVersionNumber(1, 7, 4)}) {
            client->setServerVersion(v);
            QCOMPARE(exists(QStringLiteral("trades")), true);
            QCOMPARE(exists(QStringLiteral("nope")), false);
        }
        client->setServerVersion(QVersionNumber(1, 19, 0));
        QString why;
        const auto ci = CollectionInfo::fromJson(info(QStringLiteral("trades")), &why);
        QVERIFY2(ci, qPrintable(why));
        QCOMPARE(ci->vectors.first().size, 8);
        QCOMPARE(ci->status, QStringLiteral("green"));
        QCOMPARE(ci->pointsCount, 0);
        // 409 on an existing name, with the error model's kind.
        CollectionSpec s;
        s.vectors.append(VectorSpec{QString(), 8, QStringLiteral("Cosine"), Memory::Default, QString()});
        auto dup = await(client->createCollection(QStringLiteral("trades"), s));
        QCOMPARE(dup->error().kind(), QdrantError::Kind::AlreadyExists);
        QCOMPARE(dup->error().httpStatus(), 409);
        QVERIFY(dup->error().message().contains(QStringLiteral("already exists")));
        // Update (PATCH) and metadata.
        QVERIFY(ok(client->updateCollection(
                       QStringLiteral("trades"),
                       QJsonObject{{QStringLiteral("optimizers_config"),
                                    QJsonObject{{QStringLiteral("indexing_threshold"), 0}}},
                                   {QStringLiteral("metadata"),
                                    QJsonObject{{QStringLiteral("owner"), QStringLiteral("platform")}}}}))
                    .toBool());
        const QJsonObject cfg = info(QStringLiteral("trades")).value(QLatin1String("config")).toObject();
        QCOMPARE(cfg.value(QLatin1String("optimizer_config"))
                     .toObject()
                     .value(QLatin1String("indexing_threshold"))
                     .toInt(),
                 0);
        QCOMPARE(cfg.value(QLatin1String("metadata")).toObject().value(QLatin1String("owner")).toString(),
                 QStringLiteral("platform"));
        // Delete: true, then false for a missing one.
        QCOMPARE(ok(client->deleteCollection(QStringLiteral("trades"))).toBool(), true);
        QCOMPARE(ok(client->deleteCollection(QStringLiteral("trades"))).toBool(), false);
        auto missing = await(client->collectionInfo(QStringLiteral("trades")));
        QCOMPARE(missing->error().kind(), QdrantError::Kind::NotFound);
        QVERIFY(missing->error().message().contains(QStringLiteral("doesn't exist")));
    }

    void fullCreateCollectionBody()
    {
        CollectionSpec s;
        s.vectors.append(VectorSpec{QStringLiteral("text"), 16, QStringLiteral("Cosine"), Memory::Cold,
                                    QStringLiteral("float16")});
        s.vectors.append(
            VectorSpec{QStringLiteral("image"), 8, QStringLiteral("Dot"), Memory::Default, QString()});
        s.shardNumber = 2;
        s.replicationFactor = 1;
        s.writeConsistencyFactor = 1;
        s.onDiskPayload = true;
        s.hnswM = 32;
        s.hnswEfConstruct = 200;
        s.hnswFullScanThreshold = 5000;
        s.quantization = QStringLiteral("scalar");
        s.quantizationAlwaysRam = true;
        s.indexingThreshold = 20000;
        s.deletedThreshold = 0.3;
        s.defaultSegmentNumber = 2;
        s.metadata = QJsonObject{{QStringLiteral("model"), QStringLiteral("gemini-embedding-001")}};
        QString why;
        const auto body = s.toJson(QVersionNumber(1, 19), &why);
        QVERIFY2(body, qPrintable(why));
        const QJsonObject text =
            body->value(QLatin1String("vectors")).toObject().value(QLatin1String("text")).toObject();
        QCOMPARE(text.value(QLatin1String("memory")).toString(), QStringLiteral("cold"));
        const auto old = s.toJson(QVersionNumber(1, 15), &why);
        QCOMPARE(old->value(QLatin1String("vectors"))
                     .toObject()
                     .value(QLatin1String("text"))
                     .toObject()
                     .value(QLatin1String("on_disk"))
                     .toBool(),
                 true);
        QVERIFY(ok(client->createCollection(QStringLiteral("full"), s)).toBool());
        const QJsonObject cfg = info(QStringLiteral("full")).value(QLatin1String("config")).toObject();
        QCOMPARE(cfg.value(QLatin1String("params")).toObject().value(QLatin1String("shard_number")).toInt(),
                 2);
        QCOMPARE(cfg.value(QLatin1String("hnsw_config")).toObject().value(QLatin1String("m")).toInt(), 32);
        QCOMPARE(cfg.value(QLatin1String("optimizer_config"))
                     .toObject()
                     .value(QLatin1String("deleted_threshold"))
                     .toDouble(),
                 0.3);
        QCOMPARE(cfg.value(QLatin1String("quantization_config"))
                     .toObject()
                     .value(QLatin1String("scalar"))
                     .toObject()
                     .value(QLatin1String("always_ram"))
                     .toBool(),
                 true);
        QCOMPARE(cfg.value(QLatin1String("metadata")).toObject().value(QLatin1String("model")).toString(),
                 QStringLiteral("gemini-embedding-001"));
        s.deletedThreshold = 1.5;
        QVERIFY(!s.toJson(QVersionNumber(1, 19), &why));
        QVERIFY(why.startsWith(QStringLiteral("optimizers_config.deleted_threshold")));
        QueryRequest q;
        q.query = QVector<float>(16, 0.5f);
        q.vectorName = QStringLiteral("text");
        q.hnswEf = 128;
        q.exact = true;
        QCOMPARE(q.toJson().value(QLatin1String("params")).toObject().value(QLatin1String("hnsw_ef")).toInt(),
                 128);
        QVERIFY(!ok(client->query(QStringLiteral("full"), q)).isUndefined());
    }

    void createValidationNamesTheField()
    {
        CollectionSpec s;
        s.vectors.append(VectorSpec{QString(), 0, QStringLiteral("Cosine"), Memory::Default, QString()});
        auto j = await(client->createCollection(QStringLiteral("x"), s));
        QCOMPARE(j->error().kind(), QdrantError::Kind::InvalidRequest); // refused before sending
        QVERIFY(j->error().message().contains(QStringLiteral("vectors.size")));
        auto raw = await(client->createCollection(
            QStringLiteral("x"),
            QJsonObject{{QStringLiteral("vectors"),
                         QJsonObject{{QStringLiteral("size"), 4},
                                     {QStringLiteral("distance"), QStringLiteral("Cosin")}}}}));
        QCOMPARE(raw->error().httpStatus(), 400);
        QVERIFY2(raw->error().message().contains(QStringLiteral("vectors.distance")),
                 qPrintable(raw->error().message()));
    }

    void versionGatedBodies()
    {
        PayloadIndexSpec spec;
        spec.type = QStringLiteral("keyword");
        spec.isTenant = true;
        spec.memory = Memory::Cold;
        QString why;
        QCOMPARE(
            spec.toJson(QVersionNumber(1, 19), &why)->toObject().value(QLatin1String("memory")).toString(),
            QStringLiteral("cold"));
        const QJsonObject old = spec.toJson(QVersionNumber(1, 15), &why)->toObject();
        QVERIFY(old.value(QLatin1String("on_disk")).toBool());
        QVERIFY(!old.contains(QLatin1String("memory")));
        QVERIFY(!spec.toJson(QVersionNumber(1, 10), &why));
        QVERIFY(why.contains(QStringLiteral("1.11")));
        spec = PayloadIndexSpec();
        spec.type = QStringLiteral("integer");
        spec.tokenizer = QStringLiteral("word");
        QVERIFY(!spec.toJson(QVersionNumber(1, 19), &why));
        QVERIFY(why.contains(QStringLiteral("field_schema.tokenizer")));
        // Legacy search before 1.10: same call, /points/search on the wire, same result shape.
        makeCollection(QStringLiteral("c"));
        upsert(QStringLiteral("c"), {point(1, unitVector(4, 0)), point(2, unitVector(4, 1))});
        client->setServerVersion(QVersionNumber(1, 9, 0));
        const QJsonArray legacyBatch =
            ok(client->queryBatch(QStringLiteral("c"),
                                  {nearest(unitVector(4, 0), 1), nearest(unitVector(4, 1), 1)}))
                .toArray();
        QCOMPARE(legacyBatch.size(), 2); // /points/search/batch, reshaped to [{"points": [...]}, ...]
        QCOMPARE(ids(legacyBatch[1]), QList<qint64>{2});
        QCOMPARE(ids(ok(client->query(QStringLiteral("c"), nearest(unitVector(4, 1), 1)))), QList<qint64>{2});
        auto byId = await(client->query(QStringLiteral("c"), [] {
            QueryRequest q;
            q.query = PointId::fromNumber(1);
            return q;
        }()));
        QCOMPARE(byId->error().kind(), QdrantError::Kind::InvalidRequest);
        auto facet = await(client->facet(QStringLiteral("c"), QStringLiteral("k"), std::nullopt));
        QVERIFY(facet->error().message().contains(QStringLiteral("1.12")));
        client->setServerVersion(QVersionNumber(1, 19, 0));
    }

    void aliases()
    {
        makeCollection(QStringLiteral("trades_v1"));
        makeCollection(QStringLiteral("trades_v2"));
        upsert(QStringLiteral("trades_v2"), {point(1, unitVector(4, 0))});
        QVERIFY(ok(client->updateAliases({QdrantClient::createAliasAction(QStringLiteral("trades"),
                                                                          QStringLiteral("trades_v1"))}))
                    .toBool());
        // Switch atomically: delete + create in one action list.
        QVERIFY(ok(client->updateAliases({QdrantClient::deleteAliasAction(QStringLiteral("trades")),
                                          QdrantClient::createAliasAction(QStringLiteral("trades"),
                                                                          QStringLiteral("trades_v2"))}))
                    .toBool());
        QCOMPARE(info(QStringLiteral("trades")).value(QLatin1String("points_count")).toInt(),
                 1); // alias used as a name
        // A failing list changes nothing.
        auto bad = await(client->updateAliases(
            {QdrantClient::renameAliasAction(QStringLiteral("trades"), QStringLiteral("live")),
             QdrantClient::deleteAliasAction(QStringLiteral("ghost"))}));
        QCOMPARE(bad->error().kind(), QdrantError::Kind::NotFound);
        const QJsonArray list =
            ok(client->listAliases()).toObject().value(QLatin1String("aliases")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][QLatin1String("alias_name")].toString(), QStringLiteral("trades"));
        QVERIFY(ok(client->updateAliases(
                       {QdrantClient::renameAliasAction(QStringLiteral("trades"), QStringLiteral("live"))}))
                    .toBool());
        QCOMPARE(ok(client->collectionAliases(QStringLiteral("trades_v2")))
                     .toObject()
                     .value(QLatin1String("aliases"))
                     .toArray()[0][QLatin1String("alias_name")]
                     .toString(),
                 QStringLiteral("live"));
        QVERIFY(ok(client->deleteCollection(QStringLiteral("trades_v2"))).toBool());
        QCOMPARE(ok(client->listAliases()).toObject().value(QLatin1String("aliases")).toArray().size(), 0);
    }

    void payloadIndexesReportAndNarrow()
    {
        makeCollection(QStringLiteral("t"));
        QJsonArray pts;
        for (int i = 1; i <= 300; ++i)
            pts.append(point(
                i, unitVector(4, i % 4, 0.01 * (i % 7)),
                QJsonObject{{QStringLiteral("user_id"), QStringLiteral("u%1").arg(i % 3)},
                            {QStringLiteral("n"), i},
                            {QStringLiteral("when"),
                             QStringLiteral("2026-01-%1T10:00:00Z").arg(1 + i % 28, 2, 10, QLatin1Char('0'))},
                            {QStringLiteral("note"), i % 2 ? QStringLiteral("Waited for the retest")
                                                           : QStringLiteral("chased the breakout")}}));
        upsert(QStringLiteral("t"), pts);
        const QList<QPair<QString, QString>> types = {{QStringLiteral("user_id"), QStringLiteral("keyword")},
                                                      {QStringLiteral("n"), QStringLiteral("integer")},
                                                      {QStringLiteral("when"), QStringLiteral("datetime")},
                                                      {QStringLiteral("note"), QStringLiteral("text")}};
        for (const auto& t : types) {
            PayloadIndexSpec s;
            s.type = t.second;
            if (t.first == QLatin1String("user_id")) s.isTenant = true;
            if (t.second == QLatin1String("text")) {
                s.tokenizer = QStringLiteral("word");
                s.lowercase = true;
            }
            auto j = await(client->createPayloadIndex(QStringLiteral("t"), t.first, s));
            QVERIFY2(!j->error().isError(), qPrintable(j->error().errorString()));
            QCOMPARE(j->result().toObject().value(QLatin1String("status")).toString(),
                     QStringLiteral("completed"));
        }
        const QJsonObject schema =
            info(QStringLiteral("t")).value(QLatin1String("payload_schema")).toObject();
        QCOMPARE(
            schema.value(QLatin1String("user_id")).toObject().value(QLatin1String("data_type")).toString(),
            QStringLiteral("keyword"));
        QCOMPARE(schema.value(QLatin1String("user_id"))
                     .toObject()
                     .value(QLatin1String("params"))
                     .toObject()
                     .value(QLatin1String("is_tenant"))
                     .toBool(),
                 true);
        QCOMPARE(schema.value(QLatin1String("n")).toObject().value(QLatin1String("points")).toInt(), 300);
        // Indexed and unindexed evaluation agree.
        QCOMPARE(count(QStringLiteral("t"), R"({"must":[{"key":"user_id","match":{"value":"u1"}}]})"), 100);
        QCOMPARE(count(QStringLiteral("t"), R"({"must":[{"key":"n","range":{"gt":10,"lte":20}}]})"), 10);
        QCOMPARE(
            count(QStringLiteral("t"), R"({"must":[{"key":"when","range":{"gte":"2026-01-28T00:00:00Z"}}]})"),
            10); // i % 28 == 27
        QCOMPARE(count(QStringLiteral("t"), R"({"must":[{"key":"note","match":{"text":"RETEST waited"}}]})"),
                 150);
        QCOMPARE(count(QStringLiteral("t"), R"({"must":[{"key":"note","match":{"phrase":"the breakout"}}]})"),
                 150);
        QCOMPARE(count(QStringLiteral("t"), R"({"must":[{"key":"note","match":{"phrase":"breakout the"}}]})"),
                 0);
        // Indexes follow payload changes.
        QVERIFY(!ok(client->setPayload(QStringLiteral("t"),
                                       QJsonObject{{QStringLiteral("user_id"), QStringLiteral("u9")}},
                                       PointSelector{{PointId::fromNumber(3)}, std::nullopt}))
                     .isUndefined());
        QCOMPARE(count(QStringLiteral("t"), R"({"must":[{"key":"user_id","match":{"value":"u9"}}]})"), 1);
        // Facet needs a keyword/integer/bool/uuid index.
        const QJsonArray hits =
            ok(client->facet(QStringLiteral("t"), QStringLiteral("user_id"), std::nullopt, 10, true))
                .toObject()
                .value(QLatin1String("hits"))
                .toArray();
        QCOMPARE(hits.size(), 4);
        QCOMPARE(hits[0][QLatin1String("count")].toInt(), 100);
        auto noIndex = await(client->facet(QStringLiteral("t"), QStringLiteral("missing"), std::nullopt));
        QCOMPARE(noIndex->error().httpStatus(), 400);
        QVERIFY(noIndex->error().message().contains(QStringLiteral("Index required")));
        // Drop.
        QVERIFY(!ok(client->deletePayloadIndex(QStringLiteral("t"), QStringLiteral("n"))).isUndefined());
        QVERIFY(!info(QStringLiteral("t"))
                     .value(QLatin1String("payload_schema"))
                     .toObject()
                     .contains(QLatin1String("n")));
        QCOMPARE(count(QStringLiteral("t"), R"({"must":[{"key":"n","range":{"gt":10,"lte":20}}]})"), 10);
    }

    void filterSemantics()
    {
        makeCollection(QStringLiteral("f"));
        upsert(QStringLiteral("f"),
               {
                   point(1, unitVector(4, 0),
                         QJsonObject{
                             {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
                             {QStringLiteral("x"), QJsonValue()},
                             {QStringLiteral("legs"),
                              QJsonArray{QJsonObject{{QStringLiteral("side"), QStringLiteral("buy")},
                                                     {QStringLiteral("qty"), 1}},
                                         QJsonObject{{QStringLiteral("side"), QStringLiteral("sell")},
                                                     {QStringLiteral("qty"), 5}}}},
                             {QStringLiteral("meta"),
                              QJsonObject{{QStringLiteral("venue"), QStringLiteral("CME")}}}}),
                   point(2, unitVector(4, 1),
                         QJsonObject{{QStringLiteral("tags"), QJsonArray()},
                                     {QStringLiteral("x"), 3},
                                     {QStringLiteral("legs"),
                                      QJsonArray{QJsonObject{{QStringLiteral("side"), QStringLiteral("buy")},
                                                             {QStringLiteral("qty"), 5}}}}}),
                   point(3, unitVector(4, 2), QJsonObject{{QStringLiteral("tags"), QStringLiteral("c")}}),
                   point(4, unitVector(4, 3)),
               });
        const QString f = QStringLiteral("f");
        QCOMPARE(count(f, R"({"must":[{"key":"tags","match":{"value":"b"}}]})"), 1);         // any element
        QCOMPARE(count(f, R"({"must":[{"is_empty":{"key":"tags"}}]})"), 2);                  // [] and missing
        QCOMPARE(count(f, R"({"must":[{"is_null":{"key":"x"}}]})"), 1);                      // null only
        QCOMPARE(count(f, R"({"must":[{"is_empty":{"key":"x"}}]})"), 3);                     // null, missing
        QCOMPARE(count(f, R"({"must":[{"key":"meta.venue","match":{"value":"CME"}}]})"), 1); // dotted path
        QCOMPARE(count(f, R"({"must":[{"key":"legs[].side","match":{"value":"sell"}}]})"), 1); // array path
        // Without nested, conditions may be met by different elements; with nested, by the same one.
        QCOMPARE(
            count(
                f,
                R"({"must":[{"key":"legs[].side","match":{"value":"buy"}},{"key":"legs[].qty","range":{"gte":5}}]})"),
            2);
        QCOMPARE(
            count(
                f,
                R"({"must":[{"nested":{"key":"legs","filter":{"must":[{"key":"side","match":{"value":"buy"}},{"key":"qty","range":{"gte":5}}]}}}]})"),
            1);
        QCOMPARE(count(f, R"({"must":[{"has_id":[1,3,99]}]})"), 2);
        QCOMPARE(
            count(
                f,
                R"({"must_not":[{"has_id":[1]}],"should":[{"key":"x","match":{"value":3}},{"key":"tags","match":{"value":"c"}}]})"),
            2);
        QCOMPARE(
            count(
                f,
                R"({"min_should":{"conditions":[{"has_id":[1,2]},{"has_id":[2,3]},{"has_id":[4]}],"min_count":2}})"),
            1);
        QCOMPARE(count(f, R"({"must":[{"key":"tags","match":{"except":["a"]}}]})"),
                 3); // 1 has "b", 3, 4 missing; not []
        QCOMPARE(count(f, R"({"must":[{"key":"tags","values_count":{"gte":2}}]})"), 1);
        QCOMPARE(count(f, R"({"must":[{"should":[{"has_id":[1]},{"has_id":[2]}]}]})"), 2); // nested boolean
        QCOMPARE(count(f, R"({"must":[{"has_vector":""}]})"), 4);
    }

    void pointsCrudAndPayload()
    {
        makeCollection(QStringLiteral("p"));
        upsert(QStringLiteral("p"),
               {point(1, QJsonArray{3, 4, 0, 0},
                      QJsonObject{{QStringLiteral("a"), 1},
                                  {QStringLiteral("b"), QJsonObject{{QStringLiteral("c"), 2}}}}),
                point(2, unitVector(4, 1))});
        // Cosine vectors come back normalised.
        const QJsonObject p1 = ok(client->getPoint(QStringLiteral("p"), PointId::fromNumber(1))).toObject();
        QCOMPARE(p1.value(QLatin1String("vector")).toArray()[0].toDouble(), 0.6);
        QCOMPARE(p1.value(QLatin1String("payload")).toObject().value(QLatin1String("a")).toInt(), 1);
        const PointSelector one{{PointId::fromNumber(1)}, std::nullopt};
        QVERIFY(!ok(client->setPayload(QStringLiteral("p"), QJsonObject{{QStringLiteral("d"), 4}}, one,
                                       QStringLiteral("b")))
                     .isUndefined());
        QJsonObject pl = ok(client->getPoint(QStringLiteral("p"), PointId::fromNumber(1)))
                             .toObject()
                             .value(QLatin1String("payload"))
                             .toObject();
        QCOMPARE(pl.value(QLatin1String("b")).toObject().value(QLatin1String("d")).toInt(), 4);
        QCOMPARE(pl.value(QLatin1String("b")).toObject().value(QLatin1String("c")).toInt(), 2);
        QVERIFY(
            !ok(client->deletePayloadKeys(QStringLiteral("p"), {QStringLiteral("b.c")}, one)).isUndefined());
        pl = ok(client->getPoint(QStringLiteral("p"), PointId::fromNumber(1)))
                 .toObject()
                 .value(QLatin1String("payload"))
                 .toObject();
        QVERIFY(!pl.value(QLatin1String("b")).toObject().contains(QLatin1String("c")));
        QVERIFY(
            !ok(client->overwritePayload(QStringLiteral("p"), QJsonObject{{QStringLiteral("z"), true}}, one))
                 .isUndefined());
        pl = ok(client->getPoint(QStringLiteral("p"), PointId::fromNumber(1)))
                 .toObject()
                 .value(QLatin1String("payload"))
                 .toObject();
        QCOMPARE(pl, (QJsonObject{{QStringLiteral("z"), true}}));
        QVERIFY(!ok(client->clearPayload(QStringLiteral("p"), one)).isUndefined());
        QVERIFY(ok(client->getPoint(QStringLiteral("p"), PointId::fromNumber(1)))
                    .toObject()
                    .value(QLatin1String("payload"))
                    .toObject()
                    .isEmpty());
        // Retrieve with selectors.
        const QJsonArray got =
            ok(client->retrievePoints(QStringLiteral("p"), {PointId::fromNumber(2), PointId::fromNumber(77)},
                                      false, true))
                .toArray();
        QCOMPARE(got.size(), 1);
        QVERIFY(got[0].toObject().contains(QLatin1String("vector")));
        QVERIFY(!got[0].toObject().contains(QLatin1String("payload")));
        // Delete by filter, and a missing point is 404.
        QVERIFY(!ok(client->deletePoints(
                        QStringLiteral("p"),
                        PointSelector{{}, Filter().must(Condition::hasId({PointId::fromNumber(2)}))}))
                     .isUndefined());
        auto gone = await(client->getPoint(QStringLiteral("p"), PointId::fromNumber(2)));
        QCOMPARE(gone->error().kind(), QdrantError::Kind::NotFound);
        // Wrong dimension names the problem.
        auto wrong = await(client->upsertPoints(QStringLiteral("p"), {point(5, QJsonArray{1, 2, 3})}));
        QCOMPARE(wrong->error().httpStatus(), 400);
        QVERIFY2(wrong->error().message().contains(QStringLiteral("expected dim: 4, got 3")),
                 qPrintable(wrong->error().message()));
        // UUID ids and the raw batch form.
        RequestSpec batch;
        batch.method = "PUT";
        batch.path = QStringLiteral("/collections/p/points");
        batch.query.addQueryItem(QStringLiteral("wait"), QStringLiteral("true"));
        batch.body =
            R"({"batch":{"ids":["550e8400-e29b-41d4-a716-446655440000",9],"vectors":[[1,0,0,0],[0,1,0,0]],"payloads":[{"k":1},null]}})";
        QVERIFY(!ok(client->request(batch)).isUndefined());
        QCOMPARE(count(QStringLiteral("p"), "{}"), 3);
    }

    void scrollIsInclusiveAndOrdered()
    {
        makeCollection(QStringLiteral("s"));
        QJsonArray pts;
        for (int i : {5, 1, 9, 3, 7, 2})
            pts.append(point(i, unitVector(4, i % 4)));
        pts.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("00000000-0000-0000-0000-000000000001")},
                               {QStringLiteral("vector"), unitVector(4, 0)}});
        upsert(QStringLiteral("s"), pts);
        QList<QString> seen;
        std::optional<PointId> offset;
        int pages = 0;
        do {
            const QJsonValue r = ok(client->scroll(QStringLiteral("s"), std::nullopt, 3, offset));
            QString why;
            const auto page = ScrollPage::fromJson(r, &why);
            QVERIFY2(page, qPrintable(why));
            for (const Record& rec : page->points)
                seen.append(rec.id.toString());
            if (page->nextOffset) // inclusive: the next page starts with this id
                QVERIFY(page->points.size() == 3);
            offset = page->nextOffset;
            ++pages;
        } while (offset && pages < 10);
        QCOMPARE(seen, (QList<QString>{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                       QStringLiteral("5"), QStringLiteral("7"), QStringLiteral("9"),
                                       QStringLiteral("00000000-0000-0000-0000-000000000001")}));
        QCOMPARE(pages, 3);
        const QJsonObject from7 =
            ok(client->scroll(QStringLiteral("s"), std::nullopt, 2, PointId::fromNumber(6))).toObject();
        QCOMPARE(ids(from7), (QList<qint64>{7, 9}));
    }

    void searchScoresAndThresholds()
    {
        makeCollection(QStringLiteral("cos"));
        upsert(QStringLiteral("cos"), {point(1, QJsonArray{1, 0, 0, 0}), point(2, QJsonArray{1, 1, 0, 0}),
                                       point(3, QJsonArray{0, 1, 0, 0}), point(4, QJsonArray{-1, 0, 0, 0})});
        QueryRequest q = nearest(QJsonArray{2, 0, 0, 0}, 10);
        const QJsonArray all =
            ok(client->query(QStringLiteral("cos"), q)).toObject().value(QLatin1String("points")).toArray();
        QCOMPARE(ids(all), (QList<qint64>{1, 2, 3, 4}));
        QCOMPARE(all[0][QLatin1String("score")].toDouble(), 1.0);
        QVERIFY(qAbs(all[1][QLatin1String("score")].toDouble() - std::sqrt(0.5)) < 1e-6);
        QVERIFY(
            !all[0].toObject().contains(QLatin1String("payload"))); // with_payload defaults to false in query
        // Strict threshold: a score equal to it is excluded.
        q.scoreThreshold = 1.0;
        QCOMPARE(ids(ok(client->query(QStringLiteral("cos"), q))), QList<qint64>{});
        q.scoreThreshold = 0.0;
        QCOMPARE(ids(ok(client->query(QStringLiteral("cos"), q))), (QList<qint64>{1, 2}));
        // Offset and limit.
        q.scoreThreshold.reset();
        q.limit = 2;
        q.offset = 1;
        QCOMPARE(ids(ok(client->query(QStringLiteral("cos"), q))), (QList<qint64>{2, 3}));
        // By point id: the point itself is not a result.
        QueryRequest byId;
        byId.query = PointId::fromNumber(1);
        byId.limit = 1;
        QCOMPARE(ids(ok(client->query(QStringLiteral("cos"), byId))), QList<qint64>{2});
        // Euclid: the score is a distance, ascending, threshold is a maximum.
        makeCollection(QStringLiteral("euc"), 2, QStringLiteral("Euclid"));
        upsert(QStringLiteral("euc"),
               {point(1, QJsonArray{0, 0}), point(2, QJsonArray{3, 4}), point(3, QJsonArray{1, 0})});
        QueryRequest e = nearest(QJsonArray{0, 0});
        const QJsonArray er =
            ok(client->query(QStringLiteral("euc"), e)).toObject().value(QLatin1String("points")).toArray();
        QCOMPARE(ids(er), (QList<qint64>{1, 3, 2}));
        QCOMPARE(er[2][QLatin1String("score")].toDouble(), 5.0);
        e.scoreThreshold = 1.0;
        QCOMPARE(ids(ok(client->query(QStringLiteral("euc"), e))), QList<qint64>{1});
        // Manhattan and Dot.
        makeCollection(QStringLiteral("man"), 2, QStringLiteral("Manhattan"));
        upsert(QStringLiteral("man"), {point(1, QJsonArray{1, 1}), point(2, QJsonArray{0, 3})});
        const QJsonArray mr = ok(client->query(QStringLiteral("man"), nearest(QJsonArray{0, 0})))
                                  .toObject()
                                  .value(QLatin1String("points"))
                                  .toArray();
        QCOMPARE(mr[0][QLatin1String("score")].toDouble(), 2.0);
        makeCollection(QStringLiteral("dot"), 2, QStringLiteral("Dot"));
        upsert(QStringLiteral("dot"), {point(1, QJsonArray{1, 1}), point(2, QJsonArray{0, 3})});
        QCOMPARE(ids(ok(client->query(QStringLiteral("dot"), nearest(QJsonArray{0, 1})))),
                 (QList<qint64>{2, 1}));
        // A query of the wrong dimension.
        auto bad = await(client->query(QStringLiteral("cos"), nearest(QJsonArray{1, 2})));
        QVERIFY(bad->error().message().contains(QStringLiteral("expected dim: 4, got 2")));
        // Batch query.
        const QJsonArray batch =
            ok(client->queryBatch(QStringLiteral("cos"),
                                  {nearest(QJsonArray{1, 0, 0, 0}, 1), nearest(QJsonArray{0, 1, 0, 0}, 1)}))
                .toArray();
        QCOMPARE(batch.size(), 2);
        QCOMPARE(ids(batch[1]), QList<qint64>{3});
    }

    void namedVectorsAndFilteredSearch()
    {
        QVERIFY(ok(client->createCollection(
                       QStringLiteral("n"),
                       QJsonObject{
                           {QStringLiteral("vectors"),
                            QJsonObject{{QStringLiteral("text"),
                                         QJsonObject{{QStringLiteral("size"), 2},
                                                     {QStringLiteral("distance"), QStringLiteral("Cosine")}}},
                                        {QStringLiteral("image"), QJsonObject{{QStringLiteral("size"), 3},
                                                                              {QStringLiteral("distance"),
                                                                               QStringLiteral("Dot")}}}}}}))
                    .toBool());
        upsert(QStringLiteral("n"),
               {QJsonObject{
                    {QStringLiteral("id"), 1},
                    {QStringLiteral("vector"), QJsonObject{{QStringLiteral("text"), QJsonArray{1, 0}},
                                                           {QStringLiteral("image"), QJsonArray{0, 0, 1}}}},
                    {QStringLiteral("payload"), QJsonObject{{QStringLiteral("u"), QStringLiteral("a")}}}},
                QJsonObject{
                    {QStringLiteral("id"), 2},
                    {QStringLiteral("vector"), QJsonObject{{QStringLiteral("text"), QJsonArray{0.9, 0.1}}}},
                    {QStringLiteral("payload"), QJsonObject{{QStringLiteral("u"), QStringLiteral("b")}}}}});
        QueryRequest q = nearest(QJsonArray{1, 0});
        q.vectorName = QStringLiteral("text");
        QCOMPARE(ids(ok(client->query(QStringLiteral("n"), q))), (QList<qint64>{1, 2}));
        q.filter = Filter().must(Condition::matchValue(QStringLiteral("u"), QStringLiteral("b")));
        q.withPayload = true;
        const QJsonArray r =
            ok(client->query(QStringLiteral("n"), q)).toObject().value(QLatin1String("points")).toArray();
        QCOMPARE(ids(r), QList<qint64>{2});
        QCOMPARE(r[0][QLatin1String("payload")][QLatin1String("u")].toString(), QStringLiteral("b"));
        QueryRequest img = nearest(QJsonArray{0, 0, 1});
        img.vectorName = QStringLiteral("image");
        QCOMPARE(ids(ok(client->query(QStringLiteral("n"), img))),
                 QList<qint64>{1}); // point 2 has no image vector
        QCOMPARE(count(QStringLiteral("n"), R"({"must":[{"has_vector":"image"}]})"), 1);
        auto noName = await(client->query(QStringLiteral("n"), nearest(QJsonArray{1, 0})));
        QVERIFY(noName->error().message().contains(QStringLiteral("Not existing vector name")));
    }

    void tenantFilteredQueryTouchesOnlyThatTenant()
    {
        makeCollection(QStringLiteral("mt"));
        PayloadIndexSpec s;
        s.type = QStringLiteral("keyword");
        s.isTenant = true;
        QVERIFY(!ok(client->createPayloadIndex(QStringLiteral("mt"), QStringLiteral("user_id"), s))
                     .isUndefined());
        QJsonArray pts;
        for (int i = 1; i <= 200; ++i)
            pts.append(point(i, unitVector(4, i % 4),
                             QJsonObject{{QStringLiteral("user_id"),
                                          i <= 20 ? QStringLiteral("alice") : QStringLiteral("bob")}}));
        upsert(QStringLiteral("mt"), pts);
        QueryRequest q = nearest(QJsonArray{1, 0, 0, 0}, 100);
        q.filter = Filter().must(Condition::matchValue(QStringLiteral("user_id"), QStringLiteral("alice")));
        q.withPayload = true;
        const QJsonArray r =
            ok(client->query(QStringLiteral("mt"), q)).toObject().value(QLatin1String("points")).toArray();
        QCOMPARE(r.size(), 20);
        for (const QJsonValue& p : r)
            QCOMPARE(p[QLatin1String("payload")][QLatin1String("user_id")].toString(),
                     QStringLiteral("alice"));
    }

    void errorsAsQdrantSendsThem()
    {
        makeCollection(QStringLiteral("e"));
        // Malformed JSON body.
        RequestSpec bad;
        bad.method = "POST";
        bad.path = QStringLiteral("/collections/e/points/scroll");
        bad.body = "{not json";
        auto j = await(client->request(bad));
        QCOMPARE(j->error().httpStatus(), 400);
        QVERIFY(j->error().message().contains(QStringLiteral("Format error in JSON body")));
        // Validation: limit 0 is 422 naming the field.
        bad.body = R"({"limit":0})";
        j = await(client->request(bad));
        QCOMPARE(j->error().httpStatus(), 422);
        QVERIFY(j->error().message().contains(QStringLiteral("limit")));
        // A filter error names its path.
        bad.body = R"({"filter":{"must":[{"key":"a","match":{"value":1.5}}]}})";
        j = await(client->request(bad));
        QCOMPARE(j->error().httpStatus(), 400);
        QVERIFY2(j->error().message().contains(QStringLiteral("filter.must[0].match.value")),
                 qPrintable(j->error().message()));
        // Missing collection.
        auto missing = await(client->count(QStringLiteral("ghost"), std::nullopt));
        QCOMPARE(missing->error().httpStatus(), 404);
        QVERIFY(missing->error().message().contains(QStringLiteral("Collection `ghost` doesn't exist!")));
        // Unsupported query kinds say so.
        bad.path = QStringLiteral("/collections/e/points/query");
        bad.body = R"({"query":{"fusion":"rrf"}})";
        j = await(client->request(bad));
        QVERIFY(j->error().message().contains(QStringLiteral("fusion")));
        // Over the body limit: 413, PayloadTooLarge.
        bad.path = QStringLiteral("/collections/e/points/scroll");
        bad.body = QByteArray(33 * 1024 * 1024, ' ');
        j = await(client->request(bad), 30000);
        QCOMPARE(j->error().kind(), QdrantError::Kind::PayloadTooLarge);
    }

    void authenticationPlainText()
    {
        EngineFixture secured(QByteArrayLiteral("secret-key"), QByteArrayLiteral("read-key"));
        QVERIFY(secured.start());
        // No key: plain-text 401, MissingApiKey.
        auto noKey = std::make_unique<QdrantClient>(secured.config(QByteArrayLiteral("")));
        noKey->setServerVersion(QVersionNumber(1, 19));
        auto j = await(noKey->listCollections());
        QCOMPARE(j->error().httpStatus(), 401);
        QCOMPARE(j->error().kind(), QdrantError::Kind::MissingApiKey);
        QCOMPARE(j->error().message(),
                 QStringLiteral("Must provide an API key or an Authorization bearer token"));
        QCOMPARE(j->error().exitCode(), 3);
        // Health needs no key.
        QVERIFY(!await(noKey->healthz())->error().isError());
        // Wrong key.
        auto wrong = std::make_unique<QdrantClient>(secured.config(QByteArrayLiteral("nope")));
        j = await(wrong->listCollections());
        QCOMPARE(j->error().kind(), QdrantError::Kind::InvalidApiKey);
        QCOMPARE(j->error().message(), QStringLiteral("Invalid API key or JWT"));
        QVERIFY(j->error().advice().contains(QStringLiteral("rejected the API key")));
        // Read-only key: reads yes, writes 403.
        auto ro = std::make_unique<QdrantClient>(secured.config(QByteArrayLiteral("read-key")));
        QVERIFY(!await(ro->listCollections())->error().isError());
        CollectionSpec s;
        s.vectors.append(VectorSpec{QString(), 2, QStringLiteral("Dot"), Memory::Default, QString()});
        j = await(ro->createCollection(QStringLiteral("x"), s));
        QCOMPARE(j->error().kind(), QdrantError::Kind::Forbidden);
        // Bearer form works too.
        QNetworkRequest req(QUrl(secured.url().toString() + QStringLiteral("/collections")));
        req.setRawHeader("Authorization", "Bearer secret-key");
        QNetworkReply* reply = QdrantClient::sharedNetworkManager()->get(req);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

    void batchUpdateOperations()
    {
        makeCollection(QStringLiteral("b"));
        RequestSpec spec;
        spec.method = "POST";
        spec.path = QStringLiteral("/collections/b/points/batch");
        spec.query.addQueryItem(QStringLiteral("wait"), QStringLiteral("true"));
        spec.body =
            R"({"operations":[{"upsert":{"points":[{"id":1,"vector":[1,0,0,0]},{"id":2,"vector":[0,1,0,0]}]}},
                                       {"set_payload":{"payload":{"k":"v"},"points":[1]}},
                                       {"delete":{"points":[2]}}]})";
        const QJsonArray r = ok(client->request(spec)).toArray();
        QCOMPARE(r.size(), 3);
        QCOMPARE(count(QStringLiteral("b"), R"({"must":[{"key":"k","match":{"value":"v"}}]})"), 1);
        QCOMPARE(count(QStringLiteral("b"), "{}"), 1);
    }

    void upsertModesAndFilter()
    {
        makeCollection(QStringLiteral("m"));
        upsert(QStringLiteral("m"), {point(1, unitVector(4, 0), QJsonObject{{QStringLiteral("v"), 1}})});
        RequestSpec spec;
        spec.method = "PUT";
        spec.path = QStringLiteral("/collections/m/points");
        spec.body =
            R"({"points":[{"id":1,"vector":[0,1,0,0],"payload":{"v":2}},{"id":2,"vector":[0,1,0,0],"payload":{"v":2}}],"update_mode":"insert_only"})";
        QVERIFY(!ok(client->request(spec)).isUndefined());
        QCOMPARE(count(QStringLiteral("m"), R"({"must":[{"key":"v","match":{"value":1}}]})"),
                 1); // 1 untouched
        QCOMPARE(count(QStringLiteral("m"), "{}"), 2);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
