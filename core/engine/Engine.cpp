#include "Engine.h"

#include "CollectionFile.h"
#include "common/DurableSave.h"
#include "common/Logging.h"

#include <QBuffer>
#include <QCborArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUrl>
#include <QtEndian>
#include <unistd.h>

namespace vd::engine {

namespace {
constexpr qint64 kCompactLogBytes = 64ll * 1024 * 1024;
const QByteArray kFullMagic("VDFULL\x01\n", 8);

QCborValue idToCbor(const PointId& id)
{
    return id.isUuid() ? QCborValue(id.uuid().toString(QUuid::WithoutBraces))
                       : QCborValue(qint64(id.number()));
}
PointId idFromCbor(const QCborValue& v)
{
    return v.isInteger() ? PointId::fromNumber(quint64(v.toInteger()))
                         : PointId::fromUuid(QUuid::fromString(v.toString()));
}
QList<PointId> idsFrom(const QCborMap& r)
{
    QList<PointId> ids;
    for (const QCborValue& v : r.value(QLatin1String("ids")).toArray())
        ids.append(idFromCbor(v));
    return ids;
}
QList<PointWrite> pointsFrom(const QCborMap& r)
{
    QList<PointWrite> out;
    for (const QCborValue& pv : r.value(QLatin1String("points")).toArray()) {
        const QCborMap p = pv.toMap();
        PointWrite w;
        w.id = idFromCbor(p.value(QLatin1String("id")));
        const QCborMap vecs = p.value(QLatin1String("v")).toMap();
        for (auto it = vecs.begin(); it != vecs.end(); ++it) {
            const QByteArray b = it.value().toByteArray();
            std::vector<float> v(size_t(b.size()) / sizeof(float));
            for (size_t i = 0; i < v.size(); ++i)
                v[i] = qFromLittleEndian<float>(b.constData() + i * sizeof(float));
            w.vectors.insert(it.key().toString(), std::move(v));
        }
        w.payload = p.value(QLatin1String("p")).toMap().toJsonObject();
        out.append(std::move(w));
    }
    return out;
}
QString encodeName(const QString& n)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(n));
}
QString decodeName(const QString& n)
{
    return QUrl::fromPercentEncoding(n.toLatin1());
}
bool removeTree(const QString& dir)
{
    // Rename first so a crash mid-removal never leaves a half collection under its real name.
    const QString trash = dir + QStringLiteral(".deleting-%1").arg(QRandomGenerator::global()->generate());
    if (!QDir().rename(dir, trash)) return QDir(dir).removeRecursively();
    return QDir(trash).removeRecursively();
}
} // namespace

QJsonObject SnapshotInfo::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("creation_time"), created.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
        {QStringLiteral("size"), size},
        {QStringLiteral("checksum"), checksum.isEmpty() ? QJsonValue() : QJsonValue(checksum)}};
}

Engine::Engine() : m_started(quint64(QDateTime::currentMSecsSinceEpoch())) {}
Engine::~Engine()
{
    close();
}

bool Engine::validName(const QString& name, QString* why)
{
    if (name.isEmpty() || name.size() > 255) {
        *why = QStringLiteral("collection name must be 1 to 255 characters long");
        return false;
    }
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name.contains(QChar(0)) ||
        name == QLatin1String(".") || name == QLatin1String("..")) {
        *why = QStringLiteral("collection name must not contain '/', '\\' or NUL, nor be '.' or '..'");
        return false;
    }
    return true;
}

QString Engine::collectionDir(const QString& name) const
{
    return m_dir + QStringLiteral("/collections/") + encodeName(name);
}

QString Engine::snapshotDir(const QString& collection) const
{
    return collection.isEmpty() ? m_dir + QStringLiteral("/snapshots")
                                : m_dir + QStringLiteral("/snapshots/") + encodeName(collection);
}

