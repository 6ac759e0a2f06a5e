#include "Commands.h"

#include "CliContext.h"
#include "EmbedCommands.h"
#include "demo/DemoData.h"
#include "engine/LocalEngine.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTimer>
#include <csignal>

namespace vd::cli {

namespace {

std::optional<Filter> filterOption(Context& ctx, const QCommandLineParser& p, int* code)
{
    if (!p.isSet(QStringLiteral("filter"))) return std::nullopt;
    QString why;
    auto f = parseFilterText(p.value(QStringLiteral("filter")).toUtf8(), &why);
    if (!f) *code = ctx.usage(QStringLiteral("--filter: ") + why);
    return f;
}

bool confirmed(Context& ctx, const QCommandLineParser& p, const QString& what, int* code)
{
    // Destructive commands name what they destroy and need it typed: --confirm NAME.
    if (p.value(QStringLiteral("confirm")) == what) return true;
    *code = ctx.usage(Cli::tr("this destroys '%1'; repeat its name with --confirm %1 to proceed").arg(what));
    return false;
}

void printRecords(Context& ctx, const QJsonArray& points)
{
    for (const QJsonValue& p : points) {
        const QJsonObject o = p.toObject();
        QString line = o.value(QLatin1String("id")).toVariant().toString();
        if (o.contains(QLatin1String("score")))
            line += QStringLiteral("\tscore=%1").arg(o.value(QLatin1String("score")).toDouble(), 0, 'f', 4);
        if (o.contains(QLatin1String("payload")))
            line += QLatin1Char('\t') +
                    QString::fromUtf8(QJsonDocument(o.value(QLatin1String("payload")).toObject())
                                          .toJson(QJsonDocument::Compact));
        ctx.out << line << '\n';
    }
    ctx.out.flush();
}

int health(Context& ctx, const QStringList& a)
{
    Command c(QStringLiteral("health"),
              Cli::tr("Checks that the server answers: version, /healthz and /readyz."), a);
    if (int r = c.parse(ctx, 0, 0); r >= 0) return r;
    int code = Ok;
    QdrantClient* client = ctx.connect(c.parser, &code);
    if (!client) return code;
    RequestJob* h = client->healthz();
    h->setAutoDelete(false);
    code = ctx.run(h);
    if (code != Ok) return code;
    RequestJob* ready = client->readyz();
    ready->setAutoDelete(false);
    const int readyCode = ctx.run(ready);
    const bool isReady = readyCode == Ok;
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("version"), client->serverVersion().toString()},
                                  {QStringLiteral("healthy"), true},
                                  {QStringLiteral("ready"), isReady}});
    else
        ctx.out << Cli::tr("server %1: healthy, %2")
                       .arg(client->serverVersion().toString(),
                            isReady ? Cli::tr("ready") : Cli::tr("NOT ready"))
                << '\n';
    ctx.out.flush();
    return isReady ? Ok : ServerError;
}

