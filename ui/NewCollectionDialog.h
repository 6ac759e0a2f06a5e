#pragma once
// The full "new collection" form: name, vector size and distance, on-disk vectors, HNSW, quantization,
// shards, replication and metadata, with the exact JSON it will send shown live (as the server's version
// makes it) and errors naming the bad field.
#include "qdrant/QdrantTypes.h"

#include <QDialog>
#include <QVersionNumber>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace vd::ui {

class NewCollectionDialog : public QDialog
{
    Q_OBJECT
public:
    NewCollectionDialog(const QVersionNumber& server, QWidget* parent = nullptr);
    QString name() const;
    // The spec from the form, or nullopt with *error naming the field.
    std::optional<CollectionSpec> spec(QString* error) const;

private:
    void updatePreview();
    QVersionNumber m_server;
    QLineEdit* m_name;
    QSpinBox* m_size;
    QComboBox* m_distance;
    QCheckBox* m_onDisk;
    QSpinBox* m_hnswM;
    QSpinBox* m_efConstruct;
    QComboBox* m_quantization;
    QSpinBox* m_shards;
    QSpinBox* m_replication;
    QPlainTextEdit* m_metadata;
    QPlainTextEdit* m_preview;
    QLabel* m_error;
    QPushButton* m_create;
};

} // namespace vd::ui
