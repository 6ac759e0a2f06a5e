// Durability of the embedded engine: log replay, torn tails dropped, corruption reported (never emptied),
// compaction, and acknowledged writes surviving kill -9 of a real server process.
#include "common/WriteAheadLog.h"
#include "engine/Collection.h"
#include "engine/Engine.h"
#include "support/EngineFixture.h"

#include <QCborMap>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>

using namespace vd;
using namespace vd::engine;
using namespace vd::test;

namespace {
void copyDir(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QFileInfo& fi : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (fi.isDir())
            copyDir(fi.filePath(), to + QLatin1Char('/') + fi.fileName());
        else
            QFile::copy(fi.filePath(), to + QLatin1Char('/') + fi.fileName());
    }
}
QCborMap upsertRecord(int from, int to)
{
    QList<PointWrite> pts;
    for (int i = from; i <= to; ++i) {
        PointWrite w;
        w.id = PointId::fromNumber(quint64(i));
        w.vectors.insert(QString(), std::vector<float>{float(i), 1, 0});
        w.payload = QJsonObject{{QStringLiteral("i"), i}};
        pts.append(w);
    }
    QCborMap r = Engine::encodePoints(pts);
    r.insert(QLatin1String("op"), QLatin1String("upsert"));
    return r;
}
} // namespace

class TestStorage : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp;

    // An engine with collection "c" and three logged upserts, copied while still open (so nothing compacted).
    QString openEngineWithLog()
    {
        const QString live =
            tmp.path() + QStringLiteral("/live-") + QString::number(QRandomGenerator::global()->generate());
        const QString copy = live + QStringLiteral("-copy");
        Engine e;
        QString why;
        if (!e.open(live, &why)) qFatal("open: %s", qPrintable(why));
        EngineError err;
        e.createCollection(QStringLiteral("c"),
                           QJsonObject{{QStringLiteral("vectors"),
                                        QJsonObject{{QStringLiteral("size"), 3},
                                                    {QStringLiteral("distance"), QStringLiteral("Dot")}}}},
                           &err);
        e.write(QStringLiteral("c"), upsertRecord(1, 10), &err);
        e.write(QStringLiteral("c"), upsertRecord(11, 20), &err);
        e.write(QStringLiteral("c"), upsertRecord(21, 30), &err);
        copyDir(live, copy); // the state a crash would leave: compacted file + log
        return copy;
    }
    QString walPath(const QString& dir) { return dir + QStringLiteral("/collections/c/wal.log"); }