int collections(Context& ctx, const QString& sub, const QStringList& a)
{
    if (sub == QLatin1String("list")) {
        Command c(QStringLiteral("collections list"), Cli::tr("Lists the collections."), a);
        if (int r = c.parse(ctx, 0, 0); r >= 0) return r;
        int code = Ok;
        QdrantClient* client = ctx.connect(c.parser, &code);
        if (!client) return code;
        RequestJob* j = client->listCollections();
        j->setAutoDelete(false);
        if ((code = ctx.run(j)) != Ok) return code;
        const QJsonArray list = j->result().toObject().value(QLatin1String("collections")).toArray();
        if (ctx.json) return ctx.printJson(list), Ok;
        for (const QJsonValue& v : list)
            ctx.out << v[QLatin1String("name")].toString() << '\n';
        ctx.out.flush();
        return Ok;
    }
    if (sub == QLatin1String("info")) {
        Command c(QStringLiteral("collections info"),
                  Cli::tr("Shows a collection's status, counts, configuration and payload indexes."), a);
        c.parser.addPositionalArgument(QStringLiteral("collection"), Cli::tr("Collection or alias name."));
        if (int r = c.parse(ctx, 1, 1); r >= 0) return r;
        int code = Ok;
        QdrantClient* client = ctx.connect(c.parser, &code);
        if (!client) return code;
        RequestJob* j = client->collectionInfo(c.pos(0));
        j->setAutoDelete(false);
        if ((code = ctx.run(j)) != Ok) return code;
        if (ctx.json) return ctx.printJson(j->result()), Ok;
        QString why;
        const auto info = CollectionInfo::fromJson(j->result(), &why);
        if (!info) return ctx.usage(why), ServerError;
        ctx.out << Cli::tr("status: %1, points: %2, segments: %3")
                       .arg(info->status)
                       .arg(info->pointsCount)
                       .arg(info->segmentsCount)
                << '\n';
        for (const VectorSpec& v : info->vectors)
            ctx.out << Cli::tr("vector %1: %2 dims, %3")
                           .arg(v.name.isEmpty() ? Cli::tr("(default)") : v.name)
                           .arg(v.size)
                           .arg(v.distance)
                    << '\n';
        for (auto it = info->payloadSchema.begin(); it != info->payloadSchema.end(); ++it)
            ctx.out << Cli::tr("index %1: %2, %3 points").arg(it.key(), it->dataType).arg(it->points) << '\n';
        ctx.out.flush();
        return Ok;
    }
    if (sub == QLatin1String("create")) {
        Command c(QStringLiteral("collections create"),
                  Cli::tr("Creates a collection from --size/--distance, or from a CreateCollection JSON body "
                          "(--body)."),
                  a);
        c.parser.addPositionalArgument(QStringLiteral("collection"), Cli::tr("New collection name."));
        c.parser.addOption({QStringLiteral("size"), Cli::tr("Vector size."), Cli::tr("n")});
        c.parser.addOption({QStringLiteral("distance"),
                            Cli::tr("Cosine, Dot, Euclid or Manhattan (default Cosine)."), Cli::tr("name"),
                            QStringLiteral("Cosine")});
        c.parser.addOption({QStringLiteral("on-disk"), Cli::tr("Keep vectors on disk (memory: cold).")});
        c.parser.addOption({QStringLiteral("body"), Cli::tr("File with a full CreateCollection JSON body."),
                            Cli::tr("file")});
        if (int r = c.parse(ctx, 1, 1); r >= 0) return r;
        int code = Ok;
        QJsonObject body;
        CollectionSpec spec;
        if (c.parser.isSet(QStringLiteral("body"))) {
            QFile f(c.parser.value(QStringLiteral("body")));
            if (!f.open(QIODevice::ReadOnly))
                return ctx.usage(Cli::tr("--body: cannot read %1: %2").arg(f.fileName(), f.errorString()));
            QJsonParseError pe;
            body = QJsonDocument::fromJson(f.readAll(), &pe).object();
            if (pe.error != QJsonParseError::NoError)
                return ctx.usage(
                    Cli::tr("--body: invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString()));
        } else {
            bool ok = false;
            VectorSpec v;
            v.size = c.parser.value(QStringLiteral("size")).toInt(&ok);
            if (!ok) return ctx.usage(Cli::tr("--size: expected the vector size (or use --body)"));
            v.distance = c.parser.value(QStringLiteral("distance"));
            if (c.parser.isSet(QStringLiteral("on-disk"))) v.memory = Memory::Cold;
            spec.vectors.append(v);
        }
        QdrantClient* client = ctx.connect(c.parser, &code);
        if (!client) return code;
        RequestJob* j = body.isEmpty() ? client->createCollection(c.pos(0), spec)
                                       : client->createCollection(c.pos(0), body);
        if ((code = ctx.run(j)) != Ok) return code;
        ctx.json ? ctx.printJson(QJsonObject{{QStringLiteral("created"), c.pos(0)}})
                 : void(ctx.out << Cli::tr("created %1").arg(c.pos(0)) << '\n');
        ctx.out.flush();
        return Ok;
    }
    if (sub == QLatin1String("delete")) {
        Command c(QStringLiteral("collections delete"),
                  Cli::tr("Deletes a collection and all its points. Needs --confirm NAME."), a);
        c.parser.addPositionalArgument(QStringLiteral("collection"), Cli::tr("Collection to delete."));
        c.parser.addOption({QStringLiteral("confirm"), Cli::tr("The collection's name again, to confirm."),
                            Cli::tr("name")});
        if (int r = c.parse(ctx, 1, 1); r >= 0) return r;
        int code = Ok;
        if (!confirmed(ctx, c.parser, c.pos(0), &code)) return code;
        QdrantClient* client = ctx.connect(c.parser, &code);
        if (!client) return code;
        RequestJob* j = client->deleteCollection(c.pos(0));
        j->setAutoDelete(false);
        if ((code = ctx.run(j)) != Ok) return code;
        const bool existed = j->result().toBool();
        ctx.json ? ctx.printJson(QJsonObject{{QStringLiteral("deleted"), existed}})
                 : void(ctx.out << (existed ? Cli::tr("deleted %1").arg(c.pos(0))
                                            : Cli::tr("%1 did not exist").arg(c.pos(0)))
                                << '\n');
        ctx.out.flush();
        return existed ? Ok : ServerError;
    }
    return ctx.usage(Cli::tr("collections: expected list, info, create or delete"));
}

int index(Context& ctx, const QString& sub, const QStringList& a)
{
    if (sub == QLatin1String("create")) {
        Command c(QStringLiteral("index create"), Cli::tr("Creates a payload index."), a);
        c.parser.addPositionalArgument(QStringLiteral("collection"), Cli::tr("Collection."));
        c.parser.addPositionalArgument(QStringLiteral("field"), Cli::tr("Payload key."));
        c.parser.addOption({QStringLiteral("type"),
                            Cli::tr("keyword, integer, float, bool, geo, datetime, text or uuid."),
                            Cli::tr("type")});
        c.parser.addOption(
            {QStringLiteral("tenant"), Cli::tr("keyword/uuid: mark as the tenant key (is_tenant).")});
        c.parser.addOption({QStringLiteral("prefix"), Cli::tr("keyword: enable prefix matching (1.19+).")});
        c.parser.addOption({QStringLiteral("principal"), Cli::tr("integer/float/datetime: is_principal.")});
        c.parser.addOption({QStringLiteral("tokenizer"),
                            Cli::tr("text: word, whitespace, prefix or multilingual."), Cli::tr("name")});
        c.parser.addOption({QStringLiteral("memory"),
                            Cli::tr("cold, cached or pinned (on_disk before 1.19)."), Cli::tr("placement")});
        c.parser.addOption({QStringLiteral("params"),
                            Cli::tr("Full field_schema JSON object instead of the options."),
                            Cli::tr("json")});
        if (int r = c.parse(ctx, 2, 2); r >= 0) return r;
        std::optional<PayloadIndexSpec> spec;
        QString why;
        if (c.parser.isSet(QStringLiteral("params"))) {
            QJsonParseError pe;
            const QJsonDocument d =
                QJsonDocument::fromJson(c.parser.value(QStringLiteral("params")).toUtf8(), &pe);
            if (pe.error != QJsonParseError::NoError)
                return ctx.usage(Cli::tr("--params: invalid JSON: %1").arg(pe.errorString()));
            spec = PayloadIndexSpec::fromJson(d.object(), &why);
        } else {
            spec = PayloadIndexSpec();
            spec->type = c.parser.value(QStringLiteral("type"));
            if (c.parser.isSet(QStringLiteral("tenant"))) spec->isTenant = true;
            if (c.parser.isSet(QStringLiteral("prefix"))) spec->prefix = true;
            if (c.parser.isSet(QStringLiteral("principal"))) spec->isPrincipal = true;
            spec->tokenizer = c.parser.value(QStringLiteral("tokenizer"));
            const QString mem = c.parser.value(QStringLiteral("memory"));
            spec->memory = mem == QLatin1String("cold")     ? Memory::Cold
                           : mem == QLatin1String("cached") ? Memory::Cached
                           : mem == QLatin1String("pinned") ? Memory::Pinned
                                                            : Memory::Default;
            if (!mem.isEmpty() && spec->memory == Memory::Default)
                return ctx.usage(Cli::tr("--memory: expected cold, cached or pinned"));
        }
        if (!spec) return ctx.usage(why);
        int code = Ok;
        QdrantClient* client = ctx.connect(c.parser, &code);
        if (!client) return code;
        if ((code = ctx.run(client->createPayloadIndex(c.pos(0), c.pos(1), *spec))) != Ok) return code;
        ctx.json ? ctx.printJson(QJsonObject{{QStringLiteral("indexed"), c.pos(1)}})
                 : void(ctx.out << Cli::tr("index on %1 created").arg(c.pos(1)) << '\n');
        ctx.out.flush();
        return Ok;
    }
    if (sub == QLatin1String("delete")) {
        Command c(QStringLiteral("index delete"), Cli::tr("Drops a payload index. Needs --confirm FIELD."),
                  a);
        c.parser.addPositionalArgument(QStringLiteral("collection"), Cli::tr("Collection."));
        c.parser.addPositionalArgument(QStringLiteral("field"), Cli::tr("Indexed payload key."));
        c.parser.addOption(
            {QStringLiteral("confirm"), Cli::tr("The field name again, to confirm."), Cli::tr("field")});
        if (int r = c.parse(ctx, 2, 2); r >= 0) return r;
        int code = Ok;
        if (!confirmed(ctx, c.parser, c.pos(1), &code)) return code;
        QdrantClient* client = ctx.connect(c.parser, &code);
        if (!client) return code;
        if ((code = ctx.run(client->deletePayloadIndex(c.pos(0), c.pos(1)))) != Ok) return code;
        ctx.json ? ctx.printJson(QJsonObject{{QStringLiteral("dropped"), c.pos(1)}})
                 : void(ctx.out << Cli::tr("index on %1 dropped").arg(c.pos(1)) << '\n');
        ctx.out.flush();
        return Ok;
    }
    return ctx.usage(Cli::tr("index: expected create or delete"));
}

int points(Context& ctx, const QString& sub, const QStringList& a)
{
    if (sub == QLatin1String("count")) {
        Command c(QStringLiteral("points count"), Cli::tr("Counts points, optionally filtered."), a);
        c.parser.addPositionalArgument(QStringLiteral("collection"), Cli::tr("Collection."));
        c.parser.addOption({QStringLiteral("filter"), Cli::tr("Qdrant filter JSON."), Cli::tr("json")});
        if (int r = c.parse(ctx, 1, 1); r >= 0) return r;
        int code = Ok;
        const auto f = filterOption(ctx, c.parser, &code);
        if (code != Ok) return code;
        QdrantClient* client = ctx.connect(c.parser, &code);
        if (!client) return code;
        RequestJob* j = client->count(c.pos(0), f);
        j->setAutoDelete(false);
        if ((code = ctx.run(j)) != Ok) return code;
        const qint64 n = j->result().toObject().value(QLatin1String("count")).toInteger();
        ctx.json ? ctx.printJson(QJsonObject{{QStringLiteral("count"), n}}) : void(ctx.out << n << '\n');
        ctx.out.flush();
        return Ok;
    }
    if (sub == QLatin1String("scroll")) {
        Command c(QStringLiteral("points scroll"),
                  Cli::tr("Lists points in id order, page by page (--all for every page)."), a);
        c.parser.addPositionalArgument(QStringLiteral("collection"), Cli::tr("Collection."));
        c.parser.addOption({QStringLiteral("filter"), Cli::tr("Qdrant filter JSON."), Cli::tr("json")});
        c.parser.addOption({QStringLiteral("limit"), Cli::tr("Page size (default 10)."), Cli::tr("n"),
                            QStringLiteral("10")});
        c.parser.addOption({QStringLiteral("offset"), Cli::tr("First point id (inclusive)."), Cli::tr("id")});
        c.parser.addOption({QStringLiteral("all"), Cli::tr("Follow next_page_offset to the end.")});
        c.parser.addOption({QStringLiteral("with-vector"), Cli::tr("Include vectors.")});
        if (int r = c.parse(ctx, 1, 1); r >= 0) return r;
        int code = Ok;
        const auto f = filterOption(ctx, c.parser, &code);
        if (code != Ok) return code;
        bool ok = false;
        const int limit = c.parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1) return ctx.usage(Cli::tr("--limit: expected a positive integer"));
        std::optional<PointId> offset;
        if (c.parser.isSet(QStringLiteral("offset"))) {
            QString why;
            offset = PointId::fromString(c.parser.value(QStringLiteral("offset")), &why);
            if (!offset->isValid()) return ctx.usage(QStringLiteral("--offset: ") + why);
        }
        QdrantClient* client = ctx.connect(c.parser, &code);
        if (!client) return code;
        QJsonArray all;
        QJsonValue next;
        do {
            RequestJob* j = client->scroll(c.pos(0), f, limit, offset, true,
                                           c.parser.isSet(QStringLiteral("with-vector")));
            j->setAutoDelete(false);
            if ((code = ctx.run(j)) != Ok) return code;
            const QJsonObject page = j->result().toObject();
            for (const QJsonValue& p : page.value(QLatin1String("points")).toArray())
                all.append(p);
            next = page.value(QLatin1String("next_page_offset"));
            offset = next.isNull() ? std::nullopt : std::optional<PointId>(PointId::fromJson(next, nullptr));
        } while (c.parser.isSet(QStringLiteral("all")) && offset);
        if (ctx.json)
            ctx.printJson(
                QJsonObject{{QStringLiteral("points"), all}, {QStringLiteral("next_page_offset"), next}});
        else
            printRecords(ctx, all);
        return Ok;
    }
    if (sub == QLatin1String("get")) {
        Command c(QStringLiteral("points get"), Cli::tr("Retrieves points by id."), a);
        c.parser.addPositionalArgument(QStringLiteral("collection"), Cli::tr("Collection."));
        c.parser.addPositionalArgument(QStringLiteral("ids"), Cli::tr("Point ids."), QStringLiteral("id..."));
        c.parser.addOption({QStringLiteral("with-vector"), Cli::tr("Include vectors.")});
        if (int r = c.parse(ctx, 2, 100000); r >= 0) return r;
        QList<PointId> ids;
        for (int i = 1; i < c.parser.positionalArguments().size(); ++i) {
            QString why;
            const PointId id = PointId::fromString(c.pos(i), &why);
            if (!id.isValid()) return ctx.usage(why);
            ids.append(id);
        }
        int code = Ok;
        QdrantClient* client = ctx.connect(c.parser, &code);
        if (!client) return code;
        RequestJob* j =
            client->retrievePoints(c.pos(0), ids, true, c.parser.isSet(QStringLiteral("with-vector")));
        j->setAutoDelete(false);
        if ((code = ctx.run(j)) != Ok) return code;
        ctx.json ? ctx.printJson(j->result()) : printRecords(ctx, j->result().toArray());
        return j->result().toArray().size() == ids.size() ? Ok : ServerError;
    }
    return ctx.usage(Cli::tr("points: expected count, scroll or get"));
}

int query(Context& ctx, const QStringList& a)
{
    Command c(QStringLiteral("query"), Cli::tr("Nearest points to a vector or to a stored point."), a);
    c.parser.addPositionalArgument(QStringLiteral("collection"), Cli::tr("Collection."));
    c.parser.addOption({QStringLiteral("vector"), Cli::tr("Query vector as a JSON array."), Cli::tr("json")});
    c.parser.addOption(
        {QStringLiteral("id"), Cli::tr("Use this point's vector as the query."), Cli::tr("id")});
    c.parser.addOption({QStringLiteral("using"), Cli::tr("Named vector to search."), Cli::tr("name")});
    c.parser.addOption({QStringLiteral("filter"), Cli::tr("Qdrant filter JSON."), Cli::tr("json")});
    c.parser.addOption({QStringLiteral("limit"), Cli::tr("How many results (default 10)."), Cli::tr("n"),
                        QStringLiteral("10")});
    c.parser.addOption(
        {QStringLiteral("threshold"), Cli::tr("Keep scores strictly better than this."), Cli::tr("score")});
    c.parser.addOption({QStringLiteral("with-payload"), Cli::tr("Include payloads.")});
    if (int r = c.parse(ctx, 1, 1); r >= 0) return r;
    QueryRequest q;
    int code = Ok;
    q.filter = filterOption(ctx, c.parser, &code);
    if (code != Ok) return code;
    if (c.parser.isSet(QStringLiteral("vector"))) {
        const QJsonArray arr =
            QJsonDocument::fromJson(c.parser.value(QStringLiteral("vector")).toUtf8()).array();
        if (arr.isEmpty())
            return ctx.usage(Cli::tr("--vector: expected a JSON array of numbers such as [0.1, 0.2]"));
        QVector<float> v;
        for (const QJsonValue& x : arr) {
            if (!x.isDouble()) return ctx.usage(Cli::tr("--vector: every element must be a number"));
            v.append(float(x.toDouble()));
        }
        q.query = v;
    } else if (c.parser.isSet(QStringLiteral("id"))) {
        QString why;
        const PointId id = PointId::fromString(c.parser.value(QStringLiteral("id")), &why);
        if (!id.isValid()) return ctx.usage(QStringLiteral("--id: ") + why);
        q.query = id;
    } else {
        return ctx.usage(Cli::tr("give --vector or --id"));
    }
    bool ok = false;
    q.limit = c.parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || q.limit < 1) return ctx.usage(Cli::tr("--limit: expected a positive integer"));
    if (c.parser.isSet(QStringLiteral("threshold"))) {
        q.scoreThreshold = c.parser.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok) return ctx.usage(Cli::tr("--threshold: expected a number"));
    }
    q.vectorName = c.parser.value(QStringLiteral("using"));
    q.withPayload = c.parser.isSet(QStringLiteral("with-payload"));
    QdrantClient* client = ctx.connect(c.parser, &code);
    if (!client) return code;
    RequestJob* j = client->query(c.pos(0), q);
    j->setAutoDelete(false);
    if ((code = ctx.run(j)) != Ok) return code;
    ctx.json ? ctx.printJson(j->result())
             : printRecords(ctx, j->result().toObject().value(QLatin1String("points")).toArray());
    return Ok;
}

