#include "DemoData.h"

#include "embedding/HashingEmbedder.h"
#include "templates/SchemaDrift.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimeZone>
#include <random>

namespace vd::demo {

namespace {

struct Rng
{
    std::mt19937 gen;
    explicit Rng(quint32 seed) : gen(seed) {}
    int range(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(gen); }
    double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(gen); }
    bool chance(double p) { return real(0, 1) < p; }
    template <typename T> const T& pick(const QList<T>& list) { return list[range(0, int(list.size()) - 1)]; }
};

const QStringList kSymbols = {QStringLiteral("NQ"),  QStringLiteral("ES"),     QStringLiteral("CL"),
                              QStringLiteral("GC"),  QStringLiteral("BTCUSD"), QStringLiteral("EURUSD"),
                              QStringLiteral("RTY"), QStringLiteral("YM")};
const QStringList kPlaybooks = {QStringLiteral("ORB breakout"),
                                QStringLiteral("VWAP reclaim"),
                                QStringLiteral("Opening drive fade"),
                                QStringLiteral("Trend pullback"),
                                QStringLiteral("Liquidity sweep reversal"),
                                QStringLiteral("Range breakout retest"),
                                QStringLiteral("Gap fill"),
                                QStringLiteral("News momentum")};
const QStringList kSetups = {
    QStringLiteral("waited for the retest of the opening range high before entering"),
    QStringLiteral("entered on the first pullback to VWAP after the trend day started"),
    QStringLiteral("faded the overextended move into prior day high"),
    QStringLiteral("bought the higher low after the liquidity sweep below the overnight low"),
    QStringLiteral("chased the breakout without confirmation"),
    QStringLiteral("scaled in at the 50% retracement of the impulse leg"),
    QStringLiteral("took the signal late, after the second candle had already closed"),
    QStringLiteral("entered on the break of the consolidation with volume expanding")};
const QStringList kWinningOutcomes = {
    QStringLiteral("Let the runner work to the second target and trailed the stop under structure."),
    QStringLiteral("Took partial profits at 1R and moved the stop to break-even."),
    QStringLiteral("Clean execution: entry, stop and target exactly as planned."),
    QStringLiteral("Exited early out of fear even though the plan said to hold; left money on the table.")};
const QStringList kLosingOutcomes = {
    QStringLiteral("Stopped out at full size; the stop was too tight for the volatility."),
    QStringLiteral("Moved my stop further away, which broke my rules and made the loss bigger."),
    QStringLiteral("Revenge traded after this one and gave back the morning's gains."),
    QStringLiteral("Size was too big for the setup quality; felt the pressure all trade.")};
const QStringList kMoods = {QStringLiteral("calm and focused"),
                            QStringLiteral("impatient"),
                            QStringLiteral("tired after a short night"),
                            QStringLiteral("overconfident after a winning streak"),
                            QStringLiteral("anxious about the CPI release"),
                            QStringLiteral("disciplined"),
                            QStringLiteral("frustrated by chop")};
const QStringList kJournalThemes = {
    QStringLiteral("The morning session was choppy and I overtraded the first hour."),
    QStringLiteral("Followed my pre-market plan and only took A+ setups."),
    QStringLiteral("Missed the trend day because I was anchored to a reversal bias."),
    QStringLiteral("Reviewed last week's losers: most came from trading outside my playbooks."),
    QStringLiteral("Cut size in half after two losses and the afternoon was much better."),
    QStringLiteral("FOMC day: sat on my hands until the announcement and traded the second move."),
    QStringLiteral("Journaling each trade immediately helped me notice I was hesitating on entries.")};
const QStringList kCoachUser = {
    QStringLiteral("Why do I keep moving my stop loss when a trade goes against me?"),
    QStringLiteral("How should I size positions on high volatility days?"),
    QStringLiteral(
        "My win rate is fine but my average loss is bigger than my average win. What should I change?"),
    QStringLiteral("Can you review my ORB breakout trades from last week?"),
    QStringLiteral("I keep revenge trading after a loss. Any routine that helps?"),
    QStringLiteral("Which of my playbooks has the best expectancy?")};
const QStringList kCoachAssistant = {
    QStringLiteral("Your journal shows stops moved on 4 of the last 6 losers; set a hard stop when you enter "
                   "and step away."),
    QStringLiteral("Scale size to the average true range: risk the same dollar amount per trade, not the "
                   "same contracts."),
    QStringLiteral(
        "Your winners are cut at 1R while losers run to 2R; try a fixed second target and a trailing stop."),
    QStringLiteral(
        "Your ORB breakouts work when you wait for the retest; the chased entries account for most losses."),
    QStringLiteral("After any loss, take a five-minute break and write one sentence about the trade before "
                   "the next entry."),
    QStringLiteral(
        "VWAP reclaim has the best expectancy in your data, about +0.6R per trade over 40 trades.")};

QJsonObject point(qint64 id, const QVector<float>& vec, const QJsonObject& payload)
{
    QJsonArray v;
    for (float x : vec)
        v.append(double(x));
    return QJsonObject{
        {QStringLiteral("id"), id}, {QStringLiteral("vector"), v}, {QStringLiteral("payload"), payload}};
}

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

QMap<QString, QJsonArray> generateDemoPoints(quint32 seed, int dims, const DemoCounts& counts)
{
    Rng rng(seed);
    HashingEmbedder embedder(dims);
    QMap<QString, QJsonArray> out;
    QStringList users;
    for (int u = 1; u <= counts.users; ++u)
        users << QStringLiteral("user-%1").arg(u, 2, 10, QLatin1Char('0'));
    const QDateTime start(QDate(2025, 9, 1), QTime(13, 30), QTimeZone::utc());

    // Playbooks first: trades refer to them by name.
    QMap<QString, QStringList> userPlaybooks;
    qint64 id = 10001;
    for (const QString& user : users) {
        QStringList names = kPlaybooks;
        std::shuffle(names.begin(), names.end(), rng.gen);
        for (int i = 0; i < counts.playbooksPerUser; ++i) {
            const QString name = names[i];
            userPlaybooks[user] << name;
            const QString rules =
                QStringLiteral(
                    "%1 on %2: %3. Risk at most %4% per trade; no entries in the first %5 minutes.")
                    .arg(name, rng.pick(kSymbols), rng.pick(kSetups))
                    .arg(rng.range(1, 3) * 0.25)
                    .arg(rng.range(1, 3) * 5);
            const QJsonObject payload{{QStringLiteral("user_id"), user},
                                      {QStringLiteral("name"), name},
                                      {QStringLiteral("rules"), rules},
                                      {QStringLiteral("is_public"), rng.chance(0.3)},
                                      {QStringLiteral("text"), name + QStringLiteral(". ") + rules}};
            out[QStringLiteral("playbooks")].append(
                point(id++, embedder.embed(name + QStringLiteral(". ") + rules), payload));
        }
    }

    for (int t = 1; t <= counts.trades; ++t) {
        const QString user = users[rng.range(0, int(users.size()) - 1)];
        const QString symbol = rng.pick(kSymbols);
        const bool isLong = rng.chance(0.55);
        const double entry = symbol == QLatin1String("EURUSD")   ? rng.real(1.02, 1.12)
                             : symbol == QLatin1String("BTCUSD") ? rng.real(52000, 98000)
                             : symbol == QLatin1String("CL")     ? rng.real(62, 88)
                             : symbol == QLatin1String("GC")     ? rng.real(2300, 2700)
                                                                 : rng.real(4800, 21000);
        const double r = std::round(rng.real(-1.6, 3.2) * 10) / 10;
        const double riskPts = entry * rng.real(0.001, 0.004);
        const double exit = entry + (isLong ? 1 : -1) * r * riskPts;
        const int qty = rng.range(1, 5);
        const double pnl = std::round((exit - entry) * (isLong ? 1 : -1) * qty * 100) / 100;
        const QDateTime opened = start.addSecs(qint64(rng.range(0, 150)) * 86400 + rng.range(0, 6 * 3600));
        const QDateTime closed = opened.addSecs(rng.range(120, 4 * 3600));
        const QString playbook = rng.pick(userPlaybooks[user]);
        const QString notes =
            QStringLiteral("%1. %2 Felt %3.")
                .arg(rng.pick(kSetups), rng.pick(r > 0 ? kWinningOutcomes : kLosingOutcomes),
                     rng.pick(kMoods));
        const QString text = QStringLiteral("%1 %2, %3%4R, closed %5. Playbook: %6. Notes: %7")
                                 .arg(isLong ? QStringLiteral("Long") : QStringLiteral("Short"), symbol,
                                      r >= 0 ? QStringLiteral("+") : QString())
                                 .arg(r)
                                 .arg(closed.date().toString(Qt::ISODate), playbook, notes);
        QJsonArray tags;
        if (r >= 2) tags.append(QStringLiteral("a-plus"));
        if (notes.contains(QLatin1String("rules")) || notes.contains(QLatin1String("Revenge")))
            tags.append(QStringLiteral("discipline"));
        if (notes.contains(QLatin1String("late")) || notes.contains(QLatin1String("chased")))
            tags.append(QStringLiteral("fomo"));
        const QJsonObject payload{
            {QStringLiteral("user_id"), user},
            {QStringLiteral("symbol"), symbol},
            {QStringLiteral("direction"), isLong ? QStringLiteral("long") : QStringLiteral("short")},
            {QStringLiteral("entry_price"), std::round(entry * 10000) / 10000},
            {QStringLiteral("exit_price"), std::round(exit * 10000) / 10000},
            {QStringLiteral("opened_at"), iso(opened)},
            {QStringLiteral("closed_at"), iso(closed)},
            {QStringLiteral("quantity"), qty},
            {QStringLiteral("pnl"), pnl},
            {QStringLiteral("r_multiple"), r},
            {QStringLiteral("pnl_positive"), pnl > 0},
            {QStringLiteral("playbook"), playbook},
            {QStringLiteral("tags"), tags},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("text"), text}};
        out[QStringLiteral("trades")].append(point(t, embedder.embed(text), payload));
    }

