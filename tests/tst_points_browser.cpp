// The Points browser on real widgets against the embedded engine: paging through 5,000 points with
// fetchMore, memory kept to a window of pages, filters as JSON and from the form, payload editing with a
// diff, deletion by filter with the count first, and export of the whole filtered set.
#include "MainWindow.h"
#include "PointsModel.h"
#include "PointsPanel.h"
#include "connection/ConnectionSession.h"
#include "support/EngineFixture.h"
#include "support/GuiTestHelpers.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableView>

using namespace vd;
using namespace vd::test;
using namespace vd::ui;

class TestPointsBrowser : public QObject
{
    Q_OBJECT
    std::unique_ptr<EngineFixture> fx;
    std::unique_ptr<QdrantClient> client;
    std::unique_ptr<MainWindow> w;
    QTemporaryDir dir;
    PointsPanel* panel = nullptr;

    template <typename T> T* child(const char* name) { return panel->findChild<T*>(QLatin1String(name)); }
    qint64 count(const std::optional<Filter>& f = std::nullopt)
    {
        return ok(client->count(QStringLiteral("trades"), f))
            .toObject()
            .value(QLatin1String("count"))
            .toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VectorDesk-test-points"));
    }
    void init()
    {
        fx = std::make_unique<EngineFixture>();
        QVERIFY(fx->start());
        client = fx->client();
        makeCollection(client.get(), QStringLiteral("trades"));
        QJsonArray points;
        for (int i = 1; i <= 5000; ++i)
            points.append(point(
                i, unitVector(4, i % 4, 0.001 * (i % 97)),
                QJsonObject{{QStringLiteral("user_id"), QStringLiteral("u%1").arg(i % 7)},
                            {QStringLiteral("group"), i % 5 == 0 ? QStringLiteral("b") : QStringLiteral("a")},
                            {QStringLiteral("n"), i},
                            {QStringLiteral("note"), QStringLiteral("row %1, with a comma").arg(i)}}));
        QVERIFY(!await(client->upsertPoints(QStringLiteral("trades"), points))->error().isError());
        w = std::make_unique<MainWindow>(dir.filePath(QStringLiteral("local")));
        w->show();
        ConnectionProfile p;
        p.id = QStringLiteral("dev");
        p.name = QStringLiteral("dev");
        p.url = fx->url();
        w->openSession(p, QByteArray());
        w->showPanel(MainWindow::PointsPage);
        panel = w->pointsPanel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->collection(), QStringLiteral("trades"), 5000);
        QTRY_VERIFY(panel->model()->rowCount() > 0);
    }
    void cleanup()
    {
        w.reset();
        client.reset();
        fx.reset();
    }

    void pagesThroughFiveThousandPoints()
    {
        PointsModel* m = panel->model();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m->rowCount(), 200); // one page
        QVERIFY(m->columns().contains(QStringLiteral("user_id")));
        QTRY_VERIFY(child<QLabel>("countLabel")->text().contains(QStringLiteral("5000")));
        auto* view = child<QTableView>("pointsView");
        // Scroll to the end as a user would: the view asks for more when it reaches the bottom.
        while (!m->atEnd()) {
            view->scrollToBottom();
            QTRY_VERIFY_WITH_TIMEOUT(!m->isLoading(), 5000);
            QCoreApplication::processEvents();
        }
        QCOMPARE(m->rowCount(), 5000);
        for (int r = 0; r < 5000; r += 499)
            QCOMPARE(m->index(r, 0).data().toString(), QString::number(r + 1));
        QVERIFY(m->cachedPages() <= 40);
        // A row whose page was evicted comes back by id.
        m->setMaxCachedPages(2);
        view->scrollToTop();
        QTRY_COMPARE_WITH_TIMEOUT(
            m->index(0, 1 + int(m->columns().indexOf(QStringLiteral("n")))).data().toInt(), 1, 5000);
        QVERIFY(m->cachedPages() <= 2);
    }

    void filtersAreValidatedAndApplied()
    {
        auto* edit = child<QPlainTextEdit>("filterEdit");
        edit->setPlainText(
            QStringLiteral("{\"must\": [{\"key\": \"user_id\", \"match\": {\"valeu\": \"u3\"}}]}"));
        QTest::mouseClick(child<QPushButton>("applyFilterButton"), Qt::LeftButton);
        auto* error = child<QLabel>("filterError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("must[0].match")), qPrintable(error->text()));
        // The form writes the JSON.
        edit->clear();
        child<QComboBox>("filterFieldCombo")->setCurrentText(QStringLiteral("user_id"));
        child<QComboBox>("filterOpCombo")->setCurrentIndex(0);
        QTest::keyClicks(child<QLineEdit>("filterValueEdit"), QStringLiteral("u3"));
        QTest::mouseClick(child<QPushButton>("addConditionButton"), Qt::LeftButton);
        child<QComboBox>("filterFieldCombo")->setCurrentText(QStringLiteral("n"));
        child<QComboBox>("filterOpCombo")->setCurrentIndex(2); // ≥
        QTest::keyClicks(child<QLineEdit>("filterValueEdit"), QStringLiteral("4000"));
        QTest::mouseClick(child<QPushButton>("addConditionButton"), Qt::LeftButton);
        QVERIFY(edit->toPlainText().contains(QStringLiteral("\"gte\": 4000")));
        QTest::mouseClick(child<QPushButton>("applyFilterButton"), Qt::LeftButton);
        QVERIFY(!error->isVisible());
        const auto expected = parseFilterText(edit->toPlainText().toUtf8(), nullptr);
        QString why;
        const qint64 n = count(parseFilterText(edit->toPlainText().toUtf8(), &why));
        QVERIFY(n > 100 && n < 200);
        QTRY_VERIFY(child<QLabel>("countLabel")->text().contains(QString::number(n)));
        PointsModel* m = panel->model();
        QTRY_VERIFY(m->rowCount() > 0 && !m->isLoading());
        const int userCol = 1 + int(m->columns().indexOf(QStringLiteral("user_id")));
        for (int r = 0; r < m->rowCount(); ++r)
            QCOMPARE(m->index(r, userCol).data().toString(), QStringLiteral("u3"));
    }

    void aPayloadIsEditedWithADiffPreview()
    {
        auto* view = child<QTableView>("pointsView");
        view->selectRow(4); // point 5
        QVERIFY(child<QPlainTextEdit>("payloadView")->toPlainText().contains(QStringLiteral("\"n\": 5")));
        QTest::mouseClick(child<QPushButton>("editPayloadButton"), Qt::LeftButton);
        auto* d = waitForDialog<QDialog>(panel, "payloadEditDialog");
        QVERIFY(d);
        auto* apply = d->findChild<QPushButton*>(QStringLiteral("applyPayloadButton"));
        QVERIFY(!apply->isEnabled()); // nothing changed yet
        d->findChild<QPlainTextEdit*>(QStringLiteral("payloadEdit"))
            ->setPlainText(QStringLiteral("{\"group\": \"vip\", \"reviewed\": true}"));
        const QString diff = d->findChild<QPlainTextEdit*>(QStringLiteral("diffView"))->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("~ group: \"b\" → \"vip\"")) &&
                     diff.contains(QStringLiteral("+ reviewed: true")) &&
                     !diff.contains(QStringLiteral("- n")),
                 qPrintable(diff));
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(ok(client->getPoint(QStringLiteral("trades"), PointId::fromNumber(5)))
                                     .toObject()
                                     .value(QLatin1String("payload"))
                                     .toObject()
                                     .value(QLatin1String("reviewed"))
                                     .toBool(),
                                 5000);
        const QJsonObject payload = ok(client->getPoint(QStringLiteral("trades"), PointId::fromNumber(5)))
                                        .toObject()
                                        .value(QLatin1String("payload"))
                                        .toObject();
        QCOMPARE(payload.value(QLatin1String("group")).toString(), QStringLiteral("vip"));
        QCOMPARE(payload.value(QLatin1String("n")).toInt(), 5); // "set" keeps the other keys
        QTRY_VERIFY(child<QPlainTextEdit>("payloadView")->toPlainText().contains(QStringLiteral("reviewed")));
    }

    void deletingByFilterShowsTheCountFirst()
    {
        child<QPlainTextEdit>("filterEdit")
            ->setPlainText(
                QStringLiteral("{\"must\": [{\"key\": \"group\", \"match\": {\"value\": \"b\"}}]}"));
        QTest::mouseClick(child<QPushButton>("deleteByFilterButton"), Qt::LeftButton);
        auto* d = waitForDialog<ConfirmByNameDialog>(panel, "confirmByNameDialog");
        QVERIFY(d);
        bool saysCount = false;
        for (QLabel* l : d->findChildren<QLabel*>())
            saysCount = saysCount || l->text().contains(QStringLiteral("1000 points of trades"));
        QVERIFY(saysCount);
        QVERIFY(confirmByName(panel, QStringLiteral("trades")));
        QTRY_COMPARE_WITH_TIMEOUT(count(), qint64(4000), 5000);
        // Deleting the selected points.
        child<QPlainTextEdit>("filterEdit")->clear();
        QTest::mouseClick(child<QPushButton>("applyFilterButton"), Qt::LeftButton);
        QTRY_VERIFY(panel->model()->rowCount() > 3 && !panel->model()->isLoading());
        auto* view = child<QTableView>("pointsView");
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QApplication::setActiveWindow(w.get()); // shortcuts need an active window
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete); // the shortcut asks, like the button
        QVERIFY(confirmByName(panel, QStringLiteral("trades")));
        QTRY_COMPARE_WITH_TIMEOUT(count(), qint64(3998), 5000);
    }

    void theWholeFilteredSetIsExported()
    {
        child<QPlainTextEdit>("filterEdit")
            ->setPlainText(
                QStringLiteral("{\"must\": [{\"key\": \"user_id\", \"match\": {\"value\": \"u1\"}}]}"));
        QVERIFY(panel->applyFilter());
        QString why;
        const qint64 n = count(
            parseFilterText("{\"must\": [{\"key\": \"user_id\", \"match\": {\"value\": \"u1\"}}]}", &why));
        const QString jsonl = dir.filePath(QStringLiteral("u1.jsonl"));
        panel->exportTo(jsonl);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(jsonl), 10000);
        QFile f(jsonl);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size() - 1, int(n)); // more than one page (n ≈ 714)
        QCOMPARE(QJsonDocument::fromJson(lines.first())
                     .object()
                     .value(QLatin1String("payload"))
                     .toObject()
                     .value(QLatin1String("user_id"))
                     .toString(),
                 QStringLiteral("u1"));
        const QString csv = dir.filePath(QStringLiteral("u1.csv"));
        panel->exportTo(csv);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(csv), 10000);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = c.readAll().split('\n');
        QVERIFY(rows.first().startsWith("id,"));
        QCOMPARE(rows.size() - 2, int(n));
        QVERIFY(rows.at(1).contains("\"row 1, with a comma\""));
        // Cancelled: nothing under the final name.
        const QString cancelled = dir.filePath(QStringLiteral("cancelled.jsonl"));
        panel->exportTo(cancelled);
        QTest::mouseClick(w->findChild<QPushButton*>(QStringLiteral("cancelJob")), Qt::LeftButton);
        QTest::qWait(300);
        QVERIFY(!QFile::exists(cancelled));
    }
};

QTEST_MAIN(TestPointsBrowser)
#include "tst_points_browser.moc"
