// Embedded-engine benchmark (issue targets): POINTS × DIMS Cosine vectors in TENANTS tenants, served by
// `vectordesk-cli serve-local` pinned to one core. Measures upsert throughput, query p50/p95 (server-reported
// time and round trip) unfiltered and tenant-filtered, resident memory per point against the raw vector
// bytes, start-up time with the collection on disk, and acknowledged-write loss over kill -9 trials. Usage:
// vd_bench_engine CLI [POINTS] [DIMS] [TENANTS] [QUERIES] [KILL_TRIALS]
#include "BenchSupport.h"
#include "qdrant/QdrantClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <csignal>
#include <cstdio>

using namespace vd;
using namespace vd::bench;

namespace {
QJsonArray randomVector(QRandomGenerator& rng, int dims)
{
    QJsonArray v;
    for (int d = 0; d < dims; ++d)
        v.append(rng.generateDouble() * 2 - 1);
    return v;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() < 2) {
        std::fprintf(stderr, "usage: %s CLI [POINTS] [DIMS] [TENANTS] [QUERIES] [KILL_TRIALS]\n", argv[0]);
        return 2;
    }
    const QString cli = a[1];
    const int points = a.value(2, QStringLiteral("100000")).toInt();
    const int dims = a.value(3, QStringLiteral("768")).toInt();
    const int tenants = a.value(4, QStringLiteral("100")).toInt();
    const int queries = a.value(5, QStringLiteral("1000")).toInt();
    const int killTrials = a.value(6, QStringLiteral("20")).toInt();
    QTemporaryDir dir;
    QJsonObject report{{QStringLiteral("points"), points},
                       {QStringLiteral("dims"), dims},
                       {QStringLiteral("tenants"), tenants}};

    QProcess server;
    QUrl url;
    qint64 startup = 0;
    if (!startServer(&server, cli, dir.filePath(QStringLiteral("data")), true, &url, &startup)) return 3;
    const qint64 baseRss = rssKiB(server.processId());
    ClientConfig c;
    c.baseUrl = url;
    c.inactivityTimeoutMs = 600000;
    QdrantClient client(c);
    runJob(client.version());
    CollectionSpec spec;
    spec.vectors.append(VectorSpec{QString(), dims, QStringLiteral("Cosine"), Memory::Default, QString()});
    runJob(client.createCollection(QStringLiteral("bench"), spec));
    PayloadIndexSpec tenant;
    tenant.type = QStringLiteral("keyword");
    tenant.isTenant = true;
    runJob(client.createPayloadIndex(QStringLiteral("bench"), QStringLiteral("user_id"), tenant));

    // Upsert in requests of 256 points with wait=true; time spent generating JSON is excluded.
    QRandomGenerator rng(1234);
    qint64 upsertNs = 0;
    const int batch = 256;
    for (int start = 0; start < points; start += batch) {
        QJsonArray pts;
        for (int i = start; i < std::min(points, start + batch); ++i)
            pts.append(QJsonObject{
                {QStringLiteral("id"), i + 1},
                {QStringLiteral("vector"), randomVector(rng, dims)},
                {QStringLiteral("payload"),
                 QJsonObject{{QStringLiteral("user_id"), QStringLiteral("tenant-%1").arg(i % tenants)}}}});
        QElapsedTimer t;
        t.start();
        if (!runJob(client.upsertPoints(QStringLiteral("bench"), pts, true, batch))) {
            std::fprintf(stderr, "upsert failed at %d\n", start);
            return 1;
        }
        upsertNs += t.nsecsElapsed();
    }
    report.insert(QStringLiteral("upsert_points_per_s"), double(points) / (double(upsertNs) / 1e9));
    const qint64 loadedRss = rssKiB(server.processId());
    const double rawBytes = double(points) * dims * 4;
    report.insert(QStringLiteral("rss_baseline_mib"), double(baseRss) / 1024);
    report.insert(QStringLiteral("rss_loaded_mib"), double(loadedRss) / 1024);
    report.insert(QStringLiteral("raw_vector_mib"), rawBytes / 1048576);
    report.insert(QStringLiteral("rss_over_raw"), double(loadedRss) * 1024 / rawBytes);
    report.insert(QStringLiteral("rss_bytes_per_point"), double(loadedRss) * 1024 / points);

