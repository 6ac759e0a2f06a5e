#include "TextTokenizer.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace vd::engine {

namespace {
// A small English list: Qdrant ships per-language lists; others can be given as "custom".
const QStringList kEnglishStopwords = {
    QStringLiteral("a"),    QStringLiteral("an"),   QStringLiteral("and"), QStringLiteral("are"),
    QStringLiteral("as"),   QStringLiteral("at"),   QStringLiteral("be"),  QStringLiteral("by"),
    QStringLiteral("for"),  QStringLiteral("from"), QStringLiteral("in"),  QStringLiteral("is"),
    QStringLiteral("it"),   QStringLiteral("of"),   QStringLiteral("on"),  QStringLiteral("or"),
    QStringLiteral("that"), QStringLiteral("the"),  QStringLiteral("to"),  QStringLiteral("was"),
    QStringLiteral("with")};
} // namespace

TextTokenizer::TextTokenizer(const QJsonObject& p)
{
    m_kind = p.value(QLatin1String("tokenizer")).toString(QStringLiteral("word"));
    m_minLen = p.value(QLatin1String("min_token_len")).toInt(0);
    m_maxLen = p.value(QLatin1String("max_token_len")).toInt(0);
    m_lowercase = p.value(QLatin1String("lowercase")).toBool(true);
    m_asciiFolding = p.value(QLatin1String("ascii_folding")).toBool(false);
    const QJsonValue sw = p.value(QLatin1String("stopwords"));
    auto addLanguage = [this](const QString& lang) {
        if (lang.compare(QLatin1String("english"), Qt::CaseInsensitive) == 0)
            for (const QString& w : kEnglishStopwords)
                m_stopwords.insert(w);
    };
    if (sw.isString()) {
        addLanguage(sw.toString());
    } else if (sw.isObject()) {
        for (const QJsonValue& l : sw.toObject().value(QLatin1String("languages")).toArray())
            addLanguage(l.toString());
        for (const QJsonValue& w : sw.toObject().value(QLatin1String("custom")).toArray())
            m_stopwords.insert(m_lowercase ? w.toString().toLower() : w.toString());
    }
}

QStringList TextTokenizer::tokens(const QString& input) const
{
    QString text = input;
    if (m_asciiFolding) {
        QString folded;
        for (const QChar c : text.normalized(QString::NormalizationForm_D))
            if (c.category() != QChar::Mark_NonSpacing) folded.append(c);
        text = folded;
    }
    if (m_lowercase) text = text.toLower();
    static const QRegularExpression wordSplit(QStringLiteral("[^\\w]+"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression spaceSplit(QStringLiteral("\\s+"));
    const QStringList raw =
        (m_kind == QLatin1String("whitespace") ? text.split(spaceSplit, Qt::SkipEmptyParts)
                                               : text.split(wordSplit, Qt::SkipEmptyParts));
    QStringList out;
    for (const QString& t : raw) {
        if (m_minLen > 0 && t.size() < m_minLen) continue;
        if (m_stopwords.contains(t)) continue;
        const QString tok = m_maxLen > 0 ? t.left(m_maxLen) : t;
        if (m_kind == QLatin1String("prefix")) {
            // Index every prefix so "tra" finds "trade" (query tokens are matched whole against them).
            for (int n = qMax(1, m_minLen); n <= tok.size(); ++n)
                out.append(tok.left(n));
        } else {
            out.append(tok);
        }
    }
    return out;
}

} // namespace vd::engine
