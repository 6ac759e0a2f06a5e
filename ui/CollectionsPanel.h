#pragma once
// The Collections panel: the table (status colour, points, segments, vectors, aliases, optimizer, indexes)
// and what an admin does with collections — create from the trading-journal template or from the full form,
// delete (typed confirmation), aliases, and schema drift against the template.
#include <QWidget>

class QPushButton;
class QTableView;

namespace vd::ui {

class CollectionsModel;
class PanelHost;

class CollectionsPanel : public QWidget
{
    Q_OBJECT
public:
    CollectionsPanel(PanelHost* host, QWidget* parent = nullptr);
    CollectionsModel* model() const { return m_model; }
    void sessionChanged();
    void refresh();
    QString selectedCollection() const;
    void newCollection();

Q_SIGNALS:
    void collectionsChanged(const QStringList& names);

private:
    void createFromTemplate();
    void deleteSelected();
    void recreateSelected();
    void manageAliases();
    void checkDrift();
    void updateButtons();
    PanelHost* m_host;
    CollectionsModel* m_model;
    QTableView* m_table;
    QPushButton *m_refresh, *m_template, *m_new, *m_delete, *m_recreate, *m_aliases, *m_drift;
};

} // namespace vd::ui
