#pragma once
// OpenAI-compatible `POST {base}/embeddings` (OpenAI, Gemini's /v1beta/openai, Ollama, LM Studio, vLLM,
// TEI). `base_url` includes the version path: https://api.openai.com/v1 (the default),
// https://generativelanguage.googleapis.com/v1beta/openai, http://localhost:11434/v1; a base without a path
// gets "/v1". The key, when there is one, goes in `Authorization: Bearer`. Replies are sorted by `index`;
// base64 replies are little-endian float32.
#include "EmbeddingProvider.h"

namespace vd {

class OpenAiProvider : public EmbeddingProvider
{
public:
    static std::unique_ptr<EmbeddingProvider> create(const ProviderConfig& config, QString* error);

    QString kind() const override { return QStringLiteral("openai"); }
    QString model() const override { return m_config.model; }
    ProviderLimits limits() const override;
    double pricePerMillionTokens() const override;
    EmbedCall* embed(const QStringList& texts, EmbedPurpose purpose, const QStringList& titles,
                     QObject* parent) override;

private:
    explicit OpenAiProvider(const ProviderConfig& config) : m_config(config) {}
    ProviderConfig m_config;
};

} // namespace vd
