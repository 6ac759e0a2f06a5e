#pragma once
// Test support: an embedded engine on a temporary data directory, a client for it, and a recorder that
// appends every HTTP exchange to $VD_TRAFFIC_DIR/<test>.jsonl for tests/validate_traffic.py.
#include "engine/LocalEngine.h"
#include "qdrant/QdrantClient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace vd::test {

class TrafficRecorder
{
public:
    explicit TrafficRecorder(const QString& testName);
    engine::LocalEngine::Observer observer();

private:
    QString m_path;
};

class EngineFixture
{
public:
    explicit EngineFixture(const QByteArray& apiKey = QByteArray(),
                           const QByteArray& readOnlyKey = QByteArray());
    ~EngineFixture();
    bool start(QString* error = nullptr);
    void restart(); // stops (compacting) and starts again on the same data directory
    engine::LocalEngine& engine() { return *m_engine; }
    QString dataDir() const { return m_dir.path(); }
    QUrl url() const { return m_engine->url(); }
    ClientConfig config(const QByteArray& apiKey = QByteArray()) const;
    // A client with the fixture's own key and the server version already known.
    std::unique_ptr<QdrantClient> client(const QByteArray& apiKey = QByteArray());

private:
    QTemporaryDir m_dir;
    QByteArray m_apiKey, m_readOnlyKey;
    std::unique_ptr<engine::LocalEngine> m_engine;
    TrafficRecorder m_recorder;
};

// Waits for a job and keeps it alive for inspection; fails the test on a 10 s timeout.
template <typename J> std::unique_ptr<J> await(J* job, int timeoutMs = 10000)
{
    job->setAutoDelete(false);
    job->setParent(nullptr); // the returned pointer owns it, whatever the client's lifetime
    if (!job->isFinished()) {
        QSignalSpy spy(job, &ClientJob::finished);
        if (!spy.wait(timeoutMs)) qWarning("job did not finish within %d ms", timeoutMs);
    }
    return std::unique_ptr<J>(job);
}

// Runs a job that must succeed and returns its result.
QJsonValue ok(RequestJob* job);
// A 768-free small vector helper: size-n vector with a 1 at position i (and a small tail to keep ties apart).
QJsonArray unitVector(int n, int i, double tail = 0.0);
QJsonObject point(qint64 id, const QJsonArray& vector, const QJsonObject& payload = QJsonObject());
// Creates a collection with one unnamed vector (or the named one); fails the test if it cannot.
void makeCollection(QdrantClient* client, const QString& name, int dims = 4,
                    const QString& distance = QStringLiteral("Cosine"),
                    const QString& vectorName = QString());

} // namespace vd::test
