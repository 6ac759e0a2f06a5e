// Snapshots end to end through the client: create, list, streamed download verified by SHA-256, upload as
// multipart with checksum, recover from file:// and http://, priorities, full-storage snapshots, deletion.
#include "support/EngineFixture.h"

#include <QCryptographicHash>
#include <QDir>

using namespace vd;
using namespace vd::test;

class TestSnapshots : public QObject
{
    Q_OBJECT
    std::unique_ptr<EngineFixture> fx;
    std::unique_ptr<QdrantClient> client;
    QTemporaryDir downloads;

    void fill(const QString& c, int from, int to)
    {
        QJsonArray pts;
        for (int i = from; i <= to; ++i)
            pts.append(point(i, unitVector(4, i % 4, 0.01), QJsonObject{{QStringLiteral("i"), i}}));
        QVERIFY(!await(client->upsertPoints(c, pts))->error().isError());
    }
    qint64 count(const QString& c)
    {
        return ok(client->count(c, std::nullopt)).toObject().value(QLatin1String("count")).toInteger(-1);
    }
    SnapshotDescription create(const QString& c)
    {
        QString why;
        const auto s = SnapshotDescription::fromJson(ok(client->createSnapshot(c)), &why);
        if (!s) qWarning("%s", qPrintable(why));
        return s.value_or(SnapshotDescription());
    }

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<EngineFixture>();
        QVERIFY(fx->start());
        client = fx->client();
        QVERIFY(ok(client->createCollection(
                       QStringLiteral("trades"),
                       QJsonObject{{QStringLiteral("vectors"),
                                    QJsonObject{{QStringLiteral("size"), 4},
                                                {QStringLiteral("distance"), QStringLiteral("Cosine")}}}}))
                    .toBool());
        PayloadIndexSpec s;
        s.type = QStringLiteral("integer");
        QVERIFY(
            !ok(client->createPayloadIndex(QStringLiteral("trades"), QStringLiteral("i"), s)).isUndefined());
        fill(QStringLiteral("trades"), 1, 100);
    }
    void cleanup()
    {
        client.reset();
        fx.reset();
    }

    void createListDownloadVerify()
    {
        const SnapshotDescription s = create(QStringLiteral("trades"));
        QVERIFY(s.name.startsWith(QStringLiteral("trades-")));
        QVERIFY(s.size > 0);
        QCOMPARE(s.checksum.size(), 64);
        QVERIFY(QDateTime::fromString(s.creationTime, Qt::ISODate).isValid());
        const QJsonArray list = ok(client->listSnapshots(QStringLiteral("trades"))).toArray();
        QCOMPARE(list.size(), 1);
        const QString target = downloads.filePath(QStringLiteral("t.snapshot"));
        SnapshotDownloadJob* job = client->downloadSnapshot(QStringLiteral("trades"), s.name, target);
        QSignalSpy progress(job, &ClientJob::progress);
        auto j = await(job);
        QVERIFY2(!j->error().isError(), qPrintable(j->error().errorString()));
        QCOMPARE(j->checksum(), s.checksum);
        QVERIFY(progress.count() > 0);
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(
            QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()),
            s.checksum);
    }

    void checksumMismatchLeavesNoFile()
    {
        const SnapshotDescription s = create(QStringLiteral("trades"));
        const QString target = downloads.filePath(QStringLiteral("bad.snapshot"));
        auto j = await(client->downloadSnapshot(QStringLiteral("trades"), s.name, target,
                                                QString(64, QLatin1Char('0'))));
        QCOMPARE(j->error().kind(), QdrantError::Kind::ChecksumMismatch);
        QVERIFY(!QFile::exists(target));
        QCOMPARE(
            QDir(downloads.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("bad")).size(),
            0);
    }

    void interruptedDownloadLeavesNoFile()
    {
        const SnapshotDescription s = create(QStringLiteral("trades"));
        engine::FaultRule r;
        r.method = "GET";
        r.path = QRegularExpression(QStringLiteral("/snapshots/.+\\.snapshot$"));
        r.resetMidBody = true;
        fx->engine().faults().add(r);
        const QString target = downloads.filePath(QStringLiteral("cut.snapshot"));
        auto j = await(client->downloadSnapshot(QStringLiteral("trades"), s.name, target, s.checksum));
        QVERIFY(j->error().isError());
        QVERIFY(!QFile::exists(target));
    }

    void uploadRestoresIntoANewCollection()
    {
        const SnapshotDescription s = create(QStringLiteral("trades"));
        const QString file = downloads.filePath(QStringLiteral("u.snapshot"));
        QVERIFY(!await(client->downloadSnapshot(QStringLiteral("trades"), s.name, file))->error().isError());
        SnapshotUploadJob* up =
            client->uploadSnapshot(QStringLiteral("restored"), file, QStringLiteral("snapshot"));
        auto j = await(up);
        QVERIFY2(!j->error().isError(), qPrintable(j->error().errorString()));
        QCOMPARE(j->checksum(), s.checksum);
        QCOMPARE(count(QStringLiteral("restored")), 100);
        // Indexes came along.
        QVERIFY(ok(client->collectionInfo(QStringLiteral("restored")))
                    .toObject()
                    .value(QLatin1String("payload_schema"))
                    .toObject()
                    .contains(QLatin1String("i")));
    }

    void uploadWithWrongChecksumIs400AndChangesNothing()
    {
        const SnapshotDescription s = create(QStringLiteral("trades"));
        const QString file = downloads.filePath(QStringLiteral("w.snapshot"));
        QVERIFY(!await(client->downloadSnapshot(QStringLiteral("trades"), s.name, file))->error().isError());
        fill(QStringLiteral("trades"), 101, 120);
        auto j = await(client->uploadSnapshot(QStringLiteral("trades"), file, QStringLiteral("snapshot"),
                                              QString(64, QLatin1Char('a'))));
        QCOMPARE(j->error().httpStatus(), 400);
        QVERIFY(j->error().message().contains(QStringLiteral("checksum")));
        QCOMPARE(count(QStringLiteral("trades")), 120);
    }

    void uploadOfNonSnapshotIsRefused()
    {
        const QString file = downloads.filePath(QStringLiteral("junk.snapshot"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 this is a Qdrant tar, not ours");
        f.close();
        auto j = await(client->uploadSnapshot(QStringLiteral("trades"), file, QStringLiteral("snapshot")));
        QCOMPARE(j->error().httpStatus(), 400);
        QVERIFY(j->error().message().contains(QStringLiteral("Qdrant snapshots cannot be restored")));
        QCOMPARE(count(QStringLiteral("trades")), 100);
    }

    void recoverPriorities()
    {
        const SnapshotDescription s = create(QStringLiteral("trades"));
        fill(QStringLiteral("trades"), 101, 150);
        QVERIFY(!ok(client->deletePoints(QStringLiteral("trades"),
                                         PointSelector{{PointId::fromNumber(1)}, std::nullopt}))
                     .isUndefined());
        const QString location =
            QUrl::fromLocalFile(fx->dataDir() + QStringLiteral("/snapshots/trades/") + s.name).toString();
        // replica: existing data wins, only missing points come back.
        QVERIFY(ok(client->recoverSnapshot(QStringLiteral("trades"), location, QStringLiteral("replica")))
                    .toBool());
        QCOMPARE(count(QStringLiteral("trades")), 150);
        // snapshot: the snapshot replaces the collection.
        QVERIFY(ok(client->recoverSnapshot(QStringLiteral("trades"), location, QStringLiteral("snapshot"),
                                           s.checksum))
                    .toBool());
        QCOMPARE(count(QStringLiteral("trades")), 100);
        // Wrong checksum: 400, nothing changes.
        auto bad = await(client->recoverSnapshot(QStringLiteral("trades"), location,
                                                 QStringLiteral("snapshot"), QString(64, QLatin1Char('b'))));
        QCOMPARE(bad->error().httpStatus(), 400);
        // file:// outside the data directory is refused.
        auto outside = await(client->recoverSnapshot(
            QStringLiteral("trades"), QUrl::fromLocalFile(QStringLiteral("/etc/hostname")).toString(),
            QStringLiteral("snapshot")));
        QCOMPARE(outside->error().httpStatus(), 403);
        // A priority the client does not know is refused before sending.
        auto typo =
            await(client->recoverSnapshot(QStringLiteral("trades"), location, QStringLiteral("snapshots")));
        QCOMPARE(typo->error().kind(), QdrantError::Kind::InvalidRequest);
    }

    void recoverFromHttpUrl()
    {
        const SnapshotDescription s = create(QStringLiteral("trades"));
        const QString url = fx->url().toString() + QStringLiteral("/collections/trades/snapshots/") + s.name;
        QVERIFY(
            ok(client->recoverSnapshot(QStringLiteral("copy"), url, QStringLiteral("snapshot"), s.checksum))
                .toBool());
        QCOMPARE(count(QStringLiteral("copy")), 100);
    }

    void deleteAndFullStorage()
    {
        const SnapshotDescription s = create(QStringLiteral("trades"));
        QVERIFY(ok(client->deleteSnapshot(QStringLiteral("trades"), s.name)).toBool());
        QCOMPARE(ok(client->listSnapshots(QStringLiteral("trades"))).toArray().size(), 0);
        auto again = await(client->deleteSnapshot(QStringLiteral("trades"), s.name));
        QCOMPARE(again->error().kind(), QdrantError::Kind::NotFound);
        QString why;
        const auto full = SnapshotDescription::fromJson(ok(client->createSnapshot(QString())), &why);
        QVERIFY2(full, qPrintable(why));
        QVERIFY(full->name.startsWith(QStringLiteral("full-snapshot-")));
        QCOMPARE(ok(client->listSnapshots(QString())).toArray().size(), 1);
        const QString target = downloads.filePath(QStringLiteral("full.snapshot"));
        auto d = await(client->downloadSnapshot(QString(), full->name, target));
        QVERIFY2(!d->error().isError(), qPrintable(d->error().errorString()));
        QVERIFY(ok(client->deleteSnapshot(QString(), full->name)).toBool());
        auto over = await(client->recoverSnapshot(QString(), QStringLiteral("file:///x"), QString()));
        QVERIFY(over->error().message().contains(QStringLiteral("--snapshot")));
    }
};

QTEST_GUILESS_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
