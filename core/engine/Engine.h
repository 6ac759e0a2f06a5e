#pragma once
// The embedded engine's state: collections on disk under one data directory, their logs, aliases and
// snapshots. Every write goes through write(): validated request → log record (fsynced) → applied in
// memory, and the same applyRecord() replays the log on start. Single-threaded: used from the thread
// that runs the HTTP server.
//
// Layout of the data directory:
//   collections/<percent-encoded name>/collection.vdc   compacted state (CollectionFile)
//   collections/<percent-encoded name>/wal.log          operations since then (WriteAheadLog)
//   aliases.json                                         alias → collection
//   snapshots/<collection>/<name>.snapshot(.checksum)    collection snapshots
//   snapshots/<name>.snapshot(.checksum)                 full-storage snapshots
#include "Collection.h"
#include "common/WriteAheadLog.h"

#include <QCborMap>
#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <map>
#include <memory>

namespace vd::engine {

struct EngineError
{
    int status = 500;
    QString message;
};

struct SnapshotInfo
{
    QString name;
    QString path;
    QDateTime created;
    qint64 size = 0;
    QString checksum;
    QJsonObject toJson() const;
};

class Engine
{
public:
    Engine();
    ~Engine();

    // Loads every collection. A collection whose files are corrupt is kept out of service and reported
    // by brokenCollections() and in its error answers; its files are never modified.
    bool open(const QString& dataDir, QString* error);
    void close(); // compacts every log into its collection file
    QString dataDir() const { return m_dir; }

    static bool validName(const QString& name, QString* why);

    // Collections (names may be aliases wherever a collection is meant).
    QString resolve(const QString& nameOrAlias) const;
    Collection* find(const QString& nameOrAlias, EngineError* error);
    QStringList collectionNames() const;
    QMap<QString, QString> brokenCollections() const { return m_broken; }
    bool createCollection(const QString& name, const QJsonObject& body, EngineError* error);
    bool deleteCollection(const QString& name, EngineError* error); // false result → did not exist
    bool updateCollection(const QString& name, const QJsonObject& patch, EngineError* error);

    // Aliases: the whole list of actions applies, or none of it.
    bool updateAliases(const QJsonArray& actions, EngineError* error);
    QMap<QString, QString> aliases() const { return m_aliases; }

    // Writes. `record` is the op without "seq"; returns the operation id.
    std::optional<quint64> write(const QString& collection, QCborMap record, EngineError* error);
    static QCborMap encodePoints(const QList<PointWrite>& points);
    static QCborMap encodeIds(const QList<PointId>& ids);

    // Snapshots.
    std::optional<SnapshotInfo> createSnapshot(const QString& collection, EngineError* error);
    QList<SnapshotInfo> listSnapshots(const QString& collection) const; // empty name: full snapshots
    std::optional<SnapshotInfo> findSnapshot(const QString& collection, const QString& name) const;
    bool deleteSnapshot(const QString& collection, const QString& name, EngineError* error);
    std::optional<SnapshotInfo> createFullSnapshot(EngineError* error);
    // Restores `collection` from a collection snapshot file; priority: "snapshot", "no_sync" or "replica".
    bool recoverFromFile(const QString& collection, const QString& file, const QString& priority,
                         const QString& expectedChecksum, EngineError* error);
    QString snapshotDir(const QString& collection) const;
    static QString sha256File(const QString& path);

    quint64 startedAtMs() const { return m_started; }

private:
    struct Stored
    {
        std::unique_ptr<Collection> collection;
        WriteAheadLog wal;
        quint64 seq = 0;
        QString dir;
        qint64 compactedBytes = 0; // size of collection.vdc: the log may grow as large before folding
    };
    QString collectionDir(const QString& name) const;
    bool loadCollection(const QString& dir, QString* error);
    bool compact(Stored& s, QString* error);
    bool saveAliases(QString* error);
    void applyRecord(Collection& c, const QCborMap& record);
    bool installCollection(std::unique_ptr<Collection> c, EngineError* error);

    QString m_dir;
    std::map<QString, std::unique_ptr<Stored>> m_collections;
    QMap<QString, QString> m_broken;
    QMap<QString, QString> m_aliases;
    quint64 m_started = 0;
};

} // namespace vd::engine