int snapshot(Context& ctx, const QString& sub, const QStringList& a)
{
    const QString target = Cli::tr("Collection, or --full for full-storage snapshots.");
    auto collectionOf = [](Command& c) {
        return c.parser.isSet(QStringLiteral("full")) ? QString() : c.pos(0);
    };
    auto addFull = [](Command& c) {
        c.parser.addOption(
            {QStringLiteral("full"), Cli::tr("Full-storage snapshots instead of a collection's.")});
    };
    auto printSnapshot = [&](const QJsonValue& s) {
        if (ctx.json) return ctx.printJson(s);
        ctx.out << s[QLatin1String("name")].toString() << '\t' << s[QLatin1String("size")].toInteger() << '\t'
                << s[QLatin1String("creation_time")].toString() << '\t'
                << s[QLatin1String("checksum")].toString() << '\n';
        ctx.out.flush();
    };
    if (sub == QLatin1String("create") || sub == QLatin1String("list")) {
        Command c(
            QStringLiteral("snapshot ") + sub,
            sub == QLatin1String("create") ? Cli::tr("Creates a snapshot.") : Cli::tr("Lists snapshots."), a);
        c.parser.addPositionalArgument(QStringLiteral("collection"), target);
        addFull(c);
        if (int r = c.parse(ctx, 0, 1); r >= 0) return r;
        if (!c.parser.isSet(QStringLiteral("full")) && c.pos(0).isEmpty())
            return ctx.usage(Cli::tr("name a collection, or pass --full"));
        int code = Ok;
        QdrantClient* client = ctx.connect(c.parser, &code);
        if (!client) return code;
        RequestJob* j = sub == QLatin1String("create") ? client->createSnapshot(collectionOf(c))
                                                       : client->listSnapshots(collectionOf(c));
        j->setAutoDelete(false);
        if ((code = ctx.run(j)) != Ok) return code;
        if (sub == QLatin1String("create"))
            printSnapshot(j->result());
        else if (ctx.json)
            ctx.printJson(j->result());
        else
            for (const QJsonValue& s : j->result().toArray())
                printSnapshot(s);
        return Ok;
    }
    if (sub == QLatin1String("download")) {
        Command c(QStringLiteral("snapshot download"),
                  Cli::tr("Downloads a snapshot, verifying its SHA-256 against the server's listed checksum. "
                          "The file appears "
                          "only when complete and verified."),
                  a);
        c.parser.addPositionalArgument(QStringLiteral("collection"), target);
        c.parser.addPositionalArgument(QStringLiteral("name"), Cli::tr("Snapshot name."));
        c.parser.addOption(
            {QStringLiteral("out"), Cli::tr("Target file (default: the snapshot's name)."), Cli::tr("file")});
        addFull(c);
        if (int r = c.parse(ctx, 1, 2); r >= 0) return r;
        const QString name = c.parser.isSet(QStringLiteral("full")) ? c.pos(0) : c.pos(1);
        if (name.isEmpty()) return ctx.usage(Cli::tr("name the snapshot to download"));
        int code = Ok;
        QdrantClient* client = ctx.connect(c.parser, &code);
        if (!client) return code;
        const QString out =
            c.parser.value(QStringLiteral("out")).isEmpty() ? name : c.parser.value(QStringLiteral("out"));
        SnapshotDownloadJob* j = client->downloadSnapshot(collectionOf(c), name, out);
        j->setAutoDelete(false);
        QObject::connect(j, &ClientJob::progress, j, [&ctx](qint64 done, qint64 total) {
            ctx.err << QStringLiteral("\r%1 / %2 bytes").arg(done).arg(total);
            ctx.err.flush();
        });
        if ((code = ctx.run(j)) != Ok) return code;
        ctx.err << '\n';
        ctx.json
            ? ctx.printJson(QJsonObject{{QStringLiteral("file"), out},
                                        {QStringLiteral("bytes"), j->bytes()},
                                        {QStringLiteral("sha256"), j->checksum()}})
            : void(ctx.out
                   << Cli::tr("saved %1 (%2 bytes, sha256 %3)").arg(out).arg(j->bytes()).arg(j->checksum())
                   << '\n');
        ctx.out.flush();
        return Ok;
    }
    if (sub == QLatin1String("upload")) {
        Command c(QStringLiteral("snapshot upload"),
                  Cli::tr("Uploads a snapshot file and restores the collection from it."), a);
        c.parser.addPositionalArgument(QStringLiteral("collection"),
                                       Cli::tr("Collection to restore (created if missing)."));
        c.parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("Snapshot file."));
        c.parser.addOption(
            {QStringLiteral("priority"),
             Cli::tr("snapshot, replica or no_sync (use snapshot for a new or empty collection)."),
             Cli::tr("priority")});
        c.parser.addOption({QStringLiteral("checksum"),
                            Cli::tr("Expected SHA-256 (computed from the file when omitted)."),
                            Cli::tr("hex")});
        if (int r = c.parse(ctx, 2, 2); r >= 0) return r;
        int code = Ok;
        QdrantClient* client = ctx.connect(c.parser, &code);
        if (!client) return code;
        SnapshotUploadJob* j =
            client->uploadSnapshot(c.pos(0), c.pos(1), c.parser.value(QStringLiteral("priority")),
                                   c.parser.value(QStringLiteral("checksum")));
        if ((code = ctx.run(j)) != Ok) return code;
        ctx.json ? ctx.printJson(QJsonObject{{QStringLiteral("restored"), c.pos(0)}})
                 : void(ctx.out << Cli::tr("restored %1 from %2").arg(c.pos(0), c.pos(1)) << '\n');
        ctx.out.flush();
        return Ok;
    }
    if (sub == QLatin1String("recover")) {
        Command c(QStringLiteral("snapshot recover"),
                  Cli::tr("Restores a collection from a snapshot URL the server can reach."), a);
        c.parser.addPositionalArgument(QStringLiteral("collection"), Cli::tr("Collection to restore."));
        c.parser.addPositionalArgument(QStringLiteral("location"), Cli::tr("http(s):// or file:// URL."));
        c.parser.addOption(
            {QStringLiteral("priority"), Cli::tr("snapshot, replica or no_sync."), Cli::tr("priority")});
        c.parser.addOption({QStringLiteral("checksum"), Cli::tr("Expected SHA-256."), Cli::tr("hex")});
        if (int r = c.parse(ctx, 2, 2); r >= 0) return r;
        int code = Ok;
        QdrantClient* client = ctx.connect(c.parser, &code);
        if (!client) return code;
        if ((code = ctx.run(client->recoverSnapshot(c.pos(0), c.pos(1),
                                                    c.parser.value(QStringLiteral("priority")),
                                                    c.parser.value(QStringLiteral("checksum"))))) != Ok)
            return code;
        ctx.json ? ctx.printJson(QJsonObject{{QStringLiteral("restored"), c.pos(0)}})
                 : void(ctx.out << Cli::tr("restored %1").arg(c.pos(0)) << '\n');
        ctx.out.flush();
        return Ok;
    }
    if (sub == QLatin1String("delete")) {
        Command c(QStringLiteral("snapshot delete"), Cli::tr("Deletes a snapshot. Needs --confirm NAME."), a);
        c.parser.addPositionalArgument(QStringLiteral("collection"), target);
        c.parser.addPositionalArgument(QStringLiteral("name"), Cli::tr("Snapshot name."));
        c.parser.addOption(
            {QStringLiteral("confirm"), Cli::tr("The snapshot name again, to confirm."), Cli::tr("name")});
        addFull(c);
        if (int r = c.parse(ctx, 1, 2); r >= 0) return r;
        const QString name = c.parser.isSet(QStringLiteral("full")) ? c.pos(0) : c.pos(1);
        int code = Ok;
        if (!confirmed(ctx, c.parser, name, &code)) return code;
        QdrantClient* client = ctx.connect(c.parser, &code);
        if (!client) return code;
        if ((code = ctx.run(client->deleteSnapshot(collectionOf(c), name))) != Ok) return code;
        ctx.json ? ctx.printJson(QJsonObject{{QStringLiteral("deleted"), name}})
                 : void(ctx.out << Cli::tr("deleted %1").arg(name) << '\n');
        ctx.out.flush();
        return Ok;
    }
    return ctx.usage(Cli::tr("snapshot: expected create, list, download, upload, recover or delete"));
}

