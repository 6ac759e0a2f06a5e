#pragma once
// VectorDesk's main window: the active connection's environment band, a sidebar of panels, and a status bar
// with server version, health and the last request's latency. With no saved connection it opens the
// "Local demo": the embedded engine on this machine, filled once with the trading-journal demo data.
#include <QMainWindow>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QListWidget;
class QStackedWidget;

namespace vd {
class QdrantClient;
namespace engine {
class LocalEngine;
}
namespace demo {
class DemoLoader;
}
} // namespace vd

namespace vd::ui {

class CollectionsModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `localDataDir`: where the embedded engine keeps its data (the Local demo connection).
    explicit MainWindow(const QString& localDataDir, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts the embedded engine and loads the demo data if it is empty; all asynchronous.
    void openLocalDemo();
    CollectionsModel* collectionsModel() const { return m_model; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    void setEnvironmentBand(const QString& text, const QColor& color);
    void showError(const QString& message);
    void refresh();
    void updateStatus();

    QString m_localDataDir;
    std::unique_ptr<engine::LocalEngine> m_engine;
    std::unique_ptr<QdrantClient> m_client;
    demo::DemoLoader* m_loader = nullptr;
    CollectionsModel* m_model = nullptr;
    QLabel* m_band = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_version = nullptr;
    QLabel* m_health = nullptr;
    QLabel* m_latency = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_refresh = nullptr;
    QTableView* m_table = nullptr;
    QListWidget* m_panels = nullptr;
    QStackedWidget* m_stack = nullptr;
};

} // namespace vd::ui
