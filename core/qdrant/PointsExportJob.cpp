#include "PointsExportJob.h"

#include "QdrantClient.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace vd {

PointsExportJob::PointsExportJob(QdrantClient* client, const QString& collection,
                                 const std::optional<Filter>& filter, Format format, const QString& path,
                                 const QStringList& columns, bool withVector, QObject* parent)
    : ClientJob(parent), m_client(client), m_collection(collection), m_filter(filter), m_format(format),
      m_path(path), m_columns(columns), m_withVector(withVector)
{
}

PointsExportJob::~PointsExportJob()
{
    delete m_file; // uncommitted: QSaveFile discards the temporary file
}

QByteArray PointsExportJob::csvField(const QString& value)
{
    QByteArray v = value.toUtf8();
    if (v.contains(',') || v.contains('"') || v.contains('\n') || v.contains('\r')) {
        v.replace('"', "\"\"");
        v = '"' + v + '"';
    }
    return v;
}

void PointsExportJob::abort()
{
    if (isFinished()) return;
    m_aborted = true;
    if (m_current) m_current->abort();
    fail(QdrantError(QdrantError::Kind::Cancelled, tr("cancelled")));
}

void PointsExportJob::fail(const QdrantError& e)
{
    delete m_file;
    m_file = nullptr;
    finish(e);
}

void PointsExportJob::start()
{
    m_file = new QSaveFile(m_path);
    if (!m_file->open(QIODevice::WriteOnly))
        return fail(QdrantError(QdrantError::Kind::InvalidRequest,
                                tr("cannot write %1: %2").arg(m_path, m_file->errorString())));
    RequestJob* count = m_client->count(m_collection, m_filter, true);
    m_current = count;
    connect(count, &ClientJob::finished, this, [this, count]() {
        if (m_aborted) return;
        if (count->error().isError()) return fail(count->error());
        m_total = count->result().toObject().value(QLatin1String("count")).toInteger();
        Q_EMIT progress(0, m_total);
        nextPage();
    });
}

void PointsExportJob::nextPage()
{
    RequestJob* page = m_client->scroll(m_collection, m_filter, 1000, m_offset, true, m_withVector);
    m_current = page;
    connect(page, &ClientJob::finished, this, [this, page]() {
        if (m_aborted) return;
        if (page->error().isError()) return fail(page->error());
        QString why;
        const auto p = ScrollPage::fromJson(page->result(), &why);
        if (!p) return fail(QdrantError(QdrantError::Kind::MalformedResponse, why));
        if (m_format == Format::Csv && !m_headerWritten) {
            if (m_columns.isEmpty())
                for (const Record& r : p->points)
                    for (auto it = r.payload.begin(); it != r.payload.end(); ++it)
                        if (!m_columns.contains(it.key())) m_columns.append(it.key());
            QByteArray header = "id";
            for (const QString& c : m_columns)
                header += ',' + csvField(c);
            m_file->write(header + '\n');
            m_headerWritten = true;
        }
        for (const Record& r : p->points) {
            QByteArray line;
            if (m_format == Format::Jsonl) {
                QJsonObject o{{QStringLiteral("id"), r.id.toJson()}, {QStringLiteral("payload"), r.payload}};
                if (m_withVector) o.insert(QStringLiteral("vector"), r.vector);
                line = QJsonDocument(o).toJson(QJsonDocument::Compact);
            } else {
                line = csvField(r.id.toString());
                for (const QString& c : m_columns)
                    line += ',' + csvField(payloadValueText(r.payload.value(c)));
            }
            if (m_file->write(line + '\n') < 0)
                return fail(QdrantError(QdrantError::Kind::InvalidRequest,
                                        tr("cannot write %1: %2").arg(m_path, m_file->errorString())));
            ++m_written;
        }
        Q_EMIT progress(m_written, qMax(m_total, m_written));
        m_offset = p->nextOffset;
        if (m_offset) return nextPage();
        if (!m_file->commit())
            return fail(QdrantError(QdrantError::Kind::InvalidRequest,
                                    tr("cannot write %1: %2").arg(m_path, m_file->errorString())));
        delete m_file;
        m_file = nullptr;
        finish();
    });
}

} // namespace vd
