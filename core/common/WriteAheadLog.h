#pragma once
// Append-only log of a collection's operations. Each record is framed as
//   u32 length | u32 CRC-32 of the body | body (CBOR: {"seq", "op", ...}),
// and append() returns only after the record is fsynced, so an acknowledged write survives kill -9.
// On open, a torn tail (a partial last record, as left by a crash mid-append) is detected and cut off;
// a bad record followed by further data is corruption, reported and never silently dropped.
#include <QCborMap>
#include <QFile>
#include <QList>

namespace vd {

class WriteAheadLog
{
public:
    // Reads every intact record of `path`, truncating a torn tail. Returns false with *error on corruption.
    bool open(const QString& path, QList<QCborMap>* records, QString* error);
    bool append(const QCborMap& record, QString* error);
    // Empties the log once its records are in a compacted file.
    bool reset(QString* error);
    void close() { m_file.close(); }
    qint64 size() const { return m_file.size(); }
    int droppedTailBytes() const { return m_dropped; }

    static quint32 crc32(const QByteArray& data);

private:
    QFile m_file;
    int m_dropped = 0;
};

} // namespace vd
