#include "HashingProvider.h"

namespace vd {

namespace {
// Computed at once; finished() still comes on the next event-loop turn, like a network call.
class ImmediateEmbedCall : public EmbedCall
{
public:
    ImmediateEmbedCall(const HashingEmbedder& embedder, const QStringList& texts, QObject* parent)
        : EmbedCall(parent)
    {
        QList<Vector> vectors;
        vectors.reserve(texts.size());
        for (const QString& t : texts)
            vectors.append(embedder.embed(t));
        complete(std::move(vectors), int(texts.size()), embedder.dimensions());
    }
    void abort() override {}
};
} // namespace

HashingProvider::HashingProvider(const ProviderConfig& config)
    : m_embedder(config.dimensions), m_maxItems(config.maxItemsPerCall > 0 ? config.maxItemsPerCall : 1000)
{
}

ProviderLimits HashingProvider::limits() const
{
    ProviderLimits l;
    l.maxItemsPerCall = m_maxItems;
    l.maxInputTokens = 1 << 20;
    l.dimensions = m_embedder.dimensions();
    l.normalisedOutput = true;
    return l;
}

EmbedCall* HashingProvider::embed(const QStringList& texts, EmbedPurpose, const QStringList&, QObject* parent)
{
    return new ImmediateEmbedCall(m_embedder, texts, parent);
}

} // namespace vd
