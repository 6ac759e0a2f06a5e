#pragma once
// Test support for GUI tests: find a dialog a panel opened (non-modal open()), type a destructive
// operation's confirmation, and open a MainWindow on the fixture's engine.
#include "ConfirmByNameDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace vd::test {

// The visible dialog of type D under `parent` with `objectName`, waiting for it to appear.
template <typename D> D* waitForDialog(QObject* parent, const char* objectName, int timeoutMs = 5000)
{
    D* found = nullptr;
    QElapsedTimer t;
    t.start();
    while (!found && t.elapsed() < timeoutMs) {
        for (D* d : parent->findChildren<D*>(QLatin1String(objectName)))
            if (d->isVisible()) found = d;
        if (!found) QTest::qWait(20);
    }
    return found;
}

// Types `name` into the open ConfirmByNameDialog under `parent` and confirms. Returns false if the dialog
// did not appear or its button stayed disabled.
inline bool confirmByName(QObject* parent, const QString& name)
{
    auto* d = waitForDialog<ui::ConfirmByNameDialog>(parent, "confirmByNameDialog");
    if (!d) return false;
    auto* edit = d->findChild<QLineEdit*>(QStringLiteral("confirmNameEdit"));
    auto* button = d->findChild<QPushButton*>(QStringLiteral("confirmButton"));
    QTest::keyClicks(edit, name);
    if (!button->isEnabled()) return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

} // namespace vd::test
