#include "ConfirmByNameDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vd::ui {

ConfirmByNameDialog::ConfirmByNameDialog(const QString& title, const QString& consequence,
                                         const QString& expected, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("confirmByNameDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    auto* text =
        new QLabel(consequence + QStringLiteral("\n\n") + tr("Type %1 to confirm.").arg(expected), this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("confirmNameEdit"));
    m_edit->setPlaceholderText(expected);
    layout->addWidget(m_edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(title, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_edit, &QLineEdit::textChanged, this,
            [this, expected](const QString& t) { m_confirm->setEnabled(t == expected); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace vd::ui