volatile std::sig_atomic_t g_stop = 0;

int serveLocal(Context& ctx, const QStringList& a)
{
    Command c(QStringLiteral("serve-local"),
              Cli::tr("Serves the embedded Qdrant-compatible engine over HTTP until interrupted. Prefer the "
                      "VECTORDESK_API_KEY / VECTORDESK_READ_ONLY_API_KEY environment variables to the key "
                      "options, which "
                      "other users can see in the process list."),
              a, false);
    c.parser.addOption({QStringLiteral("port"), Cli::tr("TCP port (default 6333; 0 picks a free one)."),
                        Cli::tr("port"), QStringLiteral("6333")});
    c.parser.addOption({QStringLiteral("host"), Cli::tr("Address to listen on (default 127.0.0.1)."),
                        Cli::tr("address"), QStringLiteral("127.0.0.1")});
    c.parser.addOption({QStringLiteral("data"), Cli::tr("Data directory."), Cli::tr("dir")});
    c.parser.addOption({QStringLiteral("api-key"), Cli::tr("Require this API key."), Cli::tr("key")});
    c.parser.addOption({QStringLiteral("read-only-api-key"), Cli::tr("Also accept this key, for reads only."),
                        Cli::tr("key")});
    c.parser.addOption(
        {QStringLiteral("demo"), Cli::tr("Load the trading-journal demo data if the engine is empty.")});
    if (int r = c.parse(ctx, 0, 0); r >= 0) return r;
    if (!c.parser.isSet(QStringLiteral("data")))
        return ctx.usage(Cli::tr("--data: a data directory is required"));
    bool ok = false;
    const int port = c.parser.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || port < 0 || port > 65535) return ctx.usage(Cli::tr("--port: expected 0 to 65535"));
    const QHostAddress host(c.parser.value(QStringLiteral("host")));
    if (host.isNull()) return ctx.usage(Cli::tr("--host: not an IP address"));
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    engine::LocalEngine::Options o;
    o.dataDir = c.parser.value(QStringLiteral("data"));
    o.port = quint16(port);
    o.address = host;
    o.apiKey = c.parser.isSet(QStringLiteral("api-key"))
                   ? c.parser.value(QStringLiteral("api-key")).toUtf8()
                   : env.value(QStringLiteral("VECTORDESK_API_KEY")).toUtf8();
    o.readOnlyApiKey = c.parser.isSet(QStringLiteral("read-only-api-key"))
                           ? c.parser.value(QStringLiteral("read-only-api-key")).toUtf8()
                           : env.value(QStringLiteral("VECTORDESK_READ_ONLY_API_KEY")).toUtf8();
    engine::LocalEngine engine;
    QString why;
    if (!engine.start(o, &why)) {
        ctx.err << Cli::tr("cannot start the engine: %1").arg(why) << '\n';
        ctx.err.flush();
        return ServerError;
    }
    if (c.parser.isSet(QStringLiteral("demo"))) {
        ClientConfig cc;
        cc.baseUrl = engine.url();
        cc.apiKey = o.apiKey;
        QdrantClient client(cc);
        demo::DemoLoader loader(&client);
        if (!loader.loadIfEmpty(&why)) {
            ctx.err << Cli::tr("demo data: %1").arg(why) << '\n';
            return ServerError;
        }
    }
    // Machine-readable first line: scripts and tests read the port from it.
    ctx.out << QStringLiteral("listening on %1").arg(engine.url().toString()) << '\n';
    ctx.out.flush();
    std::signal(SIGINT, [](int) { g_stop = 1; });
    std::signal(SIGTERM, [](int) { g_stop = 1; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, qApp, []() {
        if (g_stop) QCoreApplication::quit();
    });
    poll.start(100);
    QCoreApplication::exec();
    engine.stop();
    return Ok;
}

