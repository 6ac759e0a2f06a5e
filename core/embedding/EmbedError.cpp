#include "EmbedError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace vd {

double EmbedError::parseDuration(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)(\\.(\\d{1,9}))?s$"));
    const auto m = re.match(s.trimmed());
    if (!m.hasMatch()) return -1;
    double v = m.captured(1).toDouble();
    if (m.hasCaptured(3)) v += (QStringLiteral("0.") + m.captured(3)).toDouble();
    return v;
}

namespace {

// The error object of any of the shapes providers send: {"error":{…}}, [{"error":{…}}], or vLLM's flat
// {"object":"error","message",…}.
QJsonObject errorObject(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonObject root;
    if (doc.isArray() && !doc.array().isEmpty())
        root = doc.array().first().toObject();
    else
        root = doc.object();
    if (root.value(QLatin1String("error")).isObject()) return root.value(QLatin1String("error")).toObject();
    if (root.value(QLatin1String("object")).toString() == QLatin1String("error")) return root;
    if (root.value(QLatin1String("error")).isString()) // TEI: {"error":"…","error_type":"…"}
        return QJsonObject{{QStringLiteral("message"), root.value(QLatin1String("error"))},
                           {QStringLiteral("type"), root.value(QLatin1String("error_type"))}};
    return QJsonObject();
}

} // namespace

EmbedError EmbedError::fromHttp(int status, const QByteArray& body, const QByteArray& retryAfter,
                                const QByteArray& retryAfterMs)
{
    const QJsonObject e = errorObject(body);
    QString message = e.value(QLatin1String("message")).toString();
    if (message.isEmpty()) message = QString::fromUtf8(body.left(300)).trimmed();
    if (message.isEmpty()) message = tr("no message");
    QString reason = e.value(QLatin1String("status")).toString(); // google.rpc.Status code name
    if (reason.isEmpty()) reason = e.value(QLatin1String("type")).toString();
    if (reason.isEmpty() && e.value(QLatin1String("code")).isString())
        reason = e.value(QLatin1String("code")).toString();

    double retryDelay = -1;
    bool perDay = false;
    for (const QJsonValue& d : e.value(QLatin1String("details")).toArray()) {
        const QJsonObject o = d.toObject();
        const QString type = o.value(QLatin1String("@type")).toString();
        if (type.endsWith(QLatin1String("google.rpc.RetryInfo")))
            retryDelay = parseDuration(o.value(QLatin1String("retryDelay")).toString());
        if (type.endsWith(QLatin1String("google.rpc.ErrorInfo")) &&
            !o.value(QLatin1String("reason")).toString().isEmpty())
            reason = o.value(QLatin1String("reason")).toString();
        if (type.endsWith(QLatin1String("google.rpc.QuotaFailure")))
            for (const QJsonValue& v : o.value(QLatin1String("violations")).toArray())
                if (v.toObject().value(QLatin1String("quotaId")).toString().contains(QLatin1String("PerDay")))
                    perDay = true;
    }
    if (retryDelay < 0 && !retryAfterMs.isEmpty()) {
        bool ok = false;
        const double ms = retryAfterMs.trimmed().toDouble(&ok);
        if (ok && ms >= 0) retryDelay = ms / 1000.0;
    }
    if (retryDelay < 0 && !retryAfter.isEmpty()) {
        bool ok = false;
        const double s = retryAfter.trimmed().toDouble(&ok);
        if (ok && s >= 0) retryDelay = s;
    }

    Kind kind;
    if (reason == QLatin1String("API_KEY_INVALID") || status == 401 || status == 403)
        kind = Kind::Auth;
    else if (status == 429)
        kind = perDay ? Kind::DailyQuota : Kind::RateLimited;
    else if (status == 400 || status == 413 || status == 422)
        kind = Kind::BadRequest;
    else if (status == 408 || status == 500 || status == 502 || status == 503 || status == 504)
        kind = Kind::Transient;
    else
        kind = Kind::Terminal; // 402, 404 and anything unexpected: do not spend more calls on it
    EmbedError err(kind, message, status, reason);
    err.m_retryDelay = retryDelay;
    return err;
}

QString EmbedError::describe() const
{
    QString s;
    if (m_status) s += QStringLiteral("HTTP %1 ").arg(m_status);
    if (!m_reason.isEmpty()) s += m_reason + QStringLiteral(": ");
    s += m_message;
    if (m_retryDelay >= 0) s += tr(" (retry in %1 s)").arg(m_retryDelay);
    return s;
}

QString EmbedError::advice() const
{
    switch (m_kind) {
    case Kind::None:
    case Kind::Cancelled:
        return QString();
    case Kind::Auth:
        return tr("The provider refused the API key: check that it is set (and is the key of this provider "
                  "and project), then try again.");
    case Kind::DailyQuota:
        return tr("The provider's per-day quota is spent. Resume the job tomorrow (or with a higher tier); "
                  "nothing already embedded is lost.");
    case Kind::RateLimited:
        return tr("The provider is rate-limiting: lower texts_per_minute to your key's tier.");
    case Kind::BadRequest:
        return tr("The provider rejected the input; the items it names are in the dead-letter list.");
    case Kind::Transient:
        return tr("The provider or the network failed; the call was retried and can be run again later.");
    case Kind::Terminal:
        if (m_status == 402) return tr("The provider's prepaid credit is used up: add credit, then resume.");
        if (m_status == 404) return tr("The model is unknown or retired: check the model name.");
        return tr("The provider refused the call; it is not retried.");
    }
    return QString();
}

} // namespace vd