bool Engine::open(const QString& dataDir, QString* error)
{
    m_dir = QDir(dataDir).absolutePath();
    if (!QDir().mkpath(m_dir + QStringLiteral("/collections")) ||
        !QDir().mkpath(m_dir + QStringLiteral("/snapshots"))) {
        *error = QStringLiteral("cannot create the data directory %1").arg(m_dir);
        return false;
    }
    QFile aliases(m_dir + QStringLiteral("/aliases.json"));
    if (aliases.exists()) {
        if (!aliases.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(aliases.fileName());
            return false;
        }
        const QJsonObject o = QJsonDocument::fromJson(aliases.readAll()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            m_aliases.insert(it.key(), it.value().toString());
    }
    const QDir cols(m_dir + QStringLiteral("/collections"));
    for (const QString& entry : cols.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (entry.contains(QLatin1String(".deleting-"))) {
            QDir(cols.filePath(entry)).removeRecursively();
            continue;
        }
        QString why;
        if (!loadCollection(cols.filePath(entry), &why)) {
            qCCritical(lcStorage) << "collection" << decodeName(entry) << "not loaded:" << why;
            m_broken.insert(decodeName(entry), why);
        }
    }
    return true;
}

bool Engine::loadCollection(const QString& dir, QString* error)
{
    const QString name = decodeName(QFileInfo(dir).fileName());
    auto stored = std::make_unique<Stored>();
    stored->dir = dir;
    const QString file = dir + QStringLiteral("/collection.vdc");
    if (!QFile::exists(file)) {
        *error = QStringLiteral("%1 is missing").arg(file);
        return false;
    }
    LoadedCollection loaded = CollectionFile::load(file, error);
    if (!loaded.collection) {
        *error = QStringLiteral("%1: %2").arg(file, *error);
        return false;
    }
    loaded.collection->setName(name);
    QList<QCborMap> records;
    if (!stored->wal.open(dir + QStringLiteral("/wal.log"), &records, error)) return false;
    stored->seq = loaded.seq;
    stored->compactedBytes = QFileInfo(file).size();
    for (const QCborMap& r : records) {
        const quint64 seq = quint64(r.value(QLatin1String("seq")).toInteger());
        if (seq <= loaded.seq)
            continue; // already in the compacted file (crash between compaction and log reset)
        applyRecord(*loaded.collection, r);
        stored->seq = seq;
    }
    stored->collection = std::move(loaded.collection);
    m_collections[name] = std::move(stored);
    return true;
}

void Engine::close()
{
    for (auto& kv : m_collections) {
        QString why;
        if (kv.second->wal.size() > 0 && !compact(*kv.second, &why))
            qCWarning(lcStorage) << "compaction of" << kv.first << "failed:" << why;
    }
    m_collections.clear();
}

bool Engine::compact(Stored& s, QString* error)
{
    const QString file = s.dir + QStringLiteral("/collection.vdc");
    if (!CollectionFile::save(*s.collection, s.seq, file, error)) return false;
    s.compactedBytes = QFileInfo(file).size();
    return s.wal.reset(error);
}

QString Engine::resolve(const QString& n) const
{
    return m_aliases.value(n, n);
}

Collection* Engine::find(const QString& nameOrAlias, EngineError* error)
{
    const QString name = resolve(nameOrAlias);
    const auto it = m_collections.find(name);
    if (it != m_collections.end()) return it->second->collection.get();
    if (m_broken.contains(name)) {
        *error = {500, QStringLiteral(
                           "Service internal error: collection `%1` is out of service because its storage "
                           "is damaged: %2")
                           .arg(name, m_broken.value(name))};
        return nullptr;
    }
    *error = {404, QStringLiteral("Not found: Collection `%1` doesn't exist!").arg(nameOrAlias)};
    return nullptr;
}

QStringList Engine::collectionNames() const
{
    QStringList out;
    for (const auto& kv : m_collections)
        out.append(kv.first);
    return out;
}

bool Engine::installCollection(std::unique_ptr<Collection> c, EngineError* error)
{
    const QString name = c->name();
    const QString dir = collectionDir(name);
    const QString staging = dir + QStringLiteral(".staging");
    QDir(staging).removeRecursively();
    QString why;
    if (!QDir().mkpath(staging) ||
        !CollectionFile::save(*c, 0, staging + QStringLiteral("/collection.vdc"), &why)) {
        *error = {500, QStringLiteral("Service internal error: cannot write collection files: %1").arg(why)};
        return false;
    }
    auto it = m_collections.find(name);
    if (it != m_collections.end()) {
        m_collections.erase(it);
        removeTree(dir);
    }
    if (!QDir().rename(staging, dir)) {
        *error = {500, QStringLiteral("Service internal error: cannot move collection files into place")};
        return false;
    }
    auto stored = std::make_unique<Stored>();
    stored->dir = dir;
    QList<QCborMap> none;
    if (!stored->wal.open(dir + QStringLiteral("/wal.log"), &none, &why)) {
        *error = {500, QStringLiteral("Service internal error: %1").arg(why)};
        return false;
    }
    stored->collection = std::move(c);
    m_collections[name] = std::move(stored);
    m_broken.remove(name);
    return true;
}

bool Engine::createCollection(const QString& name, const QJsonObject& body, EngineError* error)
{
    QString why;
    if (!validName(name, &why)) {
        *error = {422, QStringLiteral("Validation error in path parameters: [name: %1]").arg(why)};
        return false;
    }
    if (m_collections.count(name) || m_broken.contains(name)) {
        *error = {409, QStringLiteral("Wrong input: Collection `%1` already exists!").arg(name)};
        return false;
    }
    if (m_aliases.contains(name)) {
        *error = {409, QStringLiteral("Wrong input: Alias `%1` already exists!").arg(name)};
        return false;
    }
    auto c = Collection::create(name, body, &why);
    if (!c) {
        *error = {400, QStringLiteral("Bad request: %1").arg(why)};
        return false;
    }
    return installCollection(std::move(c), error);
}

bool Engine::deleteCollection(const QString& nameOrAlias, EngineError* error)
{
    const QString name = resolve(nameOrAlias);
    const bool broken = m_broken.contains(name);
    const auto it = m_collections.find(name);
    if (it == m_collections.end() && !broken) return false;
    if (it != m_collections.end()) m_collections.erase(it);
    m_broken.remove(name);
    removeTree(collectionDir(name));
    // Aliases of a deleted collection go with it, as in Qdrant.
    bool aliasesChanged = false;
    for (auto a = m_aliases.begin(); a != m_aliases.end();) {
        if (a.value() == name) {
            a = m_aliases.erase(a);
            aliasesChanged = true;
        } else {
            ++a;
        }
    }
    QString why;
    if (aliasesChanged && !saveAliases(&why)) {
        *error = {500, QStringLiteral("Service internal error: %1").arg(why)};
        return false;
    }
    return true;
}

bool Engine::updateCollection(const QString& name, const QJsonObject& patch, EngineError* error)
{
    Collection* c = find(name, error);
    if (!c) return false;
    // Validate on a copy of the configuration first so a bad patch changes nothing.
    QString why;
    auto probe = Collection::create(c->name(), c->createBody(), &why);
    if (!probe || !probe->updateConfig(patch, &why)) {
        *error = {400, QStringLiteral("Bad request: %1").arg(why)};
        return false;
    }
    QCborMap r;
    r.insert(QLatin1String("op"), QLatin1String("update_config"));
    r.insert(QLatin1String("patch"), QCborValue::fromJsonValue(patch));
    return write(c->name(), r, error).has_value();
}

bool Engine::saveAliases(QString* error)
{
    QJsonObject o;
    for (auto it = m_aliases.begin(); it != m_aliases.end(); ++it)
        o.insert(it.key(), it.value());
    QSaveFile f(m_dir + QStringLiteral("/aliases.json"));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0) {
        *error = f.errorString();
        return false;
    }
    return commitDurably(&f, error);
}