    id = 20001;
    for (const QString& user : users)
        for (int i = 0; i < counts.journalEntriesPerUser; ++i) {
            const QDate date = start.date().addDays(rng.range(0, 150));
            const QString text = QStringLiteral("%1 %2 I was %3. Tomorrow: focus on %4.")
                                     .arg(rng.pick(kJournalThemes),
                                          rng.pick(rng.chance(0.5) ? kWinningOutcomes : kLosingOutcomes),
                                          rng.pick(kMoods), rng.pick(userPlaybooks[user]));
            const QJsonObject payload{
                {QStringLiteral("user_id"), user},
                {QStringLiteral("date"), iso(QDateTime(date, QTime(21, 0), QTimeZone::utc()))},
                {QStringLiteral("text"), text}};
            out[QStringLiteral("journal_entries")].append(point(id++, embedder.embed(text), payload));
        }

    id = 30001;
    for (const QString& user : users) {
        int conversation = 0;
        QDateTime t = start.addDays(rng.range(0, 30));
        for (int i = 0; i < counts.coachMessagesPerUser; ++i) {
            const bool fromUser = i % 2 == 0;
            if (fromUser && rng.chance(0.35)) {
                ++conversation;
                t = t.addDays(rng.range(1, 10));
            }
            t = t.addSecs(rng.range(20, 600));
            const QString text = fromUser ? rng.pick(kCoachUser) : rng.pick(kCoachAssistant);
            const QJsonObject payload{
                {QStringLiteral("user_id"), user},
                {QStringLiteral("conversation_id"), QStringLiteral("%1-c%2").arg(user).arg(conversation)},
                {QStringLiteral("role"), fromUser ? QStringLiteral("user") : QStringLiteral("assistant")},
                {QStringLiteral("created_at"), iso(t)},
                {QStringLiteral("text"), text}};
            out[QStringLiteral("coach_history")].append(point(id++, embedder.embed(text), payload));
        }
    }
    return out;
}