private Q_SLOTS:
    void logIsReplayedOnOpen()
    {
        const QString dir = openEngineWithLog();
        Engine e;
        QString why;
        QVERIFY(e.open(dir, &why));
        EngineError err;
        Collection* c = e.find(QStringLiteral("c"), &err);
        QVERIFY(c);
        QCOMPARE(c->pointCount(), 30);
        QCOMPARE(c->record(*c->slotOf(PointId::fromNumber(25))).payload.value(QLatin1String("i")).toInt(),
                 25);
    }

    void tornTailIsDropped()
    {
        const QString dir = openEngineWithLog();
        QFile wal(walPath(dir));
        const qint64 intact = wal.size();
        QVERIFY(wal.open(QIODevice::Append));
        // A record whose header promises more bytes than were written: what a crash mid-append leaves.
        QByteArray torn(8, '\0');
        torn[0] = char(200);
        wal.write(torn + QByteArray(30, 'x'));
        wal.close();
        Engine e;
        QString why;
        QVERIFY2(e.open(dir, &why), qPrintable(why));
        EngineError err;
        QCOMPARE(e.find(QStringLiteral("c"), &err)->pointCount(), 30);
        QVERIFY(e.brokenCollections().isEmpty());
        QCOMPARE(QFileInfo(walPath(dir)).size(), intact);
    }

    void tornLastRecordBodyIsDropped()
    {
        const QString dir = openEngineWithLog();
        QFile wal(walPath(dir));
        QVERIFY(wal.open(QIODevice::ReadWrite));
        wal.resize(wal.size() - 5); // the last record lost its tail
        wal.close();
        Engine e;
        QString why;
        QVERIFY(e.open(dir, &why));
        EngineError err;
        QCOMPARE(e.find(QStringLiteral("c"), &err)->pointCount(), 20);
    }

    void corruptLogIsReportedNotEmptied()
    {
        const QString dir = openEngineWithLog();
        QFile wal(walPath(dir));
        QVERIFY(wal.open(QIODevice::ReadWrite));
        const QByteArray before = wal.readAll();
        QByteArray damaged = before;
        damaged[20] = char(damaged[20] ^ 0x5a); // inside the first record's body, with records after it
        wal.seek(0);
        wal.write(damaged);
        wal.close();
        Engine e;
        QString why;
        QVERIFY(e.open(dir, &why));
        QVERIFY(e.brokenCollections().contains(QStringLiteral("c")));
        QVERIFY(e.brokenCollections().value(QStringLiteral("c")).contains(QStringLiteral("corrupt")));
        EngineError err;
        QVERIFY(!e.find(QStringLiteral("c"), &err));
        QCOMPARE(err.status, 500);
        QVERIFY(err.message.contains(QStringLiteral("damaged")));
        QFile again(walPath(dir));
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), damaged); // untouched
    }

    void corruptCollectionFileIsReported()
    {
        const QString dir = openEngineWithLog();
        {
            Engine compacting; // fold the log into collection.vdc so the points live in the file
            QString why;
            QVERIFY(compacting.open(dir, &why));
        }
        QFile f(dir + QStringLiteral("/collections/c/collection.vdc"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        // One byte of the last point's payload: the structure still parses, only the checksum can tell.
        f.seek(f.size() - 33);
        char c = 0;
        f.getChar(&c);
        f.seek(f.size() - 33);
        f.putChar(char(c ^ 0x01));
        f.close();
        Engine e;
        QString why;
        QVERIFY(e.open(dir, &why));
        QVERIFY2(e.brokenCollections().value(QStringLiteral("c")).contains(QStringLiteral("checksum")),
                 qPrintable(e.brokenCollections().value(QStringLiteral("c"))));
    }

    void compactionKeepsEverything()
    {
        const QString dir = openEngineWithLog();
        {
            Engine e;
            QString why;
            QVERIFY(e.open(dir, &why));
            e.close(); // compacts
        }
        QCOMPARE(QFileInfo(walPath(dir)).size(), 0);
        Engine e;
        QString why;
        QVERIFY(e.open(dir, &why));
        EngineError err;
        Collection* c = e.find(QStringLiteral("c"), &err);
        QCOMPARE(c->pointCount(), 30);
        QCOMPARE(c->spaces().front().at(*c->slotOf(PointId::fromNumber(7)))[0], 7.0f);
    }

    void indexesAndAliasesPersist()
    {
        EngineFixture fx;
        QVERIFY(fx.start());
        auto client = fx.client();
        QVERIFY(ok(client->createCollection(
                       QStringLiteral("p"),
                       QJsonObject{{QStringLiteral("vectors"),
                                    QJsonObject{{QStringLiteral("size"), 2},
                                                {QStringLiteral("distance"), QStringLiteral("Cosine")}}}}))
                    .toBool());
        PayloadIndexSpec s;
        s.type = QStringLiteral("keyword");
        QVERIFY(!ok(client->createPayloadIndex(QStringLiteral("p"), QStringLiteral("u"), s)).isUndefined());
        QVERIFY(ok(client->updateAliases(
                       {QdrantClient::createAliasAction(QStringLiteral("alias"), QStringLiteral("p"))}))
                    .toBool());
        QVERIFY(!await(client->upsertPoints(QStringLiteral("p"),
                                            {point(1, QJsonArray{1, 0},
                                                   QJsonObject{{QStringLiteral("u"), QStringLiteral("x")}})}))
                     ->error()
                     .isError());
        fx.restart();
        client = fx.client();
        const QJsonObject info = ok(client->collectionInfo(QStringLiteral("alias"))).toObject();
        QCOMPARE(info.value(QLatin1String("points_count")).toInt(), 1);
        QCOMPARE(info.value(QLatin1String("payload_schema"))
                     .toObject()
                     .value(QLatin1String("u"))
                     .toObject()
                     .value(QLatin1String("points"))
                     .toInt(),
                 1);
    }

    void acknowledgedWritesSurviveKill9()
    {
        // Upserts with wait=true run back to back; the server is killed with SIGKILL at a random moment
        // while one is in flight. Every acknowledged point must be there after a restart.
        const QString cli = QStringLiteral(VD_CLI_PATH);
        const QString data = tmp.path() + QStringLiteral("/kill9");
        QSet<qint64> acknowledged;
        qint64 nextId = 1;
        auto startServer = [&](QProcess& server, QUrl* url) {
            server.setProgram(cli);
            server.setArguments({QStringLiteral("serve-local"), QStringLiteral("--port"), QStringLiteral("0"),
                                 QStringLiteral("--data"), data});
            server.start();
            if (!server.waitForReadyRead(10000)) return false;
            const QString line = QString::fromUtf8(server.readLine()).trimmed();
            *url = QUrl(line.mid(13));
            return line.startsWith(QStringLiteral("listening on "));
        };
        for (int trial = 0; trial < 3; ++trial) {
            QProcess server;
            QUrl url;
            QVERIFY(startServer(server, &url));
            ClientConfig c;
            c.baseUrl = url;
            c.maxRetries = 0;
            QdrantClient client(c);
            if (trial == 0)
                QVERIFY(ok(client.createCollection(QStringLiteral("k"),
                                                   QJsonObject{{QStringLiteral("vectors"),
                                                                QJsonObject{{QStringLiteral("size"), 8},
                                                                            {QStringLiteral("distance"),
                                                                             QStringLiteral("Dot")}}}}))
                            .toBool());
            bool killed = false;
            QTimer::singleShot(150 + QRandomGenerator::global()->bounded(300), &server, [&]() {
                server.kill(); // SIGKILL
                killed = true;
            });
            while (!killed) {
                QJsonArray pts;
                QList<qint64> batch;
                for (int i = 0; i < 20; ++i, ++nextId) {
                    QJsonArray v;
                    for (int d = 0; d < 8; ++d)
                        v.append(double(nextId + d));
                    pts.append(point(nextId, v, QJsonObject{{QStringLiteral("n"), nextId}}));
                    batch.append(nextId);
                }
                auto job = await(client.upsertPoints(QStringLiteral("k"), pts, true));
                if (job->error().isError()) break;
                for (qint64 id : batch)
                    acknowledged.insert(id);
            }
            server.waitForFinished(5000);
            QProcess again;
            QVERIFY(startServer(again, &url));
            ClientConfig c2;
            c2.baseUrl = url;
            QdrantClient check(c2);
            QList<PointId> ids;
            for (qint64 id : acknowledged)
                ids.append(PointId::fromNumber(quint64(id)));
            const QJsonArray found = ok(check.retrievePoints(QStringLiteral("k"), ids, true, true)).toArray();
            QCOMPARE(found.size(), ids.size());
            for (const QJsonValue& p : found) // the vector and payload came back intact too
                QCOMPARE(p[QLatin1String("vector")].toArray()[0].toDouble(),
                         double(p[QLatin1String("payload")][QLatin1String("n")].toInteger()));
            again.terminate();
            QVERIFY(again.waitForFinished(10000));
        }
        QVERIFY(acknowledged.size() > 20);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
