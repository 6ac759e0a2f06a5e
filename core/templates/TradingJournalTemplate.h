#pragma once
// Schema templates: named sets of collections and payload indexes that can be created at once and compared
// with a live server. The trading-journal template is VectorDesk's first deployment; nothing in the engine
// or client knows about it.
#include "qdrant/QdrantTypes.h"

namespace vd {

struct TemplateIndex
{
    QString field;
    PayloadIndexSpec spec;
};

struct TemplateCollection
{
    QString name;
    CollectionSpec spec;
    QList<TemplateIndex> indexes;
    QString tenantKey; // payload key every tenant-scoped query must filter on
};

struct SchemaTemplate
{
    QString id;
    QString title;
    QList<TemplateCollection> collections;
};

// `dimensions` 768 for Gemini; the demo uses the same size with the offline embedder.
SchemaTemplate tradingJournalTemplate(int dimensions = 768);

} // namespace vd
