#pragma once
// Dialogs of the Collections panel: aliases of one collection, and schema drift against the template.
#include "templates/SchemaDrift.h"

#include <QDialog>
#include <QMap>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace vd::ui {

class PanelHost;

// Aliases of `collection`: create one, move an existing alias here (atomic switch), delete one.
class AliasesDialog : public QDialog
{
    Q_OBJECT
public:
    AliasesDialog(PanelHost* host, const QString& collection, const QMap<QString, QString>& aliasTargets,
                  QWidget* parent = nullptr);

Q_SIGNALS:
    void changed();

private:
    void run(const QJsonArray& actions, const QString& done);
    PanelHost* m_host;
    QString m_collection;
    QListWidget* m_list;
    QLineEdit* m_name;
};

// Compares the live collections with the trading-journal template and applies the difference.
class SchemaDriftDialog : public QDialog
{
    Q_OBJECT
public:
    SchemaDriftDialog(PanelHost* host, const QList<CollectionDrift>& drift, const SchemaTemplate& tpl,
                      QWidget* parent = nullptr);

Q_SIGNALS:
    void applied();

private:
    PanelHost* m_host;
    QPlainTextEdit* m_report;
    QPushButton* m_apply;
};

} // namespace vd::ui
