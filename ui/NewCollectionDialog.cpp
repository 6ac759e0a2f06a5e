#include "NewCollectionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace vd::ui {

NewCollectionDialog::NewCollectionDialog(const QVersionNumber& server, QWidget* parent)
    : QDialog(parent), m_server(server)
{
    setObjectName(QStringLiteral("newCollectionDialog"));
    setWindowTitle(tr("New collection"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* form = new QFormLayout(this);
    const auto add = [&](QWidget* w, const char* objectName, const QString& label) {
        w->setObjectName(QLatin1String(objectName));
        form->addRow(label, w);
    };
    m_name = new QLineEdit(this);
    add(m_name, "collectionNameEdit", tr("&Name"));
    m_size = new QSpinBox(this);
    m_size->setRange(1, 65536);
    m_size->setValue(768);
    add(m_size, "vectorSizeSpin", tr("Vector &size"));
    m_distance = new QComboBox(this);
    m_distance->addItems({QStringLiteral("Cosine"), QStringLiteral("Dot"), QStringLiteral("Euclid"),
                          QStringLiteral("Manhattan")});
    add(m_distance, "distanceCombo", tr("&Distance"));
    m_onDisk = new QCheckBox(tr("Keep vectors on disk"), this);
    add(m_onDisk, "onDiskCheck", QString());
    m_hnswM = new QSpinBox(this);
    m_hnswM->setRange(0, 128);
    m_hnswM->setSpecialValueText(tr("server default"));
    add(m_hnswM, "hnswMSpin", tr("HNSW m"));
    m_efConstruct = new QSpinBox(this);
    m_efConstruct->setRange(0, 4096);
    m_efConstruct->setSpecialValueText(tr("server default"));
    add(m_efConstruct, "efConstructSpin", tr("HNSW ef_construct"));
    m_quantization = new QComboBox(this);
    m_quantization->addItem(tr("none"), QString());
    m_quantization->addItem(tr("scalar (int8)"), QStringLiteral("scalar"));
    m_quantization->addItem(tr("binary"), QStringLiteral("binary"));
    add(m_quantization, "quantizationCombo", tr("&Quantization"));
    m_shards = new QSpinBox(this);
    m_shards->setRange(0, 1024);
    m_shards->setSpecialValueText(tr("server default"));
    add(m_shards, "shardsSpin", tr("Shards"));
    m_replication = new QSpinBox(this);
    m_replication->setRange(0, 16);
    m_replication->setSpecialValueText(tr("server default"));
    add(m_replication, "replicationSpin", tr("Replication factor"));
    m_metadata = new QPlainTextEdit(this);
    m_metadata->setPlaceholderText(QStringLiteral("{\"owner\": \"platform\"}"));
    m_metadata->setMaximumHeight(60);
    add(m_metadata, "metadataEdit", tr("Metadata (JSON)"));
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    add(m_preview, "jsonPreview", tr("Request body"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    add(m_error, "formError", QString());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QSpinBox* s : {m_size, m_hnswM, m_efConstruct, m_shards, m_replication})
        connect(s, &QSpinBox::valueChanged, this, &NewCollectionDialog::updatePreview);
    connect(m_name, &QLineEdit::textChanged, this, &NewCollectionDialog::updatePreview);
    connect(m_distance, &QComboBox::currentIndexChanged, this, &NewCollectionDialog::updatePreview);
    connect(m_quantization, &QComboBox::currentIndexChanged, this, &NewCollectionDialog::updatePreview);
    connect(m_onDisk, &QCheckBox::toggled, this, &NewCollectionDialog::updatePreview);
    connect(m_metadata, &QPlainTextEdit::textChanged, this, &NewCollectionDialog::updatePreview);
    updatePreview();
}

QString NewCollectionDialog::name() const
{
    return m_name->text().trimmed();
}

std::optional<CollectionSpec> NewCollectionDialog::spec(QString* error) const
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.\\-]{1,255}$"));
    if (!valid.match(name()).hasMatch()) {
        *error = tr("Name: letters, digits, '_', '-' and '.', 1 to 255 characters");
        return std::nullopt;
    }
    CollectionSpec s;
    VectorSpec v;
    v.size = m_size->value();
    v.distance = m_distance->currentText();
    if (m_onDisk->isChecked()) v.memory = Memory::Cold;
    s.vectors.append(v);
    if (m_hnswM->value() > 0) s.hnswM = m_hnswM->value();
    if (m_efConstruct->value() > 0) s.hnswEfConstruct = m_efConstruct->value();
    s.quantization = m_quantization->currentData().toString();
    if (m_shards->value() > 0) s.shardNumber = m_shards->value();
    if (m_replication->value() > 0) s.replicationFactor = m_replication->value();
    const QString meta = m_metadata->toPlainText().trimmed();
    if (!meta.isEmpty()) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(meta.toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = tr("Metadata: expected a JSON object (%1)")
                         .arg(pe.error != QJsonParseError::NoError ? pe.errorString() : tr("not an object"));
            return std::nullopt;
        }
        s.metadata = doc.object();
    }
    return s;
}

void NewCollectionDialog::updatePreview()
{
    QString why;
    const auto s = spec(&why);
    std::optional<QJsonObject> body;
    if (s) body = s->toJson(m_server, &why);
    m_error->setText(body ? QString() : why);
    m_preview->setPlainText(body ? QString::fromUtf8(QJsonDocument(*body).toJson(QJsonDocument::Indented))
                                 : QString());
    m_create->setEnabled(body.has_value());
}

} // namespace vd::ui
