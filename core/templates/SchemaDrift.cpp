#include "SchemaDrift.h"

#include "qdrant/QdrantClient.h"

namespace vd {

QStringList CollectionDrift::describe() const
{
    QStringList out;
    if (missing) return {TemplateApplyJob::tr("%1: missing").arg(collection)};
    if (!vectorProblem.isEmpty())
        out.append(TemplateApplyJob::tr("%1: vectors: %2 (recreate to fix)").arg(collection, vectorProblem));
    for (const QString& i : missingIndexes)
        out.append(TemplateApplyJob::tr("%1: missing index %2").arg(collection, i));
    for (const QString& i : wrongTypeIndexes)
        out.append(TemplateApplyJob::tr("%1: index %2 (drop and create it again to fix)").arg(collection, i));
    for (const QString& i : extraIndexes)
        out.append(TemplateApplyJob::tr("%1: index %2 is not in the template").arg(collection, i));
    if (out.isEmpty()) out.append(TemplateApplyJob::tr("%1: matches the template").arg(collection));
    return out;
}

CollectionDrift compareWithTemplate(const TemplateCollection& tpl, const CollectionInfo* live)
{
    CollectionDrift d;
    d.collection = tpl.name;
    if (!live) {
        d.missing = true;
        return d;
    }
    for (const VectorSpec& want : tpl.spec.vectors) {
        const VectorSpec* have = nullptr;
        for (const VectorSpec& v : live->vectors)
            if (v.name == want.name) have = &v;
        if (!have)
            d.vectorProblem = TemplateApplyJob::tr("no vector '%1'").arg(want.name);
        else if (have->size != want.size)
            d.vectorProblem = TemplateApplyJob::tr("size %1, template %2").arg(have->size).arg(want.size);
        else if (have->distance.compare(want.distance, Qt::CaseInsensitive) != 0)
            d.vectorProblem =
                TemplateApplyJob::tr("distance %1, template %2").arg(have->distance, want.distance);
    }
    QStringList wanted;
    for (const TemplateIndex& ix : tpl.indexes) {
        wanted.append(ix.field);
        const auto it = live->payloadSchema.constFind(ix.field);
        if (it == live->payloadSchema.constEnd())
            d.missingIndexes.append(ix.field);
        else if (it->dataType != ix.spec.type)
            d.wrongTypeIndexes.append(
                TemplateApplyJob::tr("%1: %2, template %3").arg(ix.field, it->dataType, ix.spec.type));
    }
    for (auto it = live->payloadSchema.constBegin(); it != live->payloadSchema.constEnd(); ++it)
        if (!wanted.contains(it.key())) d.extraIndexes.append(it.key());
    return d;
}

TemplateApplyJob::TemplateApplyJob(QdrantClient* client, const QList<TemplateCollection>& collections,
                                   QObject* parent, const QString& targetName)
    : ClientJob(parent), m_client(client), m_collections(collections), m_target(targetName)
{
}

void TemplateApplyJob::abort()
{
    if (isFinished()) return;
    m_aborted = true;
    if (m_current) m_current->abort();
    finish(QdrantError(QdrantError::Kind::Cancelled,
                       tr("cancelled after: %1").arg(m_done.join(QStringLiteral(", ")))));
}

void TemplateApplyJob::start()
{
    inspect(0);
}

// Reads each collection's info to plan only what is missing.
void TemplateApplyJob::inspect(int i)
{
    if (i >= m_collections.size()) return runSteps();
    const TemplateCollection tc = m_collections[i];
    const QString name = m_target.isEmpty() ? tc.name : m_target;
    RequestJob* info = m_client->collectionInfo(name);
    m_current = info;
    connect(info, &ClientJob::finished, this, [this, info, tc, name, i]() {
        if (m_aborted) return;
        std::optional<CollectionInfo> live;
        if (info->error().kind() != QdrantError::Kind::NotFound) {
            if (info->error().isError()) return finish(info->error());
            QString why;
            live = CollectionInfo::fromJson(info->result(), &why);
            if (!live) return finish(QdrantError(QdrantError::Kind::MalformedResponse, why));
        }
        TemplateCollection named = tc;
        named.name = name;
        const CollectionDrift d = compareWithTemplate(named, live ? &*live : nullptr);
        if (d.missing)
            m_steps.append({tr("created %1").arg(name),
                            [this, tc, name]() { return m_client->createCollection(name, tc.spec); }});
        for (const TemplateIndex& ix : tc.indexes) {
            if (!d.missing && !d.missingIndexes.contains(ix.field)) continue;
            PayloadIndexSpec spec = ix.spec;
            if (!m_client->supports(Feature::IsTenant)) spec.isTenant.reset();
            m_steps.append({tr("created index %1.%2").arg(name, ix.field), [this, name, ix, spec]() {
                                return m_client->createPayloadIndex(name, ix.field, spec);
                            }});
        }
        inspect(i + 1);
    });
}

void TemplateApplyJob::runSteps()
{
    if (m_total == 0) m_total = int(m_steps.size());
    if (m_steps.isEmpty()) return finish();
    const auto step = m_steps.takeFirst();
    ClientJob* j = step.second();
    m_current = j;
    connect(j, &ClientJob::finished, this, [this, j, label = step.first]() {
        if (m_aborted) return;
        if (j->error().isError()) {
            QdrantError e = j->error();
            return finish(QdrantError(
                e.kind(),
                m_done.isEmpty()
                    ? e.message()
                    : tr("%1 (already done: %2)").arg(e.message(), m_done.join(QStringLiteral(", "))),
                e.httpStatus()));
        }
        m_done.append(label);
        Q_EMIT progress(m_total - m_steps.size(), m_total);
        runSteps();
    });
}

} // namespace vd
