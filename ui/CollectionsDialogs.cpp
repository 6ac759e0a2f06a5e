#include "CollectionsDialogs.h"

#include "ConfirmByNameDialog.h"
#include "PanelHost.h"
#include "connection/ConnectionSession.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vd::ui {

AliasesDialog::AliasesDialog(PanelHost* host, const QString& collection,
                             const QMap<QString, QString>& targets, QWidget* parent)
    : QDialog(parent), m_host(host), m_collection(collection)
{
    setObjectName(QStringLiteral("aliasesDialog"));
    setWindowTitle(tr("Aliases of %1").arg(collection));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("All aliases on this server (→ the collection each points to):"), this));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("aliasList"));
    for (auto it = targets.begin(); it != targets.end(); ++it) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 → %2").arg(it.key(), it.value()), m_list);
        item->setData(Qt::UserRole, it.key());
    }
    layout->addWidget(m_list);
    auto* row = new QHBoxLayout();
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("aliasNameEdit"));
    m_name->setPlaceholderText(tr("new alias name"));
    row->addWidget(m_name);
    auto* create = new QPushButton(tr("&Create alias"), this);
    create->setObjectName(QStringLiteral("createAliasButton"));
    row->addWidget(create);
    layout->addLayout(row);
    auto* actions = new QHBoxLayout();
    auto* moveHere = new QPushButton(tr("&Switch selected alias to %1").arg(collection), this);
    moveHere->setObjectName(QStringLiteral("switchAliasButton"));
    auto* remove = new QPushButton(tr("&Delete selected alias"), this);
    remove->setObjectName(QStringLiteral("deleteAliasButton"));
    actions->addWidget(moveHere);
    actions->addWidget(remove);
    layout->addLayout(actions);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto selectedAlias = [this]() {
        return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    };
    connect(create, &QPushButton::clicked, this, [this]() {
        const QString alias = m_name->text().trimmed();
        if (alias.isEmpty()) return m_host->showError(tr("Type the new alias's name first."));
        run(QJsonArray{QdrantClient::createAliasAction(alias, m_collection)},
            tr("alias %1 → %2 created").arg(alias, m_collection));
    });
    connect(moveHere, &QPushButton::clicked, this, [this, selectedAlias]() {
        const QString alias = selectedAlias();
        if (alias.isEmpty()) return m_host->showError(tr("Select the alias to switch."));
        // One atomic request: readers of the alias never see it missing.
        run(QJsonArray{QdrantClient::deleteAliasAction(alias),
                       QdrantClient::createAliasAction(alias, m_collection)},
            tr("alias %1 now points to %2").arg(alias, m_collection));
    });
    connect(remove, &QPushButton::clicked, this, [this, selectedAlias]() {
        const QString alias = selectedAlias();
        if (alias.isEmpty()) return m_host->showError(tr("Select the alias to delete."));
        auto* confirm = new ConfirmByNameDialog(
            tr("Delete alias"),
            tr("Clients that use the alias %1 will get errors until it exists again.").arg(alias), alias,
            this);
        connect(confirm, &QDialog::accepted, this, [this, alias]() {
            run(QJsonArray{QdrantClient::deleteAliasAction(alias)}, tr("alias %1 deleted").arg(alias));
        });
        confirm->open();
    });
}

void AliasesDialog::run(const QJsonArray& actions, const QString& done)
{
    RequestJob* job = m_host->session()->client()->updateAliases(actions);
    m_host->track(job, tr("Updating aliases"));
    connect(job, &ClientJob::finished, this, [this, job, done]() {
        if (job->error().isError())
            return m_host->showError(tr("Aliases: %1").arg(job->error().userMessage()));
        m_host->showMessage(done);
        Q_EMIT changed();
        accept();
    });
}

SchemaDriftDialog::SchemaDriftDialog(PanelHost* host, const QList<CollectionDrift>& drift,
                                     const SchemaTemplate& tpl, QWidget* parent)
    : QDialog(parent), m_host(host)
{
    setObjectName(QStringLiteral("schemaDriftDialog"));
    setWindowTitle(tr("Schema drift: %1").arg(tpl.title));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("driftReport"));
    m_report->setReadOnly(true);
    QStringList lines;
    bool anythingToApply = false, needsRecreate = false;
    QList<TemplateCollection> toApply;
    for (int i = 0; i < drift.size(); ++i) {
        lines += drift[i].describe();
        if (drift[i].missing || !drift[i].missingIndexes.isEmpty()) {
            anythingToApply = true;
            toApply.append(tpl.collections[i]);
        }
        needsRecreate = needsRecreate || !drift[i].isApplicable();
    }
    if (needsRecreate)
        lines.append(
            tr("A wrong vector size or distance is fixed only by deleting the collection (Collections "
               "panel; its points are lost) and applying the template here; a wrong index type by dropping "
               "the index (Indexes panel) and applying here."));
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
    layout->addWidget(m_report);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("&Apply: create what is missing"), QDialogButtonBox::ActionRole);
    m_apply->setObjectName(QStringLiteral("applyDriftButton"));
    m_apply->setEnabled(anythingToApply);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this, toApply]() {
        m_apply->setEnabled(false);
        auto* job = new TemplateApplyJob(m_host->session()->client(), toApply);
        m_host->track(job, tr("Applying the template"));
        connect(job, &ClientJob::finished, this, [this, job]() {
            if (job->error().isError())
                m_host->showError(tr("Applying the template: %1").arg(job->error().userMessage()));
            else
                m_host->showMessage(tr("Done: %1").arg(job->done().join(QStringLiteral(", "))));
            Q_EMIT applied();
            accept();
        });
    });
}

} // namespace vd::ui
