#pragma once
// Where an embedding job's rows come from: JSONL or CSV files, or a query on an SQL database through
// Qt SQL (SQLite, PostgreSQL). Sources stream: a row is read when the job asks for it, so a 100k-row file
// never sits in memory. A row that cannot be read (a bad JSONL line) is reported with its number and the
// job dead-letters it; a source that fails (file gone, SQL error) stops the job.
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <memory>

namespace vd {

struct SourceRow
{
    QJsonObject fields;
    qint64 number = 0; // 1-based row (CSV: data row after the header; JSONL: line)
};

struct SourceSpec
{
    QString type;  // jsonl | csv | sqlite | postgresql
    QString path;  // files and SQLite, absolute
    QString query; // SQL
    QChar delimiter = QLatin1Char(',');
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database;
    QString user;
    QString passwordEnv; // the password is read from this environment variable
    QByteArray password; // in memory only

    static bool fromJson(const QJsonObject& o, const QString& baseDir, SourceSpec* out, QString* error);
    QJsonObject toJson() const;
};

class RowSource
{
    Q_DECLARE_TR_FUNCTIONS(RowSource)
public:
    enum class Read { Row, BadRow, End, Failed };
    virtual ~RowSource() = default;
    virtual bool open(QString* error) = 0;
    // Row: *row is set. BadRow: *message says what is wrong with row->number. Failed: *message says why.
    virtual Read next(SourceRow* row, QString* message) = 0;
    // How many rows there are, counted by a separate pass (a file scan, or SELECT COUNT(*) around the
    // query); -1 when it cannot be known cheaply.
    virtual qint64 countRows(QString* error) = 0;
    virtual QString describe() const = 0;

    static std::unique_ptr<RowSource> create(const SourceSpec& spec);
};

} // namespace vd
