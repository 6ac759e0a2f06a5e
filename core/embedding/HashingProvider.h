#pragma once
// The offline provider: HashingEmbedder behind the provider interface. No key, no network, no cost; it is
// lexical (shared words and spellings), not semantic, and says so through isLexical().
#include "EmbeddingProvider.h"
#include "HashingEmbedder.h"

namespace vd {

class HashingProvider : public EmbeddingProvider
{
public:
    explicit HashingProvider(const ProviderConfig& config);
    QString kind() const override { return QStringLiteral("hashing"); }
    QString model() const override { return HashingEmbedder::modelId(); }
    ProviderLimits limits() const override;
    bool isLexical() const override { return true; }
    EmbedCall* embed(const QStringList& texts, EmbedPurpose purpose, const QStringList& titles,
                     QObject* parent) override;

private:
    HashingEmbedder m_embedder;
    int m_maxItems;
};

} // namespace vd
