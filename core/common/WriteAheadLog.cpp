#include "common/WriteAheadLog.h"

#include "common/Logging.h"

#include <QCborValue>
#include <QtEndian>
#include <array>
#include <unistd.h>

namespace vd {

quint32 WriteAheadLog::crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

bool WriteAheadLog::open(const QString& path, QList<QCborMap>* records, QString* error)
{
    if (m_file.isOpen()) m_file.close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite)) {
        *error = QStringLiteral("cannot open log %1: %2").arg(path, m_file.errorString());
        return false;
    }
    const QByteArray all = m_file.readAll();
    qint64 pos = 0;
    while (pos < all.size()) {
        if (all.size() - pos < 8) break; // torn frame header
        const quint32 len = qFromLittleEndian<quint32>(all.constData() + pos);
        const quint32 crc = qFromLittleEndian<quint32>(all.constData() + pos + 4);
        if (qint64(len) > all.size() - pos - 8) break; // torn body
        const QByteArray body = all.mid(pos + 8, len);
        if (crc32(body) != crc) {
            if (pos + 8 + qint64(len) == all.size()) break; // the last record was torn inside its body
            *error =
                QStringLiteral("log %1 is corrupt at byte %2 (checksum mismatch with %3 bytes after it); "
                               "the collection was not loaded and its files were left untouched")
                    .arg(path)
                    .arg(pos)
                    .arg(all.size() - pos - 8 - len);
            return false;
        }
        records->append(QCborValue::fromCbor(body).toMap());
        pos += 8 + len;
    }
    if (pos < all.size()) {
        m_dropped = int(all.size() - pos);
        qCWarning(lcStorage) << "dropping a torn tail of" << m_dropped << "bytes from" << path;
        if (!m_file.resize(pos)) {
            *error =
                QStringLiteral("cannot truncate torn log tail of %1: %2").arg(path, m_file.errorString());
            return false;
        }
        ::fsync(m_file.handle());
    }
    m_file.seek(m_file.size());
    return true;
}

bool WriteAheadLog::append(const QCborMap& record, QString* error)
{
    const QByteArray body = record.toCborValue().toCbor();
    QByteArray frame(8, Qt::Uninitialized);
    qToLittleEndian<quint32>(quint32(body.size()), frame.data());
    qToLittleEndian<quint32>(crc32(body), frame.data() + 4);
    frame += body;
    if (m_file.write(frame) != frame.size() || !m_file.flush() || ::fdatasync(m_file.handle()) != 0) {
        *error = QStringLiteral("cannot append to the log: %1").arg(m_file.errorString());
        return false;
    }
    return true;
}

bool WriteAheadLog::reset(QString* error)
{
    if (!m_file.resize(0) || !m_file.seek(0)) {
        *error = QStringLiteral("cannot reset the log: %1").arg(m_file.errorString());
        return false;
    }
    ::fsync(m_file.handle());
    return true;
}

} // namespace vd
