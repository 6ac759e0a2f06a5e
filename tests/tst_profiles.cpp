// Connection profiles (validation, QSettings storage without secrets, JSON import/export) and the API-key
// round trip through a real keychain (gnome-keyring under dbus-run-session, see tests/run-with-keyring.sh).
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vd;

class TestProfiles : public QObject
{
    Q_OBJECT
    QTemporaryDir tmp;

    ConnectionProfile prod()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("Prod EU");
        p.url = QUrl(QStringLiteral("https://qdrant.example.com:6333"));
        p.environment = Environment::Production;
        return p;
    }
    SecretStore::Result wait(const std::function<void(SecretStore::Callback)>& call)
    {
        SecretStore::Result result;
        bool done = false;
        call([&](const SecretStore::Result& r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&]() { return done; }, 15000)) qWarning("keychain call did not finish");
        return result;
    }

private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("field");
        QTest::newRow("scheme") << "ftp://host"
                                << "url";
        QTest::newRow("credentials in url") << "https://user:pw@host"
                                            << "credentials";
        QTest::newRow("key in query") << "https://host/?api_key=x"
                                      << "never";
    }
    void validation()
    {
        QFETCH(QString, url);
        QFETCH(QString, field);
        ConnectionProfile p = prod();
        p.url = QUrl(url);
        QString why;
        QVERIFY(!p.validate(&why));
        QVERIFY2(why.contains(field), qPrintable(why));
        p = prod();
        p.timeoutMs = 10;
        QVERIFY(!p.validate(&why));
        QVERIFY(why.startsWith(QStringLiteral("timeout")));
        QVERIFY(prod().startsReadOnly());
    }

    void caFileIsReadAndChecked()
    {
        ConnectionProfile p = prod();
        p.caFile = tmp.filePath(QStringLiteral("missing.pem"));
        QString why;
        QVERIFY(!p.clientConfig("k", &why));
        QVERIFY(why.startsWith(QStringLiteral("ca_file")));
        QFile f(tmp.filePath(QStringLiteral("notpem.pem")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        p.caFile = f.fileName();
        QVERIFY(!p.clientConfig("k", &why));
        QVERIFY(why.contains(QStringLiteral("no PEM")));
    }

    void storeNeverHoldsSecrets()
    {
        QSettings settings(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ProfileStore store(&settings);
        ConnectionProfile p = prod();
        QString why;
        QVERIFY(store.save(&p, &why));
        QVERIFY(!p.id.isEmpty());
        const ConnectionProfile copy = store.duplicate(p.id, &why);
        QCOMPARE(store.profiles().size(), 2);
        QVERIFY(copy.name.contains(QStringLiteral("copy")));
        const QByteArray exported = store.exportJson();
        QVERIFY(!exported.contains("key"));
        // Import is all-or-nothing and refuses secrets.
        QSettings other(tmp.filePath(QStringLiteral("o.ini")), QSettings::IniFormat);
        ProfileStore target(&other);
        QCOMPARE(target.importJson(exported, &why), 2);
        QCOMPARE(target.profiles().first().environment, Environment::Production);
        QByteArray withKey =
            R"({"connections":[{"name":"a","url":"http://h:1"},{"name":"b","url":"http://h:2","api_key":"s3cret"}]})";
        QCOMPARE(target.importJson(withKey, &why), -1);
        QVERIFY(why.contains(QStringLiteral("connections[1].api_key")));
        QCOMPARE(target.profiles().size(), 2);
        store.remove(p.id);
        QCOMPARE(store.profiles().size(), 1);
        settings.sync();
        QFile ini(settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().toLower().contains("secret"));
    }

    void keychainRoundTrip()
    {
        if (QProcessEnvironment::systemEnvironment().value(QStringLiteral("VD_KEYRING")) !=
            QLatin1String("1"))
            QSKIP("needs a real keychain: run through tests/run-with-keyring.sh (ctest does)");
        SecretStore store(QStringLiteral("VectorDesk-test"));
        const QString id = QStringLiteral("profile-%1").arg(QCoreApplication::applicationPid());
        SecretStore::Result r = wait([&](auto cb) { store.write(id, "k3y-value", cb); });
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY2(!r.sessionOnly, "the keychain was not reachable; the test wrapper must provide one");
        r = wait([&](auto cb) { store.read(id, cb); });
        QVERIFY(r.ok);
        QCOMPARE(r.secret, QByteArray("k3y-value"));
        r = wait([&](auto cb) { store.remove(id, cb); });
        QVERIFY(r.ok);
        r = wait([&](auto cb) { store.read(id, cb); });
        QVERIFY(r.notFound);
    }

    void noKeychainKeepsTheKeyForTheSessionAndSaysSo()
    {
        if (QProcessEnvironment::systemEnvironment().value(QStringLiteral("VD_KEYRING")) ==
            QLatin1String("1"))
            QSKIP("runs as its own ctest entry (tst_profiles_no_keychain), in a process that never reached a "
                  "keychain");
        // Point D-Bus at nothing: the keychain is unavailable, and the insecure fallback stays off.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/vd-test-bus");
        SecretStore store(QStringLiteral("VectorDesk-nobus"));
        SecretStore::Result r = wait([&](auto cb) { store.write(QStringLiteral("p"), "session-key", cb); });
        QVERIFY(r.ok);
        QVERIFY(r.sessionOnly);
        QVERIFY(r.message.contains(QStringLiteral("this session only")));
        r = wait([&](auto cb) { store.read(QStringLiteral("p"), cb); });
        QCOMPARE(r.secret, QByteArray("session-key"));
        QVERIFY(store.sessionOnly());
        QVERIFY(!QFile::exists(QDir::homePath() + QStringLiteral("/.config/VectorDesk-nobus.ini")));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
