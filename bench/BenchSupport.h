#pragma once
// Shared by the benchmark programs: percentiles, a serve-local child process, RSS of a process.
#include "qdrant/ClientJobs.h"

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
// A line of /proc/PID/status in KiB: "VmRSS:" (resident now) or "VmHWM:" (peak); -1 if unreadable.
qint64 rssKiB(qint64 pid, const char* field = "VmRSS:");
// Runs `job` to completion (a benchmark has no UI thread to protect) and prints its error if it failed.
// The job is kept (not auto-deleted) so the caller can read its result.
bool runJob(ClientJob* job);

} // namespace vd::bench
