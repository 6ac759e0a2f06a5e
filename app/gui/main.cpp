#include "CollectionsModel.h"
#include "IndexesPanel.h"
#include "MainWindow.h"
#include "PointsModel.h"
#include "PointsPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("VectorDesk"));
    QApplication::setOrganizationName(QStringLiteral("VectorDesk"));
    QApplication::setApplicationVersion(QStringLiteral(VD_VERSION_STRING));

    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(QLocale(), QStringLiteral("vectordesk"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "VectorDesk: a desktop console for Qdrant."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("local-data"),
                      QApplication::translate("main", "Data directory of the embedded engine."),
                      QApplication::translate("main", "dir")});
    parser.addOption({QStringLiteral("screenshot"),
                      QApplication::translate(
                          "main", "Save a picture of the window once the collections are shown, then quit."),
                      QApplication::translate("main", "file")});
    parser.addOption({QStringLiteral("panel"),
                      QApplication::translate("main", "Panel to show first: collections, indexes or points."),
                      QApplication::translate("main", "name")});
    parser.process(app);
    const QString dataDir = parser.isSet(QStringLiteral("local-data"))
                                ? parser.value(QStringLiteral("local-data"))
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                      QStringLiteral("/local-engine");
    QDir().mkpath(dataDir);

    vd::ui::MainWindow window(dataDir);
    window.resize(1100, 700);
    window.show();
    window.openInitial();
    const QString panel = parser.value(QStringLiteral("panel"));
    if (panel == QLatin1String("indexes")) window.showPanel(vd::ui::MainWindow::IndexesPage);
    if (panel == QLatin1String("points")) window.showPanel(vd::ui::MainWindow::PointsPage);
    if (panel == QLatin1String("collections")) window.showPanel(vd::ui::MainWindow::CollectionsPage);
    if (parser.isSet(QStringLiteral("screenshot"))) {
        // For docs/images: wait until the panel shown has its data and nothing is loading, then grab.
        const QString target = parser.value(QStringLiteral("screenshot"));
        auto* poll = new QTimer(&app);
        QObject::connect(poll, &QTimer::timeout, &app, [&window, target, panel]() {
            vd::ui::CollectionsModel* m = window.collectionsModel();
            if (m->rowCount() < 4 || m->isLoading() || m->index(0, 2).data().isNull()) return;
            if (panel == QLatin1String("indexes") && window.indexesPanel()->model()->rowCount() == 0) return;
            if (panel == QLatin1String("points")) {
                vd::ui::PointsModel* pm = window.pointsPanel()->model();
                if (pm->rowCount() == 0 || pm->isLoading()) return;
                auto* view = window.pointsPanel()->findChild<QTableView*>(QStringLiteral("pointsView"));
                if (view->selectionModel()->selectedRows().isEmpty()) return view->selectRow(0);
            }
            QApplication::exit(window.grab().save(target) ? 0 : 1);
        });
        poll->start(200);
        QTimer::singleShot(120000, &app, []() { QApplication::exit(2); });
    }
    return app.exec();
}
