// vectordesk-cli as a script would use it: exit codes (0 ok, 1 server, 2 usage, 3 connection/auth),
// --json output, --help on every command, secrets only from the environment.
#include "support/EngineFixture.h"

#include <QJsonDocument>
#include <QProcess>

using namespace vd;
using namespace vd::test;

class TestCli : public QObject
{
    Q_OBJECT
    std::unique_ptr<EngineFixture> fx;
    QTemporaryDir tmp;

    struct Result
    {
        int code;
        QByteArray out, err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };
    Result run(const QStringList& args, const QByteArray& apiKey = QByteArray(),
               const QString& url = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QDRANT_URL"), url.isEmpty() ? fx->url().toString() : url);
        if (!apiKey.isEmpty())
            env.insert(QStringLiteral("QDRANT_API_KEY"), QString::fromUtf8(apiKey));
        else
            env.remove(QStringLiteral("QDRANT_API_KEY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VD_CLI_PATH), args);
        p.waitForFinished(60000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        fx = std::make_unique<EngineFixture>(QByteArrayLiteral("cli-key"));
        QVERIFY(fx->start());
    }

    void helpEverywhere_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("top") << QStringList{QStringLiteral("--help")};
        for (const char* c : {"health", "query", "serve-local"})
            QTest::newRow(c) << QStringList{QLatin1String(c), QStringLiteral("--help")};
        for (const char* c : {"list", "info", "create", "delete"})
            QTest::newRow(c) << QStringList{QStringLiteral("collections"), QLatin1String(c),
                                            QStringLiteral("--help")};
        for (const char* c : {"count", "scroll", "get"})
            QTest::newRow(c) << QStringList{QStringLiteral("points"), QLatin1String(c),
                                            QStringLiteral("--help")};
        for (const char* c : {"create", "list", "download", "upload", "recover", "delete"})
            QTest::newRow(qPrintable(QStringLiteral("snapshot ") + QLatin1String(c)))
                << QStringList{QStringLiteral("snapshot"), QLatin1String(c), QStringLiteral("--help")};
        QTest::newRow("index create")
            << QStringList{QStringLiteral("index"), QStringLiteral("create"), QStringLiteral("--help")};
    }
    void helpEverywhere()
    {
        QFETCH(QStringList, args);
        const Result r = run(args);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Usage") || r.out.contains("usage"));
    }

    void fullWorkflowWithJson()
    {
        const QByteArray key = "cli-key";
        Result r = run({QStringLiteral("health"), QStringLiteral("--json")}, key);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().object().value(QLatin1String("version")).toString(), QStringLiteral("1.19.0"));
        r = run({QStringLiteral("collections"), QStringLiteral("create"), QStringLiteral("trades"),
                 QStringLiteral("--size"), QStringLiteral("3")},
                key);
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("index"), QStringLiteral("create"), QStringLiteral("trades"),
                 QStringLiteral("user_id"), QStringLiteral("--type"), QStringLiteral("keyword"),
                 QStringLiteral("--tenant")},
                key);
        QVERIFY2(r.code == 0, r.err.constData());
        auto client = fx->client();
        QJsonArray pts;
        for (int i = 1; i <= 25; ++i)
            pts.append(point(
                i, QJsonArray{1.0, double(i), 0.0},
                QJsonObject{{QStringLiteral("user_id"), i % 2 ? QStringLiteral("a") : QStringLiteral("b")}}));
        QVERIFY(!await(client->upsertPoints(QStringLiteral("trades"), pts))->error().isError());
        r = run({QStringLiteral("points"), QStringLiteral("count"), QStringLiteral("trades"),
                 QStringLiteral("--json"), QStringLiteral("--filter"),
                 QStringLiteral(R"({"must":[{"key":"user_id","match":{"value":"a"}}]})")},
                key);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().object().value(QLatin1String("count")).toInt(), 13);
        r = run({QStringLiteral("points"), QStringLiteral("scroll"), QStringLiteral("trades"),
                 QStringLiteral("--all"), QStringLiteral("--limit"), QStringLiteral("7"),
                 QStringLiteral("--json")},
                key);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().object().value(QLatin1String("points")).toArray().size(), 25);
        r = run({QStringLiteral("points"), QStringLiteral("get"), QStringLiteral("trades"),
                 QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("--json")},
                key);
        QCOMPARE(r.json().array().size(), 2);
        r = run({QStringLiteral("query"), QStringLiteral("trades"), QStringLiteral("--vector"),
                 QStringLiteral("[1, 25, 0]"), QStringLiteral("--limit"), QStringLiteral("1"),
                 QStringLiteral("--json")},
                key);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().object().value(QLatin1String("points")).toArray()[0][QLatin1String("id")].toInt(),
                 25);
        r = run({QStringLiteral("collections"), QStringLiteral("info"), QStringLiteral("trades"),
                 QStringLiteral("--json")},
                key);
        QCOMPARE(r.json().object().value(QLatin1String("points_count")).toInt(), 25);
        // Snapshot round trip.
        r = run({QStringLiteral("snapshot"), QStringLiteral("create"), QStringLiteral("trades"),
                 QStringLiteral("--json")},
                key);
        QCOMPARE(r.code, 0);
        const QString name = r.json().object().value(QLatin1String("name")).toString();
        const QString file = tmp.filePath(QStringLiteral("s.snapshot"));
        r = run({QStringLiteral("snapshot"), QStringLiteral("download"), QStringLiteral("trades"), name,
                 QStringLiteral("--out"), file, QStringLiteral("--json")},
                key);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFile::exists(file));
        r = run({QStringLiteral("snapshot"), QStringLiteral("upload"), QStringLiteral("copy"), file,
                 QStringLiteral("--priority"), QStringLiteral("snapshot")},
                key);
        QVERIFY2(r.code == 0, r.err.constData());
        r = run({QStringLiteral("snapshot"), QStringLiteral("list"), QStringLiteral("trades"),
                 QStringLiteral("--json")},
                key);
        QCOMPARE(r.json().array().size(), 1);
        r = run({QStringLiteral("snapshot"), QStringLiteral("delete"), QStringLiteral("trades"), name,
                 QStringLiteral("--confirm"), name},
                key);
        QCOMPARE(r.code, 0);
        // Destructive commands need the name typed again.
        r = run({QStringLiteral("collections"), QStringLiteral("delete"), QStringLiteral("copy")}, key);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--confirm copy"));
        r = run({QStringLiteral("collections"), QStringLiteral("delete"), QStringLiteral("copy"),
                 QStringLiteral("--confirm"), QStringLiteral("copy")},
                key);
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("index"), QStringLiteral("delete"), QStringLiteral("trades"),
                 QStringLiteral("user_id"), QStringLiteral("--confirm"), QStringLiteral("user_id")},
                key);
        QCOMPARE(r.code, 0);
    }

    void exitCodes()
    {
        // 2: usage errors, checked before anything is sent.
        QCOMPARE(run({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(run({QStringLiteral("points"), QStringLiteral("count")}).code, 2);
        Result r = run({QStringLiteral("points"), QStringLiteral("count"), QStringLiteral("x"),
                        QStringLiteral("--filter"),
                        QStringLiteral(R"({"must":[{"key":"a","match":{"value":1.5}}]})")},
                       "cli-key");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("filter.must[0].match.value"));
        QCOMPARE(run({QStringLiteral("health")}, "cli-key", QStringLiteral("ftp://x")).code, 2);
        // 3: authentication and connection failures.
        r = run({QStringLiteral("collections"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.json()
                     .object()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("kind"))
                     .toString(),
                 QStringLiteral("missing_api_key"));
        r = run({QStringLiteral("collections"), QStringLiteral("list")}, "wrong");
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("Invalid API key"));
        QVERIFY(!r.err.contains("wrong")); // the key itself is never printed
        QCOMPARE(run({QStringLiteral("health")}, "cli-key", QStringLiteral("http://127.0.0.1:1")).code, 3);
        // 1: the server refused.
        r = run({QStringLiteral("collections"), QStringLiteral("info"), QStringLiteral("ghost"),
                 QStringLiteral("--json")},
                "cli-key");
        QCOMPARE(r.code, 1);
        QCOMPARE(
            r.json().object().value(QLatin1String("error")).toObject().value(QLatin1String("status")).toInt(),
            404);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
