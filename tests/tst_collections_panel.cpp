// The Collections panel on real widgets (offscreen) against the embedded engine: template collections,
// the full form with its JSON, typed deletion, aliases, schema drift, and production's write lock.
#include "CollectionsModel.h"
#include "CollectionsPanel.h"
#include "MainWindow.h"
#include "NewCollectionDialog.h"
#include "connection/ConnectionSession.h"
#include "support/EngineFixture.h"
#include "support/GuiTestHelpers.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>

using namespace vd;
using namespace vd::test;
using namespace vd::ui;

class TestCollectionsPanel : public QObject
{
    Q_OBJECT
    std::unique_ptr<EngineFixture> fx;
    std::unique_ptr<MainWindow> w;
    QTemporaryDir dir;

    int rowOf(const QString& name)
    {
        CollectionsModel* m = w->collectionsModel();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, CollectionsModel::Name).data().toString() == name) return r;
        return -1;
    }
    void select(const QString& name)
    {
        auto* view = w->findChild<QTableView*>(QStringLiteral("collectionsView"));
        QTRY_VERIFY(rowOf(name) >= 0);
        view->selectRow(rowOf(name));
    }
    QPushButton* button(const char* name) { return w->findChild<QPushButton*>(QLatin1String(name)); }
    void open(Environment env = Environment::Development)
    {
        ConnectionProfile p;
        p.id = QStringLiteral("test");
        p.name = env == Environment::Production ? QStringLiteral("prod") : QStringLiteral("dev");
        p.url = fx->url();
        p.environment = env;
        w->openSession(p, QByteArray());
        QTRY_VERIFY(!w->collectionsModel()->isLoading() &&
                    w->session()->client()->serverVersion().majorVersion() == 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VectorDesk-test-collections"));
    }
    void init()
    {
        fx = std::make_unique<EngineFixture>();
        QVERIFY(fx->start());
        w = std::make_unique<MainWindow>(dir.filePath(QStringLiteral("local")));
        w->show();
    }
    void cleanup()
    {
        w.reset();
        fx.reset();
    }

    void theTemplateCreatesTheFourCollectionsWithTheirIndexes()
    {
        open();
        QAbstractItemModelTester tester(w->collectionsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::mouseClick(button("createFromTemplateButton"), Qt::LeftButton);
        CollectionsModel* m = w->collectionsModel();
        QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(), 4, 10000);
        QTRY_COMPARE(m->index(rowOf(QStringLiteral("trades")), CollectionsModel::Indexes).data().toInt(), 5);
        QCOMPARE(
            m->index(rowOf(QStringLiteral("coach_history")), CollectionsModel::Vectors).data().toString(),
            QStringLiteral("768 × Cosine"));
        QCOMPARE(m->index(rowOf(QStringLiteral("trades")), CollectionsModel::Status).data().toString(),
                 QStringLiteral("green"));
        QVERIFY(m->index(rowOf(QStringLiteral("trades")), CollectionsModel::Status)
                    .data(Qt::DecorationRole)
                    .canConvert<QColor>());
        QCOMPARE(m->index(rowOf(QStringLiteral("trades")), CollectionsModel::Segments).data().toInt(), 1);
        // Running it again creates nothing and says so.
        QTest::mouseClick(button("createFromTemplateButton"), Qt::LeftButton);
        QTRY_VERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("already exists")));
    }

    void theFullFormShowsItsJsonAndCreates()
    {
        open();
        QTest::mouseClick(button("newCollectionButton"), Qt::LeftButton);
        auto* d = waitForDialog<NewCollectionDialog>(w.get(), "newCollectionDialog");
        QVERIFY(d);
        auto* create = d->findChild<QPushButton*>(QStringLiteral("createButton"));
        QVERIFY(!create->isEnabled()); // no name yet
        QVERIFY(d->findChild<QLabel*>(QStringLiteral("formError"))->text().contains(QStringLiteral("Name")));
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("collectionNameEdit")),
                         QStringLiteral("notes"));
        d->findChild<QSpinBox*>(QStringLiteral("vectorSizeSpin"))->setValue(384);
        d->findChild<QComboBox*>(QStringLiteral("distanceCombo"))->setCurrentText(QStringLiteral("Dot"));
        d->findChild<QComboBox*>(QStringLiteral("quantizationCombo"))->setCurrentIndex(1);
        d->findChild<QSpinBox*>(QStringLiteral("hnswMSpin"))->setValue(32);
        QTest::keyClicks(d->findChild<QPlainTextEdit*>(QStringLiteral("metadataEdit")),
                         QStringLiteral("{\"owner\": \"support\"}"));
        const QString json = d->findChild<QPlainTextEdit*>(QStringLiteral("jsonPreview"))->toPlainText();
        QVERIFY2(json.contains(QStringLiteral("\"size\": 384")) && json.contains(QStringLiteral("\"Dot\"")) &&
                     json.contains(QStringLiteral("scalar")) && json.contains(QStringLiteral("\"m\": 32")) &&
                     json.contains(QStringLiteral("support")),
                 qPrintable(json));
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("notes")) >= 0, 5000);
        QTRY_COMPARE(w->collectionsModel()
                         ->index(rowOf(QStringLiteral("notes")), CollectionsModel::Vectors)
                         .data()
                         .toString(),
                     QStringLiteral("384 × Dot"));
    }

    void deletingAsksForTheNameToBeTyped()
    {
        open();
        auto client = fx->client();
        makeCollection(client.get(), QStringLiteral("scratch"));
        QTest::keyClick(w.get(), Qt::Key_F5);
        select(QStringLiteral("scratch"));
        QTest::mouseClick(button("deleteCollectionButton"), Qt::LeftButton);
        auto* d = waitForDialog<ConfirmByNameDialog>(w.get(), "confirmByNameDialog");
        QVERIFY(d);
        auto* confirm = d->findChild<QPushButton*>(QStringLiteral("confirmButton"));
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("confirmNameEdit")),
                         QStringLiteral("scratc"));
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("confirmNameEdit")), QStringLiteral("h"));
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(QStringLiteral("scratch")), -1, 5000);
        QVERIFY(!ok(client->collectionExists(QStringLiteral("scratch")))
                     .toObject()
                     .value(QLatin1String("exists"))
                     .toBool());
    }

    void recreatingEmptiesTheCollectionAndKeepsItsConfiguration()
    {
        open();
        auto client = fx->client();
        CollectionSpec s;
        s.vectors.append(VectorSpec{QString(), 4, QStringLiteral("Dot"), Memory::Default, QString()});
        s.hnswM = 32;
        s.quantization = QStringLiteral("scalar");
        s.metadata = QJsonObject{{QStringLiteral("owner"), QStringLiteral("support")}};
        QVERIFY(ok(client->createCollection(QStringLiteral("scratch"), s)).toBool());
        PayloadIndexSpec tenant;
        tenant.type = QStringLiteral("keyword");
        tenant.isTenant = true;
        QVERIFY(
            !await(client->createPayloadIndex(QStringLiteral("scratch"), QStringLiteral("user_id"), tenant))
                 ->error()
                 .isError());
        QJsonArray points;
        for (int i = 1; i <= 5; ++i)
            points.append(point(i, unitVector(4, i % 4),
                                QJsonObject{{QStringLiteral("user_id"), QStringLiteral("u")}}));
        QVERIFY(!await(client->upsertPoints(QStringLiteral("scratch"), points))->error().isError());
        const QJsonObject before = ok(client->collectionInfo(QStringLiteral("scratch"))).toObject();
        QTest::keyClick(w.get(), Qt::Key_F5);
        select(QStringLiteral("scratch"));
        QTest::mouseClick(button("recreateCollectionButton"), Qt::LeftButton);
        QVERIFY(confirmByName(w.get(), QStringLiteral("scratch")));
        QTRY_VERIFY_WITH_TIMEOUT(w->statusBar()->currentMessage().contains(QStringLiteral("recreated")),
                                 5000);
        const QJsonObject after = ok(client->collectionInfo(QStringLiteral("scratch"))).toObject();
        QCOMPARE(after.value(QLatin1String("points_count")).toInt(), 0);
        QCOMPARE(after.value(QLatin1String("config")).toObject().value(QLatin1String("params")),
                 before.value(QLatin1String("config")).toObject().value(QLatin1String("params")));
        QCOMPARE(after.value(QLatin1String("config"))
                     .toObject()
                     .value(QLatin1String("hnsw_config"))
                     .toObject()
                     .value(QLatin1String("m"))
                     .toInt(),
                 32);
        QCOMPARE(
            after.value(QLatin1String("config")).toObject().value(QLatin1String("quantization_config")),
            before.value(QLatin1String("config")).toObject().value(QLatin1String("quantization_config")));
        const QJsonObject schema = after.value(QLatin1String("payload_schema")).toObject();
        QVERIFY(schema.value(QLatin1String("user_id"))
                    .toObject()
                    .value(QLatin1String("params"))
                    .toObject()
                    .value(QLatin1String("is_tenant"))
                    .toBool());
    }

    void aliasesAreCreatedSwitchedAndDeleted()
    {
        open();
        auto client = fx->client();
        makeCollection(client.get(), QStringLiteral("trades_v1"));
        makeCollection(client.get(), QStringLiteral("trades_v2"));
        QTest::keyClick(w.get(), Qt::Key_F5);
        select(QStringLiteral("trades_v1"));
        QTest::mouseClick(button("aliasesButton"), Qt::LeftButton);
        auto* d = waitForDialog<QDialog>(w.get(), "aliasesDialog");
        QVERIFY(d);
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("aliasNameEdit")),
                         QStringLiteral("trades_live"));
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("createAliasButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w->collectionsModel()->aliasesOf(QStringLiteral("trades_v1")),
                                  QStringList{QStringLiteral("trades_live")}, 5000);
        // Switch the alias to v2 in one atomic request.
        select(QStringLiteral("trades_v2"));
        QTest::mouseClick(button("aliasesButton"), Qt::LeftButton);
        d = waitForDialog<QDialog>(w.get(), "aliasesDialog");
        QVERIFY(d);
        auto* list = d->findChild<QListWidget*>(QStringLiteral("aliasList"));
        QCOMPARE(list->count(), 1);
        list->setCurrentRow(0);
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("switchAliasButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w->collectionsModel()->aliasTargets().value(QStringLiteral("trades_live")),
                                  QStringLiteral("trades_v2"), 5000);
        QVERIFY(w->collectionsModel()
                    ->index(rowOf(QStringLiteral("trades_v2")), CollectionsModel::Aliases)
                    .data()
                    .toString()
                    .contains(QStringLiteral("trades_live")));
        // Delete it, typing its name.
        select(QStringLiteral("trades_v2"));
        QTest::mouseClick(button("aliasesButton"), Qt::LeftButton);
        d = waitForDialog<QDialog>(w.get(), "aliasesDialog");
        QVERIFY(d);
        d->findChild<QListWidget*>(QStringLiteral("aliasList"))->setCurrentRow(0);
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("deleteAliasButton")), Qt::LeftButton);
        QVERIFY(confirmByName(d, QStringLiteral("trades_live")));
        QTRY_VERIFY_WITH_TIMEOUT(w->collectionsModel()->aliasTargets().isEmpty(), 5000);
    }

    void schemaDriftIsReportedAndApplied()
    {
        open();
        QTest::mouseClick(button("createFromTemplateButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w->collectionsModel()->rowCount(), 4, 10000);
        auto client = fx->client();
        QVERIFY(!await(client->deletePayloadIndex(QStringLiteral("trades"), QStringLiteral("symbol")))
                     ->error()
                     .isError());
        QVERIFY(!await(client->deleteCollection(QStringLiteral("playbooks")))->error().isError());
        PayloadIndexSpec text;
        text.type = QStringLiteral("text");
        QVERIFY(!await(client->createPayloadIndex(QStringLiteral("trades"), QStringLiteral("notes"), text))
                     ->error()
                     .isError());
        QTest::keyClick(w.get(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(w->collectionsModel()->rowCount(), 3, 5000);
        QTRY_VERIFY(!w->collectionsModel()->isLoading());
        QTest::mouseClick(button("driftButton"), Qt::LeftButton);
        auto* d = waitForDialog<QDialog>(w.get(), "schemaDriftDialog");
        QVERIFY(d);
        const QString report = d->findChild<QPlainTextEdit*>(QStringLiteral("driftReport"))->toPlainText();
        QVERIFY2(report.contains(QStringLiteral("trades: missing index symbol")), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("playbooks: missing")));
        QVERIFY(report.contains(QStringLiteral("index notes is not in the template")));
        QVERIFY(report.contains(QStringLiteral("journal_entries: matches the template")));
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("applyDriftButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w->collectionsModel()->rowCount(), 4, 10000);
        const QJsonObject schema = ok(client->collectionInfo(QStringLiteral("trades")))
                                       .toObject()
                                       .value(QLatin1String("payload_schema"))
                                       .toObject();
        QVERIFY(schema.contains(QLatin1String("symbol")));
        QVERIFY(
            schema.contains(QLatin1String("notes"))); // extra indexes are reported, never dropped by "apply"
    }

    void productionIsReadOnlyUntilUnlocked()
    {
        auto client = fx->client();
        makeCollection(client.get(), QStringLiteral("live"));
        open(Environment::Production);
        auto* band = w->findChild<QLabel*>(QStringLiteral("environmentBand"));
        QVERIFY(band->text().contains(QStringLiteral("read-only")));
        QVERIFY(band->styleSheet().contains(QStringLiteral("#c62828")));
        auto* lock = w->findChild<QToolButton*>(QStringLiteral("writeLockButton"));
        QVERIFY(lock->isVisible());
        select(QStringLiteral("live"));
        QTest::mouseClick(button("deleteCollectionButton"), Qt::LeftButton);
        QVERIFY(confirmByName(w.get(), QStringLiteral("live")));
        auto* banner = w->findChild<QLabel*>(QStringLiteral("errorBanner"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("read-only")), qPrintable(banner->text()));
        QVERIFY(ok(client->collectionExists(QStringLiteral("live")))
                    .toObject()
                    .value(QLatin1String("exists"))
                    .toBool());
        // Unlocking is explicit and shown while it lasts.
        QTest::mouseClick(lock, Qt::LeftButton);
        QVERIFY(!w->session()->isReadOnly());
        QVERIFY(band->text().contains(QStringLiteral("WRITES UNLOCKED")));
        select(QStringLiteral("live"));
        QTest::mouseClick(button("deleteCollectionButton"), Qt::LeftButton);
        QVERIFY(confirmByName(w.get(), QStringLiteral("live")));
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(QStringLiteral("live")), -1, 5000);
        QTest::mouseClick(lock, Qt::LeftButton);
        QVERIFY(w->session()->isReadOnly());
        QVERIFY(band->text().contains(QStringLiteral("read-only")));
    }
};

QTEST_MAIN(TestCollectionsPanel)
#include "tst_collections_panel.moc"
