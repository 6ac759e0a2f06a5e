#include "IndexesPanel.h"

#include "ConfirmByNameDialog.h"
#include "PanelHost.h"
#include "PanelWidgets.h"
#include "connection/ConnectionSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vd::ui {

// ---- model ----

void PayloadIndexModel::setSchema(const QMap<QString, PayloadIndexInfo>& schema)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = schema.begin(); it != schema.end(); ++it)
        m_rows.append({it.key(), it.value()});
    endResetModel();
}

int PayloadIndexModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int PayloadIndexModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayloadIndexModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole) return QVariant();
    const auto& [field, info] = m_rows[index.row()];
    switch (index.column()) {
    case Field:
        return field;
    case Type:
        return info.dataType;
    case Parameters:
        return info.params.isEmpty()
                   ? QString()
                   : QString::fromUtf8(QJsonDocument(info.params).toJson(QJsonDocument::Compact));
    case PointsIndexed:
        return info.points;
    default:
        return QVariant();
    }
}

QVariant PayloadIndexModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QVariant();
    switch (section) {
    case Field:
        return tr("Field");
    case Type:
        return tr("Type");
    case Parameters:
        return tr("Parameters");
    case PointsIndexed:
        return tr("Points indexed");
    default:
        return QVariant();
    }
}

// ---- create dialog ----

CreateIndexDialog::CreateIndexDialog(const QdrantClient* client, QWidget* parent)
    : QDialog(parent), m_client(client)
{
    setObjectName(QStringLiteral("createIndexDialog"));
    setWindowTitle(tr("New payload index"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* form = new QFormLayout(this);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("indexFieldEdit"));
    m_field->setPlaceholderText(tr("payload key, e.g. user_id or meta.symbol"));
    form->addRow(tr("&Field"), m_field);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("indexTypeCombo"));
    const QList<QPair<QString, std::optional<Feature>>> types{
        {QStringLiteral("keyword"), std::nullopt},
        {QStringLiteral("integer"), std::nullopt},
        {QStringLiteral("float"), std::nullopt},
        {QStringLiteral("bool"), std::nullopt},
        {QStringLiteral("geo"), std::nullopt},
        {QStringLiteral("text"), std::nullopt},
        {QStringLiteral("datetime"), Feature::DatetimeIndex},
        {QStringLiteral("uuid"), Feature::UuidIndex}};
    for (const auto& [t, feature] : types)
        if (!feature || client->supports(*feature)) m_type->addItem(t);
    form->addRow(tr("&Type"), m_type);
    const auto check = [&](const QString& text, const char* name) {
        auto* c = new QCheckBox(text, this);
        c->setObjectName(QLatin1String(name));
        form->addRow(QString(), c);
        return c;
    };
    m_tenant = check(tr("Tenant key (is_tenant): co-locate each tenant's points"), "tenantCheck");
    m_prefix = check(tr("Prefix matching (keyword)"), "prefixCheck");
    m_lookup = check(tr("Exact lookups (lookup)"), "lookupCheck");
    m_range = check(tr("Range queries (range)"), "rangeCheck");
    m_principal = check(tr("Principal field: optimise storage for it (is_principal)"), "principalCheck");
    m_lookup->setChecked(true);
    m_range->setChecked(true);
    m_tokenizer = new QComboBox(this);
    m_tokenizer->setObjectName(QStringLiteral("tokenizerCombo"));
    m_tokenizer->addItems({QStringLiteral("word"), QStringLiteral("whitespace"), QStringLiteral("prefix"),
                           QStringLiteral("multilingual")});
    form->addRow(tr("Tokenizer"), m_tokenizer);
    m_minToken = new QSpinBox(this);
    m_minToken->setObjectName(QStringLiteral("minTokenSpin"));
    m_minToken->setRange(0, 100);
    m_minToken->setSpecialValueText(tr("default"));
    form->addRow(tr("Min token length"), m_minToken);
    m_maxToken = new QSpinBox(this);
    m_maxToken->setObjectName(QStringLiteral("maxTokenSpin"));
    m_maxToken->setRange(0, 1000);
    m_maxToken->setSpecialValueText(tr("default"));
    form->addRow(tr("Max token length"), m_maxToken);
    const QStringList languages{QStringLiteral("english"), QStringLiteral("french"),
                                QStringLiteral("german"),  QStringLiteral("spanish"),
                                QStringLiteral("italian"), QStringLiteral("portuguese"),
                                QStringLiteral("dutch"),   QStringLiteral("russian")};
    m_stopwords = new QComboBox(this);
    m_stopwords->setObjectName(QStringLiteral("stopwordsCombo"));
    m_stopwords->addItem(tr("none"));
    m_stopwords->addItems(languages);
    form->addRow(tr("Stopwords"), m_stopwords);
    m_stemmer = new QComboBox(this);
    m_stemmer->setObjectName(QStringLiteral("stemmerCombo"));
    m_stemmer->addItem(tr("none"));
    m_stemmer->addItems(languages);
    form->addRow(tr("Stemmer (Snowball)"), m_stemmer);
    m_lowercase = check(tr("Lowercase"), "lowercaseCheck");
    m_lowercase->setChecked(true);
    m_asciiFolding = check(tr("ASCII folding (é → e)"), "asciiFoldingCheck");
    m_phrase = check(tr("Phrase matching"), "phraseCheck");
    m_memory = new QComboBox(this);
    m_memory->setObjectName(QStringLiteral("memoryCombo"));
    m_memory->addItem(tr("server default"), int(Memory::Default));
    m_memory->addItem(tr("on disk (cold)"), int(Memory::Cold));
    m_memory->addItem(tr("cached"), int(Memory::Cached));
    m_memory->addItem(tr("pinned in memory"), int(Memory::Pinned));
    form->addRow(tr("Storage"), m_memory);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("jsonPreview"));
    m_preview->setReadOnly(true);
    m_preview->setMaximumHeight(110);
    form->addRow(tr("field_schema"), m_preview);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create index"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QCheckBox* c :
         {m_tenant, m_prefix, m_lookup, m_range, m_principal, m_lowercase, m_phrase, m_asciiFolding})
        connect(c, &QCheckBox::toggled, this, &CreateIndexDialog::updateForm);
    for (QComboBox* c : {m_type, m_tokenizer, m_memory, m_stopwords, m_stemmer})
        connect(c, &QComboBox::currentIndexChanged, this, &CreateIndexDialog::updateForm);
    for (QSpinBox* s : {m_minToken, m_maxToken})
        connect(s, &QSpinBox::valueChanged, this, &CreateIndexDialog::updateForm);
    connect(m_field, &QLineEdit::textChanged, this, &CreateIndexDialog::updateForm);
    updateForm();
}

