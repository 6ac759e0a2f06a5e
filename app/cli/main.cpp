#include "Commands.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vectordesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("VectorDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VD_VERSION_STRING));
    return vd::cli::runCli(app.arguments().mid(1));
}
