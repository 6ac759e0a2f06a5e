#pragma once
// The Index configuration panel: a collection's payload_schema as a table (field, type, parameters, points
// indexed), creating an index with every type and parameter the server's version supports, dropping one
// (typed confirmation), and following indexing through the collection's status until it is green again.
#include "qdrant/QdrantTypes.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace vd {
class QdrantClient;
}

namespace vd::ui {

class PanelHost;

class PayloadIndexModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Field, Type, Parameters, PointsIndexed, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setSchema(const QMap<QString, PayloadIndexInfo>& schema);
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QPair<QString, PayloadIndexInfo>> m_rows;
};

class CreateIndexDialog : public QDialog
{
    Q_OBJECT
public:
    CreateIndexDialog(const QdrantClient* client, QWidget* parent = nullptr);
    QString field() const;
    std::optional<PayloadIndexSpec> spec(QString* error) const;

private:
    void updateForm();
    const QdrantClient* m_client;
    QLineEdit* m_field;
    QComboBox* m_type;
    QCheckBox *m_tenant, *m_prefix, *m_lookup, *m_range, *m_principal, *m_lowercase, *m_phrase,
        *m_asciiFolding;
    QComboBox* m_memory;
    QComboBox* m_tokenizer;
    QComboBox *m_stopwords, *m_stemmer;
    QSpinBox *m_minToken, *m_maxToken;
    QPlainTextEdit* m_preview;
    QLabel* m_error;
    QPushButton* m_create;
};

class IndexesPanel : public QWidget
{
    Q_OBJECT
public:
    IndexesPanel(PanelHost* host, QWidget* parent = nullptr);
    void sessionChanged();
    void setCollections(const QStringList& names);
    void refresh();
    PayloadIndexModel* model() const { return m_model; }
    QString collection() const;

private:
    void createIndex();
    void dropSelected();
    void followIndexing();
    PanelHost* m_host;
    PayloadIndexModel* m_model;
    QComboBox* m_collection;
    QTableView* m_table;
    QLabel* m_status;
    QPushButton *m_create, *m_drop;
    QTimer* m_poll;
};

} // namespace vd::ui
