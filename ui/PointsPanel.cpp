#include "PointsPanel.h"

#include "ConfirmByNameDialog.h"
#include "PanelHost.h"
#include "PanelWidgets.h"
#include "PointsModel.h"
#include "connection/ConnectionSession.h"
#include "qdrant/PointsExportJob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace vd::ui {

namespace {
QString json(const QJsonValue& v)
{
    if (v.isObject()) return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray()) return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}
} // namespace

// ---- payload edit ----

PayloadEditDialog::PayloadEditDialog(const QString& pointId, const QJsonObject& current, QWidget* parent)
    : QDialog(parent), m_current(current)
{
    setObjectName(QStringLiteral("payloadEditDialog"));
    setWindowTitle(tr("Edit payload of point %1").arg(pointId));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("payloadModeCombo"));
    m_mode->addItem(tr("Set: change or add the keys below, keep the others"));
    m_mode->addItem(tr("Overwrite: the payload becomes exactly the JSON below"));
    layout->addWidget(m_mode);
    m_edit =
        new QPlainTextEdit(QString::fromUtf8(QJsonDocument(current).toJson(QJsonDocument::Indented)), this);
    m_edit->setObjectName(QStringLiteral("payloadEdit"));
    layout->addWidget(m_edit, 2);
    layout->addWidget(new QLabel(tr("What changes:"), this));
    m_diff = new QPlainTextEdit(this);
    m_diff->setObjectName(QStringLiteral("diffView"));
    m_diff->setReadOnly(true);
    layout->addWidget(m_diff, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyPayloadButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &PayloadEditDialog::update);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &PayloadEditDialog::update);
    update();
}

bool PayloadEditDialog::overwrite() const
{
    return m_mode->currentIndex() == 1;
}

std::optional<QJsonObject> PayloadEditDialog::edited(QString* error) const
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(m_edit->toPlainText().toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = tr("Invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("The payload must be a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

QStringList PayloadEditDialog::diff(const QJsonObject& before, const QJsonObject& after)
{
    QStringList out;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before.contains(it.key()))
            out.append(QStringLiteral("+ %1: %2").arg(it.key(), json(it.value())));
        else if (before.value(it.key()) != it.value())
            out.append(QStringLiteral("~ %1: %2 → %3")
                           .arg(it.key(), json(before.value(it.key())), json(it.value())));
    }
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key())) out.append(QStringLiteral("- %1: %2").arg(it.key(), json(it.value())));
    return out;
}

void PayloadEditDialog::update()
{
    QString why;
    const auto e = edited(&why);
    if (!e) {
        m_diff->setPlainText(why);
        m_apply->setEnabled(false);
        return;
    }
    QJsonObject after = overwrite() ? *e : m_current;
    if (!overwrite())
        for (auto it = e->begin(); it != e->end(); ++it)
            after.insert(it.key(), it.value());
    const QStringList d = diff(m_current, after);
    m_diff->setPlainText(d.isEmpty() ? tr("(no change)") : d.join(QLatin1Char('\n')));
    m_apply->setEnabled(!d.isEmpty());
}

// ---- panel ----