bool Engine::updateAliases(const QJsonArray& actions, EngineError* error)
{
    QMap<QString, QString> next = m_aliases;
    for (int i = 0; i < actions.size(); ++i) {
        const QJsonObject a = actions[i].toObject();
        const QString at = QStringLiteral("actions[%1]").arg(i);
        if (a.contains(QLatin1String("create_alias"))) {
            const QJsonObject c = a.value(QLatin1String("create_alias")).toObject();
            const QString alias = c.value(QLatin1String("alias_name")).toString();
            const QString col = c.value(QLatin1String("collection_name")).toString();
            if (alias.isEmpty() || col.isEmpty()) {
                *error = {400,
                          QStringLiteral(
                              "Bad request: %1.create_alias: alias_name and collection_name are required")
                              .arg(at)};
                return false;
            }
            if (!m_collections.count(col)) {
                *error = {404, QStringLiteral("Not found: Collection `%1` doesn't exist!").arg(col)};
                return false;
            }
            if (m_collections.count(alias)) {
                *error = {409, QStringLiteral("Wrong input: Collection `%1` already exists!").arg(alias)};
                return false;
            }
            next.insert(alias, col); // creating an existing alias re-points it, as Qdrant does
        } else if (a.contains(QLatin1String("delete_alias"))) {
            const QString alias = a.value(QLatin1String("delete_alias"))
                                      .toObject()
                                      .value(QLatin1String("alias_name"))
                                      .toString();
            if (!next.contains(alias)) {
                *error = {404, QStringLiteral("Not found: Alias `%1` doesn't exist!").arg(alias)};
                return false;
            }
            next.remove(alias);
        } else if (a.contains(QLatin1String("rename_alias"))) {
            const QJsonObject r = a.value(QLatin1String("rename_alias")).toObject();
            const QString from = r.value(QLatin1String("old_alias_name")).toString();
            const QString to = r.value(QLatin1String("new_alias_name")).toString();
            if (!next.contains(from)) {
                *error = {404, QStringLiteral("Not found: Alias `%1` doesn't exist!").arg(from)};
                return false;
            }
            if (to.isEmpty() || m_collections.count(to)) {
                *error = {409, QStringLiteral("Wrong input: `%1` is not available as an alias name").arg(to)};
                return false;
            }
            next.insert(to, next.take(from));
        } else {
            *error = {400,
                      QStringLiteral("Bad request: %1: expected create_alias, delete_alias or rename_alias")
                          .arg(at)};
            return false;
        }
    }
    const QMap<QString, QString> previous = m_aliases;
    m_aliases = next;
    QString why;
    if (!saveAliases(&why)) {
        m_aliases = previous;
        *error = {500, QStringLiteral("Service internal error: cannot save aliases: %1").arg(why)};
        return false;
    }
    return true;
}

