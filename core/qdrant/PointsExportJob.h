#pragma once
// Exports every point matching a filter (not one page) to JSONL or CSV: counts first (for progress), then
// scrolls page by page into a QSaveFile, so the file appears under its name only when complete; abort()
// or any failure leaves nothing behind.
//
// JSONL: one {"id","payload"[, "vector"]} per line. CSV: a header "id,<columns…>", values as text, JSON
// for arrays and objects (RFC 4180 quoting).
#include "ClientJobs.h"
#include "Filter.h"

class QSaveFile;

namespace vd {

class QdrantClient;

class PointsExportJob : public ClientJob
{
    Q_OBJECT
public:
    enum class Format { Jsonl, Csv };
    // `columns` (CSV): payload keys to write; empty: the keys of the first page, in order of appearance.
    PointsExportJob(QdrantClient* client, const QString& collection, const std::optional<Filter>& filter,
                    Format format, const QString& path, const QStringList& columns = {},
                    bool withVector = false, QObject* parent = nullptr);
    ~PointsExportJob() override;
    void abort() override;
    qint64 written() const { return m_written; }

    static QByteArray csvField(const QString& value);

protected:
    void start() override;

private:
    void nextPage();
    void fail(const QdrantError& e);
    QdrantClient* m_client;
    QString m_collection;
    std::optional<Filter> m_filter;
    Format m_format;
    QString m_path;
    QStringList m_columns;
    bool m_withVector;
    QSaveFile* m_file = nullptr;
    QPointer<RequestJob> m_current;
    std::optional<PointId> m_offset;
    qint64 m_total = -1;
    qint64 m_written = 0;
    bool m_headerWritten = false;
    bool m_aborted = false;
};

} // namespace vd
