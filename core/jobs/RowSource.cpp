#include "RowSource.h"

#include "common/Logging.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace vd {

bool SourceSpec::fromJson(const QJsonObject& o, const QString& baseDir, SourceSpec* out, QString* error)
{
    SourceSpec s;
    s.type = o.value(QLatin1String("type")).toString();
    const QStringList types{QStringLiteral("jsonl"), QStringLiteral("csv"), QStringLiteral("sqlite"),
                            QStringLiteral("postgresql")};
    if (!types.contains(s.type)) {
        *error =
            RowSource::tr("source.type: expected jsonl, csv, sqlite or postgresql, got '%1'").arg(s.type);
        return false;
    }
    const auto path = [&](const QString& p) { return QDir(baseDir).absoluteFilePath(p); };
    if (s.type != QLatin1String("postgresql")) {
        const QString p = o.value(QLatin1String("path")).toString();
        if (p.isEmpty()) {
            *error = RowSource::tr("source.path: expected the %1 file's path").arg(s.type);
            return false;
        }
        s.path = path(p);
    }
    if (s.type == QLatin1String("csv") && o.contains(QLatin1String("delimiter"))) {
        const QString d = o.value(QLatin1String("delimiter")).toString();
        if (d.size() != 1 || d == QLatin1String("\"")) {
            *error = RowSource::tr("source.delimiter: expected one character other than '\"'");
            return false;
        }
        s.delimiter = d[0];
    }
    if (s.type == QLatin1String("sqlite") || s.type == QLatin1String("postgresql")) {
        s.query = o.value(QLatin1String("query")).toString().trimmed();
        if (s.query.isEmpty()) {
            *error = RowSource::tr("source.query: expected the SELECT that returns the rows");
            return false;
        }
    }
    if (s.type == QLatin1String("postgresql")) {
        s.host = o.value(QLatin1String("host")).toString(s.host);
        s.port = o.value(QLatin1String("port")).toInt(s.port);
        s.database = o.value(QLatin1String("database")).toString();
        s.user = o.value(QLatin1String("user")).toString();
        s.passwordEnv = o.value(QLatin1String("password_env")).toString();
        if (s.database.isEmpty()) {
            *error = RowSource::tr("source.database: expected the PostgreSQL database name");
            return false;
        }
        if (o.contains(QLatin1String("password"))) {
            *error = RowSource::tr("source.password: job files never hold passwords; name an environment "
                                   "variable in password_env");
            return false;
        }
        if (!s.passwordEnv.isEmpty()) s.password = qgetenv(s.passwordEnv.toLocal8Bit().constData());
    }
    *out = s;
    return true;
}

QJsonObject SourceSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), type}};
    if (!path.isEmpty()) o.insert(QStringLiteral("path"), path);
    if (!query.isEmpty()) o.insert(QStringLiteral("query"), query);
    if (type == QLatin1String("csv")) o.insert(QStringLiteral("delimiter"), QString(delimiter));
    if (type == QLatin1String("postgresql")) {
        o.insert(QStringLiteral("host"), host);
        o.insert(QStringLiteral("port"), port);
        o.insert(QStringLiteral("database"), database);
        o.insert(QStringLiteral("user"), user);
        if (!passwordEnv.isEmpty()) o.insert(QStringLiteral("password_env"), passwordEnv);
    }
    return o;
}

namespace {

class FileSource : public RowSource
{
public:
    explicit FileSource(const QString& path) : m_file(path) {}
    bool open(QString* error) override
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(m_file.fileName(), m_file.errorString());
            return false;
        }
        return true;
    }
    QString describe() const override { return m_file.fileName(); }

protected:
    // One line without its end of line (and without a UTF-8 byte order mark on the first line).
    bool readLine(QByteArray* line)
    {
        if (m_file.atEnd()) return false;
        *line = m_file.readLine();
        if (line->endsWith('\n')) line->chop(1);
        if (line->endsWith('\r')) line->chop(1);
        if (m_lines++ == 0 && line->startsWith("\xEF\xBB\xBF")) line->remove(0, 3);
        return true;
    }
    qint64 countLines(QString* error, bool skipBlank) const
    {
        QFile f(m_file.fileName());
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.errorString();
            return -1;
        }
        qint64 n = 0;
        while (!f.atEnd()) {
            const QByteArray l = f.readLine().trimmed();
            if (!skipBlank || !l.isEmpty()) ++n;
        }
        return n;
    }
    QFile m_file;
    qint64 m_lines = 0;
};

