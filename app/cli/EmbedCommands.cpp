#include "EmbedCommands.h"

#include "jobs/EmbeddingJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <csignal>

namespace vd::cli {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

QString duration(qint64 ms)
{
    if (ms < 0) return QStringLiteral("?");
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QStringLiteral("%1h%2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (s >= 60) return QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1s").arg(s);
}

QString progressLine(const JobProgress& p)
{
    return Cli::tr("rows %1/%2 · new %3 · changed %4 · unchanged %5 · embedded %6 · written %7 · dead %8 · "
                   "calls %9 · tokens %10 · $%11 · ETA %12")
        .arg(p.rowsRead)
        .arg(p.rowsTotal < 0 ? QStringLiteral("?") : QString::number(p.rowsTotal))
        .arg(p.newRows)
        .arg(p.changedRows)
        .arg(p.unchangedRows + p.resumedRows)
        .arg(p.embedded)
        .arg(p.upserted)
        .arg(p.deadLettered)
        .arg(p.calls)
        .arg(p.tokens)
        .arg(p.costUsd, 0, 'f', 4)
        .arg(duration(p.etaMs));
}

int exitCodeFor(const EmbeddingJob& job)
{
    switch (job.state()) {
    case EmbeddingJob::State::Done:
        return job.progress().deadLettered > 0 ? 4 : Ok;
    case EmbeddingJob::State::Cancelled:
        return 130;
    default:
        break;
    }
    return job.failureCode() == ConnectionError ? ConnectionError : ServerError;
}

} // namespace

int embed(Context& ctx, const QStringList& a)
{
    Command c(
        QStringLiteral("embed"),
        Cli::tr("Runs an embedding job file: reads the source, embeds new and changed rows, writes them to "
                "Qdrant. Progress goes to stderr, a JSON summary to stdout. Exit codes: 0 done, 1 failed, "
                "2 usage error, 3 connection or authentication failure, 4 done with dead-lettered rows, "
                "130 interrupted (resume with --resume)."),
        a);
    c.parser.addPositionalArgument(QStringLiteral("jobfile"),
                                   Cli::tr("The job file (JSON, see docs/embedding-jobs.md)."));
    c.parser.addOption(
        {QStringLiteral("resume"), Cli::tr("Continue an interrupted run from its checkpoint.")});
    c.parser.addOption(
        {QStringLiteral("dry-run"),
         Cli::tr("Count rows, new/changed/unchanged, tokens and cost; call no provider, write nothing.")});
    c.parser.addOption({QStringLiteral("quiet"), Cli::tr("No progress lines on stderr.")});
    if (const int code = c.parse(ctx, 1, 1); code >= 0) return code;
    JobSpec spec;
    QString why;
    if (!JobSpec::fromFile(c.pos(0), &spec, &why)) return ctx.usage(why);
    int code = Ok;
    const auto config = ctx.clientConfig(c.parser, &code, spec.qdrantUrl, spec.qdrantKeyEnv);
    if (!config) return code;
    if (spec.provider.kind != QLatin1String("hashing") && spec.provider.apiKey.isEmpty() &&
        spec.provider.kind == QLatin1String("gemini"))
        return ctx.usage(Cli::tr("the provider needs a key: set %1")
                             .arg(spec.provider.apiKeyEnv.isEmpty() ? QStringLiteral("provider.api_key_env")
                                                                    : spec.provider.apiKeyEnv));

    EmbeddingJob::Options options;
    options.dryRun = c.parser.isSet(QStringLiteral("dry-run"));
    options.resume = c.parser.isSet(QStringLiteral("resume"));
    EmbeddingJob job(spec, *config, options);
    const bool quiet = c.parser.isSet(QStringLiteral("quiet"));
    QElapsedTimer lastLine;
    QObject::connect(&job, &EmbeddingJob::message, &job, [&](const QString& m) {
        if (!quiet) {
            ctx.err << m << '\n';
            ctx.err.flush();
        }
    });
    QObject::connect(&job, &EmbeddingJob::progressChanged, &job, [&]() {
        if (quiet || (lastLine.isValid() && lastLine.elapsed() < 1000)) return;
        lastLine.start();
        ctx.err << progressLine(job.progress()) << '\n';
        ctx.err.flush();
    });
    g_interrupted = 0;
    std::signal(SIGINT, [](int) { g_interrupted = 1; });
    std::signal(SIGTERM, [](int) { g_interrupted = 1; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &job, [&job]() {
        if (g_interrupted) job.cancel();
    });
    poll.start(100);
    QEventLoop loop;
    QObject::connect(&job, &EmbeddingJob::finished, &loop, &QEventLoop::quit);
    job.start();
    if (job.state() == EmbeddingJob::State::Running || job.state() == EmbeddingJob::State::Queued)
        loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!quiet) {
        ctx.err << progressLine(job.progress()) << '\n';
        if (job.state() == EmbeddingJob::State::Failed)
            ctx.err << Cli::tr("error: %1").arg(job.errorString()) << '\n' << job.errorAdvice() << '\n';
        ctx.err.flush();
    }
    ctx.printJson(job.summary());
    return exitCodeFor(job);
}

