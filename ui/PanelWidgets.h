#pragma once
// Small widget helpers shared by the panels (one place for how their tables and pickers behave).
#include <QStringList>

class QAbstractItemModel;
class QComboBox;
class QTableView;
class QWidget;

namespace vd::ui {

// A read-only table of whole-row, single selection, last column stretched, no row header.
QTableView* makeRowTable(QWidget* parent, const char* objectName, QAbstractItemModel* model);

// Replaces a collection picker's items, keeping the current one when it still exists, without emitting
// change signals. Returns true when the current item changed.
bool refillKeepingCurrent(QComboBox* picker, const QStringList& names);

} // namespace vd::ui