class JsonlSource : public FileSource
{
public:
    using FileSource::FileSource;
    Read next(SourceRow* row, QString* message) override
    {
        QByteArray line;
        while (readLine(&line)) {
            if (line.trimmed().isEmpty()) continue; // blank lines are not rows
            row->number = m_lines;
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
            if (pe.error != QJsonParseError::NoError) {
                *message = tr("line %1: invalid JSON at column %2: %3")
                               .arg(m_lines)
                               .arg(pe.offset + 1)
                               .arg(pe.errorString());
                return Read::BadRow;
            }
            if (!doc.isObject()) {
                *message = tr("line %1: expected a JSON object").arg(m_lines);
                return Read::BadRow;
            }
            row->fields = doc.object();
            return Read::Row;
        }
        if (m_file.error() != QFileDevice::NoError) {
            *message = m_file.errorString();
            return Read::Failed;
        }
        return Read::End;
    }
    qint64 countRows(QString* error) override { return countLines(error, true); }
};

// RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks. The first record is the
// header.
class CsvSource : public FileSource
{
public:
    CsvSource(const QString& path, QChar delimiter) : FileSource(path), m_delim(delimiter) {}
    bool open(QString* error) override
    {
        if (!FileSource::open(error)) return false;
        QString why;
        if (!readRecord(&m_header, &why)) {
            *error = why.isEmpty() ? tr("%1: the file is empty; expected a header row").arg(m_file.fileName())
                                   : why;
            return false;
        }
        for (int i = 0; i < m_header.size(); ++i) {
            m_header[i] = m_header[i].trimmed();
            if (m_header[i].isEmpty() || m_header.indexOf(m_header[i]) != i) {
                *error = tr("%1: header column %2 is empty or repeated").arg(m_file.fileName()).arg(i + 1);
                return false;
            }
        }
        return true;
    }
    Read next(SourceRow* row, QString* message) override
    {
        QStringList fields;
        QString why;
        for (;;) {
            if (!readRecord(&fields, &why)) {
                if (!why.isEmpty()) {
                    *message = why;
                    return Read::BadRow;
                }
                return Read::End;
            }
            if (!(fields.size() == 1 && fields.first().isEmpty())) break; // skip blank lines
        }
        ++m_rows;
        row->number = m_rows;
        if (fields.size() != m_header.size()) {
            *message = tr("row %1 (line %2): %3 fields, the header has %4")
                           .arg(m_rows)
                           .arg(m_recordLine)
                           .arg(fields.size())
                           .arg(m_header.size());
            return Read::BadRow;
        }
        QJsonObject o;
        for (int i = 0; i < fields.size(); ++i)
            o.insert(m_header[i], fields[i]);
        row->fields = o;
        return Read::Row;
    }
    qint64 countRows(QString* error) override
    {
        CsvSource copy(m_file.fileName(), m_delim);
        if (!copy.open(error)) return -1;
        SourceRow r;
        QString msg;
        qint64 n = 0;
        for (Read x = copy.next(&r, &msg); x == Read::Row || x == Read::BadRow; x = copy.next(&r, &msg))
            ++n;
        return n;
    }

private:
    bool readRecord(QStringList* out, QString* why)
    {
        out->clear();
        QByteArray raw;
        if (!readLine(&raw)) return false;
        m_recordLine = m_lines;
        QString line = QString::fromUtf8(raw);
        QString field;
        bool quoted = false, wasQuoted = false;
        for (int i = 0;; ++i) {
            if (i >= line.size()) {
                if (!quoted) break;
                QByteArray more;
                if (!readLine(&more)) {
                    *why = tr("row starting on line %1: a quoted field is never closed").arg(m_recordLine);
                    return false;
                }
                field += QLatin1Char('\n');
                line = QString::fromUtf8(more);
                i = -1;
                continue;
            }
            const QChar c = line[i];
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                        field += c;
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    field += c;
                }
            } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
                quoted = wasQuoted = true;
            } else if (c == m_delim) {
                out->append(field);
                field.clear();
                wasQuoted = false;
            } else {
                field += c;
            }
        }
        out->append(field);
        return true;
    }
    QChar m_delim;
    QStringList m_header;
    qint64 m_rows = 0;
    qint64 m_recordLine = 0;
};

