// Client overhead: N queries against one server, sequentially; per query the wall time from the call to the
// parsed result, minus the server's reported `time`. Prints one JSON object (p50/p95 in microseconds).
// Usage: vd_bench_client_overhead URL COLLECTION N DIMS [--setup POINTS]
#include "BenchSupport.h"
#include "qdrant/QdrantClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <cstdio>

using namespace vd;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() < 5) {
        std::fprintf(stderr, "usage: %s URL COLLECTION N DIMS [--setup POINTS]\n", argv[0]);
        return 2;
    }
    ClientConfig c;
    c.baseUrl = QUrl(a[1]);
    QdrantClient client(c);
    const QString collection = a[2];
    const int n = a[3].toInt(), dims = a[4].toInt();
    QRandomGenerator rng(42);
    auto randomVector = [&]() {
        QVector<float> v(dims);
        for (float& x : v)
            x = float(rng.generateDouble() * 2 - 1);
        return v;
    };
    if (!bench::runJob(client.version())) return 3;
    if (a.size() >= 7 && a[5] == QLatin1String("--setup")) {
        const int points = a[6].toInt();
        bench::runJob(client.deleteCollection(collection));
        CollectionSpec s;
        s.vectors.append(VectorSpec{QString(), dims, QStringLiteral("Cosine"), Memory::Default, QString()});
        if (!bench::runJob(client.createCollection(collection, s))) return 1;
        QJsonArray pts;
        for (int i = 0; i < points; ++i) {
            QJsonArray v;
            for (float x : randomVector())
                v.append(double(x));
            pts.append(QJsonObject{{QStringLiteral("id"), i + 1},
                                   {QStringLiteral("vector"), v},
                                   {QStringLiteral("payload"), QJsonObject{{QStringLiteral("n"), i}}}});
        }
        if (!bench::runJob(client.upsertPoints(collection, pts, true, 500))) return 1;
    }
    const QVector<float> q = randomVector();
    std::vector<double> overheadUs, totalUs, serverUs;
    overheadUs.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        QueryRequest r;
        r.query = q;
        r.limit = 10;
        QElapsedTimer t;
        t.start();
        RequestJob* job = client.query(collection, r);
        job->setAutoDelete(false);
        QEventLoop loop;
        QObject::connect(job, &ClientJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const double total = double(t.nsecsElapsed()) / 1000.0;
        if (job->error().isError() ||
            job->result().toObject().value(QLatin1String("points")).toArray().size() != 10) {
            std::fprintf(stderr, "query failed: %s\n", qPrintable(job->error().errorString()));
            return 1;
        }
        const double server = job->serverTime() * 1e6;
        totalUs.push_back(total);
        serverUs.push_back(server);
        overheadUs.push_back(total - server);
        delete job;
    }
    const QJsonObject out{{QStringLiteral("client"), QStringLiteral("vectordesk (C++/Qt)")},
                          {QStringLiteral("queries"), n},
                          {QStringLiteral("overhead_p50_us"), bench::percentile(overheadUs, 50)},
                          {QStringLiteral("overhead_p95_us"), bench::percentile(overheadUs, 95)},
                          {QStringLiteral("total_p50_us"), bench::percentile(totalUs, 50)},
                          {QStringLiteral("server_p50_us"), bench::percentile(serverUs, 50)}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
