#include "CollectionsModel.h"

#include <QColor>
#include <QJsonArray>

namespace vd::ui {

CollectionsModel::CollectionsModel(QObject* parent) : QAbstractTableModel(parent) {}

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
            Q_EMIT failed(tr("Could not list collections: %1\n%2")
                              .arg(job->error().errorString(), job->error().advice()));
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
        finishOne();
    });
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
    if (role == Qt::ForegroundRole && index.column() == Status && r.info) {
        const QString s = r.info->status;
        return s == QLatin1String("green")    ? QColor(0x2e, 0x7d, 0x32)
               : s == QLatin1String("yellow") ? QColor(0xb2, 0x8a, 0x00)
                                              : QColor(0xc6, 0x28, 0x28);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Points || index.column() == Indexes))
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
    case Vectors:
        return tr("Vectors");
    case Indexes:
        return tr("Payload indexes");
    default:
        return QVariant();
    }
}

} // namespace vd::ui
