#pragma once
// The Points browser: a collection's points page by page (PointsModel), a filter editor as a form and as
// raw JSON validated before anything is sent, the selected point's payload with editing (set or overwrite,
// with a diff preview), deletion of the selected points or of everything matching the filter (count shown
// first, typed confirmation), and export of the whole filtered set to JSONL or CSV.
#include "qdrant/Filter.h"

#include <QDialog>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace vd::ui {

class PanelHost;
class PointsModel;

// Edit one point's payload as JSON: "set" merges the keys given, "overwrite" replaces the whole payload.
// The diff against the current payload is shown before anything is sent.
class PayloadEditDialog : public QDialog
{
    Q_OBJECT
public:
    PayloadEditDialog(const QString& pointId, const QJsonObject& current, QWidget* parent = nullptr);
    bool overwrite() const;
    std::optional<QJsonObject> edited(QString* error) const;
    // "+ key: value", "- key: value", "~ key: old → new" lines of what the server will hold afterwards.
    static QStringList diff(const QJsonObject& before, const QJsonObject& after);

private:
    void update();
    QJsonObject m_current;
    QPlainTextEdit* m_edit;
    QComboBox* m_mode;
    QPlainTextEdit* m_diff;
    QPushButton* m_apply;
};

class PointsPanel : public QWidget
{
    Q_OBJECT
public:
    PointsPanel(PanelHost* host, QWidget* parent = nullptr);
    PointsModel* model() const { return m_model; }
    void sessionChanged();
    void setCollections(const QStringList& names);
    QString collection() const;
    // Applies the raw JSON filter (empty: no filter); false with the error shown when it is invalid.
    bool applyFilter();
    void exportTo(const QString& path);
    void focusFilter();
    void deleteSelected();

private:
    void reload();
    void addCondition();
    void showSelected();
    void editPayload();
    void deleteByFilter();
    void chooseColumns();
    void updateCount();
    PanelHost* m_host;
    PointsModel* m_model;
    std::optional<Filter> m_filter;
    QComboBox* m_collection;
    QComboBox* m_field;
    QComboBox* m_op;
    QLineEdit* m_value;
    QPlainTextEdit* m_filterEdit;
    QLabel* m_filterError;
    QLabel* m_count;
    QTableView* m_table;
    QPlainTextEdit* m_payload;
    QToolButton* m_columns;
    QPushButton *m_edit, *m_deleteSelected, *m_deleteByFilter, *m_export;
};

} // namespace vd::ui
