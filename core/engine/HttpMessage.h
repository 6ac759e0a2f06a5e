#pragma once
// Plain request/response values exchanged between the HTTP layer and the engine's router.
#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>
#include <functional>

namespace vd::engine {

struct HttpRequest
{
    QByteArray method;
    QString path; // decoded path, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray& lowerName) const { return headers.value(lowerName); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    // When set, the body is streamed from this file instead of `body` (snapshot downloads).
    QString bodyFile;
};

// Handlers may answer later (e.g. after fetching a remote snapshot): they get a responder
// that must be called exactly once, on the server's thread.
using Responder = std::function<void(HttpResponse)>;

} // namespace vd::engine