QCborMap Engine::encodeIds(const QList<PointId>& ids)
{
    QCborArray a;
    for (const PointId& id : ids)
        a.append(idToCbor(id));
    QCborMap m;
    m.insert(QLatin1String("ids"), a);
    return m;
}

QCborMap Engine::encodePoints(const QList<PointWrite>& points)
{
    QCborArray arr;
    for (const PointWrite& p : points) {
        QCborMap m;
        m.insert(QLatin1String("id"), idToCbor(p.id));
        QCborMap vecs;
        for (auto it = p.vectors.begin(); it != p.vectors.end(); ++it) {
            QByteArray b(qsizetype(it->size() * sizeof(float)), Qt::Uninitialized);
            for (size_t i = 0; i < it->size(); ++i)
                qToLittleEndian<float>((*it)[i], b.data() + i * sizeof(float));
            vecs.insert(it.key(), b);
        }
        m.insert(QLatin1String("v"), vecs);
        m.insert(QLatin1String("p"), QCborMap::fromJsonObject(p.payload));
        arr.append(m);
    }
    QCborMap r;
    r.insert(QLatin1String("points"), arr);
    return r;
}

void Engine::applyRecord(Collection& c, const QCborMap& r)
{
    const QString op = r.value(QLatin1String("op")).toString();
    const quint64 v = quint64(r.value(QLatin1String("seq")).toInteger());
    if (op == QLatin1String("upsert"))
        c.upsert(pointsFrom(r), v);
    else if (op == QLatin1String("delete"))
        c.remove(idsFrom(r), v);
    else if (op == QLatin1String("set_payload"))
        c.setPayload(idsFrom(r), r.value(QLatin1String("payload")).toMap().toJsonObject(),
                     r.value(QLatin1String("key")).toString(), v);
    else if (op == QLatin1String("overwrite_payload"))
        c.overwritePayload(idsFrom(r), r.value(QLatin1String("payload")).toMap().toJsonObject(), v);
    else if (op == QLatin1String("delete_payload")) {
        QStringList keys;
        for (const QCborValue& k : r.value(QLatin1String("keys")).toArray())
            keys.append(k.toString());
        c.deletePayloadKeys(idsFrom(r), keys, v);
    } else if (op == QLatin1String("clear_payload"))
        c.clearPayload(idsFrom(r), v);
    else if (op == QLatin1String("update_vectors"))
        c.updateVectors(pointsFrom(r), v);
    else if (op == QLatin1String("delete_vectors")) {
        QStringList names;
        for (const QCborValue& k : r.value(QLatin1String("names")).toArray())
            names.append(k.toString());
        c.deleteVectors(idsFrom(r), names, v);
    } else if (op == QLatin1String("create_index"))
        c.createIndex(r.value(QLatin1String("field")).toString(),
                      r.value(QLatin1String("schema")).toJsonValue());
    else if (op == QLatin1String("delete_index"))
        c.deleteIndex(r.value(QLatin1String("field")).toString());
    else if (op == QLatin1String("update_config")) {
        QString ignored;
        c.updateConfig(r.value(QLatin1String("patch")).toMap().toJsonObject(), &ignored);
    } else
        qCWarning(lcStorage) << "unknown log record" << op;
}

