#include "JobSpec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace vd {

QList<JobTemplate> builtInJobTemplates()
{
    const auto f = [](const char* target, const char* type, const char* from = nullptr) {
        return PayloadField{QLatin1String(target), QLatin1String(from ? from : target), QLatin1String(type)};
    };
    QList<JobTemplate> t;
    t.append(
        {QStringLiteral("trading-journal/trades"),
         QStringLiteral("trades"),
         QStringLiteral("{direction|capitalize} {symbol}, {r_multiple|signed}R, closed {closed_at|date}. "
                        "Playbook: {playbook}. Notes: {notes}"),
         QStringLiteral("{symbol} {direction} {closed_at|date}"),
         QStringLiteral("id"),
         QStringLiteral("user_id"),
         {f("user_id", "string"), f("symbol", "string"), f("direction", "string"), f("entry_price", "double"),
          f("exit_price", "double"), f("opened_at", "datetime"), f("closed_at", "datetime"),
          f("quantity", "double"), f("pnl", "double"), f("r_multiple", "double"),
          f("pnl_positive", "positive", "pnl"), f("playbook", "string"), f("tags", "list"),
          f("notes", "string")}});
    t.append({QStringLiteral("trading-journal/playbooks"),
              QStringLiteral("playbooks"),
              QStringLiteral("{name}. {rules}"),
              QStringLiteral("{name}"),
              QStringLiteral("id"),
              QStringLiteral("user_id"),
              {f("user_id", "string"), f("name", "string"), f("rules", "string"), f("is_public", "bool")}});
    t.append({QStringLiteral("trading-journal/journal_entries"),
              QStringLiteral("journal_entries"),
              QStringLiteral("{text}"),
              QStringLiteral("Journal {date|date}"),
              QStringLiteral("id"),
              QStringLiteral("user_id"),
              {f("user_id", "string"), f("date", "datetime"), f("text", "string")}});
    t.append({QStringLiteral("trading-journal/coach_history"),
              QStringLiteral("coach_history"),
              QStringLiteral("{role}: {message}"),
              QString(),
              QStringLiteral("id"),
              QStringLiteral("user_id"),
              {f("user_id", "string"), f("conversation_id", "string"), f("role", "string"),
               f("created_at", "datetime"), f("message", "string")}});
    return t;
}

namespace {

const QStringList kTypes{QStringLiteral("keep"),   QStringLiteral("string"),  QStringLiteral("integer"),
                         QStringLiteral("double"), QStringLiteral("bool"),    QStringLiteral("datetime"),
                         QStringLiteral("list"),   QStringLiteral("positive")};

bool checkKeys(const QJsonObject& o, const QString& where, const QStringList& known, QString* error)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key())) {
            *error = JobSpec::tr("%1%2: unknown field (expected one of: %3)")
                         .arg(where, it.key(), known.join(QStringLiteral(", ")));
            return false;
        }
    return true;
}

bool readPositive(const QJsonObject& o, const char* key, const QString& where, int* out, QString* error,
                  int min = 1)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) return true;
    if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < min) {
        *error = JobSpec::tr("%1%2: expected an integer ≥ %3").arg(where, QLatin1String(key)).arg(min);
        return false;
    }
    *out = v.toInt();
    return true;
}

} // namespace

