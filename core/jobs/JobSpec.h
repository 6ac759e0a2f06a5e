#pragma once
// An embedding job as written in a job file (docs/embedding-jobs.md): source → text template → provider →
// Qdrant collection, with the flow settings, the payload mapping and the incremental options. Paths in the
// file are relative to the file; secrets are never in it, only the names of environment variables.
#include "RowSource.h"
#include "TextTemplate.h"
#include "embedding/EmbedScheduler.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vd {

// One payload field of the written points and where it comes from.
struct PayloadField
{
    QString target; // payload key
    QString from;   // source field path
    QString type;   // keep | string | integer | double | bool | datetime | list (comma-separated)
};

// The built-in text templates and payload mappings of a schema template collection.
struct JobTemplate
{
    QString id; // e.g. "trading-journal/trades"
    QString collection;
    QString text;
    QString title;
    QString key;
    QString tenantKey;
    QList<PayloadField> payload;
};
QList<JobTemplate> builtInJobTemplates();

struct JobSpec
{
    Q_DECLARE_TR_FUNCTIONS(JobSpec)
public:
    QString name;
    QString filePath; // the job file, when read from one
    SourceSpec source;
    QString key = QStringLiteral("id"); // source field giving each row's stable identity
    TextTemplate text;
    TextTemplate title;
    QList<PayloadField> payload;
    QString tenantKey;  // must be present and non-empty in every written point
    QString templateId; // built-in template used, if any
    // Target
    QUrl qdrantUrl; // empty: $QDRANT_URL
    QString qdrantKeyEnv = QStringLiteral("QDRANT_API_KEY");
    QString collection;
    QString vectorName;            // empty: the collection's unnamed vector
    bool createCollection = false; // create it from the template when missing
    // Provider and flow
    ProviderConfig provider;
    FlowSettings flow;
    // Incremental
    bool incremental = true;
    bool deleteMissing = false;
    // Files
    QString checkpointPath;
    QString deadLetterPath;

    static bool fromJson(const QJsonObject& o, const QString& baseDir, JobSpec* out, QString* error);
    static bool fromFile(const QString& path, JobSpec* out, QString* error);
    // A digest of everything that decides what is written; a checkpoint only resumes the same job.
    QByteArray fingerprint() const;
    QJsonObject describe() const; // the spec as JSON, without secrets (for summaries)
};

} // namespace vd
