#include "PostgresFixture.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>
#include <unistd.h>

namespace vd::test {

namespace {
QString findBin()
{
    const QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(*it);
        if (QFile::exists(bin + QStringLiteral("/initdb")) &&
            QFile::exists(bin + QStringLiteral("/postgres")))
            return bin;
    }
    return QString();
}
} // namespace

PostgresFixture::PostgresFixture() : m_bin(findBin()), m_root(::geteuid() == 0) {}

PostgresFixture::~PostgresFixture()
{
    stop();
}

QString PostgresFixture::unavailableReason()
{
    if (findBin().isEmpty())
        return QStringLiteral("PostgreSQL server binaries not found (Debian: apt install postgresql)");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("the Qt PostgreSQL driver is missing (Debian: libqt6sql6-psql)");
    if (::geteuid() == 0 && !QFile::exists(QStringLiteral("/usr/sbin/runuser")))
        return QStringLiteral("running as root without runuser to drop to the postgres user");
    return QString();
}

QStringList PostgresFixture::asServerUser(const QString& program, const QStringList& args) const
{
    if (!m_root) return QStringList{program} + args;
    return QStringList{QStringLiteral("/usr/sbin/runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                       QStringLiteral("--"), program} +
           args;
}

QString PostgresFixture::run(const QString& program, const QStringList& args, int* exitCode)
{
    const QStringList cmd = asServerUser(program, args);
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(cmd.first(), cmd.mid(1));
    p.waitForFinished(120000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromLocal8Bit(p.readAll());
}

bool PostgresFixture::start(QString* error)
{
    const QString why = unavailableReason();
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    const QString data = m_dir.path() + QStringLiteral("/data");
    const QString pwfile = m_dir.path() + QStringLiteral("/pw");
    {
        QFile f(pwfile);
        f.open(QIODevice::WriteOnly);
        f.write(kPassword);
    }
    if (m_root) {
        int rc = 0;
        QProcess::execute(QStringLiteral("chown"),
                          {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_dir.path()});
        Q_UNUSED(rc)
    }
    int rc = 0;
    const QString out = run(m_bin + QStringLiteral("/initdb"),
                            {QStringLiteral("-D"), data, QStringLiteral("-U"), QLatin1String(kUser),
                             QStringLiteral("--pwfile=") + pwfile, QStringLiteral("-A"),
                             QStringLiteral("scram-sha-256"), QStringLiteral("--no-sync"),
                             QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C")},
                            &rc);
    if (rc != 0) {
        *error = QStringLiteral("initdb failed: %1").arg(out);
        return false;
    }
    {
        QTcpServer probe; // a free port, released just before the server binds it
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    const QStringList cmd = asServerUser(m_bin + QStringLiteral("/postgres"),
                                         {QStringLiteral("-D"), data, QStringLiteral("-p"),
                                          QString::number(m_port), QStringLiteral("-k"), m_dir.path(),
                                          QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"),
                                          QStringLiteral("-c"), QStringLiteral("fsync=off")});
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(cmd.first(), cmd.mid(1));
    if (!m_server.waitForStarted(10000)) {
        *error = QStringLiteral("postgres did not start: %1").arg(m_server.errorString());
        return false;
    }
    for (int i = 0; i < 300; ++i) {
        QString ignored;
        if (exec(QStringLiteral("postgres"), {QStringLiteral("SELECT 1")}, &ignored)) return true;
        if (m_server.state() != QProcess::Running) break;
        QThread::msleep(100);
    }
    *error = QStringLiteral("postgres is not accepting connections: %1")
                 .arg(QString::fromLocal8Bit(m_server.readAll()));
    return false;
}

void PostgresFixture::stop()
{
    if (m_server.state() == QProcess::NotRunning) return;
    m_server.terminate(); // SIGTERM: smart shutdown
    if (!m_server.waitForFinished(15000)) {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
}

bool PostgresFixture::exec(const QString& database, const QStringList& statements, QString* error)
{
    const QString name = QStringLiteral("vd-test-pg-%1").arg(quintptr(this));
    bool ok = true;
    {
        if (database != QLatin1String("postgres")) {
            QSqlDatabase admin =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name + QStringLiteral("-admin"));
            admin.setHostName(QStringLiteral("127.0.0.1"));
            admin.setPort(m_port);
            admin.setUserName(QLatin1String(kUser));
            admin.setPassword(QLatin1String(kPassword));
            admin.setDatabaseName(QStringLiteral("postgres"));
            if (admin.open()) {
                QSqlQuery q(admin);
                q.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(database));
                if (!q.next()) q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(database));
                admin.close();
            }
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QLatin1String(kUser));
        db.setPassword(QLatin1String(kPassword));
        db.setDatabaseName(database);
        if (!db.open()) {
            *error = db.lastError().text();
            ok = false;
        } else {
            QSqlQuery q(db);
            for (const QString& s : statements)
                if (!q.exec(s)) {
                    *error = QStringLiteral("%1: %2").arg(s.left(60), q.lastError().text());
                    ok = false;
                    break;
                }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    QSqlDatabase::removeDatabase(name + QStringLiteral("-admin"));
    return ok;
}

} // namespace vd::test
