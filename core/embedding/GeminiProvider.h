#pragma once
// Gemini's native embedding API (embedding-providers.md): `:batchEmbedContents` for several texts and
// `:embedContent` for one, key in the `x-goog-api-key` header. gemini-embedding-001 gets taskType
// RETRIEVAL_DOCUMENT (with the title) or RETRIEVAL_QUERY and outputDimensionality; gemini-embedding-2 takes
// no taskType, so the task goes into the text as a prefix:
//   query:    "task: search result | query: {text}"
//   document: "title: {title or none} | text: {text}"
#include "EmbeddingProvider.h"

namespace vd {

class GeminiProvider : public EmbeddingProvider
{
public:
    static std::unique_ptr<EmbeddingProvider> create(const ProviderConfig& config, QString* error);
    static constexpr int kMaxBatch = 100;

    QString kind() const override { return QStringLiteral("gemini"); }
    QString model() const override { return m_config.model; }
    ProviderLimits limits() const override;
    double pricePerMillionTokens() const override;
    EmbedCall* embed(const QStringList& texts, EmbedPurpose purpose, const QStringList& titles,
                     QObject* parent) override;

    // The JSON of one EmbedContentRequest (exposed for tests).
    QJsonObject requestItem(const QString& text, EmbedPurpose purpose, const QString& title) const;
    bool usesTextPrefixes() const;

private:
    explicit GeminiProvider(const ProviderConfig& config) : m_config(config) {}
    QUrl methodUrl(const QString& method) const;
    ProviderConfig m_config;
};

} // namespace vd
