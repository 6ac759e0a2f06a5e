#pragma once
// Weight-free, deterministic text embedder: signed feature hashing of lower-cased words (weight 1) and
// character trigrams (weight 0.5) into `dimensions` buckets, then L2-normalised. It is LEXICAL, not
// semantic: texts sharing words and spellings score high; synonyms do not. It exists so VectorDesk works
// with no key and no model (the Local demo, tests), and the UI labels it as lexical.
#include <QString>
#include <QVector>

namespace vd {

class HashingEmbedder
{
public:
    explicit HashingEmbedder(int dimensions) : m_dims(dimensions) {}
    int dimensions() const { return m_dims; }
    QVector<float> embed(const QString& text) const;
    static QString modelId() { return QStringLiteral("vectordesk-hashing-v1"); }

private:
    int m_dims;
};

} // namespace vd
