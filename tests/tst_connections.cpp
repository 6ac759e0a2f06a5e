// Connections on real widgets: profiles added, duplicated, removed, exported and imported without secrets,
// the key kept in the system keychain (gnome-keyring, see run-with-keyring.sh), "Test connection" against
// the embedded engine with a wrong and a right key, and the switcher opening a saved profile.
#include "ConnectionsDialog.h"
#include "MainWindow.h"
#include "connection/ConnectionSession.h"
#include "connection/SecretStore.h"
#include "support/EngineFixture.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

using namespace vd;
using namespace vd::test;
using namespace vd::ui;

class TestConnections : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VectorDesk-test-connections"));
        QSettings().clear();
    }

    void testConnectionReportsAuthenticationAndReadiness()
    {
        EngineFixture fx("the-right-key");
        QVERIFY(fx.start());
        MainWindow w(dir.filePath(QStringLiteral("local")));
        w.show();
        w.manageConnections();
        auto* d = w.findChild<ConnectionsDialog*>();
        QVERIFY(d && d->isVisible());
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("addProfileButton")), Qt::LeftButton);
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Staging EU"));
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("urlEdit")), fx.url().toString());
        d->findChild<QComboBox*>(QStringLiteral("environmentCombo"))->setCurrentIndex(1);
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("apiKeyEdit")),
                         QStringLiteral("a-wrong-key"));
        auto* result = d->findChild<QLabel*>(QStringLiteral("testResult"));
        QSignalSpy tested(d, &ConnectionsDialog::testFinished);
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("testButton")), Qt::LeftButton);
        QVERIFY(tested.wait(5000));
        QVERIFY2(result->text().contains(QStringLiteral("API key was refused")), qPrintable(result->text()));
        QVERIFY(result->text().contains(QStringLiteral("reachable")));
        QVERIFY(!result->text().contains(QStringLiteral("a-wrong-key")));

        d->findChild<QLineEdit*>(QStringLiteral("apiKeyEdit"))->clear();
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("apiKeyEdit")),
                         QStringLiteral("the-right-key"));
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("testButton")), Qt::LeftButton);
        QVERIFY(tested.wait(5000));
        QVERIFY2(result->text().contains(QStringLiteral("accepted")) &&
                     result->text().contains(QStringLiteral("Ready")) &&
                     result->text().contains(QStringLiteral("1.19")),
                 qPrintable(result->text()));

        // Saved: the profile in the settings, the key in the keychain (or this session only, said so).
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY(result->text().contains(QStringLiteral("Saved")) ||
                    result->text().contains(QStringLiteral("session")));
        QCOMPARE(d->findChild<QListWidget*>(QStringLiteral("profileList"))->count(), 1);
        QSettings settings;
        for (const QString& k : settings.allKeys())
            QVERIFY2(!settings.value(k).toString().contains(QStringLiteral("the-right-key")), qPrintable(k));

        // The switcher lists it and opens it with the key from the keychain.
        auto* switcher = w.findChild<QComboBox*>(QStringLiteral("connectionSwitcher"));
        QTRY_COMPARE(switcher->count(), 2);
        const QString id = switcher->itemData(1).toString();
        w.openProfile(id);
        QTRY_VERIFY_WITH_TIMEOUT(w.session() && w.session()->profile().name == QStringLiteral("Staging EU"),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            w.findChild<QLabel*>(QStringLiteral("serverVersion"))->text().contains(QStringLiteral("1.19")),
            10000);
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("environmentBand"))
                    ->text()
                    .contains(QStringLiteral("staging")));
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("errorBanner"))->isVisible());

        // Duplicate, export without secrets, remove, import.
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("duplicateProfileButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(d->findChild<QListWidget*>(QStringLiteral("profileList"))->count(), 2);
        const QString exported = dir.filePath(QStringLiteral("connections.json"));
        d->exportTo(exported);
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY(json.contains("Staging EU"));
        QVERIFY(!json.contains("the-right-key"));
        auto* list = d->findChild<QListWidget*>(QStringLiteral("profileList"));
        list->setCurrentRow(1);
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("removeProfileButton")), Qt::LeftButton);
        list->setCurrentRow(0);
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("removeProfileButton")), Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        QTRY_COMPARE(switcher->count(), 1);
        d->importFrom(exported);
        QCOMPARE(list->count(), 2);
        QVERIFY(result->text().contains(QStringLiteral("imported")));

        // The next start reopens the last connection (not the Local demo).
        MainWindow again(dir.filePath(QStringLiteral("local")));
        again.openInitial();
        QTRY_VERIFY_WITH_TIMEOUT(
            again.session() && again.session()->profile().name == QStringLiteral("Staging EU"), 10000);
    }
};

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
