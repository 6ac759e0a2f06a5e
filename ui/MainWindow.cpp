#include "MainWindow.h"

#include "CollectionsModel.h"
#include "demo/DemoData.h"
#include "engine/LocalEngine.h"
#include "qdrant/QdrantClient.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace vd::ui {

namespace {
// Typed settings of this window, declared next to their use.
const char* kGeometryKey = "mainWindow/geometry";
const char* kStateKey = "mainWindow/state";
} // namespace

MainWindow::MainWindow(const QString& localDataDir, QWidget* parent)
    : QMainWindow(parent), m_localDataDir(localDataDir)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("VectorDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vectordesk.svg")));
    m_model = new CollectionsModel(this);
    buildUi();
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    connect(m_model, &CollectionsModel::failed, this, &MainWindow::showError);
    connect(m_model, &CollectionsModel::loadingChanged, this, [this](bool loading) {
        m_refresh->setEnabled(!loading);
        if (!loading) updateStatus();
    });
}

MainWindow::~MainWindow()
{
    m_model->setClient(nullptr);
    m_client.reset();
    m_engine.reset();
}

void MainWindow::buildUi()
{
    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_band = new QLabel(central);
    m_band->setObjectName(QStringLiteral("environmentBand"));
    m_band->setMargin(6);
    outer->addWidget(m_band);

    m_error = new QLabel(central);
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->setMargin(6);
    m_error->setStyleSheet(QStringLiteral("background:#fdecea;color:#611a15;"));
    m_error->hide();
    outer->addWidget(m_error);

    auto* splitter = new QSplitter(central);
    m_panels = new QListWidget(splitter);
    m_panels->setObjectName(QStringLiteral("panelList"));
    m_panels->addItem(tr("Collections"));
    m_panels->setMaximumWidth(200);
    m_stack = new QStackedWidget(splitter);

    auto* collectionsPage = new QWidget(m_stack);
    auto* pageLayout = new QVBoxLayout(collectionsPage);
    auto* toolbar = new QHBoxLayout();
    m_refresh = new QPushButton(tr("&Refresh"), collectionsPage);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setToolTip(tr("Reload the collections from the server (F5)"));
    toolbar->addWidget(m_refresh);
    toolbar->addStretch();
    pageLayout->addLayout(toolbar);
    m_table = new QTableView(collectionsPage);
    m_table->setObjectName(QStringLiteral("collectionsView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    pageLayout->addWidget(m_table);
    m_stack->addWidget(collectionsPage);
    splitter->setStretchFactor(1, 1);
    outer->addWidget(splitter, 1);
    setCentralWidget(central);
    m_panels->setCurrentRow(0);
    connect(m_panels, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_refresh, &QPushButton::clicked, this, &MainWindow::refresh);
    auto* f5 = new QShortcut(QKeySequence::Refresh, this);
    connect(f5, &QShortcut::activated, this, &MainWindow::refresh);

    m_version = new QLabel(tr("Not connected"), this);
    m_version->setObjectName(QStringLiteral("serverVersion"));
    m_health = new QLabel(this);
    m_health->setObjectName(QStringLiteral("serverHealth"));
    m_latency = new QLabel(this);
    m_latency->setObjectName(QStringLiteral("lastLatency"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_cancel->hide();
    statusBar()->addWidget(m_version);
    statusBar()->addWidget(m_health);
    statusBar()->addWidget(m_latency);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
}

void MainWindow::setEnvironmentBand(const QString& text, const QColor& color)
{
    m_band->setText(text);
    m_band->setStyleSheet(QStringLiteral("background:%1;color:white;font-weight:bold;").arg(color.name()));
}

void MainWindow::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void MainWindow::openLocalDemo()
{
    setEnvironmentBand(tr("Local demo — embedded engine on this computer (local)"), QColor(0x45, 0x5a, 0x64));
    m_engine = std::make_unique<engine::LocalEngine>();
    engine::LocalEngine::Options o;
    o.dataDir = m_localDataDir;
    QString why;
    if (!m_engine->start(o, &why)) {
        showError(tr("The embedded engine could not start: %1").arg(why));
        return;
    }
    ClientConfig c;
    c.baseUrl = m_engine->url();
    m_client = std::make_unique<QdrantClient>(c);
    m_model->setClient(m_client.get());
    RequestJob* version = m_client->version();
    connect(version, &ClientJob::finished, this, [this, version]() {
        if (version->error().isError()) {
            showError(version->error().advice());
            return;
        }
        updateStatus();
        m_loader = new demo::DemoLoader(m_client.get(), 20260116, 768, this);
        m_progress->show();
        m_cancel->show();
        connect(m_cancel, &QPushButton::clicked, m_loader, &demo::DemoLoader::cancel);
        connect(m_loader, &demo::DemoLoader::progress, this,
                [this](const QString& step, int done, int total) {
                    m_progress->setFormat(step + QStringLiteral(" %p%"));
                    m_progress->setRange(0, total);
                    m_progress->setValue(done);
                });
        connect(m_loader, &demo::DemoLoader::finished, this, [this](bool ok, const QString& message) {
            m_progress->hide();
            m_cancel->hide();
            statusBar()->showMessage(message, 8000);
            if (!ok) showError(message);
            m_loader->deleteLater();
            m_loader = nullptr;
            refresh();
        });
        m_loader->start();
    });
}

void MainWindow::refresh()
{
    showError(QString());
    m_model->refresh();
    if (!m_client) return;
    RequestJob* health = m_client->readyz();
    connect(health, &ClientJob::finished, this, [this, health]() {
        m_health->setText(health->error().isError() ? tr("not ready") : tr("ready"));
    });
}

void MainWindow::updateStatus()
{
    if (!m_client) return;
    m_version->setText(tr("Server %1").arg(m_client->serverVersion().toString()));
    if (m_client->lastRoundTripNs() > 0)
        m_latency->setText(
            tr("last request %1 ms").arg(double(m_client->lastRoundTripNs()) / 1e6, 0, 'f', 1));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    if (m_loader) m_loader->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace vd::ui