class SqlSource : public RowSource
{
public:
    explicit SqlSource(const SourceSpec& spec) : m_spec(spec)
    {
        static QAtomicInt counter;
        m_connection = QStringLiteral("vd-source-%1").arg(counter.fetchAndAddRelaxed(1));
    }
    ~SqlSource() override
    {
        m_query.reset();
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen()) {
                if (isPostgres()) db.rollback();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    bool isPostgres() const { return m_spec.type == QLatin1String("postgresql"); }
    QString describe() const override
    {
        return isPostgres() ? QStringLiteral("postgresql://%1@%2:%3/%4")
                                  .arg(m_spec.user, m_spec.host)
                                  .arg(m_spec.port)
                                  .arg(m_spec.database)
                            : m_spec.path;
    }
    // Connects once; later calls reuse the open connection (and report the same failure again).
    bool connectDb(QString* error)
    {
        if (QSqlDatabase::contains(m_connection)) {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen()) return true;
            if (!m_connectError.isEmpty()) {
                *error = m_connectError;
                return false;
            }
        }
        const QString driver = isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
        if (!QSqlDatabase::isDriverAvailable(driver)) {
            *error = tr("the Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2)")
                         .arg(driver, isPostgres() ? QStringLiteral("psql") : QStringLiteral("sqlite"));
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connection);
        if (isPostgres()) {
            db.setHostName(m_spec.host);
            db.setPort(m_spec.port);
            db.setDatabaseName(m_spec.database);
            db.setUserName(m_spec.user);
            db.setPassword(QString::fromUtf8(m_spec.password));
            db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        } else {
            if (!QFile::exists(m_spec.path)) {
                *error = m_connectError = tr("%1: no such SQLite database").arg(m_spec.path);
                return false;
            }
            db.setDatabaseName(m_spec.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!db.open()) {
            *error = m_connectError = tr("cannot open %1: %2").arg(describe(), db.lastError().text());
            return false;
        }
        return true;
    }
    // The user's query runs in a read-only transaction: a job never changes its source.
    bool beginReadOnly(QString* error)
    {
        if (!isPostgres()) return true;
        QSqlQuery q(QSqlDatabase::database(m_connection));
        if (!q.exec(QStringLiteral("BEGIN TRANSACTION READ ONLY"))) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }
    void endTransaction()
    {
        if (isPostgres()) QSqlQuery(QSqlDatabase::database(m_connection)).exec(QStringLiteral("ROLLBACK"));
    }
    bool open(QString* error) override
    {
        if (!connectDb(error)) return false;
        if (!beginReadOnly(error)) return false;
        m_query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection));
        m_query->setForwardOnly(true);
        if (!m_query->exec(m_spec.query)) {
            *error = tr("source.query failed: %1").arg(m_query->lastError().text());
            return false;
        }
        if (!m_query->isSelect()) {
            *error = tr("source.query: expected a query that returns rows (SELECT …)");
            return false;
        }
        return true;
    }
    Read next(SourceRow* row, QString* message) override
    {
        if (!m_query->next()) {
            if (m_query->lastError().isValid()) {
                *message = m_query->lastError().text();
                return Read::Failed;
            }
            return Read::End;
        }
        const QSqlRecord rec = m_query->record();
        QJsonObject o;
        for (int i = 0; i < rec.count(); ++i) {
            const QVariant v = rec.value(i);
            o.insert(rec.fieldName(i),
                     v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v));
        }
        row->fields = o;
        row->number = ++m_rows;
        return Read::Row;
    }
    qint64 countRows(QString* error) override
    {
        if (!connectDb(error)) return -1;
        if (!beginReadOnly(error)) return -1;
        qint64 n = -1;
        {
            QSqlQuery q(QSqlDatabase::database(m_connection));
            QString inner = m_spec.query;
            while (inner.endsWith(QLatin1Char(';')))
                inner.chop(1);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM (%1) AS vd_rows").arg(inner)) && q.next())
                n = q.value(0).toLongLong();
            else
                *error = q.lastError().text();
        }
        endTransaction();
        return n;
    }

private:
    SourceSpec m_spec;
    QString m_connection;
    QString m_connectError;
    std::unique_ptr<QSqlQuery> m_query;
    qint64 m_rows = 0;
};

} // namespace

std::unique_ptr<RowSource> RowSource::create(const SourceSpec& spec)
{
    if (spec.type == QLatin1String("jsonl")) return std::make_unique<JsonlSource>(spec.path);
    if (spec.type == QLatin1String("csv")) return std::make_unique<CsvSource>(spec.path, spec.delimiter);
    return std::make_unique<SqlSource>(spec);
}

} // namespace vd
