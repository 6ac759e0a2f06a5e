// Embedding pipeline benchmark (issue 4): N trade rows through `vectordesk-cli embed` against the fake Gemini
// server with a per-call latency and a texts-per-minute quota, into `serve-local`. Reports wall time against
// the bound max(N ÷ rate, ⌈N ÷ batch⌉ × latency ÷ concurrency), the provider's 429s (all, and after the
// first minute), the CLI's peak RSS, and the query-embedding cache's hit latency.
//
//   vd_bench_embed CLI [--rows 100000] [--latency-ms 300] [--rate 3000] [--batch 50] [--concurrency 2]
#include "BenchSupport.h"
#include "embedding/QueryEmbeddingCache.h"
#include "qdrant/QdrantClient.h"
#include "support/FakeEmbeddingServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <cmath>
#include <cstdio>

using namespace vd;
using namespace vd::bench;

namespace {

int intArg(const QStringList& a, const QString& name, int def)
{
    const int i = int(a.indexOf(name));
    return i >= 0 && i + 1 < a.size() ? a[i + 1].toInt() : def;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() < 2) {
        fprintf(stderr, "usage: vd_bench_embed CLI [--rows N] [--latency-ms MS] [--rate TEXTS_PER_MIN] "
                        "[--batch B] [--concurrency C]\n");
        return 2;
    }
    const QString cli = a[1];
    const int rows = intArg(a, QStringLiteral("--rows"), 100000);
    const int latency = intArg(a, QStringLiteral("--latency-ms"), 300);
    const int rate = intArg(a, QStringLiteral("--rate"), 3000);
    const int batch = intArg(a, QStringLiteral("--batch"), 50);
    const int concurrency = intArg(a, QStringLiteral("--concurrency"), 2);
    const int dims = 768;

    QTemporaryDir dir;
    QProcess server;
    QUrl url;
    qint64 startup = 0;
    if (!startServer(&server, cli, dir.filePath(QStringLiteral("data")), false, &url, &startup)) return 3;
    ClientConfig cc;
    cc.baseUrl = url;
    QdrantClient client(cc);
    runJob(client.version());
    CollectionSpec cs;
    cs.vectors.append(VectorSpec{QString(), dims, QStringLiteral("Cosine"), Memory::Default, QString()});
    runJob(client.createCollection(QStringLiteral("trades"), cs));

    test::FakeEmbeddingServer fake;
    test::FakeProviderRules rules;
    rules.latencyMs = latency;
    rules.textsPerMinute = rate;
    if (!fake.start(rules)) return 3;

