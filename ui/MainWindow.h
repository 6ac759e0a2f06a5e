#pragma once
// VectorDesk's main window: a connection switcher with the environment shown as a colour band (production
// in red, read-only until unlocked), a sidebar of panels for the active connection (Collections, Indexes,
// Points), and a status bar with server version, health, the last request's latency and the progress of
// long operations (with Cancel). With no saved connection it opens the "Local demo": the embedded engine
// on this machine, filled once with the trading-journal demo data.
#include "PanelHost.h"
#include "connection/ConnectionProfile.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSettings;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace vd {
class ConnectionSession;
class ProfileStore;
class SecretStore;
namespace engine {
class LocalEngine;
}
namespace demo {
class DemoLoader;
}
} // namespace vd

namespace vd::ui {

class CollectionsModel;
class CollectionsPanel;
class IndexesPanel;
class PointsPanel;

class MainWindow : public QMainWindow, public PanelHost
{
    Q_OBJECT
public:
    enum Panel { CollectionsPage, IndexesPage, PointsPage };
    // `localDataDir`: where the embedded engine keeps its data (the Local demo connection).
    explicit MainWindow(const QString& localDataDir, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts the embedded engine and loads the demo data if it is empty; all asynchronous.
    void openLocalDemo();
    // The connection of the last session if it still exists, else the Local demo (first run).
    void openInitial();
    // Opens a saved profile (its key read from the keychain first).
    void openProfile(const QString& id);
    // Opens `profile` with `apiKey` at once (the switcher, tests).
    void openSession(const ConnectionProfile& profile, const QByteArray& apiKey);
    void showPanel(Panel p);

    CollectionsModel* collectionsModel() const;
    CollectionsPanel* collectionsPanel() const { return m_collections; }
    IndexesPanel* indexesPanel() const { return m_indexes; }
    PointsPanel* pointsPanel() const { return m_points; }
    ProfileStore* profileStore() const { return m_store.get(); }
    SecretStore* secretStore() const { return m_secrets; }
    void manageConnections();

    // PanelHost
    ConnectionSession* session() const override { return m_session.get(); }
    void track(ClientJob* job, const QString& label) override;
    void showError(const QString& message) override;
    void showMessage(const QString& message) override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    void buildShortcuts();
    void populateSwitcher();
    void setSession(std::unique_ptr<ConnectionSession> session);
    void updateBand();
    void refresh();
    void updateStatus();

    QString m_localDataDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    SecretStore* m_secrets;
    std::unique_ptr<engine::LocalEngine> m_engine;
    std::unique_ptr<ConnectionSession> m_session;
    demo::DemoLoader* m_loader = nullptr;
    QPointer<ClientJob> m_tracked;
    QComboBox* m_switcher = nullptr;
    QToolButton* m_lock = nullptr;
    QLabel* m_band = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_version = nullptr;
    QLabel* m_health = nullptr;
    QLabel* m_latency = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QListWidget* m_panels = nullptr;
    QStackedWidget* m_stack = nullptr;
    QSplitter* m_splitter = nullptr;
    CollectionsPanel* m_collections = nullptr;
    IndexesPanel* m_indexes = nullptr;
    PointsPanel* m_points = nullptr;
};

} // namespace vd::ui
