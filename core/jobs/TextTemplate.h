#pragma once
// The text embedded for a source row, built from its fields: "{field}" or "{nested.field}", with filters
// "{field|filter|filter:arg}". Filters: upper, lower, capitalize, date (the first 10 characters of an ISO
// date-time), signed (a number with its + sign), join (an array as "a, b"), default:TEXT (when missing or
// empty). "{{" and "}}" are literal braces. A missing field renders as an empty string.
//
//   TextTemplate t;
//   if (!t.parse("{direction|capitalize} {symbol}, closed {closed_at|date}", &error)) ...;
//   QString text = t.render(row);
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace vd {

class TextTemplate
{
    Q_DECLARE_TR_FUNCTIONS(TextTemplate)
public:
    bool parse(const QString& source, QString* error);
    QString render(const QJsonObject& row) const;
    QStringList fields() const; // the field paths it reads, in order of first use
    QString source() const { return m_source; }
    bool isEmpty() const { return m_parts.isEmpty(); }

    // A field's value as text (numbers without trailing zeros, arrays joined with ", ").
    static QString toText(const QJsonValue& v);
    // `path` split on dots, looked up in nested objects; undefined when absent.
    static QJsonValue lookup(const QJsonObject& row, const QString& path);

private:
    struct Filter
    {
        QString name;
        QString arg;
    };
    struct Part
    {
        QString literal; // when field is empty
        QString field;
        QList<Filter> filters;
    };
    QString m_source;
    QList<Part> m_parts;
};

} // namespace vd
