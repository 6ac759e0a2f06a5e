#include "PointsModel.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTableView>

namespace vd::ui {

PointsModel::PointsModel(QObject* parent) : QAbstractTableModel(parent) {}

void PointsModel::configureView(QTableView* view)
{
    QHeaderView* rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->fontMetrics().height() + 8);
    rows->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
}

void PointsModel::clear()
{
    beginResetModel();
    ++m_generation;
    m_ids.clear();
    m_pages.clear();
    m_lru.clear();
    m_pending.clear();
    m_next.reset();
    m_loadedFirst = false;
    if (!m_userColumns) m_columns.clear();
    m_knownKeys.clear();
    endResetModel();
    if (m_loading) {
        m_loading = false;
        Q_EMIT loadingChanged(false);
    }
}

void PointsModel::setSource(QdrantClient* client, const QString& collection,
                            const std::optional<Filter>& filter)
{
    if (collection != m_collection) m_userColumns = false;
    m_client = client;
    m_collection = collection;
    m_filter = filter;
    clear();
    if (m_client && !m_collection.isEmpty()) fetchMore(QModelIndex());
}

void PointsModel::setColumns(const QStringList& keys)
{
    beginResetModel();
    m_columns = keys;
    m_userColumns = true;
    endResetModel();
}

int PointsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int PointsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

bool PointsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_client && !m_loading && (!m_loadedFirst || m_next.has_value());
}

void PointsModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) return;
    m_loading = true;
    Q_EMIT loadingChanged(true);
    const quint64 gen = m_generation;
    RequestJob* job = m_client->scroll(m_collection, m_filter, m_pageSize, m_next, true, false);
    connect(job, &ClientJob::finished, this, [this, job, gen]() {
        if (gen != m_generation) return;
        m_loading = false;
        if (job->error().isError()) {
            Q_EMIT loadingChanged(false);
            return Q_EMIT failed(
                tr("Reading points of %1: %2").arg(m_collection, job->error().userMessage()));
        }
        QString why;
        const auto page = ScrollPage::fromJson(job->result(), &why);
        if (!page) {
            Q_EMIT loadingChanged(false);
            return Q_EMIT failed(why);
        }
        QVector<QJsonObject> payloads;
        payloads.reserve(page->points.size());
        for (const Record& r : page->points) {
            payloads.append(r.payload);
            for (auto it = r.payload.begin(); it != r.payload.end(); ++it)
                if (!m_knownKeys.contains(it.key())) m_knownKeys.append(it.key());
        }
        if (!m_loadedFirst && !m_userColumns && m_columns.isEmpty() && !page->points.isEmpty()) {
            beginResetModel();
            m_columns = m_knownKeys.mid(0, 8); // a readable default; the rest are a click away
            endResetModel();
        }
        m_loadedFirst = true;
        m_next = page->nextOffset;
        const int first = int(m_ids.size());
        if (!page->points.isEmpty()) {
            // Pages are aligned on m_pageSize rows, so row r lives in page r / m_pageSize.
            beginInsertRows(QModelIndex(), first, first + int(page->points.size()) - 1);
            for (const Record& r : page->points)
                m_ids.append(r.id);
            storePage(first / m_pageSize, payloads);
            endInsertRows();
        }
        Q_EMIT loadingChanged(false);
        Q_EMIT pageLoaded(int(page->points.size()));
    });
}

void PointsModel::setMaxCachedPages(int n)
{
    m_maxPages = qMax(2, n);
    evict();
}

void PointsModel::evict() const
{
    while (int(m_lru.size()) > m_maxPages) {
        m_pages.remove(m_lru.back());
        m_lru.pop_back();
    }
}

void PointsModel::storePage(int page, QVector<QJsonObject> payloads) const
{
    m_pages.insert(page, std::move(payloads));
    m_lru.remove(page);
    m_lru.push_front(page);
    evict();
}

void PointsModel::requestPage(int page) const
{
    if (m_pending.contains(page) || !m_client) return;
    m_pending.insert(page);
    const int first = page * m_pageSize;
    const QList<PointId> ids(m_ids.begin() + first,
                             m_ids.begin() + qMin<int>(int(m_ids.size()), first + m_pageSize));
    const quint64 gen = m_generation;
    RequestJob* job = m_client->retrievePoints(m_collection, ids, true, false);
    auto* self = const_cast<PointsModel*>(this);
    connect(job, &ClientJob::finished, self, [self, job, gen, page, ids, first]() {
        if (gen != self->m_generation) return;
        self->m_pending.remove(page);
        if (job->error().isError()) return Q_EMIT self->failed(job->error().errorString());
        QHash<QString, QJsonObject> byId;
        QString why;
        for (const QJsonValue& v : job->result().toArray())
            if (const auto r = Record::fromJson(v, &why)) byId.insert(r->id.toString(), r->payload);
        QVector<QJsonObject> payloads;
        for (const PointId& id : ids)
            payloads.append(byId.value(id.toString()));
        self->storePage(page, payloads);
        Q_EMIT self->dataChanged(self->index(first, 0),
                                 self->index(first + int(ids.size()) - 1, self->columnCount() - 1));
    });
}

QVariant PointsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size()) return QVariant();
    if (role == IdRole) return m_ids[index.row()].toString();
    if (role != Qt::DisplayRole && role != PayloadRole && role != Qt::ToolTipRole) return QVariant();
    if (index.column() == 0 && role == Qt::DisplayRole) return m_ids[index.row()].toString();
    const int page = index.row() / m_pageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        requestPage(page);
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    }
    if (m_lru.front() != page) {
        m_lru.remove(page);
        m_lru.push_front(page);
    }
    const QJsonObject& payload = it.value().at(index.row() % m_pageSize);
    if (role == PayloadRole) return payload;
    if (index.column() == 0) return QVariant();
    const QJsonValue v = payload.value(m_columns.value(index.column() - 1));
    if (v.isDouble()) return v.toDouble(); // a number, so the view aligns and sorts it as one
    if (v.isNull() || v.isUndefined()) return QVariant();
    return payloadValueText(v);
}

QVariant PointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QVariant();
    return section == 0 ? tr("id") : m_columns.value(section - 1);
}

void PointsModel::reloadRow(int row)
{
    const int page = row / m_pageSize;
    m_pages.remove(page);
    m_lru.remove(page);
    requestPage(page);
}

} // namespace vd::ui
