#pragma once
// Compares live collections with a schema template and applies the difference.
//
// Drift per template collection: missing collection, wrong vector size or distance (only a recreate fixes
// those: it destroys the points, so it is never part of "apply"), missing payload indexes, indexes of the
// wrong type, and extra indexes the template does not have (reported; dropping them is the user's call).
// TemplateApplyJob creates what is missing — collections with their indexes, and missing indexes — in
// order, and says what it did.
#include "TradingJournalTemplate.h"
#include "qdrant/ClientJobs.h"

#include <QCoreApplication>

namespace vd {

class QdrantClient;

struct CollectionDrift
{
    QString collection;
    bool missing = false;
    QString vectorProblem; // empty, or "size 384, template 768" / "distance Dot, template Cosine"
    QStringList missingIndexes;
    QStringList wrongTypeIndexes; // "symbol: integer, template keyword"
    QStringList extraIndexes;
    bool isClean() const
    {
        return !missing && vectorProblem.isEmpty() && missingIndexes.isEmpty() &&
               wrongTypeIndexes.isEmpty() && extraIndexes.isEmpty();
    }
    // Whether "apply" can fix everything (no recreate needed).
    bool isApplicable() const { return vectorProblem.isEmpty() && wrongTypeIndexes.isEmpty(); }
    QStringList describe() const;
};

// `live` is null when the collection does not exist.
CollectionDrift compareWithTemplate(const TemplateCollection& tpl, const CollectionInfo* live);

class TemplateApplyJob : public ClientJob
{
    Q_OBJECT
public:
    // Creates the missing parts of `collections` (all of a template, or the ones the user picked).
    // `targetName` renames a single collection (jobs writing to another name); empty: the template's names.
    TemplateApplyJob(QdrantClient* client, const QList<TemplateCollection>& collections,
                     QObject* parent = nullptr, const QString& targetName = QString());
    void abort() override;
    QStringList done() const { return m_done; } // "created trades", "created index trades.symbol"

protected:
    void start() override;

private:
    void inspect(int i);
    void runSteps();
    QdrantClient* m_client;
    QList<TemplateCollection> m_collections;
    QString m_target;
    QList<QPair<QString, std::function<ClientJob*()>>> m_steps;
    QStringList m_done;
    QPointer<ClientJob> m_current;
    int m_total = 0;
    bool m_aborted = false;
};

} // namespace vd
