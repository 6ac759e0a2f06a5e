// The main window on the embedded engine, driven like a user would (offscreen): first run opens the Local
// demo, loads the demo data in the background with progress, and shows the four collections.
#include "CollectionsModel.h"
#include "MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vd::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;

    static int rowOf(QAbstractItemModel* m, const QString& name)
    {
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, CollectionsModel::Name).data().toString() == name) return r;
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("VectorDesk-test")); }

    void firstRunShowsTheDemo()
    {
        MainWindow w(dir.filePath(QStringLiteral("engine")));
        QAbstractItemModelTester tester(w.collectionsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        w.openLocalDemo();
        auto* band = w.findChild<QLabel*>(QStringLiteral("environmentBand"));
        QVERIFY(band);
        QVERIFY(band->text().contains(QStringLiteral("Local demo")));
        auto* table = w.findChild<QTableView*>(QStringLiteral("collectionsView"));
        QVERIFY(table);
        QAbstractItemModel* m = table->model();
        // The UI thread stays free while the demo loads: the progress bar is shown and events are processed.
        QTRY_VERIFY_WITH_TIMEOUT(w.findChild<QProgressBar*>(QStringLiteral("jobProgress"))->isVisible(),
                                 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(), 4, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m->index(rowOf(m, QStringLiteral("trades")), CollectionsModel::Points).data().toInt(), 843,
            20000);
        const int trades = rowOf(m, QStringLiteral("trades"));
        QCOMPARE(m->index(trades, CollectionsModel::Status).data().toString(), QStringLiteral("green"));
        QCOMPARE(m->index(trades, CollectionsModel::Vectors).data().toString(),
                 QStringLiteral("768 × Cosine"));
        QCOMPARE(m->index(trades, CollectionsModel::Indexes).data().toInt(), 5);
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("errorBanner"))->isVisible());
        QTRY_VERIFY(
            w.findChild<QLabel*>(QStringLiteral("serverVersion"))->text().contains(QStringLiteral("1.19")));
        QTRY_VERIFY(
            w.findChild<QLabel*>(QStringLiteral("lastLatency"))->text().contains(QStringLiteral("ms")));
        // Refresh through the button keeps the same rows.
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("refreshButton")), Qt::LeftButton);
        QTRY_VERIFY(w.findChild<QPushButton*>(QStringLiteral("refreshButton"))->isEnabled());
        QTRY_COMPARE(m->rowCount(), 4);
    }

    void theLastPanelAndGeometryAreRemembered()
    {
        {
            MainWindow w(dir.filePath(QStringLiteral("engine")));
            w.show();
            w.resize(900, 640);
            w.showPanel(MainWindow::PointsPage);
            w.close();
        }
        MainWindow again(dir.filePath(QStringLiteral("engine")));
        QCOMPARE(again.findChild<QListWidget*>(QStringLiteral("panelList"))->currentRow(),
                 int(MainWindow::PointsPage));
        QCOMPARE(again.size(), QSize(900, 640));
        // Ctrl+1 goes back to Collections.
        again.show();
        QApplication::setActiveWindow(&again); // shortcuts need an active window
        QVERIFY(QTest::qWaitForWindowActive(&again));
        QTest::keyClick(&again, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(again.findChild<QListWidget*>(QStringLiteral("panelList"))->currentRow(),
                 int(MainWindow::CollectionsPage));
    }

    void secondRunReusesTheData()
    {
        MainWindow w(dir.filePath(QStringLiteral("engine")));
        w.show();
        w.openLocalDemo();
        QAbstractItemModel* m = w.findChild<QTableView*>(QStringLiteral("collectionsView"))->model();
        QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(), 4, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m->index(rowOf(m, QStringLiteral("journal_entries")), CollectionsModel::Points).data().toInt(),
            200, 20000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
