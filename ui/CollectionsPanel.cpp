#include "CollectionsPanel.h"

#include "CollectionsDialogs.h"
#include "CollectionsModel.h"
#include "ConfirmByNameDialog.h"
#include "NewCollectionDialog.h"
#include "PanelHost.h"
#include "PanelWidgets.h"
#include "connection/ConnectionSession.h"
#include "qdrant/RecreateCollectionJob.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vd::ui {

namespace {
constexpr int kTemplateDimensions = 768; // the trading journal's Gemini embeddings
} // namespace

CollectionsPanel::CollectionsPanel(PanelHost* host, QWidget* parent)
    : QWidget(parent), m_host(host), m_model(new CollectionsModel(this))
{
    setObjectName(QStringLiteral("collectionsPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout();
    const auto button = [&](const QString& text, const char* name, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        bar->addWidget(b);
        return b;
    };
    m_refresh = button(tr("&Refresh"), "refreshButton", tr("Reload the collections from the server (F5)"));
    m_new = button(tr("&New collection…"), "newCollectionButton",
                   tr("Create a collection from the full form (Ctrl+N)"));
    m_template = button(tr("From &template"), "createFromTemplateButton",
                        tr("Create the trading-journal collections and their payload indexes"));
    m_aliases = button(tr("&Aliases…"), "aliasesButton",
                       tr("Create, switch or delete aliases of the selected collection"));
    m_drift = button(tr("Schema &drift…"), "driftButton", tr("Compare with the trading-journal template"));
    m_recreate =
        button(tr("R&ecreate…"), "recreateCollectionButton",
               tr("Empty the selected collection: delete it and create it again with the same configuration "
                  "and payload indexes (asks for its name)"));
    m_delete = button(tr("&Delete…"), "deleteCollectionButton",
                      tr("Delete the selected collection (asks for its name)"));
    bar->addStretch();
    layout->addLayout(bar);
    m_table = makeRowTable(this, "collectionsView", m_model);
    layout->addWidget(m_table);
    connect(m_refresh, &QPushButton::clicked, this, &CollectionsPanel::refresh);
    connect(m_new, &QPushButton::clicked, this, &CollectionsPanel::newCollection);
    connect(m_template, &QPushButton::clicked, this, &CollectionsPanel::createFromTemplate);
    connect(m_delete, &QPushButton::clicked, this, &CollectionsPanel::deleteSelected);
    connect(m_recreate, &QPushButton::clicked, this, &CollectionsPanel::recreateSelected);
    connect(m_aliases, &QPushButton::clicked, this, &CollectionsPanel::manageAliases);
    connect(m_drift, &QPushButton::clicked, this, &CollectionsPanel::checkDrift);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CollectionsPanel::updateButtons);
    connect(m_model, &CollectionsModel::failed, this, [this](const QString& m) { m_host->showError(m); });
    connect(m_model, &CollectionsModel::loadingChanged, this, [this](bool loading) {
        m_refresh->setEnabled(!loading);
        if (!loading) Q_EMIT collectionsChanged(m_model->names());
    });
    updateButtons();
}

void CollectionsPanel::sessionChanged()
{
    m_model->setClient(m_host->session() ? m_host->session()->client() : nullptr);
    refresh();
}

void CollectionsPanel::refresh()
{
    m_model->refresh();
}

QString CollectionsPanel::selectedCollection() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(CollectionsModel::Name);
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

void CollectionsPanel::updateButtons()
{
    const bool selected = !selectedCollection().isEmpty();
    m_delete->setEnabled(selected);
    m_recreate->setEnabled(selected);
    m_aliases->setEnabled(selected);
}

void CollectionsPanel::newCollection()
{
    ConnectionSession* s = m_host->session();
    if (!s) return;
    auto* d = new NewCollectionDialog(s->client()->serverVersion(), this);
    connect(d, &QDialog::accepted, this, [this, d]() {
        QString why;
        const auto spec = d->spec(&why);
        if (!spec) return m_host->showError(why);
        const QString name = d->name();
        RequestJob* job = m_host->session()->client()->createCollection(name, *spec);
        m_host->track(job, tr("Creating %1").arg(name));
        connect(job, &ClientJob::finished, this, [this, job, name]() {
            if (job->error().isError())
                return m_host->showError(tr("Creating %1: %2").arg(name, job->error().userMessage()));
            m_host->showMessage(tr("Collection %1 created").arg(name));
            refresh();
        });
    });
    d->open();
}

void CollectionsPanel::createFromTemplate()
{
    ConnectionSession* s = m_host->session();
    if (!s) return;
    const SchemaTemplate tpl = tradingJournalTemplate(kTemplateDimensions);
    auto* job = new TemplateApplyJob(s->client(), tpl.collections);
    m_host->track(job, tr("Creating the %1 collections").arg(tpl.title));
    connect(job, &ClientJob::finished, this, [this, job]() {
        if (job->error().isError())
            m_host->showError(tr("Template: %1").arg(job->error().userMessage()));
        else
            m_host->showMessage(job->done().isEmpty()
                                    ? tr("Everything in the template already exists")
                                    : tr("Done: %1").arg(job->done().join(QStringLiteral(", "))));
        refresh();
    });
}

void CollectionsPanel::deleteSelected()
{
    const QString name = selectedCollection();
    if (name.isEmpty() || !m_host->session()) return;
    const auto info = m_model->info(name);
    const QString points = info ? tr("its %1 points").arg(info->pointsCount) : tr("all its points");
    auto* confirm =
        new ConfirmByNameDialog(tr("Delete collection"),
                                tr("Deleting %1 destroys %2, its payload indexes and its aliases. "
                                   "It cannot be undone (a snapshot can restore it).")
                                    .arg(name, points),
                                name, this);
    connect(confirm, &QDialog::accepted, this, [this, name]() {
        RequestJob* job = m_host->session()->client()->deleteCollection(name);
        m_host->track(job, tr("Deleting %1").arg(name));
        connect(job, &ClientJob::finished, this, [this, job, name]() {
            if (job->error().isError())
                return m_host->showError(tr("Deleting %1: %2").arg(name, job->error().userMessage()));
            m_host->showMessage(tr("Collection %1 deleted").arg(name));
            refresh();
        });
    });
    confirm->open();
}

void CollectionsPanel::recreateSelected()
{
    const QString name = selectedCollection();
    if (name.isEmpty() || !m_host->session()) return;
    const auto info = m_model->info(name);
    const QString points = info ? tr("its %1 points").arg(info->pointsCount) : tr("all its points");
    auto* confirm =
        new ConfirmByNameDialog(tr("Recreate collection"),
                                tr("Recreating %1 destroys %2; its configuration and payload indexes are "
                                   "kept. It cannot be undone (a snapshot can restore it).")
                                    .arg(name, points),
                                name, this);
    connect(confirm, &QDialog::accepted, this, [this, name]() {
        auto* job = new RecreateCollectionJob(m_host->session()->client(), name);
        m_host->track(job, tr("Recreating %1").arg(name));
        connect(job, &ClientJob::finished, this, [this, job, name]() {
            if (job->error().isError())
                m_host->showError(tr("Recreating %1: %2").arg(name, job->error().userMessage()));
            else
                m_host->showMessage(tr("Collection %1 recreated empty").arg(name));
            refresh();
        });
    });
    confirm->open();
}

void CollectionsPanel::manageAliases()
{
    const QString name = selectedCollection();
    if (name.isEmpty() || !m_host->session()) return;
    auto* d = new AliasesDialog(m_host, name, m_model->aliasTargets(), this);
    connect(d, &AliasesDialog::changed, this, &CollectionsPanel::refresh);
    d->open();
}

void CollectionsPanel::checkDrift()
{
    if (!m_host->session()) return;
    const SchemaTemplate tpl = tradingJournalTemplate(kTemplateDimensions);
    QList<CollectionDrift> drift;
    for (const TemplateCollection& tc : tpl.collections) {
        const auto info = m_model->names().contains(tc.name) ? m_model->info(tc.name) : std::nullopt;
        drift.append(compareWithTemplate(tc, info ? &*info : nullptr));
    }
    auto* d = new SchemaDriftDialog(m_host, drift, tpl, this);
    connect(d, &SchemaDriftDialog::applied, this, &CollectionsPanel::refresh);
    d->open();
}

} // namespace vd::ui
