// The Index configuration panel on real widgets against the embedded engine: payload_schema as a table,
// creating indexes with their parameters (the field_schema shown before sending), dropping one by typing
// its field, and following the collection's status.
#include "IndexesPanel.h"
#include "MainWindow.h"
#include "connection/ConnectionSession.h"
#include "support/EngineFixture.h"
#include "support/GuiTestHelpers.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>

using namespace vd;
using namespace vd::test;
using namespace vd::ui;

class TestIndexesPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;

    static int rowOf(QAbstractItemModel* m, const QString& field)
    {
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, PayloadIndexModel::Field).data().toString() == field) return r;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VectorDesk-test-indexes"));
    }

    void addAndDropIndexes()
    {
        EngineFixture fx;
        QVERIFY(fx.start());
        auto client = fx.client();
        makeCollection(client.get(), QStringLiteral("trades"));
        QJsonArray points;
        for (int i = 1; i <= 50; ++i)
            points.append(point(
                i, unitVector(4, i % 4, 0.01 * i),
                QJsonObject{{QStringLiteral("user_id"), QStringLiteral("u%1").arg(i % 3)},
                            {QStringLiteral("qty"), i},
                            {QStringLiteral("notes"), QStringLiteral("Waited for the retest %1").arg(i)}}));
        QVERIFY(!await(client->upsertPoints(QStringLiteral("trades"), points))->error().isError());

        MainWindow w(dir.filePath(QStringLiteral("local")));
        w.show();
        ConnectionProfile p;
        p.id = QStringLiteral("dev");
        p.name = QStringLiteral("dev");
        p.url = fx.url();
        w.openSession(p, QByteArray());
        w.showPanel(MainWindow::IndexesPage);
        IndexesPanel* panel = w.indexesPanel();
        QAbstractItemModelTester tester(panel->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(panel->collection(), QStringLiteral("trades"), 5000);
        QCOMPARE(panel->model()->rowCount(), 0);

        // A keyword tenant index: the form shows the field_schema it will send.
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("createIndexButton")),
                          Qt::LeftButton);
        auto* d = waitForDialog<QDialog>(panel, "createIndexDialog");
        QVERIFY(d);
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("indexFieldEdit")),
                         QStringLiteral("user_id"));
        d->findChild<QComboBox*>(QStringLiteral("indexTypeCombo"))->setCurrentText(QStringLiteral("keyword"));
        d->findChild<QCheckBox*>(QStringLiteral("tenantCheck"))->click();
        const QString preview = d->findChild<QPlainTextEdit*>(QStringLiteral("jsonPreview"))->toPlainText();
        QVERIFY2(preview.contains(QStringLiteral("\"is_tenant\": true")) &&
                     preview.contains(QStringLiteral("keyword")),
                 qPrintable(preview));
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("createButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(panel->model(), QStringLiteral("user_id")) >= 0, 5000);
        const int r = rowOf(panel->model(), QStringLiteral("user_id"));
        QCOMPARE(panel->model()->index(r, PayloadIndexModel::Type).data().toString(),
                 QStringLiteral("keyword"));
        QTRY_COMPARE(panel->model()->index(r, PayloadIndexModel::PointsIndexed).data().toInt(), 50);
        QVERIFY(panel->model()
                    ->index(r, PayloadIndexModel::Parameters)
                    .data()
                    .toString()
                    .contains(QStringLiteral("is_tenant")));
        QTRY_VERIFY(panel->findChild<QLabel*>(QStringLiteral("indexingStatus"))
                        ->text()
                        .contains(QStringLiteral("green")));

        // A text index with tokenizer options.
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("createIndexButton")),
                          Qt::LeftButton);
        d = waitForDialog<QDialog>(panel, "createIndexDialog");
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("indexFieldEdit")), QStringLiteral("notes"));
        d->findChild<QComboBox*>(QStringLiteral("indexTypeCombo"))->setCurrentText(QStringLiteral("text"));
        d->findChild<QComboBox*>(QStringLiteral("tokenizerCombo"))
            ->setCurrentText(QStringLiteral("whitespace"));
        d->findChild<QSpinBox*>(QStringLiteral("minTokenSpin"))->setValue(2);
        d->findChild<QComboBox*>(QStringLiteral("stopwordsCombo"))->setCurrentText(QStringLiteral("english"));
        d->findChild<QComboBox*>(QStringLiteral("stemmerCombo"))->setCurrentText(QStringLiteral("english"));
        QVERIFY(!d->findChild<QCheckBox*>(QStringLiteral("tenantCheck"))->isVisible());
        const QString textPreview =
            d->findChild<QPlainTextEdit*>(QStringLiteral("jsonPreview"))->toPlainText();
        QVERIFY2(textPreview.contains(QStringLiteral("whitespace")) &&
                     textPreview.contains(QStringLiteral("\"min_token_len\": 2")) &&
                     textPreview.contains(QStringLiteral("\"stopwords\": \"english\"")) &&
                     textPreview.contains(QStringLiteral("snowball")),
                 qPrintable(textPreview));
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("createButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(panel->model(), QStringLiteral("notes")) >= 0, 5000);

        // An integer index with only range queries.
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("createIndexButton")),
                          Qt::LeftButton);
        d = waitForDialog<QDialog>(panel, "createIndexDialog");
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("indexFieldEdit")), QStringLiteral("qty"));
        d->findChild<QComboBox*>(QStringLiteral("indexTypeCombo"))->setCurrentText(QStringLiteral("integer"));
        d->findChild<QCheckBox*>(QStringLiteral("lookupCheck"))->click();
        QVERIFY(d->findChild<QPlainTextEdit*>(QStringLiteral("jsonPreview"))
                    ->toPlainText()
                    .contains(QStringLiteral("\"lookup\": false")));
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("createButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(panel->model(), QStringLiteral("qty")) >= 0, 5000);
        const QJsonObject schema = ok(client->collectionInfo(QStringLiteral("trades")))
                                       .toObject()
                                       .value(QLatin1String("payload_schema"))
                                       .toObject();
        QCOMPARE(schema.value(QLatin1String("qty"))
                     .toObject()
                     .value(QLatin1String("params"))
                     .toObject()
                     .value(QLatin1String("lookup"))
                     .toBool(true),
                 false);

        // Drop one, typing its field.
        auto* view = panel->findChild<QTableView*>(QStringLiteral("indexesView"));
        view->selectRow(rowOf(panel->model(), QStringLiteral("notes")));
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("dropIndexButton")), Qt::LeftButton);
        QVERIFY(confirmByName(panel, QStringLiteral("notes")));
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(panel->model(), QStringLiteral("notes")), -1, 5000);
        QCOMPARE(panel->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestIndexesPanel)
#include "tst_indexes_panel.moc"
