#include "CollectionsModel.h"

#include <QColor>
#include <QJsonArray>

namespace vd::ui {

CollectionsModel::CollectionsModel(QObject* parent) : QAbstractTableModel(parent) {}

// A swatch next to the status word: readable on light and dark palettes alike.
QColor CollectionsModel::statusColor(const QString& status)
{
    return status == QLatin1String("green")    ? QColor(0x2e, 0x9d, 0x42)
           : status == QLatin1String("yellow") ? QColor(0xe0, 0xa8, 0x00)
           : status == QLatin1String("grey")   ? QColor(0x90, 0x90, 0x90)
                                               : QColor(0xd3, 0x2f, 0x2f);
}

void CollectionsModel::setClient(QdrantClient* client)
{
    m_client = client;
    beginResetModel();
    m_rows.clear();
    ++m_generation;
    endResetModel();
}

void CollectionsModel::refresh()
{
    if (!m_client) return;
    const quint64 gen = ++m_generation;
    ++m_pending;
    Q_EMIT loadingChanged(true);
    RequestJob* job = m_client->listCollections();
    connect(job, &ClientJob::finished, this, [this, job, gen]() {
        if (gen != m_generation) return finishOne();
        if (job->error().isError()) {
            Q_EMIT failed(tr("Could not list collections: %1").arg(job->error().userMessage()));
            return finishOne();
        }
        beginResetModel();
        m_rows.clear();
        for (const QJsonValue& c : job->result().toObject().value(QLatin1String("collections")).toArray())
            m_rows.append(Row{c[QLatin1String("name")].toString(), std::nullopt, QString()});
        std::sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) { return a.name < b.name; });
        endResetModel();
        for (int i = 0; i < m_rows.size(); ++i)
            fetchInfo(i);
        fetchAliases(gen);
        finishOne();
    });
}

void CollectionsModel::fetchAliases(quint64 gen)
{
    ++m_pending;
    RequestJob* job = m_client->listAliases();
    connect(job, &ClientJob::finished, this, [this, job, gen]() {
        if (gen == m_generation && !job->error().isError()) {
            m_aliases.clear();
            for (const QJsonValue& a : job->result().toObject().value(QLatin1String("aliases")).toArray())
                m_aliases[a[QLatin1String("collection_name")].toString()].append(
                    a[QLatin1String("alias_name")].toString());
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, Aliases), index(int(m_rows.size()) - 1, Aliases));
        }
        finishOne();
    });
}

QStringList CollectionsModel::names() const
{
    QStringList n;
    for (const Row& r : m_rows)
        n.append(r.name);
    return n;
}

std::optional<CollectionInfo> CollectionsModel::info(const QString& name) const
{
    for (const Row& r : m_rows)
        if (r.name == name) return r.info;
    return std::nullopt;
}

QMap<QString, QString> CollectionsModel::aliasTargets() const
{
    QMap<QString, QString> out;
    for (auto it = m_aliases.begin(); it != m_aliases.end(); ++it)
        for (const QString& a : it.value())
            out.insert(a, it.key());
    return out;
}

void CollectionsModel::fetchInfo(int row)
{
    const quint64 gen = m_generation;
    ++m_pending;
    const QString name = m_rows[row].name;
    RequestJob* job = m_client->collectionInfo(name);
    connect(job, &ClientJob::finished, this, [this, job, gen, row, name]() {
        if (gen == m_generation && row < m_rows.size() && m_rows[row].name == name) {
            QString why;
            if (job->error().isError())
                m_rows[row].error = job->error().errorString();
            else if (!(m_rows[row].info = CollectionInfo::fromJson(job->result(), &why)))
                m_rows[row].error = why;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        finishOne();
    });
}

void CollectionsModel::finishOne()
{
    if (--m_pending == 0) Q_EMIT loadingChanged(false);
}

int CollectionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int CollectionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CollectionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) return QVariant();
    const Row& r = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return r.name;
        case Status:
            return r.info ? r.info->status : (r.error.isEmpty() ? tr("loading…") : tr("error"));
        case Points:
            return r.info ? QVariant(r.info->pointsCount) : QVariant();
        case Segments:
            return r.info ? QVariant(r.info->segmentsCount) : QVariant();
        case Aliases:
            return m_aliases.value(r.name).join(QStringLiteral(", "));
        case Optimizer:
            return r.info ? r.info->optimizerStatus : QVariant();
        case Vectors: {
            if (!r.info) return QVariant();
            QStringList parts;
            for (const VectorSpec& v : r.info->vectors)
                parts << (v.name.isEmpty() ? QString() : v.name + QLatin1Char(' ')) +
                             tr("%1 × %2").arg(v.size).arg(v.distance);
            return parts.join(QStringLiteral(", "));
        }
        case Indexes:
            return r.info ? QVariant(r.info->payloadSchema.size()) : QVariant();
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && !r.error.isEmpty()) return r.error;
    if (role == Qt::DecorationRole && index.column() == Status && r.info) return statusColor(r.info->status);
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Points || index.column() == Indexes || index.column() == Segments))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant CollectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QVariant();
    switch (section) {
    case Name:
        return tr("Collection");
    case Status:
        return tr("Status");
    case Points:
        return tr("Points");
    case Segments:
        return tr("Segments");
    case Vectors:
        return tr("Vectors");
    case Aliases:
        return tr("Aliases");
    case Optimizer:
        return tr("Optimizer");
    case Indexes:
        return tr("Payload indexes");
    default:
        return QVariant();
    }
}

} // namespace vd::ui
