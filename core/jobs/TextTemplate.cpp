#include "TextTemplate.h"

#include <QJsonArray>
#include <cmath>

namespace vd {

namespace {
const QStringList kFilters{QStringLiteral("upper"),  QStringLiteral("lower"),  QStringLiteral("capitalize"),
                           QStringLiteral("date"),   QStringLiteral("signed"), QStringLiteral("join"),
                           QStringLiteral("default")};
}

bool TextTemplate::parse(const QString& source, QString* error)
{
    QList<Part> parts;
    QString literal;
    for (int i = 0; i < source.size(); ++i) {
        const QChar c = source[i];
        if (c == QLatin1Char('{') && i + 1 < source.size() && source[i + 1] == QLatin1Char('{')) {
            literal += c;
            ++i;
        } else if (c == QLatin1Char('}') && i + 1 < source.size() && source[i + 1] == QLatin1Char('}')) {
            literal += c;
            ++i;
        } else if (c == QLatin1Char('}')) {
            *error = tr("position %1: '}' without '{' (write '}}' for a literal brace)").arg(i + 1);
            return false;
        } else if (c == QLatin1Char('{')) {
            const int end = int(source.indexOf(QLatin1Char('}'), i));
            if (end < 0) {
                *error = tr("position %1: '{' is never closed").arg(i + 1);
                return false;
            }
            const QStringList pieces = source.mid(i + 1, end - i - 1).split(QLatin1Char('|'));
            Part p;
            p.field = pieces.first().trimmed();
            if (p.field.isEmpty() || p.field.contains(QLatin1Char('{'))) {
                *error = tr("position %1: expected a field name inside the braces").arg(i + 1);
                return false;
            }
            for (int k = 1; k < pieces.size(); ++k) {
                const QString f = pieces[k].trimmed();
                const int colon = int(f.indexOf(QLatin1Char(':')));
                Filter filter{colon < 0 ? f : f.left(colon), colon < 0 ? QString() : f.mid(colon + 1)};
                if (!kFilters.contains(filter.name)) {
                    *error = tr("position %1: unknown filter '%2' (expected one of: %3)")
                                 .arg(i + 1)
                                 .arg(filter.name, kFilters.join(QStringLiteral(", ")));
                    return false;
                }
                p.filters.append(filter);
            }
            if (!literal.isEmpty()) parts.append(Part{literal, QString(), {}});
            literal.clear();
            parts.append(p);
            i = end;
        } else {
            literal += c;
        }
    }
    if (!literal.isEmpty()) parts.append(Part{literal, QString(), {}});
    m_parts = parts;
    m_source = source;
    return true;
}

QJsonValue TextTemplate::lookup(const QJsonObject& row, const QString& path)
{
    if (row.contains(path)) return row.value(path); // a flat key may itself contain dots
    QJsonValue v = row;
    for (const QString& seg : path.split(QLatin1Char('.'))) {
        if (!v.isObject()) return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(seg);
    }
    return v;
}

QString TextTemplate::toText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 1e15) return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& x : v.toArray())
            items.append(toText(x));
        return items.join(QStringLiteral(", "));
    }
    default:
        return QString();
    }
}

QString TextTemplate::render(const QJsonObject& row) const
{
    QString out;
    for (const Part& p : m_parts) {
        if (p.field.isEmpty()) {
            out += p.literal;
            continue;
        }
        const QJsonValue v = lookup(row, p.field);
        QString s = toText(v);
        for (const Filter& f : p.filters) {
            if (f.name == QLatin1String("upper"))
                s = s.toUpper();
            else if (f.name == QLatin1String("lower"))
                s = s.toLower();
            else if (f.name == QLatin1String("capitalize"))
                s = s.left(1).toUpper() + s.mid(1);
            else if (f.name == QLatin1String("date"))
                s = s.left(10);
            else if (f.name == QLatin1String("signed")) {
                bool ok = false;
                const double d = s.toDouble(&ok);
                if (ok && d >= 0 && !s.startsWith(QLatin1Char('+'))) s.prepend(QLatin1Char('+'));
            } else if (f.name == QLatin1String("join")) {
                // toText already joins arrays; kept so templates can say what they expect.
            } else if (f.name == QLatin1String("default") && s.isEmpty()) {
                s = f.arg;
            }
        }
        out += s;
    }
    return out;
}

QStringList TextTemplate::fields() const
{
    QStringList f;
    for (const Part& p : m_parts)
        if (!p.field.isEmpty() && !f.contains(p.field)) f.append(p.field);
    return f;
}

} // namespace vd