std::optional<quint64> Engine::write(const QString& collection, QCborMap record, EngineError* error)
{
    const auto it = m_collections.find(resolve(collection));
    if (it == m_collections.end()) {
        find(collection, error);
        return std::nullopt;
    }
    Stored& s = *it->second;
    const quint64 seq = s.seq + 1;
    record.insert(QLatin1String("seq"), qint64(seq));
    QString why;
    if (!s.wal.append(record, &why)) {
        *error = {500, QStringLiteral("Service internal error: %1").arg(why)};
        return std::nullopt;
    }
    s.seq = seq;
    applyRecord(*s.collection, record);
    // Fold the log once it is as large as the compacted file (at least 64 MB): rewriting is linear in the
    // collection, so this keeps the total bytes written proportional to the bytes logged.
    if (s.wal.size() > std::max(kCompactLogBytes, s.compactedBytes) && !compact(s, &why))
        qCWarning(lcStorage) << "compaction failed, the log keeps growing:" << why;
    return seq;
}

QString Engine::sha256File(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return QString();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

namespace {
SnapshotInfo describe(const QString& path)
{
    const QFileInfo fi(path);
    SnapshotInfo s;
    s.name = fi.fileName();
    s.path = path;
    s.size = fi.size();
    s.created = fi.lastModified().toUTC();
    QFile sum(path + QStringLiteral(".checksum"));
    if (sum.open(QIODevice::ReadOnly)) s.checksum = QString::fromLatin1(sum.readAll().trimmed());
    return s;
}
bool writeChecksum(const QString& path, QString* error)
{
    QSaveFile sum(path + QStringLiteral(".checksum"));
    if (!sum.open(QIODevice::WriteOnly) || sum.write(Engine::sha256File(path).toLatin1()) < 0) {
        *error = sum.errorString();
        return false;
    }
    return commitDurably(&sum, error);
}
QString timestampName(const QString& prefix)
{
    return QStringLiteral("%1-%2-%3.snapshot")
        .arg(prefix)
        .arg(QRandomGenerator::global()->bounded(1000000000))
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd-HH-mm-ss")));
}
} // namespace

std::optional<SnapshotInfo> Engine::createSnapshot(const QString& collection, EngineError* error)
{
    Collection* c = find(collection, error);
    if (!c) return std::nullopt;
    const QString dir = snapshotDir(c->name());
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + timestampName(c->name());
    QString why;
    const quint64 seq = m_collections.at(c->name())->seq;
    if (!CollectionFile::save(*c, seq, path, &why) || !writeChecksum(path, &why)) {
        QFile::remove(path);
        *error = {500, QStringLiteral("Service internal error: cannot write the snapshot: %1").arg(why)};
        return std::nullopt;
    }
    return describe(path);
}

QList<SnapshotInfo> Engine::listSnapshots(const QString& collection) const
{
    QList<SnapshotInfo> out;
    const QDir dir(snapshotDir(collection));
    for (const QString& f : dir.entryList({QStringLiteral("*.snapshot")}, QDir::Files, QDir::Name))
        out.append(describe(dir.filePath(f)));
    return out;
}

std::optional<SnapshotInfo> Engine::findSnapshot(const QString& collection, const QString& name) const
{
    if (name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.')) ||
        !name.endsWith(QLatin1String(".snapshot")))
        return std::nullopt;
    const QString path = snapshotDir(collection) + QLatin1Char('/') + name;
    if (!QFileInfo(path).isFile()) return std::nullopt;
    return describe(path);
}

bool Engine::deleteSnapshot(const QString& collection, const QString& name, EngineError* error)
{
    const auto s = findSnapshot(collection, name);
    if (!s) {
        *error = {404, QStringLiteral("Not found: Snapshot %1 not found").arg(name)};
        return false;
    }
    QFile::remove(s->path + QStringLiteral(".checksum"));
    if (!QFile::remove(s->path)) {
        *error = {500, QStringLiteral("Service internal error: cannot delete %1").arg(name)};
        return false;
    }
    return true;
}

std::optional<SnapshotInfo> Engine::createFullSnapshot(EngineError* error)
{
    const QString path =
        snapshotDir(QString()) + QLatin1Char('/') + timestampName(QStringLiteral("full-snapshot"));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = {500, QStringLiteral("Service internal error: cannot write %1").arg(path)};
        return std::nullopt;
    }
    // Container: magic | u32 header length | header JSON (aliases, collections with sizes) | collection
    // files.
    QList<QByteArray> blobs;
    QJsonArray cols;
    for (const auto& kv : m_collections) {
        QByteArray blob;
        QBuffer buf(&blob);
        buf.open(QIODevice::WriteOnly);
        QString why;
        CollectionFile::write(*kv.second->collection, kv.second->seq, &buf, &why);
        cols.append(QJsonObject{{QStringLiteral("name"), kv.first}, {QStringLiteral("size"), blob.size()}});
        blobs.append(blob);
    }
    QJsonObject aliases;
    for (auto it = m_aliases.begin(); it != m_aliases.end(); ++it)
        aliases.insert(it.key(), it.value());
    const QByteArray header = QJsonDocument(QJsonObject{{QStringLiteral("aliases"), aliases},
                                                        {QStringLiteral("collections"), cols}})
                                  .toJson(QJsonDocument::Compact);
    QByteArray len(4, Qt::Uninitialized);
    qToLittleEndian<quint32>(quint32(header.size()), len.data());
    f.write(kFullMagic + len + header);
    for (const QByteArray& b : blobs)
        f.write(b);
    QString why;
    if (!commitDurably(&f, &why) || !writeChecksum(path, &why)) {
        *error = {500, QStringLiteral("Service internal error: cannot write the full snapshot")};
        return std::nullopt;
    }
    return describe(path);
}