PointsPanel::PointsPanel(PanelHost* host, QWidget* parent)
    : QWidget(parent), m_host(host), m_model(new PointsModel(this))
{
    setObjectName(QStringLiteral("pointsPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout();
    m_collection = new QComboBox(this);
    m_collection->setObjectName(QStringLiteral("collectionPicker"));
    m_collection->setMinimumWidth(180);
    top->addWidget(m_collection);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    top->addWidget(m_count);
    top->addStretch();
    m_columns = new QToolButton(this);
    m_columns->setObjectName(QStringLiteral("columnsButton"));
    m_columns->setText(tr("Columns"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    m_columns->setMenu(new QMenu(m_columns));
    connect(m_columns->menu(), &QMenu::aboutToShow, this, &PointsPanel::chooseColumns);
    top->addWidget(m_columns);
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Export every point matching the filter to JSONL or CSV (Ctrl+E)"));
    top->addWidget(m_export);
    layout->addLayout(top);

    // Filter: a form that writes JSON, and the JSON itself (what is sent, validated first).
    auto* formRow = new QHBoxLayout();
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("filterFieldCombo"));
    m_field->setEditable(true);
    m_field->setMinimumWidth(140);
    m_op = new QComboBox(this);
    m_op->setObjectName(QStringLiteral("filterOpCombo"));
    m_op->addItem(tr("equals"), QStringLiteral("match"));
    m_op->addItem(tr("is not"), QStringLiteral("not"));
    m_op->addItem(tr("≥"), QStringLiteral("gte"));
    m_op->addItem(tr("≤"), QStringLiteral("lte"));
    m_op->addItem(tr("contains text"), QStringLiteral("text"));
    m_op->addItem(tr("is empty"), QStringLiteral("empty"));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("filterValueEdit"));
    m_value->setPlaceholderText(tr("value"));
    auto* add = new QPushButton(tr("Add condition"), this);
    add->setObjectName(QStringLiteral("addConditionButton"));
    auto* apply = new QPushButton(tr("&Apply filter"), this);
    apply->setObjectName(QStringLiteral("applyFilterButton"));
    formRow->addWidget(m_field);
    formRow->addWidget(m_op);
    formRow->addWidget(m_value, 1);
    formRow->addWidget(add);
    formRow->addWidget(apply);
    layout->addLayout(formRow);
    m_filterEdit = new QPlainTextEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(
        tr("Filter as JSON, e.g. {\"must\": [{\"key\": \"user_id\", \"match\": {\"value\": \"user-01\"}}]}"));
    m_filterEdit->setMaximumHeight(70);
    layout->addWidget(m_filterEdit);
    m_filterError = new QLabel(this);
    m_filterError->setObjectName(QStringLiteral("filterError"));
    m_filterError->setWordWrap(true);
    m_filterError->hide();
    layout->addWidget(m_filterError);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("pointsView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    PointsModel::configureView(m_table);
    auto* lower = new QWidget(split);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_payload = new QPlainTextEdit(lower);
    m_payload->setObjectName(QStringLiteral("payloadView"));
    m_payload->setReadOnly(true);
    lowerLayout->addWidget(m_payload);
    auto* actions = new QHBoxLayout();
    m_edit = new QPushButton(tr("Edit &payload…"), lower);
    m_edit->setObjectName(QStringLiteral("editPayloadButton"));
    m_deleteSelected = new QPushButton(tr("Delete &selected…"), lower);
    m_deleteSelected->setToolTip(tr("Delete the selected points (Delete key in the table)"));
    m_deleteSelected->setObjectName(QStringLiteral("deleteSelectedButton"));
    m_deleteByFilter = new QPushButton(tr("Delete all &matching…"), lower);
    m_deleteByFilter->setObjectName(QStringLiteral("deleteByFilterButton"));
    actions->addWidget(m_edit);
    actions->addWidget(m_deleteSelected);
    actions->addWidget(m_deleteByFilter);
    actions->addStretch();
    lowerLayout->addLayout(actions);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_collection, &QComboBox::currentTextChanged, this, [this]() {
        m_filterEdit->clear();
        m_filter.reset();
        reload();
    });
    connect(add, &QPushButton::clicked, this, &PointsPanel::addCondition);
    connect(apply, &QPushButton::clicked, this, &PointsPanel::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PointsPanel::showSelected);
    connect(m_edit, &QPushButton::clicked, this, &PointsPanel::editPayload);
    auto* del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &PointsPanel::deleteSelected);
    connect(m_deleteSelected, &QPushButton::clicked, this, &PointsPanel::deleteSelected);
    connect(m_deleteByFilter, &QPushButton::clicked, this, &PointsPanel::deleteByFilter);
    connect(m_export, &QPushButton::clicked, this, [this]() {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export points"), collection() + QStringLiteral(".jsonl"),
                                         tr("JSON lines (*.jsonl);;CSV (*.csv)"));
        if (!path.isEmpty()) exportTo(path);
    });
    connect(m_model, &PointsModel::failed, this, [this](const QString& m) { m_host->showError(m); });
    // A page fetched again (after an edit, or after eviction) refreshes the payload shown.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PointsPanel::showSelected);
    connect(m_model, &PointsModel::pageLoaded, this, [this]() {
        // Offer every key seen so far in the form and the column chooser.
        const QString typed = m_field->currentText();
        QSignalBlocker b(m_field);
        m_field->clear();
        m_field->addItems(m_model->knownKeys());
        m_field->setCurrentText(typed);
    });
}

QString PointsPanel::collection() const
{
    return m_collection->currentText();
}

void PointsPanel::sessionChanged()
{
    m_collection->clear();
    m_model->clear();
}

void PointsPanel::setCollections(const QStringList& names)
{
    if (refillKeepingCurrent(m_collection, names) || m_model->rowCount() == 0) reload();
}

