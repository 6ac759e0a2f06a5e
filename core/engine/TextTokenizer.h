#pragma once
// Tokenizer for full-text payload indexes, configured from TextIndexParams
// (tokenizer word|whitespace|prefix|multilingual, min/max_token_len, lowercase, ascii_folding, stopwords).
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace vd::engine {

class TextTokenizer
{
public:
    TextTokenizer() = default;
    explicit TextTokenizer(const QJsonObject& textIndexParams);
    QStringList tokens(const QString& text) const;

private:
    QString m_kind = QStringLiteral("word");
    int m_minLen = 0;
    int m_maxLen = 0;
    bool m_lowercase = true;
    bool m_asciiFolding = false;
    QSet<QString> m_stopwords;
};

} // namespace vd::engine
