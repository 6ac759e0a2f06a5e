#include "PanelWidgets.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableView>

namespace vd::ui {

QTableView* makeRowTable(QWidget* parent, const char* objectName, QAbstractItemModel* model)
{
    auto* t = new QTableView(parent);
    t->setObjectName(QLatin1String(objectName));
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    return t;
}

bool refillKeepingCurrent(QComboBox* picker, const QStringList& names)
{
    const QString current = picker->currentText();
    QSignalBlocker block(picker);
    picker->clear();
    picker->addItems(names);
    if (names.contains(current)) picker->setCurrentText(current);
    return picker->currentText() != current;
}

} // namespace vd::ui