int providers(Context& ctx, const QString& sub, const QStringList& a)
{
    if (sub != QLatin1String("test")) return ctx.usage(Cli::tr("providers: expected test"));
    Command c(
        QStringLiteral("providers test"),
        Cli::tr("Makes one embedding call and checks the dimension and normalisation. The provider comes "
                "from --job FILE or from the options below."),
        a, false);
    c.parser.addOption(
        {QStringLiteral("job"), Cli::tr("Use the provider of this job file."), Cli::tr("file")});
    c.parser.addOption({QStringLiteral("kind"), Cli::tr("gemini, openai or hashing."), Cli::tr("kind"),
                        QStringLiteral("gemini")});
    c.parser.addOption(
        {QStringLiteral("model"), Cli::tr("Model name (default: the provider's)."), Cli::tr("model")});
    c.parser.addOption({QStringLiteral("dimensions"), Cli::tr("Vector size (default 768)."), Cli::tr("n"),
                        QStringLiteral("768")});
    c.parser.addOption(
        {QStringLiteral("base-url"), Cli::tr("Endpoint (proxies, local servers)."), Cli::tr("url")});
    c.parser.addOption({QStringLiteral("key-env"),
                        Cli::tr("Environment variable holding the key (default GEMINI_API_KEY "
                                "for gemini, OPENAI_API_KEY for openai)."),
                        Cli::tr("name")});
    c.parser.addOption({QStringLiteral("json"), Cli::tr("Print machine-readable JSON on stdout.")});
    if (const int code = c.parse(ctx, 0, 0); code >= 0) return code;
    ctx.json = c.parser.isSet(QStringLiteral("json"));
    ProviderConfig pc;
    QString why;
    if (c.parser.isSet(QStringLiteral("job"))) {
        JobSpec spec;
        if (!JobSpec::fromFile(c.parser.value(QStringLiteral("job")), &spec, &why)) return ctx.usage(why);
        pc = spec.provider;
    } else {
        QJsonObject o{{QStringLiteral("kind"), c.parser.value(QStringLiteral("kind"))},
                      {QStringLiteral("dimensions"), c.parser.value(QStringLiteral("dimensions")).toInt()}};
        if (c.parser.isSet(QStringLiteral("model")))
            o.insert(QStringLiteral("model"), c.parser.value(QStringLiteral("model")));
        if (c.parser.isSet(QStringLiteral("base-url")))
            o.insert(QStringLiteral("base_url"), c.parser.value(QStringLiteral("base-url")));
        const QString kind = c.parser.value(QStringLiteral("kind"));
        const QString keyEnv = c.parser.isSet(QStringLiteral("key-env"))
                                   ? c.parser.value(QStringLiteral("key-env"))
                               : kind == QLatin1String("openai") ? QStringLiteral("OPENAI_API_KEY")
                                                                 : QStringLiteral("GEMINI_API_KEY");
        if (kind != QLatin1String("hashing")) o.insert(QStringLiteral("api_key_env"), keyEnv);
        if (!ProviderConfig::fromJson(o, &pc, &why)) return ctx.usage(why);
        pc.apiKey = qgetenv(keyEnv.toLocal8Bit().constData());
    }
    auto provider = createProvider(pc, &why);
    if (!provider) return ctx.usage(why);
    QElapsedTimer t;
    t.start();
    QObject owner;
    EmbedCall* call =
        provider->embed({QStringLiteral("Long NQ, +2.5R, closed on the retest of the opening range.")},
                        EmbedPurpose::Document, {QStringLiteral("VectorDesk provider test")}, &owner);
    QEventLoop loop;
    QObject::connect(call, &EmbedCall::finished, &loop, &QEventLoop::quit);
    if (!call->isFinished()) loop.exec();
    const qint64 ms = t.elapsed();
    const EmbedError& e = call->error();
    if (e.isError()) {
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("ok"), false},
                                      {QStringLiteral("provider"), provider->spaceId()},
                                      {QStringLiteral("error"), e.describe()},
                                      {QStringLiteral("advice"), e.advice()}});
        else
            ctx.err << Cli::tr("error: %1").arg(e.describe()) << '\n' << e.advice() << '\n';
        ctx.err.flush();
        return e.kind() == EmbedError::Kind::Auth ? ConnectionError : ServerError;
    }
    const int dims = int(call->vectors().first().size());
    const double rawNorm = call->rawNorms().value(0, 1.0);
    const bool normalised = std::abs(rawNorm - 1.0) < 1e-3;
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("ok"), true},
                      {QStringLiteral("provider"), provider->spaceId()},
                      {QStringLiteral("dimensions"), dims},
                      {QStringLiteral("raw_norm"), rawNorm},
                      {QStringLiteral("normalised_by_provider"), normalised},
                      {QStringLiteral("latency_ms"), ms}};
        if (provider->isLexical()) o.insert(QStringLiteral("lexical"), true);
        ctx.printJson(o);
    } else {
        ctx.out << Cli::tr("%1: OK, %2 dimensions in %3 ms").arg(provider->spaceId()).arg(dims).arg(ms)
                << '\n';
        ctx.out << (normalised ? Cli::tr("output is normalised by the provider")
                               : Cli::tr("output length %1: VectorDesk normalises it before storing")
                                     .arg(rawNorm, 0, 'f', 3))
                << '\n';
        if (provider->isLexical())
            ctx.out << Cli::tr("note: the offline embedder is lexical (shared words), not semantic") << '\n';
        ctx.out.flush();
    }
    return Ok;
}

} // namespace vd::cli
