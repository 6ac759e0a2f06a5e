#pragma once
// The engine's own on-disk format for one collection, used both for compacted storage and for
// collection snapshots (so a snapshot is exactly a compacted collection file):
//   "VDCOL\x01\r\n" | u32 header length | header (JSON: name, create body, indexes, seq) |
//   u64 point count | points (id, version, per space: present flag + float32 values, CBOR payload) |
//   SHA-256 of all preceding bytes.
// It is not Qdrant's snapshot format: Qdrant snapshots cannot be restored into the engine, nor the reverse.
#include <QIODevice>
#include <QString>
#include <memory>

namespace vd::engine {

class Collection;

struct LoadedCollection
{
    std::unique_ptr<Collection> collection;
    quint64 seq = 0; // last log sequence number contained in the file
};

namespace CollectionFile {
// Writes `c` to `device`; returns false with *error on I/O failure.
bool write(const Collection& c, quint64 seq, QIODevice* device, QString* error);
// Reads and verifies a file written by write(). A truncated or altered file is refused with a
// message saying what is wrong; nothing is guessed.
LoadedCollection read(QIODevice* device, QString* error);
// Atomic save: a QSaveFile, flushed to disk before it replaces `path`.
bool save(const Collection& c, quint64 seq, const QString& path, QString* error);
LoadedCollection load(const QString& path, QString* error);
} // namespace CollectionFile

} // namespace vd::engine