    {
        QFile f(dir.filePath(QStringLiteral("trades.jsonl")));
        f.open(QIODevice::WriteOnly);
        static const char* symbols[] = {"NQ", "ES", "CL", "GC", "BTCUSD", "EURUSD"};
        for (int i = 1; i <= rows; ++i) {
            const double r = double((i * 37) % 48 - 16) / 10.0;
            f.write(QJsonDocument(
                        QJsonObject{{QStringLiteral("id"), i},
                                    {QStringLiteral("user_id"), QStringLiteral("user-%1").arg(i % 500)},
                                    {QStringLiteral("symbol"), QLatin1String(symbols[i % 6])},
                                    {QStringLiteral("direction"),
                                     i % 3 ? QStringLiteral("long") : QStringLiteral("short")},
                                    {QStringLiteral("r_multiple"), r},
                                    {QStringLiteral("pnl"), r * 110},
                                    {QStringLiteral("closed_at"), QStringLiteral("2026-01-16T15:30:00Z")},
                                    {QStringLiteral("playbook"), QStringLiteral("ORB breakout")},
                                    {QStringLiteral("notes"),
                                     QStringLiteral("Waited for the retest of the opening range, trade %1; "
                                                    "sized down after two losses.")
                                         .arg(i)}})
                        .toJson(QJsonDocument::Compact) +
                    '\n');
        }
    }
    QJsonObject provider = fake.providerConfig(dims).toJson();
    provider.insert(QStringLiteral("api_key_env"), QStringLiteral("VD_BENCH_GEMINI_KEY"));
    provider.insert(QStringLiteral("timeout_ms"), 60000);
    const QJsonObject job{
        {QStringLiteral("name"), QStringLiteral("bench")},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("type"), QStringLiteral("jsonl")},
                                               {QStringLiteral("path"), QStringLiteral("trades.jsonl")}}},
        {QStringLiteral("template"), QStringLiteral("trading-journal/trades")},
        {QStringLiteral("qdrant"), QJsonObject{{QStringLiteral("url"), url.toString()}}},
        {QStringLiteral("provider"), provider},
        {QStringLiteral("flow"), QJsonObject{{QStringLiteral("batch_size"), batch},
                                             {QStringLiteral("concurrency"), concurrency},
                                             {QStringLiteral("texts_per_minute"), rate},
                                             {QStringLiteral("tokens_per_minute"), 1000000}}}};
    {
        QFile f(dir.filePath(QStringLiteral("bench.json")));
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(job).toJson());
    }

    QProcess run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VD_BENCH_GEMINI_KEY"), QStringLiteral("test-key"));
    run.setProcessEnvironment(env);
    run.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer wall;
    wall.start();
    run.start(cli, {QStringLiteral("embed"), dir.filePath(QStringLiteral("bench.json"))});
    run.waitForStarted();
    qint64 peak = 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout,
                     [&]() { peak = qMax(peak, rssKiB(run.processId(), "VmHWM:")); });
    poll.start(200);
    QObject::connect(&run, &QProcess::readyReadStandardError, [&]() {
        const QByteArray e = run.readAllStandardError();
        fwrite(e.constData(), 1, size_t(e.size()), stderr);
    });
    QEventLoop loop;
    QObject::connect(&run, &QProcess::finished, &loop, &QEventLoop::quit);
    if (run.state() != QProcess::NotRunning) loop.exec();
    const double wallS = wall.elapsed() / 1000.0;
    const QJsonObject summary = QJsonDocument::fromJson(run.readAllStandardOutput()).object();

    const double rateBound = double(rows) / (double(rate) / 60.0);
    const double latencyBound = std::ceil(double(rows) / batch) * (latency / 1000.0) / concurrency;
    const double bound = std::max(rateBound, latencyBound);
    const test::FakeProviderStats s = fake.stats();
    int after = 0;
    for (qint64 at : s.rateLimitedAtMs)
        after += at > 60000;
    RequestJob* countJob = client.count(QStringLiteral("trades"), std::nullopt);
    runJob(countJob);
    const QJsonObject count = countJob->result().toObject();

    // Query cache: the first query costs a provider call; repeats come from memory; a new process from disk.
    ProviderConfig pc = fake.providerConfig(dims);
    QString why;
    auto p = createProvider(pc, &why);
    QueryEmbeddingCache cache(dir.filePath(QStringLiteral("qcache")));
    CachedQueryEmbedder embedder(p.get(), &cache);
    const QString q = QStringLiteral("revenge trading after a stop-out");
    QElapsedTimer t;
    t.start();
    bool done = false;
    embedder.embed(q, [&](const Vector&, const EmbedError&) { done = true; });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double firstMs = t.nsecsElapsed() / 1e6;
    std::vector<double> memUs, diskUs;
    for (int i = 0; i < 2000; ++i) {
        t.restart();
        embedder.embed(q, [](const Vector&, const EmbedError&) {});
        memUs.push_back(t.nsecsElapsed() / 1e3);
    }
    for (int i = 0; i < 200; ++i) {
        QueryEmbeddingCache fresh(dir.filePath(QStringLiteral("qcache")));
        CachedQueryEmbedder e2(p.get(), &fresh);
        t.restart();
        e2.embed(q, [](const Vector&, const EmbedError&) {});
        diskUs.push_back(t.nsecsElapsed() / 1e3);
    }

    const QJsonObject progress = summary.value(QLatin1String("progress")).toObject();
    QJsonObject report{{QStringLiteral("rows"), rows},
                       {QStringLiteral("latency_ms"), latency},
                       {QStringLiteral("texts_per_minute"), rate},
                       {QStringLiteral("batch"), batch},
                       {QStringLiteral("concurrency"), concurrency},
                       {QStringLiteral("state"), summary.value(QLatin1String("state"))},
                       {QStringLiteral("wall_s"), wallS},
                       {QStringLiteral("bound_s"), bound},
                       {QStringLiteral("wall_over_bound"), wallS / bound},
                       {QStringLiteral("provider_calls"), s.calls},
                       {QStringLiteral("provider_429"), s.rateLimited},
                       {QStringLiteral("provider_429_after_first_minute"), after},
                       {QStringLiteral("cli_peak_rss_mib"), double(peak) / 1024},
                       {QStringLiteral("points_in_qdrant"), count.value(QLatin1String("count"))},
                       {QStringLiteral("upserted"), progress.value(QLatin1String("upserted"))},
                       {QStringLiteral("cache_first_query_ms"), firstMs},
                       {QStringLiteral("cache_memory_hit_p50_us"), percentile(memUs, 50)},
                       {QStringLiteral("cache_memory_hit_p99_us"), percentile(memUs, 99)},
                       {QStringLiteral("cache_disk_hit_p50_us"), percentile(diskUs, 50)},
                       {QStringLiteral("cache_disk_hit_p99_us"), percentile(diskUs, 99)}};
    printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    server.terminate();
    server.waitForFinished(30000);
    return summary.value(QLatin1String("state")).toString() == QLatin1String("done") ? 0 : 1;
}
