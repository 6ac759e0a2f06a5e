#include "CollectionFile.h"

#include "Collection.h"
#include "common/DurableSave.h"

#include <QCborValue>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtEndian>

namespace vd::engine {

namespace {
const QByteArray kMagic("VDCOL\x01\r\n", 8);

// Buffers writes and hashes everything written.
class HashingWriter
{
public:
    explicit HashingWriter(QIODevice* d) : m_dev(d), m_hash(QCryptographicHash::Sha256) {}
    void put(const char* p, qint64 n)
    {
        m_buf.append(p, n);
        if (m_buf.size() > (1 << 20)) flush();
    }
    void put(const QByteArray& b) { put(b.constData(), b.size()); }
    template <typename T> void num(T v)
    {
        T le = qToLittleEndian(v);
        put(reinterpret_cast<const char*>(&le), sizeof(T));
    }
    bool flush()
    {
        m_hash.addData(m_buf);
        const bool ok = m_dev->write(m_buf) == m_buf.size();
        m_ok = m_ok && ok;
        m_buf.clear();
        return m_ok;
    }
    bool finish()
    {
        flush();
        const QByteArray digest = m_hash.result();
        m_ok = m_ok && m_dev->write(digest) == digest.size();
        return m_ok;
    }

private:
    QIODevice* m_dev;
    QCryptographicHash m_hash;
    QByteArray m_buf;
    bool m_ok = true;
};

class HashingReader
{
public:
    explicit HashingReader(QIODevice* d) : m_dev(d), m_hash(QCryptographicHash::Sha256) {}
    bool get(char* p, qint64 n)
    {
        if (m_dev->read(p, n) != n) return false;
        m_hash.addData(QByteArrayView(p, n));
        return true;
    }
    bool get(QByteArray* b, qint64 n)
    {
        b->resize(n);
        return get(b->data(), n);
    }
    template <typename T> bool num(T* v)
    {
        T le;
        if (!get(reinterpret_cast<char*>(&le), sizeof(T))) return false;
        *v = qFromLittleEndian(le);
        return true;
    }
    QByteArray digest() { return m_hash.result(); }
    QIODevice* device() { return m_dev; }

private:
    QIODevice* m_dev;
    QCryptographicHash m_hash;
};
} // namespace

bool CollectionFile::write(const Collection& c, quint64 seq, QIODevice* device, QString* error)
{
    QJsonArray indexes;
    for (auto it = c.indexes().begin(); it != c.indexes().end(); ++it)
        indexes.append(QJsonObject{{QStringLiteral("field"), it.key()},
                                   {QStringLiteral("schema"), it.value()->schema()}});
    const QJsonObject header{{QStringLiteral("name"), c.name()},
                             {QStringLiteral("body"), c.createBody()},
                             {QStringLiteral("indexes"), indexes},
                             {QStringLiteral("seq"), QString::number(seq)},
                             {QStringLiteral("version"), QString::number(c.version())}};
    const QByteArray h = QJsonDocument(header).toJson(QJsonDocument::Compact);
    HashingWriter w(device);
    w.put(kMagic);
    w.num<quint32>(quint32(h.size()));
    w.put(h);
    w.num<quint64>(quint64(c.pointCount()));
    for (const auto& kv : c.ids()) {
        const int slot = kv.second;
        const PointRecord& r = c.record(slot);
        if (r.id.isUuid()) {
            w.num<quint8>(2);
            w.put(r.id.uuid().toRfc4122());
        } else {
            w.num<quint8>(1);
            w.num<quint64>(r.id.number());
        }
        w.num<quint64>(r.version);
        for (const VectorSpace& s : c.spaces()) {
            const bool present = s.present[size_t(slot)];
            w.num<quint8>(present ? 1 : 0);
            if (present)
                for (int i = 0; i < s.dim; ++i)
                    w.num<float>(s.at(slot)[i]);
        }
        const QByteArray p = QCborValue::fromJsonValue(r.payload).toCbor();
        w.num<quint32>(quint32(p.size()));
        w.put(p);
    }
    if (!w.finish()) {
        *error = QStringLiteral("write failed: %1").arg(device->errorString());
        return false;
    }
    return true;
}

LoadedCollection CollectionFile::read(QIODevice* device, QString* error)
{
    HashingReader r(device);
    QByteArray magic;
    if (!r.get(&magic, kMagic.size()) || magic != kMagic) {
        *error =
            QStringLiteral("not a VectorDesk engine collection file (bad magic); Qdrant snapshots cannot be "
                           "restored into the embedded engine");
        return {};
    }
    quint32 hlen = 0;
    QByteArray h;
    if (!r.num(&hlen) || hlen > (64u << 20) || !r.get(&h, hlen)) {
        *error = QStringLiteral("truncated header");
        return {};
    }
    QJsonParseError pe;
    const QJsonObject header = QJsonDocument::fromJson(h, &pe).object();
    if (pe.error != QJsonParseError::NoError) {
        *error = QStringLiteral("corrupt header: %1").arg(pe.errorString());
        return {};
    }
    QString why;
    auto c = Collection::create(header.value(QLatin1String("name")).toString(),
                                header.value(QLatin1String("body")).toObject(), &why);
    if (!c) {
        *error = QStringLiteral("invalid collection configuration in file: %1").arg(why);
        return {};
    }
    quint64 count = 0;
    if (!r.num(&count)) {
        *error = QStringLiteral("truncated before the point count");
        return {};
    }
    const auto& spaces = c->spaces();
    for (quint64 i = 0; i < count; ++i) {
        PointWrite p;
        quint8 kind = 0;
        quint64 version = 0;
        bool ok = r.num(&kind);
        if (ok && kind == 1) {
            quint64 n = 0;
            ok = r.num(&n);
            p.id = PointId::fromNumber(n);
        } else if (ok && kind == 2) {
            QByteArray u;
            ok = r.get(&u, 16);
            p.id = PointId::fromUuid(QUuid::fromRfc4122(u));
        } else {
            ok = false;
        }
        ok = ok && r.num(&version);
        for (size_t s = 0; ok && s < spaces.size(); ++s) {
            quint8 present = 0;
            ok = r.num(&present);
            if (ok && present) {
                std::vector<float> v(size_t(spaces[s].dim));
                ok = r.get(reinterpret_cast<char*>(v.data()), qint64(v.size() * sizeof(float)));
                if (QSysInfo::ByteOrder == QSysInfo::BigEndian)
                    for (float& x : v)
                        x = qFromLittleEndian(x);
                p.vectors.insert(spaces[s].name, std::move(v));
            }
        }
        quint32 plen = 0;
        QByteArray pb;
        ok = ok && r.num(&plen) && plen < (256u << 20) && r.get(&pb, plen);
        if (!ok) {
            *error = QStringLiteral("truncated or corrupt at point %1 of %2").arg(i).arg(count);
            return {};
        }
        p.payload = QCborValue::fromCbor(pb).toJsonValue().toObject();
        c->upsert({p}, version);
    }
    const QByteArray expected = r.digest();
    const QByteArray stored = device->read(32);
    if (stored != expected) {
        *error = QStringLiteral("checksum mismatch: the file is truncated or was altered");
        return {};
    }
    for (const QJsonValue& ix : header.value(QLatin1String("indexes")).toArray())
        c->createIndex(ix[QLatin1String("field")].toString(), ix[QLatin1String("schema")]);
    c->setVersion(header.value(QLatin1String("version")).toString().toULongLong());
    LoadedCollection out;
    out.seq = header.value(QLatin1String("seq")).toString().toULongLong();
    out.collection = std::move(c);
    return out;
}

bool CollectionFile::save(const Collection& c, quint64 seq, const QString& path, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    if (!write(c, seq, &f, error)) {
        f.cancelWriting();
        return false;
    }
    QString why;
    if (!commitDurably(&f, &why)) {
        *error = QStringLiteral("cannot replace %1: %2").arg(path, why);
        return false;
    }
    return true;
}

LoadedCollection CollectionFile::load(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return read(&f, error);
}

} // namespace vd::engine
