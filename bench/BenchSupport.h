#pragma once
// Shared by the benchmark programs: percentiles, a serve-local child process, RSS of a process.
#include <QProcess>
#include <QString>
#include <QUrl>
#include <algorithm>
#include <vector>

namespace vd::bench {

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p / 100.0 * double(v.size() - 1) + 0.5));
    return v[i];
}

// Starts `vectordesk-cli serve-local` (optionally pinned to one core) and reads its URL.
bool startServer(QProcess* p, const QString& cli, const QString& dataDir, bool pinToOneCore, QUrl* url, qint64* startupMs);
qint64 rssKiB(qint64 pid);

} // namespace vd::bench