const char* kUsage = QT_TRANSLATE_NOOP(
    "Cli",
    "Usage: vectordesk-cli <command> [options]\n"
    "\n"
    "Commands:\n"
    "  health                                     server version, liveness and readiness\n"
    "  collections list|info|create|delete        manage collections\n"
    "  index create|delete                        manage payload indexes\n"
    "  points count|scroll|get                    read points\n"
    "  query                                      nearest-neighbour search\n"
    "  snapshot create|list|download|upload|recover|delete\n"
    "  serve-local                                run the embedded engine\n"
    "  embed JOBFILE [--resume] [--dry-run]       run an embedding job\n"
    "  providers test                             one embedding call: key, dimension, normalisation\n"
    "\n"
    "Every command takes --help. The server is --url or $QDRANT_URL; the key is $QDRANT_API_KEY.\n"
    "Exit codes: 0 success, 1 server-side error, 2 usage error, 3 connection or authentication failure.\n");

} // namespace

int runCli(const QStringList& arguments)
{
    Context ctx;
    const QString cmd = arguments.value(0);
    if (cmd.isEmpty() || cmd == QLatin1String("--help") || cmd == QLatin1String("-h") ||
        cmd == QLatin1String("help")) {
        (cmd.isEmpty() ? ctx.err : ctx.out) << Cli::tr(kUsage);
        return cmd.isEmpty() ? UsageError : Ok;
    }
    if (cmd == QLatin1String("--version")) {
        ctx.out << QStringLiteral("vectordesk-cli " VD_VERSION_STRING "\n");
        return Ok;
    }
    const QString sub = arguments.value(1);
    const QStringList rest2 = arguments.mid(2);
    const QStringList rest1 = arguments.mid(1);
    if (cmd == QLatin1String("health")) return health(ctx, rest1);
    if (cmd == QLatin1String("query")) return query(ctx, rest1);
    if (cmd == QLatin1String("serve-local")) return serveLocal(ctx, rest1);
    if (cmd == QLatin1String("collections")) return collections(ctx, sub, rest2);
    if (cmd == QLatin1String("index")) return index(ctx, sub, rest2);
    if (cmd == QLatin1String("points")) return points(ctx, sub, rest2);
    if (cmd == QLatin1String("snapshot")) return snapshot(ctx, sub, rest2);
    if (cmd == QLatin1String("embed")) return embed(ctx, rest1);
    if (cmd == QLatin1String("providers")) return providers(ctx, sub, rest2);
    return ctx.usage(Cli::tr("unknown command '%1'\n\n%2").arg(cmd, Cli::tr(kUsage)));
}

} // namespace vd::cli