void PointsPanel::reload()
{
    ConnectionSession* s = m_host->session();
    m_payload->clear();
    if (!s || collection().isEmpty()) return m_model->clear();
    m_model->setSource(s->client(), collection(), m_filter);
    updateCount();
}

void PointsPanel::updateCount()
{
    ConnectionSession* s = m_host->session();
    if (!s || collection().isEmpty()) return;
    const QString name = collection();
    RequestJob* job = s->client()->count(name, m_filter, true);
    m_count->setText(tr("counting…"));
    connect(job, &ClientJob::finished, this, [this, job, name]() {
        if (name != collection()) return;
        m_count->setText(job->error().isError()
                             ? tr("count failed")
                             : tr("%n point(s) match", nullptr,
                                  int(job->result().toObject().value(QLatin1String("count")).toInteger())));
    });
}

bool PointsPanel::applyFilter()
{
    const QString text = m_filterEdit->toPlainText().trimmed();
    if (text.isEmpty()) {
        m_filter.reset();
    } else {
        QString why;
        const auto f = parseFilterText(text.toUtf8(), &why);
        if (!f) {
            m_filterError->setText(tr("Filter not applied: %1").arg(why));
            m_filterError->show();
            return false;
        }
        m_filter = f;
    }
    m_filterError->hide();
    reload();
    return true;
}

void PointsPanel::addCondition()
{
    const QString key = m_field->currentText().trimmed();
    if (key.isEmpty()) {
        m_filterError->setText(tr("Choose the field of the condition first"));
        m_filterError->show();
        return;
    }
    const QString op = m_op->currentData().toString();
    const QString text = m_value->text().trimmed();
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    QJsonValue value = isNumber && op != QLatin1String("text") ? QJsonValue(number) : QJsonValue(text);
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        value = text == QLatin1String("true");
    if (isNumber && number == double(qint64(number))) value = qint64(number);
    QJsonObject cond{{QStringLiteral("key"), key}};
    QString clause = QStringLiteral("must");
    if (op == QLatin1String("match") || op == QLatin1String("not")) {
        cond.insert(QStringLiteral("match"), QJsonObject{{QStringLiteral("value"), value}});
        if (op == QLatin1String("not")) clause = QStringLiteral("must_not");
    } else if (op == QLatin1String("gte") || op == QLatin1String("lte")) {
        if (!isNumber) {
            // Dates compare as RFC 3339 strings in Qdrant's datetime ranges.
            cond.insert(QStringLiteral("range"), QJsonObject{{op, text}});
        } else {
            cond.insert(QStringLiteral("range"), QJsonObject{{op, number}});
        }
    } else if (op == QLatin1String("text")) {
        cond.insert(QStringLiteral("match"), QJsonObject{{QStringLiteral("text"), text}});
    } else {
        cond = QJsonObject{{QStringLiteral("is_empty"), QJsonObject{{QStringLiteral("key"), key}}}};
    }
    QJsonObject filter = QJsonDocument::fromJson(m_filterEdit->toPlainText().toUtf8()).object();
    QJsonArray list = filter.value(clause).toArray();
    list.append(cond);
    filter.insert(clause, list);
    m_filterEdit->setPlainText(QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Indented)));
    m_value->clear();
}

void PointsPanel::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(0);
    if (rows.size() != 1) {
        m_payload->setPlainText(rows.isEmpty() ? QString()
                                               : tr("%n point(s) selected", nullptr, int(rows.size())));
        return;
    }
    const QJsonObject payload = rows.first().data(PointsModel::PayloadRole).toJsonObject();
    m_payload->setPlainText(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented)));
}

void PointsPanel::editPayload()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(0);
    if (rows.size() != 1 || !m_host->session())
        return m_host->showError(tr("Select one point to edit its payload."));
    const int row = rows.first().row();
    const PointId id = m_model->idAt(row);
    auto* d = new PayloadEditDialog(id.toString(), rows.first().data(PointsModel::PayloadRole).toJsonObject(),
                                    this);
    connect(d, &QDialog::accepted, this, [this, d, id, row]() {
        QString why;
        const auto payload = d->edited(&why);
        if (!payload) return m_host->showError(why);
        PointSelector sel;
        sel.ids = {id};
        QdrantClient* c = m_host->session()->client();
        RequestJob* job = d->overwrite() ? c->overwritePayload(collection(), *payload, sel)
                                         : c->setPayload(collection(), *payload, sel);
        m_host->track(job, tr("Saving the payload of %1").arg(id.toString()));
        connect(job, &ClientJob::finished, this, [this, job, row, id]() {
            if (job->error().isError())
                return m_host->showError(tr("Saving the payload: %1").arg(job->error().userMessage()));
            m_host->showMessage(tr("Payload of point %1 saved").arg(id.toString()));
            m_model->reloadRow(row);
            QTimer::singleShot(0, this, &PointsPanel::showSelected);
        });
    });
    d->open();
}

