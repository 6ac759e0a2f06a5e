#pragma once
// Test support: a real PostgreSQL server for the duration of a test — Debian's postgresql binaries, a
// temporary data directory, a free loopback port, password authentication (scram-sha-256) for user "vd".
// As root, the server runs as the "postgres" system user (PostgreSQL refuses to run as root).
// available() says why it cannot run (no binaries), so the test can QSKIP with that reason.
#include <QProcess>
#include <QTemporaryDir>

namespace vd::test {

class PostgresFixture
{
public:
    static constexpr const char* kUser = "vd";
    static constexpr const char* kPassword = "vd-test-password";
    PostgresFixture();
    ~PostgresFixture();
    // Empty when PostgreSQL can run here, else the reason it cannot.
    static QString unavailableReason();
    bool start(QString* error);
    void stop();
    int port() const { return m_port; }
    // Runs SQL as the superuser "vd" in `database` (created if missing); returns false with the error.
    bool exec(const QString& database, const QStringList& statements, QString* error);

private:
    QString run(const QString& program, const QStringList& args, int* exitCode);
    QStringList asServerUser(const QString& program, const QStringList& args) const;
    QString m_bin;
    QTemporaryDir m_dir;
    QProcess m_server;
    int m_port = 0;
    bool m_root = false;
};

} // namespace vd::test
