#pragma once
// Destructive operations ask for what they destroy to be typed: the dialog names it, says what is lost,
// and enables its destructive button only when the typed text matches exactly.
//
//   auto* d = new ConfirmByNameDialog(tr("Delete collection"), tr("All 843 points of trades are lost."),
//                                     QStringLiteral("trades"), this);
//   connect(d, &QDialog::accepted, this, [=] { ... });
//   d->open();
#include <QDialog>

class QLineEdit;
class QPushButton;

namespace vd::ui {

class ConfirmByNameDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmByNameDialog(const QString& title, const QString& consequence, const QString& expected,
                        QWidget* parent = nullptr);
    QLineEdit* nameEdit() const { return m_edit; }

private:
    QLineEdit* m_edit;
    QPushButton* m_confirm;
};

} // namespace vd::ui
