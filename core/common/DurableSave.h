#pragma once
// Commits a QSaveFile so that it is on disk before it replaces the old file: flush, fsync, then the
// atomic rename. A crash leaves either the old file or the complete new one, never a partial one.
#include <QSaveFile>
#include <unistd.h>

namespace vd {

inline bool commitDurably(QSaveFile* file, QString* error)
{
    if (!file->flush() || ::fsync(file->handle()) != 0 || !file->commit()) {
        if (error) *error = file->errorString();
        return false;
    }
    return true;
}

} // namespace vd