void PointsPanel::deleteSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(0);
    if (rows.isEmpty() || !m_host->session()) return m_host->showError(tr("Select the points to delete."));
    PointSelector sel;
    for (const QModelIndex& i : rows)
        sel.ids.append(m_model->idAt(i.row()));
    const QString name = collection();
    auto* confirm = new ConfirmByNameDialog(
        tr("Delete points"),
        tr("%n selected point(s) of %1 will be deleted.", nullptr, int(sel.ids.size())).arg(name), name,
        this);
    connect(confirm, &QDialog::accepted, this, [this, sel, name]() {
        RequestJob* job = m_host->session()->client()->deletePoints(name, sel);
        m_host->track(job, tr("Deleting points"));
        connect(job, &ClientJob::finished, this, [this, job, sel]() {
            if (job->error().isError())
                return m_host->showError(tr("Deleting points: %1").arg(job->error().userMessage()));
            m_host->showMessage(tr("%n point(s) deleted", nullptr, int(sel.ids.size())));
            reload(); // rows shift, so the pages are read again from the top
        });
    });
    confirm->open();
}

void PointsPanel::deleteByFilter()
{
    ConnectionSession* s = m_host->session();
    if (!s) return;
    if (!applyFilter()) return;
    if (!m_filter)
        return m_host->showError(
            tr("Set a filter first: deleting by filter without one would delete every point."));
    const QString name = collection();
    const Filter filter = *m_filter;
    // Count first, so the confirmation says how many points go.
    RequestJob* count = s->client()->count(name, filter, true);
    connect(count, &ClientJob::finished, this, [this, count, name, filter]() {
        if (count->error().isError()) return m_host->showError(count->error().userMessage());
        const qint64 n = count->result().toObject().value(QLatin1String("count")).toInteger();
        if (n == 0) return m_host->showMessage(tr("No point matches the filter: nothing to delete."));
        auto* confirm = new ConfirmByNameDialog(
            tr("Delete matching points"),
            tr("%1 points of %2 match the filter and will be deleted.").arg(n).arg(name), name, this);
        connect(confirm, &QDialog::accepted, this, [this, name, filter, n]() {
            PointSelector sel;
            sel.filter = filter;
            RequestJob* job = m_host->session()->client()->deletePoints(name, sel);
            m_host->track(job, tr("Deleting %1 points").arg(n));
            connect(job, &ClientJob::finished, this, [this, job, n]() {
                if (job->error().isError())
                    return m_host->showError(tr("Deleting points: %1").arg(job->error().userMessage()));
                m_host->showMessage(tr("%1 points deleted").arg(n));
                reload();
            });
        });
        confirm->open();
    });
}

void PointsPanel::exportTo(const QString& path)
{
    ConnectionSession* s = m_host->session();
    if (!s || collection().isEmpty()) return;
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    auto* job = new PointsExportJob(s->client(), collection(), m_filter,
                                    csv ? PointsExportJob::Format::Csv : PointsExportJob::Format::Jsonl, path,
                                    csv ? m_model->columns() : QStringList());
    m_host->track(job, tr("Exporting %1").arg(collection()));
    connect(job, &ClientJob::finished, this, [this, job, path]() {
        if (job->error().isError())
            return m_host->showError(tr("Export: %1 (no file was written)").arg(job->error().userMessage()));
        m_host->showMessage(tr("%1 points exported to %2").arg(job->written()).arg(path));
    });
}

void PointsPanel::focusFilter()
{
    m_filterEdit->setFocus();
}

void PointsPanel::chooseColumns()
{
    QMenu* menu = m_columns->menu();
    menu->clear();
    for (const QString& key : m_model->knownKeys()) {
        QAction* a = menu->addAction(key);
        a->setCheckable(true);
        a->setChecked(m_model->columns().contains(key));
        connect(a, &QAction::toggled, this, [this, key](bool on) {
            QStringList cols = m_model->columns();
            if (on && !cols.contains(key)) cols.append(key);
            if (!on) cols.removeAll(key);
            m_model->setColumns(cols);
        });
    }
}

} // namespace vd::ui