    auto measure = [&](bool filtered, const QString& prefix) {
        std::vector<double> serverMs, total;
        for (int i = 0; i < queries; ++i) {
            QueryRequest q;
            QVector<float> v(dims);
            for (float& x : v)
                x = float(rng.generateDouble() * 2 - 1);
            q.query = v;
            q.limit = 10;
            if (filtered)
                q.filter = Filter().must(Condition::matchValue(QStringLiteral("user_id"),
                                                               QStringLiteral("tenant-%1").arg(i % tenants)));
            QElapsedTimer t;
            t.start();
            RequestJob* job = client.query(QStringLiteral("bench"), q);
            if (!runJob(job))
                std::fprintf(stderr, "query failed: %s\n", qPrintable(job->error().errorString()));
            total.push_back(double(t.nsecsElapsed()) / 1e6);
            serverMs.push_back(job->serverTime() * 1e3);
            delete job;
        }
        report.insert(prefix + QStringLiteral("_server_p50_ms"), percentile(serverMs, 50));
        report.insert(prefix + QStringLiteral("_server_p95_ms"), percentile(serverMs, 95));
        report.insert(prefix + QStringLiteral("_roundtrip_p50_ms"), percentile(total, 50));
        report.insert(prefix + QStringLiteral("_roundtrip_p95_ms"), percentile(total, 95));
    };
    measure(false, QStringLiteral("unfiltered"));
    measure(true, QStringLiteral("tenant_filtered"));

    // Start-up with the collection on disk: graceful stop (compacts), then time until it listens again.
    server.terminate();
    server.waitForFinished(600000);
    QProcess again;
    QUrl url2;
    if (!startServer(&again, cli, dir.filePath(QStringLiteral("data")), true, &url2, &startup)) return 3;
    report.insert(QStringLiteral("startup_ms"), startup);
    report.insert(QStringLiteral("rss_after_restart_mib"), double(rssKiB(again.processId())) / 1024);
    again.terminate();
    again.waitForFinished(600000);

    // kill -9 during acknowledged upserts: every acknowledged point must be there after the restart.
    const QString killDir = dir.filePath(QStringLiteral("kill"));
    QSet<qint64> acked;
    qint64 nextId = 1, lost = 0;
    for (int trial = 0; trial < killTrials; ++trial) {
        QProcess p;
        QUrl u;
        if (!startServer(&p, cli, killDir, false, &u, nullptr)) return 3;
        ClientConfig kc;
        kc.baseUrl = u;
        kc.maxRetries = 0;
        QdrantClient k(kc);
        if (trial == 0) {
            CollectionSpec s;
            s.vectors.append(VectorSpec{QString(), 64, QStringLiteral("Dot"), Memory::Default, QString()});
            runJob(k.createCollection(QStringLiteral("k"), s));
        }
        bool killed = false;
        QTimer::singleShot(100 + QRandomGenerator::global()->bounded(500), &p, [&]() {
            ::kill(pid_t(p.processId()), SIGKILL);
            killed = true;
        });
        while (!killed) {
            QJsonArray pts;
            QList<qint64> ids;
            for (int i = 0; i < 50; ++i, ++nextId) {
                pts.append(QJsonObject{{QStringLiteral("id"), nextId},
                                       {QStringLiteral("vector"), randomVector(rng, 64)}});
                ids.append(nextId);
            }
            if (!runJob(k.upsertPoints(QStringLiteral("k"), pts, true))) break;
            for (qint64 id : ids)
                acked.insert(id);
        }
        p.waitForFinished(10000);
        QProcess check;
        if (!startServer(&check, cli, killDir, false, &u, nullptr)) return 3;
        ClientConfig cc;
        cc.baseUrl = u;
        QdrantClient verify(cc);
        QList<PointId> want;
        for (qint64 id : acked)
            want.append(PointId::fromNumber(quint64(id)));
        RequestJob* got = verify.retrievePoints(QStringLiteral("k"), want, false, false);
        runJob(got);
        lost = qint64(want.size()) - got->result().toArray().size();
        delete got;
        check.terminate();
        check.waitForFinished(10000);
        if (lost > 0) break;
    }
    report.insert(QStringLiteral("kill9_trials"), killTrials);
    report.insert(QStringLiteral("kill9_acknowledged_points"), qint64(acked.size()));
    report.insert(QStringLiteral("kill9_lost_points"), lost);
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    return 0;
}
