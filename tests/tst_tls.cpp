// TLS: a server with a private certificate authority is refused (the certificate error is reported, never
// ignored) until the connection's extra CA file names that authority; then the same call succeeds.
#include "connection/ConnectionProfile.h"
#include "support/EngineFixture.h"

#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

using namespace vd;
using namespace vd::test;

class TestTls : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    QSslServer server;
    QString caFile;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl()) QSKIP("this Qt build has no TLS backend");
        // A throwaway self-signed certificate for 127.0.0.1, made at test time (no key material committed).
        caFile = dir.filePath(QStringLiteral("ca.pem"));
        const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), caFile});
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
                 openssl.readAllStandardError().constData());
        QFile certIn(caFile), keyIn(keyFile);
        QVERIFY(certIn.open(QIODevice::ReadOnly) && keyIn.open(QIODevice::ReadOnly));
        QSslConfiguration cfg = QSslConfiguration::defaultConfiguration();
        cfg.setLocalCertificate(QSslCertificate(certIn.readAll(), QSsl::Pem));
        cfg.setPrivateKey(QSslKey(keyIn.readAll(), QSsl::Rsa, QSsl::Pem));
        cfg.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(cfg);
        // Answers every request with a Qdrant-shaped collection list.
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [this]() {
            while (QTcpSocket* s = server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s]() {
                    if (!s->readAll().contains("\r\n\r\n")) return;
                    const QByteArray body =
                        R"({"result":{"collections":[{"name":"secure"}]},"status":"ok","time":0.0001})";
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\n\r\n" + body);
                });
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));
    }

    void privateAuthorityIsRefusedWithoutItsCaFile()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("secure");
        p.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
        QString why;
        const auto config = p.clientConfig(QByteArray(), &why);
        QVERIFY2(config, qPrintable(why));
        QdrantClient client(*config);
        auto j = await(client.listCollections());
        QCOMPARE(j->error().kind(), QdrantError::Kind::TlsFailure);
        QVERIFY2(j->error().message().contains(QStringLiteral("self"), Qt::CaseInsensitive) ||
                     j->error().message().contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 qPrintable(j->error().message()));
        QVERIFY(j->error().advice().contains(QStringLiteral("CA file")));
        QCOMPARE(j->error().exitCode(), 3);
    }

    void theCaFileMakesItTrusted()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("secure");
        p.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
        p.caFile = caFile;
        QString why;
        const auto config = p.clientConfig(QByteArray(), &why);
        QVERIFY2(config, qPrintable(why));
        QdrantClient client(*config);
        const QJsonValue r = ok(client.listCollections());
        QCOMPARE(
            r.toObject().value(QLatin1String("collections")).toArray()[0][QLatin1String("name")].toString(),
            QStringLiteral("secure"));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