bool JobSpec::fromJson(const QJsonObject& o, const QString& baseDir, JobSpec* out, QString* error)
{
    if (!checkKeys(o, QString(),
                   {QStringLiteral("name"), QStringLiteral("source"), QStringLiteral("key"),
                    QStringLiteral("template"), QStringLiteral("text"), QStringLiteral("title"),
                    QStringLiteral("payload"), QStringLiteral("tenant_key"), QStringLiteral("qdrant"),
                    QStringLiteral("provider"), QStringLiteral("flow"), QStringLiteral("incremental"),
                    QStringLiteral("delete_missing"), QStringLiteral("checkpoint"),
                    QStringLiteral("dead_letter")},
                   error))
        return false;
    JobSpec s;
    s.name = o.value(QLatin1String("name")).toString();
    if (s.name.isEmpty()) {
        *error = tr("name: expected the job's name");
        return false;
    }
    if (!o.value(QLatin1String("source")).isObject()) {
        *error = tr("source: expected an object with \"type\"");
        return false;
    }
    if (!SourceSpec::fromJson(o.value(QLatin1String("source")).toObject(), baseDir, &s.source, error))
        return false;

    // A built-in template gives the text, title, key, tenant key, payload and collection; the file may
    // override any of them.
    JobTemplate tpl;
    if (o.contains(QLatin1String("template"))) {
        s.templateId = o.value(QLatin1String("template")).toString();
        QStringList ids;
        for (const JobTemplate& t : builtInJobTemplates()) {
            ids.append(t.id);
            if (t.id == s.templateId) tpl = t;
        }
        if (tpl.id.isEmpty()) {
            *error = tr("template: unknown template '%1' (built in: %2)")
                         .arg(s.templateId, ids.join(QStringLiteral(", ")));
            return false;
        }
    }
    s.key = o.value(QLatin1String("key")).toString(tpl.key.isEmpty() ? s.key : tpl.key);
    const QString text = o.value(QLatin1String("text")).toString(tpl.text);
    if (text.isEmpty()) {
        *error = tr("text: expected a text template such as \"{title}. {body}\" (or a built-in template)");
        return false;
    }
    QString why;
    if (!s.text.parse(text, &why)) {
        *error = tr("text: %1").arg(why);
        return false;
    }
    if (!s.title.parse(o.value(QLatin1String("title")).toString(tpl.title), &why)) {
        *error = tr("title: %1").arg(why);
        return false;
    }
    s.payload = tpl.payload;
    if (o.contains(QLatin1String("payload"))) {
        if (!o.value(QLatin1String("payload")).isObject()) {
            *error =
                tr("payload: expected an object {\"payload key\": \"source field\" or {\"from\", \"type\"}}");
            return false;
        }
        s.payload.clear();
        const QJsonObject p = o.value(QLatin1String("payload")).toObject();
        for (auto it = p.begin(); it != p.end(); ++it) {
            PayloadField f{it.key(), it.value().toString(), QStringLiteral("keep")};
            if (it.value().isObject()) {
                const QJsonObject fo = it.value().toObject();
                if (!checkKeys(fo, QStringLiteral("payload.%1.").arg(it.key()),
                               {QStringLiteral("from"), QStringLiteral("type")}, error))
                    return false;
                f.from = fo.value(QLatin1String("from")).toString(it.key());
                f.type = fo.value(QLatin1String("type")).toString(f.type);
            } else if (!it.value().isString()) {
                *error = tr("payload.%1: expected a source field name or {\"from\", \"type\"}").arg(it.key());
                return false;
            }
            if (f.from.isEmpty()) f.from = it.key();
            if (!kTypes.contains(f.type)) {
                *error = tr("payload.%1.type: expected one of %2")
                             .arg(it.key(), kTypes.join(QStringLiteral(", ")));
                return false;
            }
            if (it.key().startsWith(QLatin1String("vd_"))) {
                *error = tr("payload.%1: keys starting with vd_ are VectorDesk's own").arg(it.key());
                return false;
            }
            s.payload.append(f);
        }
    }
    s.tenantKey = o.value(QLatin1String("tenant_key")).toString(tpl.tenantKey);
    if (!s.tenantKey.isEmpty()) {
        bool mapped = false;
        for (const PayloadField& f : s.payload)
            mapped = mapped || f.target == s.tenantKey;
        if (!mapped) {
            *error = tr("tenant_key: '%1' is not among the payload fields; map it so every point carries it")
                         .arg(s.tenantKey);
            return false;
        }
    }

    const QJsonObject q = o.value(QLatin1String("qdrant")).toObject();
    if (!checkKeys(q, QStringLiteral("qdrant."),
                   {QStringLiteral("url"), QStringLiteral("api_key_env"), QStringLiteral("collection"),
                    QStringLiteral("vector"), QStringLiteral("create_collection")},
                   error))
        return false;
    if (q.contains(QLatin1String("url"))) {
        s.qdrantUrl = QUrl(q.value(QLatin1String("url")).toString(), QUrl::StrictMode);
        if (!s.qdrantUrl.isValid() || s.qdrantUrl.scheme().isEmpty() || !s.qdrantUrl.userInfo().isEmpty()) {
            *error = tr("qdrant.url: expected an http(s) URL without credentials");
            return false;
        }
    }
    s.qdrantKeyEnv = q.value(QLatin1String("api_key_env")).toString(s.qdrantKeyEnv);
    s.collection = q.value(QLatin1String("collection")).toString(tpl.collection);
    if (s.collection.isEmpty()) {
        *error = tr("qdrant.collection: expected the target collection");
        return false;
    }
    s.vectorName = q.value(QLatin1String("vector")).toString();
    s.createCollection = q.value(QLatin1String("create_collection")).toBool(false);
    if (s.createCollection && tpl.id.isEmpty()) {
        *error =
            tr("qdrant.create_collection: only jobs using a built-in template can create their collection");
        return false;
    }

    if (o.contains(QLatin1String("provider")) &&
        !ProviderConfig::fromJson(o.value(QLatin1String("provider")).toObject(), &s.provider, error))
        return false;
    if (!s.provider.apiKeyEnv.isEmpty())
        s.provider.apiKey = qgetenv(s.provider.apiKeyEnv.toLocal8Bit().constData());

    const QJsonObject fl = o.value(QLatin1String("flow")).toObject();
    if (!checkKeys(fl, QStringLiteral("flow."),
                   {QStringLiteral("tier"), QStringLiteral("batch_size"), QStringLiteral("concurrency"),
                    QStringLiteral("texts_per_minute"), QStringLiteral("tokens_per_minute"),
                    QStringLiteral("texts_per_day"), QStringLiteral("max_attempts"),
                    QStringLiteral("max_retry_delay_s")},
                   error))
        return false;
    // Published Gemini tiers (embedding-providers.md); any value can be overridden.
    const QString tier = fl.value(QLatin1String("tier")).toString();
    if (tier == QLatin1String("free"))
        s.flow.limits = RateLimits{100, 30000, 1000, 250};
    else if (tier == QLatin1String("tier1"))
        s.flow.limits = RateLimits{3000, 1000000, 0, 250};
    else if (!tier.isEmpty()) {
        *error = tr("flow.tier: expected free or tier1 (or set texts_per_minute yourself)");
        return false;
    }
    const QString f = QStringLiteral("flow.");
    if (!readPositive(fl, "batch_size", f, &s.flow.batchSize, error) ||
        !readPositive(fl, "concurrency", f, &s.flow.concurrency, error) ||
        !readPositive(fl, "texts_per_minute", f, &s.flow.limits.textsPerMinute, error, 0) ||
        !readPositive(fl, "tokens_per_minute", f, &s.flow.limits.tokensPerMinute, error, 0) ||
        !readPositive(fl, "texts_per_day", f, &s.flow.limits.textsPerDay, error, 0) ||
        !readPositive(fl, "max_attempts", f, &s.flow.maxAttempts, error))
        return false;
    if (fl.contains(QLatin1String("max_retry_delay_s")))
        s.flow.maxRetryDelaySeconds = fl.value(QLatin1String("max_retry_delay_s")).toDouble(300);
    if (s.flow.concurrency > 64) {
        *error = tr("flow.concurrency: at most 64 calls at once");
        return false;
    }

    s.incremental = o.value(QLatin1String("incremental")).toBool(true);
    s.deleteMissing = o.value(QLatin1String("delete_missing")).toBool(false);
    if (s.deleteMissing && !s.incremental) {
        *error =
            tr("delete_missing: needs incremental mode (it compares the source with what the job wrote)");
        return false;
    }
    const QString stem = QDir(baseDir).absoluteFilePath(s.name);
    s.checkpointPath = o.contains(QLatin1String("checkpoint"))
                           ? QDir(baseDir).absoluteFilePath(o.value(QLatin1String("checkpoint")).toString())
                           : stem + QStringLiteral(".checkpoint");
    s.deadLetterPath = o.contains(QLatin1String("dead_letter"))
                           ? QDir(baseDir).absoluteFilePath(o.value(QLatin1String("dead_letter")).toString())
                           : stem + QStringLiteral(".deadletter.jsonl");
    *out = s;
    return true;
}

