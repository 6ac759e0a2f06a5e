#pragma once
// Table of the active connection's collections (name, status, points, segments, vectors, aliases,
// optimizer status, payload indexes),
// filled asynchronously: list, then one info request per collection. Never blocks the UI thread.
#include "qdrant/QdrantClient.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QMap>
#include <QPointer>

namespace vd::ui {

class CollectionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Status, Points, Segments, Vectors, Aliases, Optimizer, Indexes, ColumnCount };
    explicit CollectionsModel(QObject* parent = nullptr);

    void setClient(QdrantClient* client);
    void refresh();
    bool isLoading() const { return m_pending > 0; }
    QStringList names() const;
    std::optional<CollectionInfo> info(const QString& name) const;
    QStringList aliasesOf(const QString& name) const { return m_aliases.value(name); }
    QMap<QString, QString> aliasTargets() const; // alias → collection

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QColor statusColor(const QString& status);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void failed(const QString& message);

private:
    struct Row
    {
        QString name;
        std::optional<CollectionInfo> info;
        QString error;
    };
    void fetchInfo(int row);
    void fetchAliases(quint64 gen);
    void finishOne();
    QPointer<QdrantClient> m_client;
    QList<Row> m_rows;
    QMap<QString, QStringList> m_aliases; // collection → its aliases
    int m_pending = 0;
    quint64 m_generation = 0; // answers from an older refresh are ignored
};

} // namespace vd::ui
