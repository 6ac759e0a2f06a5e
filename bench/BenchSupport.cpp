#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <cstdio>

namespace vd::bench {

bool startServer(QProcess* p, const QString& cli, const QString& dataDir, bool pin, QUrl* url,
                 qint64* startupMs)
{
    QStringList args{QStringLiteral("serve-local"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--data"), dataDir};
    const QString taskset = QStandardPaths::findExecutable(QStringLiteral("taskset"));
    QElapsedTimer t;
    t.start();
    if (pin && !taskset.isEmpty())
        p->start(taskset, QStringList{QStringLiteral("-c"), QStringLiteral("0"), cli} + args);
    else
        p->start(cli, args);
    if (!p->waitForReadyRead(600000)) return false;
    const QString line = QString::fromUtf8(p->readLine()).trimmed();
    if (startupMs) *startupMs = t.elapsed();
    *url = QUrl(line.mid(13));
    return line.startsWith(QStringLiteral("listening on "));
}

qint64 rssKiB(qint64 pid, const char* field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    const QByteArray key(field);
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key)) return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    return -1;
}

bool runJob(ClientJob* job)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(job, &ClientJob::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished()) loop.exec();
    if (!job->error().isError()) return true;
    std::fprintf(stderr, "error: %s\n", qPrintable(job->error().errorString()));
    return false;
}

} // namespace vd::bench
