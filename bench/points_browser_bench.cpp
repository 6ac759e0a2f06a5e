// Points browser benchmark (issue 5): a 100,000-point collection in the embedded engine, opened in the
// Points panel's model and view (offscreen), paged to the end as a user scrolling would. Reports the time
// to the first rows, the total time, UI-thread stalls measured by a 1 ms timer probe (p99 and max of the
// lateness), and resident memory after the first pages and at the end.
//
//   QT_QPA_PLATFORM=offscreen vd_bench_points_browser [--points 100000]
#include "BenchSupport.h"
#include "PointsModel.h"

#include "engine/LocalEngine.h"
#include "qdrant/QdrantClient.h"
#include <QHeaderView>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

using namespace vd;
using namespace vd::bench;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList a = app.arguments();
    const int n = a.indexOf(QStringLiteral("--points")) > 0
                      ? a[a.indexOf(QStringLiteral("--points")) + 1].toInt()
                      : 100000;
    QTemporaryDir dir;
    engine::LocalEngine engine;
    QString why;
    engine::LocalEngine::Options options;
    options.dataDir = dir.path();
    if (!engine.start(options, &why)) return 3;
    ClientConfig cc;
    cc.baseUrl = engine.url();
    QdrantClient client(cc);
    runJob(client.version());
    CollectionSpec cs;
    cs.vectors.append(VectorSpec{QString(), 8, QStringLiteral("Cosine"), Memory::Default, QString()});
    runJob(client.createCollection(QStringLiteral("trades"), cs));
    for (int start = 1; start <= n; start += 10000) {
        QJsonArray points;
        for (int i = start; i < start + 10000 && i <= n; ++i) {
            QJsonArray v;
            for (int d = 0; d < 8; ++d)
                v.append(double((i * (d + 3)) % 17 + 1) / 17.0);
            points.append(QJsonObject{
                {QStringLiteral("id"), i},
                {QStringLiteral("vector"), v},
                {QStringLiteral("payload"),
                 QJsonObject{
                     {QStringLiteral("user_id"), QStringLiteral("user-%1").arg(i % 500)},
                     {QStringLiteral("symbol"), i % 2 ? QStringLiteral("NQ") : QStringLiteral("ES")},
                     {QStringLiteral("pnl"), (i % 41) * 12.5 - 200},
                     {QStringLiteral("closed_at"), QStringLiteral("2026-01-16T15:30:00Z")},
                     {QStringLiteral("notes"),
                      QStringLiteral("Waited for the retest of the opening range, trade %1.").arg(i)}}}});
        }
        runJob(client.upsertPoints(QStringLiteral("trades"), points, true, 2000));
    }
    fprintf(stderr, "%d points loaded\n", n);

    ui::PointsModel model;
    QTableView view;
    ui::PointsModel::configureView(&view);
    view.setModel(&model);
    view.resize(1100, 700);
    view.show();
    // Stall probe: a 1 ms timer on the UI thread; lateness = gap − 1 ms.
    std::vector<double> lateness;
    QElapsedTimer probeClock;
    probeClock.start();
    qint64 last = probeClock.nsecsElapsed();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&]() {
        const qint64 now = probeClock.nsecsElapsed();
        lateness.push_back(std::max(0.0, double(now - last) / 1e6 - 1.0));
        last = now;
    });
    probe.start(1);

    QElapsedTimer t;
    t.start();
    double firstRowsMs = -1;
    QObject::connect(&model, &ui::PointsModel::pageLoaded, [&]() {
        if (firstRowsMs < 0) firstRowsMs = t.nsecsElapsed() / 1e6;
    });
    model.setSource(&client, QStringLiteral("trades"), std::nullopt);
    qint64 rssAfterFirst = -1;
    int pages = 0;
    while (!model.atEnd()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (!model.isLoading() && model.rowCount() > 0) {
            view.scrollToBottom(); // the view asks for the next page
            // Let it paint the rows it shows (data() for the visible rows).
            QCoreApplication::processEvents();
            if (++pages == 5) rssAfterFirst = rssKiB(getpid());
        }
    }
    const double totalMs = t.nsecsElapsed() / 1e6;
    // Back to the top: evicted pages come again by id.
    view.scrollToTop();
    QElapsedTimer back;
    back.start();
    while (model.index(0, 1).data().toString() == QStringLiteral("…") && back.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double backToTopMs = back.nsecsElapsed() / 1e6;
    probe.stop();
    const qint64 rssEnd = rssKiB(getpid());
    const QJsonObject report{
        {QStringLiteral("points"), n},
        {QStringLiteral("rows_in_model"), model.rowCount()},
        {QStringLiteral("first_rows_ms"), firstRowsMs},
        {QStringLiteral("page_to_end_ms"), totalMs},
        {QStringLiteral("back_to_top_ms"), backToTopMs},
        {QStringLiteral("ui_stall_p99_ms"), percentile(lateness, 99)},
        {QStringLiteral("ui_stall_max_ms"), percentile(lateness, 100)},
        {QStringLiteral("probe_samples"), int(lateness.size())},
        {QStringLiteral("rss_after_5_pages_mib"), double(rssAfterFirst) / 1024},
        {QStringLiteral("rss_at_end_mib"), double(rssEnd) / 1024},
        {QStringLiteral("cached_pages"), model.cachedPages()},
        {QStringLiteral("note"),
         QStringLiteral("engine runs in this process on its own thread; RSS includes its 100k points")}};
    printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    return 0;
}