bool JobSpec::fromFile(const QString& path, JobSpec* out, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("%1: invalid JSON at offset %2: %3").arg(path).arg(pe.offset).arg(pe.errorString());
        return false;
    }
    if (!fromJson(doc.object(), QFileInfo(path).absolutePath(), out, error)) {
        *error = QStringLiteral("%1: %2").arg(path, *error);
        return false;
    }
    out->filePath = QFileInfo(path).absoluteFilePath();
    return true;
}

QByteArray JobSpec::fingerprint() const
{
    QJsonObject o = describe();
    o.remove(QStringLiteral("flow")); // flow settings may change between runs without changing the result
    return QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex()
        .left(16);
}

QJsonObject JobSpec::describe() const
{
    QJsonArray payloadJson;
    for (const PayloadField& f : payload)
        payloadJson.append(QJsonObject{{QStringLiteral("target"), f.target},
                                       {QStringLiteral("from"), f.from},
                                       {QStringLiteral("type"), f.type}});
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("source"), source.toJson()},
                       {QStringLiteral("key"), key},
                       {QStringLiteral("text"), text.source()},
                       {QStringLiteral("title"), title.source()},
                       {QStringLiteral("payload"), payloadJson},
                       {QStringLiteral("tenant_key"), tenantKey},
                       {QStringLiteral("collection"), collection},
                       {QStringLiteral("vector"), vectorName},
                       {QStringLiteral("provider"), provider.toJson()},
                       {QStringLiteral("flow"),
                        QJsonObject{{QStringLiteral("batch_size"), flow.batchSize},
                                    {QStringLiteral("concurrency"), flow.concurrency},
                                    {QStringLiteral("texts_per_minute"), flow.limits.textsPerMinute},
                                    {QStringLiteral("tokens_per_minute"), flow.limits.tokensPerMinute},
                                    {QStringLiteral("texts_per_day"), flow.limits.textsPerDay}}},
                       {QStringLiteral("incremental"), incremental},
                       {QStringLiteral("delete_missing"), deleteMissing}};
}

} // namespace vd