QString CreateIndexDialog::field() const
{
    return m_field->text().trimmed();
}

std::optional<PayloadIndexSpec> CreateIndexDialog::spec(QString* error) const
{
    if (field().isEmpty()) {
        *error = tr("Field: the payload key to index");
        return std::nullopt;
    }
    PayloadIndexSpec s;
    s.type = m_type->currentText();
    const bool kw = s.type == QLatin1String("keyword"), uuid = s.type == QLatin1String("uuid");
    if ((kw || uuid) && m_tenant->isChecked()) s.isTenant = true;
    if (kw && m_prefix->isChecked()) s.prefix = true;
    if (s.type == QLatin1String("integer")) {
        s.lookup = m_lookup->isChecked();
        s.range = m_range->isChecked();
    }
    if ((s.type == QLatin1String("integer") || s.type == QLatin1String("float") ||
         s.type == QLatin1String("datetime")) &&
        m_principal->isChecked())
        s.isPrincipal = true;
    if (s.type == QLatin1String("text")) {
        s.tokenizer = m_tokenizer->currentText();
        if (m_minToken->value() > 0) s.minTokenLen = m_minToken->value();
        if (m_maxToken->value() > 0) s.maxTokenLen = m_maxToken->value();
        s.lowercase = m_lowercase->isChecked();
        if (m_asciiFolding->isChecked()) s.asciiFolding = true;
        if (m_phrase->isChecked()) s.phraseMatching = true;
        if (m_stopwords->currentIndex() > 0) s.stopwords = m_stopwords->currentText();
        if (m_stemmer->currentIndex() > 0)
            s.stemmer = QJsonObject{{QStringLiteral("type"), QStringLiteral("snowball")},
                                    {QStringLiteral("language"), m_stemmer->currentText()}};
    }
    s.memory = Memory(m_memory->currentData().toInt());
    if (!s.toJson(m_client->serverVersion(), error)) return std::nullopt;
    return s;
}

void CreateIndexDialog::updateForm()
{
    const QString t = m_type->currentText();
    const bool kw = t == QLatin1String("keyword"), text = t == QLatin1String("text"),
               integer = t == QLatin1String("integer");
    m_tenant->setVisible(kw || t == QLatin1String("uuid"));
    m_tenant->setEnabled(m_client->supports(Feature::IsTenant));
    m_prefix->setVisible(kw);
    m_prefix->setEnabled(m_client->supports(Feature::KeywordPrefix));
    m_lookup->setVisible(integer);
    m_range->setVisible(integer);
    m_principal->setVisible(integer || t == QLatin1String("float") || t == QLatin1String("datetime"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_tokenizer, m_minToken, m_maxToken, m_lowercase,
                                                      m_phrase, m_asciiFolding, m_stopwords, m_stemmer})
        w->setEnabled(text);
    QString why;
    const auto s = spec(&why);
    const auto json = s ? s->toJson(m_client->serverVersion(), &why) : std::nullopt;
    m_error->setText(json ? QString() : why);
    m_preview->setPlainText(
        !json ? QString()
        : json->isObject()
            ? QString::fromUtf8(QJsonDocument(json->toObject()).toJson(QJsonDocument::Indented))
            : QStringLiteral("\"%1\"").arg(json->toString()));
    m_create->setEnabled(json.has_value());
}

