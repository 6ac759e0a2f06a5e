#pragma once
// A collection's points as a paged table: fetchMore() scrolls the next page (inclusive offsets), columns
// are the point id and the payload keys chosen (by default those of the first page).
//
// Memory stays flat however far the user pages: the model keeps every row's id (16 bytes), but payloads
// only for the most recently used pages; a row whose page was evicted shows "…" and its page is fetched
// again by id (one request per page) when the view asks for it.
#include "qdrant/QdrantClient.h"

#include <QAbstractTableModel>

class QTableView;
#include <QHash>
#include <QPointer>
#include <QSet>
#include <list>

namespace vd::ui {

class PointsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { PayloadRole = Qt::UserRole + 1, IdRole };
    explicit PointsModel(QObject* parent = nullptr);
    // Settings a view of 100k rows needs to stay smooth: fixed row heights (no per-row size queries) and
    // no per-row header work.
    static void configureView(QTableView* view);

    // Starts over on `collection` with `filter`; loads the first page.
    void setSource(QdrantClient* client, const QString& collection, const std::optional<Filter>& filter);
    void clear();
    void setColumns(const QStringList& payloadKeys);
    QStringList columns() const { return m_columns; }
    QStringList knownKeys() const { return m_knownKeys; } // every payload key seen so far
    void setPageSize(int n) { m_pageSize = qMax(1, n); }
    void setMaxCachedPages(int n);
    bool isLoading() const { return m_loading; }
    bool atEnd() const { return m_loadedFirst && !m_next; }
    PointId idAt(int row) const { return m_ids.value(row); }
    // Re-reads the page holding `row` (after an edit).
    void reloadRow(int row);
    int cachedPages() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rows);
    void failed(const QString& message);

private:
    void storePage(int page, QVector<QJsonObject> payloads) const;
    void evict() const;
    void requestPage(int page) const;
    QPointer<QdrantClient> m_client;
    QString m_collection;
    std::optional<Filter> m_filter;
    QVector<PointId> m_ids;
    QStringList m_columns, m_knownKeys;
    std::optional<PointId> m_next;
    int m_pageSize = 200;
    int m_maxPages = 40;
    bool m_loading = false;
    bool m_loadedFirst = false;
    bool m_userColumns = false;
    quint64 m_generation = 0;
    // Page cache (mutable: the view's data() calls fill it).
    mutable QHash<int, QVector<QJsonObject>> m_pages;
    mutable std::list<int> m_lru; // most recent first
    mutable QSet<int> m_pending;
};

} // namespace vd::ui
