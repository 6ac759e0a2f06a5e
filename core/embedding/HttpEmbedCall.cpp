#include "HttpEmbedCall.h"

#include "common/Logging.h"

#include <QJsonArray>
#include <QTimer>

namespace vd {

bool vectorFromJson(const QJsonArray& values, Vector* out)
{
    out->resize(values.size());
    for (int i = 0; i < values.size(); ++i) {
        if (!values[i].isDouble()) return false;
        (*out)[i] = float(values[i].toDouble());
    }
    return true;
}

HttpTransportRequest jsonPost(const QUrl& url, const QByteArray& body,
                              const QPair<QByteArray, QByteArray>& authHeader,
                              const QList<QSslCertificate>& extraCa)
{
    HttpTransportRequest t;
    t.method = "POST";
    t.url = url;
    t.body = body;
    t.extraCaCertificates = extraCa;
    t.headers.append({QByteArray("User-Agent"), QByteArray("vectordesk/" VD_VERSION_STRING)});
    t.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    t.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    if (!authHeader.second.isEmpty()) t.headers.append(authHeader);
    return t;
}

HttpEmbedCall::HttpEmbedCall(const HttpTransportRequest& request, int timeoutMs, int expectedCount,
                             int dimensions, Parser parser, QObject* parent)
    : EmbedCall(parent), m_inactivity(new QTimer(this)), m_expected(expectedCount), m_dims(dimensions),
      m_parser(std::move(parser))
{
    m_inactivity->setSingleShot(true);
    m_inactivity->setInterval(timeoutMs);
    connect(m_inactivity, &QTimer::timeout, this, [this]() {
        m_timedOut = true;
        if (m_exchange) m_exchange->abort();
    });
    m_exchange = HttpTransport::forCurrentThread()->send(request, this);
    connect(m_exchange, &HttpExchange::progress, m_inactivity, [this]() { m_inactivity->start(); });
    connect(m_exchange, &HttpExchange::finished, this, &HttpEmbedCall::onFinished);
    m_inactivity->start();
}

void HttpEmbedCall::abort()
{
    if (isFinished()) return;
    m_aborted = true;
    if (m_exchange) m_exchange->abort();
}

void HttpEmbedCall::onFinished()
{
    HttpExchange* ex = m_exchange;
    m_exchange = nullptr;
    m_inactivity->stop();
    ex->deleteLater();
    using K = EmbedError::Kind;
    if (m_aborted) return fail(EmbedError(K::Cancelled, EmbedError::tr("cancelled")));
    if (m_timedOut)
        return fail(EmbedError(
            K::Transient,
            EmbedError::tr("no data from the provider for %1 s").arg(m_inactivity->interval() / 1000.0)));
    if (ex->failure() != HttpExchange::Failure::None) {
        const bool tls = ex->failure() == HttpExchange::Failure::Tls;
        const bool unreachable = ex->failure() == HttpExchange::Failure::HostNotFound;
        return fail(EmbedError(tls || unreachable ? K::Terminal : K::Transient, ex->errorString()));
    }
    const int status = ex->status();
    if (status < 200 || status >= 300) {
        const EmbedError e =
            EmbedError::fromHttp(status, ex->body(), ex->header("retry-after"), ex->header("retry-after-ms"));
        qCInfo(lcEmbed) << "provider call failed:" << e.describe();
        return fail(e);
    }
    QList<Vector> vectors;
    int tokens = -1;
    const EmbedError e = m_parser(ex->body(), &vectors, &tokens);
    if (e.isError()) return fail(e);
    complete(std::move(vectors), m_expected, m_dims, tokens);
}

} // namespace vd
