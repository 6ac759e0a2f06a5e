#pragma once
// Query embeddings are the expensive part of a search (~333 ms per Gemini call against ~10 ms for Qdrant),
// and support staff repeat the same queries. This cache keeps them in memory (LRU) and on disk, keyed by
// provider, model, dimensions, task and text, so a repeated query costs no call, even after a restart.
//
// Disk layout: <dir>/<first two hex digits>/<sha256 of the key>.vec, each file "VDQE" | u32 dims |
// float32 values (little-endian), written through QSaveFile so a crash never leaves a torn entry.
#include "EmbeddingProvider.h"

#include <QHash>
#include <QObject>
#include <list>
#include <optional>

namespace vd {

class QueryEmbeddingCache
{
public:
    // `directory` empty: memory only.
    explicit QueryEmbeddingCache(const QString& directory = QString(), int memoryEntries = 1024);

    static QByteArray key(const QString& spaceId, EmbedPurpose purpose, const QString& text);
    std::optional<Vector> find(const QByteArray& key);
    void insert(const QByteArray& key, const Vector& vector);
    void clearMemory();

    qint64 hits() const { return m_hits; }
    qint64 diskHits() const { return m_diskHits; } // part of hits()
    qint64 misses() const { return m_misses; }
    double hitRatio() const { return m_hits + m_misses ? double(m_hits) / double(m_hits + m_misses) : 0.0; }
    int memoryCount() const { return int(m_entries.size()); }

private:
    QString pathFor(const QByteArray& key) const;
    void remember(const QByteArray& key, const Vector& v);
    QString m_dir;
    int m_capacity;
    std::list<QPair<QByteArray, Vector>> m_entries; // most recent first
    QHash<QByteArray, std::list<QPair<QByteArray, Vector>>::iterator> m_index;
    qint64 m_hits = 0, m_diskHits = 0, m_misses = 0;
};

// Embeds search queries through a provider, answering repeats from the cache.
//   CachedQueryEmbedder e(provider, cache);
//   e.embed("revenge trading after a loss", this, [](const Vector& v, const EmbedError& err) { ... });
class CachedQueryEmbedder : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Vector&, const EmbedError&)>;
    CachedQueryEmbedder(EmbeddingProvider* provider, QueryEmbeddingCache* cache, QObject* parent = nullptr);
    // Calls back at once on a cache hit, else when the provider answers.
    void embed(const QString& text, Callback done);
    QueryEmbeddingCache* cache() const { return m_cache; }

private:
    EmbeddingProvider* m_provider;
    QueryEmbeddingCache* m_cache;
};

} // namespace vd