bool Engine::recoverFromFile(const QString& collection, const QString& file, const QString& priority,
                             const QString& expectedChecksum, EngineError* error)
{
    QString why;
    if (!validName(collection, &why)) {
        *error = {422, QStringLiteral("Validation error in path parameters: [name: %1]").arg(why)};
        return false;
    }
    if (!expectedChecksum.isEmpty()) {
        const QString actual = sha256File(file);
        if (actual.compare(expectedChecksum, Qt::CaseInsensitive) != 0) {
            *error = {400, QStringLiteral("Bad request: Snapshot checksum mismatch: expected %1, got %2")
                               .arg(expectedChecksum, actual)};
            return false;
        }
    }
    LoadedCollection loaded = CollectionFile::load(file, &why);
    if (!loaded.collection) {
        *error = {400, QStringLiteral("Bad request: cannot restore snapshot: %1").arg(why)};
        return false;
    }
    const QString name = resolve(collection);
    loaded.collection->setName(name);
    const auto existing = m_collections.find(name);
    if (priority == QLatin1String("replica") && existing != m_collections.end() &&
        existing->second->collection->pointCount() > 0) {
        // `replica` prefers the data already there: only points missing locally come from the snapshot.
        Collection& snap = *loaded.collection;
        QList<PointWrite> missing;
        for (const auto& kv : snap.ids()) {
            if (existing->second->collection->slotOf(kv.first)) continue;
            PointWrite w;
            w.id = kv.first;
            w.payload = snap.record(kv.second).payload;
            for (const VectorSpace& s : snap.spaces())
                if (s.present[size_t(kv.second)])
                    w.vectors.insert(s.name, std::vector<float>(s.at(kv.second), s.at(kv.second) + s.dim));
            missing.append(std::move(w));
        }
        if (missing.isEmpty()) return true;
        QCborMap r = encodePoints(missing);
        r.insert(QLatin1String("op"), QLatin1String("upsert"));
        return write(name, r, error).has_value();
    }
    return installCollection(std::move(loaded.collection), error);
}

} // namespace vd::engine
