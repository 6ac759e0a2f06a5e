#include "QueryEmbeddingCache.h"

#include "common/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

namespace vd {

namespace {
const QByteArray kMagic("VDQE");
}

QueryEmbeddingCache::QueryEmbeddingCache(const QString& directory, int memoryEntries)
    : m_dir(directory), m_capacity(qMax(1, memoryEntries))
{
}

QByteArray QueryEmbeddingCache::key(const QString& spaceId, EmbedPurpose purpose, const QString& text)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(spaceId.toUtf8());
    h.addData(QByteArray(1, '\0'));
    h.addData(purpose == EmbedPurpose::Query ? QByteArray("query") : QByteArray("document"));
    h.addData(QByteArray(1, '\0'));
    h.addData(text.toUtf8());
    return h.result().toHex();
}

QString QueryEmbeddingCache::pathFor(const QByteArray& key) const
{
    return m_dir + QLatin1Char('/') + QString::fromLatin1(key.left(2)) + QLatin1Char('/') +
           QString::fromLatin1(key) + QStringLiteral(".vec");
}

void QueryEmbeddingCache::remember(const QByteArray& key, const Vector& v)
{
    auto found = m_index.find(key);
    if (found != m_index.end()) m_entries.erase(found.value());
    m_entries.emplace_front(key, v);
    m_index.insert(key, m_entries.begin());
    while (int(m_entries.size()) > m_capacity) {
        m_index.remove(m_entries.back().first);
        m_entries.pop_back();
    }
}

std::optional<Vector> QueryEmbeddingCache::find(const QByteArray& key)
{
    auto it = m_index.find(key);
    if (it != m_index.end()) {
        m_entries.splice(m_entries.begin(), m_entries, it.value()); // most recent first
        ++m_hits;
        return m_entries.front().second;
    }
    if (!m_dir.isEmpty()) {
        QFile f(pathFor(key));
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray data = f.readAll();
            if (data.size() >= 8 && data.startsWith(kMagic)) {
                const quint32 dims = qFromLittleEndian<quint32>(data.constData() + 4);
                if (qint64(data.size()) == 8 + qint64(dims) * 4) {
                    Vector v(qsizetype(dims), 0.0f);
                    for (quint32 i = 0; i < dims; ++i)
                        v[int(i)] = qFromLittleEndian<float>(data.constData() + 8 + 4 * i);
                    remember(key, v);
                    ++m_hits;
                    ++m_diskHits;
                    return v;
                }
            }
            qCWarning(lcEmbed) << "ignoring a damaged cache entry" << f.fileName();
        }
    }
    ++m_misses;
    return std::nullopt;
}

void QueryEmbeddingCache::insert(const QByteArray& key, const Vector& vector)
{
    remember(key, vector);
    if (m_dir.isEmpty()) return;
    const QString path = pathFor(key);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QByteArray data = kMagic;
    data.resize(8 + vector.size() * 4);
    qToLittleEndian<quint32>(quint32(vector.size()), data.data() + 4);
    for (int i = 0; i < vector.size(); ++i)
        qToLittleEndian<float>(vector[i], data.data() + 8 + 4 * i);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        qCWarning(lcEmbed) << "cannot write the query cache entry" << path << f.errorString();
}

void QueryEmbeddingCache::clearMemory()
{
    m_entries.clear();
    m_index.clear();
}

CachedQueryEmbedder::CachedQueryEmbedder(EmbeddingProvider* provider, QueryEmbeddingCache* cache,
                                         QObject* parent)
    : QObject(parent), m_provider(provider), m_cache(cache)
{
}

void CachedQueryEmbedder::embed(const QString& text, Callback done)
{
    const QByteArray k = QueryEmbeddingCache::key(m_provider->spaceId(), EmbedPurpose::Query, text);
    if (auto hit = m_cache->find(k)) return done(*hit, EmbedError());
    EmbedCall* call = m_provider->embed({text}, EmbedPurpose::Query, {}, this);
    connect(call, &EmbedCall::finished, this, [this, call, k, done]() {
        call->deleteLater();
        if (call->error().isError()) return done(Vector(), call->error());
        m_cache->insert(k, call->vectors().first());
        done(call->vectors().first(), EmbedError());
    });
}

} // namespace vd