DemoLoader::DemoLoader(QdrantClient* client, quint32 seed, int dimensions, QObject* parent)
    : QObject(parent), m_client(client), m_seed(seed), m_dims(dimensions)
{
}

void DemoLoader::start()
{
    RequestJob* list = m_client->listCollections();
    m_current = list;
    connect(list, &ClientJob::finished, this, [this, list]() {
        if (list->error().isError()) return fail(list->error());
        const SchemaTemplate tpl = tradingJournalTemplate(m_dims);
        for (const QJsonValue& c : list->result().toObject().value(QLatin1String("collections")).toArray())
            for (const TemplateCollection& tc : tpl.collections)
                if (c[QLatin1String("name")].toString() == tc.name)
                    return Q_EMIT finished(true,
                                           tr("The demo collections already exist; nothing was loaded."));
        const QMap<QString, QJsonArray> data = generateDemoPoints(m_seed, m_dims);
        m_steps.append([this, tpl]() { return new TemplateApplyJob(m_client, tpl.collections); });
        for (const TemplateCollection& tc : tpl.collections) {
            const QJsonArray points = data.value(tc.name);
            m_steps.append(
                [this, tc, points]() { return m_client->upsertPoints(tc.name, points, true, 256); });
        }
        m_total = int(m_steps.size());
        runNext();
    });
}

void DemoLoader::runNext()
{
    if (m_cancelled) return;
    if (m_steps.isEmpty()) {
        m_loaded = true;
        return Q_EMIT finished(true, tr("Loaded the trading-journal demo data."));
    }
    ClientJob* job = m_steps.takeFirst()();
    m_current = job;
    Q_EMIT progress(tr("Loading demo data"), m_total - int(m_steps.size()), m_total);
    connect(job, &ClientJob::finished, this, [this, job]() {
        if (job->error().isError()) return fail(job->error());
        runNext();
    });
}

void DemoLoader::fail(const QdrantError& e)
{
    m_steps.clear();
    Q_EMIT finished(false, tr("Loading the demo data failed: %1. %2").arg(e.errorString(), e.advice()));
}

void DemoLoader::cancel()
{
    m_cancelled = true;
    m_steps.clear();
    if (m_current) m_current->abort();
    Q_EMIT finished(false, tr("Loading the demo data was cancelled."));
}

bool DemoLoader::loadIfEmpty(QString* error)
{
    bool ok = false;
    QEventLoop loop;
    connect(this, &DemoLoader::finished, &loop, [&](bool success, const QString& message) {
        ok = success;
        if (!success) *error = message;
        loop.quit();
    });
    start();
    loop.exec();
    return ok;
}

} // namespace vd::demo
