#pragma once
// What a panel needs from the window around it: the active connection, and a place to show a long
// operation's progress (with Cancel), errors (with what to do) and short confirmations. MainWindow
// implements it; tests can too.
#include <QString>

namespace vd {
class ClientJob;
class ConnectionSession;
} // namespace vd

namespace vd::ui {

class PanelHost
{
public:
    virtual ~PanelHost() = default;
    virtual ConnectionSession* session() const = 0;
    // Shows `job`'s progress under `label` with a Cancel button that aborts it, until it finishes.
    virtual void track(ClientJob* job, const QString& label) = 0;
    virtual void showError(const QString& message) = 0;
    virtual void showMessage(const QString& message) = 0;
};

} // namespace vd::ui
