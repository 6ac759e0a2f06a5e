#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
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
    parser.process(app);
    const QString dataDir = parser.isSet(QStringLiteral("local-data"))
                                ? parser.value(QStringLiteral("local-data"))
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                      QStringLiteral("/local-engine");
    QDir().mkpath(dataDir);

    vd::ui::MainWindow window(dataDir);
    window.resize(1100, 700);
    window.show();
    window.openLocalDemo();
    return app.exec();
}