// ---- panel ----

IndexesPanel::IndexesPanel(PanelHost* host, QWidget* parent)
    : QWidget(parent), m_host(host), m_model(new PayloadIndexModel(this)), m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("indexesPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout();
    m_collection = new QComboBox(this);
    m_collection->setObjectName(QStringLiteral("collectionPicker"));
    m_collection->setMinimumWidth(180);
    bar->addWidget(m_collection);
    m_create = new QPushButton(tr("&New index…"), this);
    m_create->setObjectName(QStringLiteral("createIndexButton"));
    m_drop = new QPushButton(tr("&Drop index…"), this);
    m_drop->setObjectName(QStringLiteral("dropIndexButton"));
    bar->addWidget(m_create);
    bar->addWidget(m_drop);
    bar->addStretch();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("indexingStatus"));
    bar->addWidget(m_status);
    layout->addLayout(bar);
    m_table = makeRowTable(this, "indexesView", m_model);
    layout->addWidget(m_table);
    m_poll->setInterval(500);
    connect(m_poll, &QTimer::timeout, this, &IndexesPanel::refresh);
    connect(m_collection, &QComboBox::currentTextChanged, this, &IndexesPanel::refresh);
    connect(m_create, &QPushButton::clicked, this, &IndexesPanel::createIndex);
    connect(m_drop, &QPushButton::clicked, this, &IndexesPanel::dropSelected);
}

QString IndexesPanel::collection() const
{
    return m_collection->currentText();
}

void IndexesPanel::sessionChanged()
{
    m_collection->clear();
    m_model->setSchema({});
}

void IndexesPanel::setCollections(const QStringList& names)
{
    refillKeepingCurrent(m_collection, names);
    refresh();
}

void IndexesPanel::refresh()
{
    ConnectionSession* s = m_host->session();
    if (!s || collection().isEmpty()) return m_model->setSchema({});
    const QString name = collection();
    RequestJob* job = s->client()->collectionInfo(name);
    connect(job, &ClientJob::finished, this, [this, job, name]() {
        if (name != collection()) return;
        if (job->error().isError()) {
            m_poll->stop();
            return m_host->showError(tr("Reading %1: %2").arg(name, job->error().errorString()));
        }
        QString why;
        const auto info = CollectionInfo::fromJson(job->result(), &why);
        if (!info) return m_host->showError(why);
        m_model->setSchema(info->payloadSchema);
        const bool indexing = info->status != QLatin1String("green");
        m_status->setText(indexing ? tr("Indexing… (collection %1)").arg(info->status)
                                   : tr("Collection green: indexes up to date"));
        if (!indexing) m_poll->stop();
    });
}

void IndexesPanel::followIndexing()
{
    m_status->setText(tr("Indexing…"));
    m_poll->start();
    refresh();
}

void IndexesPanel::createIndex()
{
    ConnectionSession* s = m_host->session();
    if (!s || collection().isEmpty()) return;
    auto* d = new CreateIndexDialog(s->client(), this);
    connect(d, &QDialog::accepted, this, [this, d]() {
        QString why;
        const auto spec = d->spec(&why);
        if (!spec) return m_host->showError(why);
        const QString field = d->field(), name = collection();
        // wait=false: the call returns at once and the panel follows the indexing through the status.
        RequestJob* job = m_host->session()->client()->createPayloadIndex(name, field, *spec, false);
        m_host->track(job, tr("Creating index %1").arg(field));
        connect(job, &ClientJob::finished, this, [this, job, field]() {
            if (job->error().isError())
                return m_host->showError(tr("Creating index %1: %2").arg(field, job->error().userMessage()));
            m_host->showMessage(tr("Index on %1 requested").arg(field));
            followIndexing();
        });
    });
    d->open();
}

void IndexesPanel::dropSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(PayloadIndexModel::Field);
    if (rows.isEmpty() || !m_host->session()) return m_host->showError(tr("Select the index to drop."));
    const QString field = rows.first().data().toString(), name = collection();
    auto* confirm = new ConfirmByNameDialog(
        tr("Drop index"),
        tr("Filters on %1 in %2 will scan every point until the index is created again.").arg(field, name),
        field, this);
    connect(confirm, &QDialog::accepted, this, [this, field, name]() {
        RequestJob* job = m_host->session()->client()->deletePayloadIndex(name, field);
        m_host->track(job, tr("Dropping index %1").arg(field));
        connect(job, &ClientJob::finished, this, [this, job, field]() {
            if (job->error().isError())
                return m_host->showError(tr("Dropping index %1: %2").arg(field, job->error().userMessage()));
            m_host->showMessage(tr("Index on %1 dropped").arg(field));
            refresh();
        });
    });
    confirm->open();
}

} // namespace vd::ui
