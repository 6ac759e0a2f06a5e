#pragma once
// Demo data for the trading-journal template: ~20 users with trades, playbooks, journal entries and coach
// messages, generated from a seed (same seed, same data) and embedded with the offline HashingEmbedder.
// DemoLoader creates the template collections and indexes on a server and fills them, asynchronously.
#include "qdrant/QdrantClient.h"
#include "templates/TradingJournalTemplate.h"

#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <functional>

namespace vd::demo {

struct DemoCounts
{
    int users = 20;
    int trades = 843;
    int playbooksPerUser = 3;
    int journalEntriesPerUser = 10;
    int coachMessagesPerUser = 15;
};

// collection name → points ({id, vector, payload}) ready for upsert.
QMap<QString, QJsonArray> generateDemoPoints(quint32 seed, int dimensions,
                                             const DemoCounts& counts = DemoCounts());

class DemoLoader : public QObject
{
    Q_OBJECT
public:
    explicit DemoLoader(QdrantClient* client, quint32 seed = 20260116, int dimensions = 768,
                        QObject* parent = nullptr);
    // Creates and fills the template collections unless one of them already exists (then does nothing).
    void start();
    void cancel();
    // Blocking convenience for the CLI (never call it on a GUI thread).
    bool loadIfEmpty(QString* error);
    bool loaded() const { return m_loaded; }

Q_SIGNALS:
    void progress(const QString& step, int done, int total);
    void finished(bool ok, const QString& message);

private:
    void runNext();
    void fail(const QdrantError& e);
    QdrantClient* m_client;
    quint32 m_seed;
    int m_dims;
    QList<std::function<ClientJob*()>> m_steps;
    int m_total = 0;
    QPointer<ClientJob> m_current;
    bool m_loaded = false;
    bool m_cancelled = false;
};

} // namespace vd::demo
