#pragma once
// The HTTP part shared by the Gemini and OpenAI-compatible providers: one POST over the thread's
// HttpTransport, an inactivity timeout (a reply that never finishes becomes a transient failure), and the
// classification of error replies. The provider supplies the request and the parser of a 2xx body.
#include "EmbeddingProvider.h"
#include "qdrant/HttpTransport.h"

#include <QPointer>
#include <functional>

namespace vd {

class HttpEmbedCall : public EmbedCall
{
    Q_OBJECT
public:
    // Parses a successful body into vectors (not yet normalised) and, if reported, the token count.
    using Parser = std::function<EmbedError(const QByteArray& body, QList<Vector>* vectors, int* tokens)>;

    HttpEmbedCall(const HttpTransportRequest& request, int timeoutMs, int expectedCount, int dimensions,
                  Parser parser, QObject* parent);
    void abort() override;

private:
    void onFinished();
    QPointer<HttpExchange> m_exchange;
    QTimer* m_inactivity;
    int m_expected;
    int m_dims;
    Parser m_parser;
    bool m_timedOut = false;
    bool m_aborted = false;
};

// A JSON array of numbers as a vector; false (a malformed reply) if any element is not a number.
bool vectorFromJson(const QJsonArray& values, Vector* out);

// A JSON POST to `url` with the given auth header, ready for HttpEmbedCall.
HttpTransportRequest jsonPost(const QUrl& url, const QByteArray& body,
                              const QPair<QByteArray, QByteArray>& authHeader,
                              const QList<QSslCertificate>& extraCa);

} // namespace vd
