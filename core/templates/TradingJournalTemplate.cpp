#include "TradingJournalTemplate.h"

namespace vd {

namespace {
TemplateIndex idx(const QString& field, const QString& type, bool tenant = false)
{
    TemplateIndex i;
    i.field = field;
    i.spec.type = type;
    if (tenant) i.spec.isTenant = true; // PayloadIndexSpec refuses it before 1.11; DemoLoader drops it there
    return i;
}
TemplateCollection collection(const QString& name, int dims, QList<TemplateIndex> indexes)
{
    TemplateCollection c;
    c.name = name;
    VectorSpec v;
    v.size = dims;
    v.distance = QStringLiteral("Cosine");
    c.spec.vectors.append(v);
    c.indexes = std::move(indexes);
    c.tenantKey = QStringLiteral("user_id");
    return c;
}
} // namespace

SchemaTemplate tradingJournalTemplate(int d)
{
    SchemaTemplate t;
    t.id = QStringLiteral("trading-journal");
    t.title = QStringLiteral("Trading journal");
    const QString kw = QStringLiteral("keyword"), dt = QStringLiteral("datetime"), b = QStringLiteral("bool"),
                  tx = QStringLiteral("text");
    t.collections = {
        collection(QStringLiteral("trades"), d,
                   {idx(QStringLiteral("user_id"), kw, true), idx(QStringLiteral("symbol"), kw),
                    idx(QStringLiteral("direction"), kw), idx(QStringLiteral("closed_at"), dt),
                    idx(QStringLiteral("pnl_positive"), b)}),
        collection(QStringLiteral("playbooks"), d,
                   {idx(QStringLiteral("user_id"), kw, true), idx(QStringLiteral("name"), tx),
                    idx(QStringLiteral("is_public"), b)}),
        collection(QStringLiteral("journal_entries"), d,
                   {idx(QStringLiteral("user_id"), kw, true), idx(QStringLiteral("date"), dt)}),
        collection(QStringLiteral("coach_history"), d,
                   {idx(QStringLiteral("user_id"), kw, true), idx(QStringLiteral("conversation_id"), kw),
                    idx(QStringLiteral("created_at"), dt)}),
    };
    return t;
}

} // namespace vd
