#include "MainWindow.h"

#include "CollectionsModel.h"
#include "CollectionsPanel.h"
#include "ConnectionsDialog.h"
#include "IndexesPanel.h"
#include "PointsPanel.h"
#include "connection/ConnectionSession.h"
#include "connection/ProfileStore.h"
#include "connection/SecretStore.h"
#include "demo/DemoData.h"
#include "engine/LocalEngine.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
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
#include <QToolButton>
#include <QVBoxLayout>

namespace vd::ui {

namespace {
// Typed settings of this window, declared next to their use.
const char* kGeometryKey = "mainWindow/geometry";
const char* kStateKey = "mainWindow/state";
const char* kSplitterKey = "mainWindow/splitter";
const char* kPanelKey = "mainWindow/panel";
const char* kConnectionKey = "mainWindow/connection";
const QString kLocalDemo = QStringLiteral("local-demo");

QColor bandColor(Environment e, bool unlocked)
{
    switch (e) {
    case Environment::Local:
        return QColor(0x45, 0x5a, 0x64);
    case Environment::Development:
        return QColor(0x2e, 0x7d, 0x32);
    case Environment::Staging:
        return QColor(0xb2, 0x6a, 0x00);
    case Environment::Production:
        return unlocked ? QColor(0x8e, 0x00, 0x00) : QColor(0xc6, 0x28, 0x28);
    }
    return QColor(Qt::gray);
}
} // namespace

MainWindow::MainWindow(const QString& localDataDir, QWidget* parent)
    : QMainWindow(parent), m_localDataDir(localDataDir), m_settings(std::make_unique<QSettings>()),
      m_store(std::make_unique<ProfileStore>(m_settings.get())),
      m_secrets(new SecretStore(QStringLiteral("VectorDesk"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("VectorDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vectordesk.svg")));
    buildUi();
    buildShortcuts();
    restoreGeometry(m_settings->value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(m_settings->value(QLatin1String(kStateKey)).toByteArray());
    m_splitter->restoreState(m_settings->value(QLatin1String(kSplitterKey)).toByteArray());
    showPanel(Panel(qBound(0, m_settings->value(QLatin1String(kPanelKey), 0).toInt(), 2)));
    populateSwitcher();
}

MainWindow::~MainWindow()
{
    if (m_loader) m_loader->cancel();
    m_collections->model()->setClient(nullptr);
    m_session.reset();
    m_engine.reset();
}

CollectionsModel* MainWindow::collectionsModel() const
{
    return m_collections->model();
}

void MainWindow::buildUi()
{
    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto* connectionBar = new QHBoxLayout();
    connectionBar->setContentsMargins(6, 4, 6, 4);
    connectionBar->addWidget(new QLabel(tr("Connection:"), central));
    m_switcher = new QComboBox(central);
    m_switcher->setObjectName(QStringLiteral("connectionSwitcher"));
    m_switcher->setMinimumWidth(220);
    connectionBar->addWidget(m_switcher);
    auto* manage = new QPushButton(tr("&Connections…"), central);
    manage->setObjectName(QStringLiteral("manageConnectionsButton"));
    manage->setToolTip(tr("Add, edit, test, import or export connections (Ctrl+Shift+C)"));
    connectionBar->addWidget(manage);
    m_lock = new QToolButton(central);
    m_lock->setObjectName(QStringLiteral("writeLockButton"));
    m_lock->setCheckable(true);
    m_lock->hide();
    connectionBar->addWidget(m_lock);
    connectionBar->addStretch();
    outer->addLayout(connectionBar);

    m_band = new QLabel(central);
    m_band->setObjectName(QStringLiteral("environmentBand"));
    m_band->setMargin(6);
    outer->addWidget(m_band);

    m_error = new QLabel(central);
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->setMargin(6);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("background:#fdecea;color:#611a15;"));
    m_error->hide();
    outer->addWidget(m_error);

    m_splitter = new QSplitter(central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_panels = new QListWidget(m_splitter);
    m_panels->setObjectName(QStringLiteral("panelList"));
    m_panels->addItems({tr("Collections"), tr("Indexes"), tr("Points")});
    m_panels->setMaximumWidth(200);
    m_stack = new QStackedWidget(m_splitter);
    m_collections = new CollectionsPanel(this, m_stack);
    m_indexes = new IndexesPanel(this, m_stack);
    m_points = new PointsPanel(this, m_stack);
    m_stack->addWidget(m_collections);
    m_stack->addWidget(m_indexes);
    m_stack->addWidget(m_points);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({170, 930});
    outer->addWidget(m_splitter, 1);
    setCentralWidget(central);
    connect(m_panels, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_collections, &CollectionsPanel::collectionsChanged, this, [this](const QStringList& names) {
        m_indexes->setCollections(names);
        m_points->setCollections(names);
        updateStatus();
    });
    connect(manage, &QPushButton::clicked, this, &MainWindow::manageConnections);
    connect(m_switcher, &QComboBox::activated, this, [this](int index) {
        const QString id = m_switcher->itemData(index).toString();
        if (id == kLocalDemo)
            openLocalDemo();
        else
            openProfile(id);
    });
    connect(m_lock, &QToolButton::toggled, this, [this](bool unlocked) {
        if (!m_session) return;
        unlocked ? m_session->unlockWrites() : m_session->lockWrites();
    });

    m_version = new QLabel(tr("Not connected"), this);
    m_version->setObjectName(QStringLiteral("serverVersion"));
    m_health = new QLabel(this);
    m_health->setObjectName(QStringLiteral("serverHealth"));
    m_latency = new QLabel(this);
    m_latency->setObjectName(QStringLiteral("lastLatency"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_cancel->hide();
    statusBar()->addWidget(m_version);
    statusBar()->addWidget(m_health);
    statusBar()->addWidget(m_latency);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        if (m_tracked) m_tracked->abort();
        if (m_loader) m_loader->cancel();
    });
}

void MainWindow::buildShortcuts()
{
    const auto shortcut = [this](const QKeySequence& keys, auto&& slot) {
        auto* s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Refresh, [this]() { refresh(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_1), [this]() { showPanel(CollectionsPage); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_2), [this]() { showPanel(IndexesPage); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_3), [this]() { showPanel(PointsPage); });
    shortcut(QKeySequence::New, [this]() { m_collections->newCollection(); });
    shortcut(QKeySequence::Find, [this]() {
        showPanel(PointsPage);
        m_points->focusFilter();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), [this]() {
        showPanel(PointsPage);
        m_points->findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this]() { manageConnections(); });
}

void MainWindow::showPanel(Panel p)
{
    m_panels->setCurrentRow(int(p));
}

void MainWindow::populateSwitcher()
{
    const QString current = m_switcher->currentData().toString();
    QSignalBlocker block(m_switcher);
    m_switcher->clear();
    m_switcher->addItem(tr("Local demo (embedded engine)"), kLocalDemo);
    for (const ConnectionProfile& p : m_store->profiles())
        m_switcher->addItem(QStringLiteral("%1 — %2").arg(p.name, p.url.toString()), p.id);
    const int i = m_switcher->findData(current);
    m_switcher->setCurrentIndex(i >= 0 ? i : 0);
}

void MainWindow::manageConnections()
{
    auto* d = findChild<ConnectionsDialog*>();
    if (!d) {
        d = new ConnectionsDialog(m_store.get(), m_secrets, this);
        connect(d, &ConnectionsDialog::profilesChanged, this, &MainWindow::populateSwitcher);
    }
    d->show();
    d->raise();
}

void MainWindow::setSession(std::unique_ptr<ConnectionSession> session)
{
    if (m_loader) m_loader->cancel();
    m_collections->model()->setClient(nullptr);
    m_session = std::move(session);
    showError(QString());
    m_version->setText(tr("Connecting…"));
    m_health->clear();
    m_latency->clear();
    if (m_session) {
        connect(m_session.get(), &ConnectionSession::readOnlyChanged, this, &MainWindow::updateBand);
        m_settings->setValue(QLatin1String(kConnectionKey), m_session->profile().id);
        const int i =
            m_switcher->findData(m_session->profile().embedded ? kLocalDemo : m_session->profile().id);
        if (i >= 0) m_switcher->setCurrentIndex(i);
    }
    updateBand();
    m_indexes->sessionChanged();
    m_points->sessionChanged();
    if (!m_session) return;
    RequestJob* version = m_session->client()->version();
    connect(version, &ClientJob::finished, this, [this, version]() {
        if (version->error().isError())
            return showError(tr("%1: %2").arg(m_session->profile().name, version->error().userMessage()));
        m_collections->sessionChanged();
        refresh();
    });
}

void MainWindow::updateBand()
{
    if (!m_session) {
        m_band->setText(tr("Not connected"));
        m_band->setStyleSheet(QString());
        m_lock->hide();
        return;
    }
    const ConnectionProfile& p = m_session->profile();
    QString text;
    switch (p.environment) {
    case Environment::Local:
        text = tr("%1 — embedded engine on this computer (local)").arg(p.name);
        break;
    case Environment::Development:
        text = tr("%1 — development").arg(p.name);
        break;
    case Environment::Staging:
        text = tr("%1 — staging").arg(p.name);
        break;
    case Environment::Production:
        text = m_session->isReadOnly() ? tr("%1 — PRODUCTION · read-only").arg(p.name)
                                       : tr("%1 — PRODUCTION · WRITES UNLOCKED").arg(p.name);
        break;
    }
    m_band->setText(text);
    m_band->setStyleSheet(QStringLiteral("background:%1;color:white;font-weight:bold;")
                              .arg(bandColor(p.environment, !m_session->isReadOnly()).name()));
    m_lock->setVisible(m_session->isLockable());
    QSignalBlocker block(m_lock);
    m_lock->setChecked(!m_session->isReadOnly());
    m_lock->setText(m_session->isReadOnly() ? tr("Read-only: unlock writes")
                                            : tr("Writes unlocked: lock again"));
    m_lock->setToolTip(
        tr("Production connections open read-only; writes stay possible only while unlocked."));
}

void MainWindow::openLocalDemo()
{
    if (!m_engine) {
        m_engine = std::make_unique<engine::LocalEngine>();
        engine::LocalEngine::Options o;
        o.dataDir = m_localDataDir;
        QString why;
        if (!m_engine->start(o, &why)) {
            m_engine.reset();
            showError(tr("The embedded engine could not start: %1").arg(why));
            return;
        }
    }
    ConnectionProfile p;
    p.id = kLocalDemo;
    p.name = tr("Local demo");
    p.url = m_engine->url();
    p.environment = Environment::Local;
    p.embedded = true;
    ClientConfig c;
    c.baseUrl = m_engine->url();
    setSession(std::make_unique<ConnectionSession>(p, c));
    // Fill the demo data once (the loader does nothing when the collections exist).
    m_loader = new demo::DemoLoader(m_session->client(), 20260116, 768, this);
    m_progress->show();
    m_cancel->show();
    connect(m_loader, &demo::DemoLoader::progress, this, [this](const QString& step, int done, int total) {
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
        m_collections->refresh();
    });
    RequestJob* v = m_session->client()->version();
    connect(v, &ClientJob::finished, m_loader, [this, v]() {
        if (!v->error().isError() && m_loader) m_loader->start();
    });
}

void MainWindow::openInitial()
{
    const QString last = m_settings->value(QLatin1String(kConnectionKey)).toString();
    if (!last.isEmpty() && last != kLocalDemo && m_store->profile(last)) return openProfile(last);
    openLocalDemo();
}

void MainWindow::openProfile(const QString& id)
{
    const auto p = m_store->profile(id);
    if (!p) return showError(tr("This connection no longer exists."));
    m_version->setText(tr("Reading the key of %1…").arg(p->name));
    m_secrets->read(id, [this, p](const SecretStore::Result& r) {
        if (!r.ok && !r.notFound) showMessage(r.message);
        openSession(*p, r.ok ? r.secret : QByteArray());
    });
}

void MainWindow::openSession(const ConnectionProfile& profile, const QByteArray& apiKey)
{
    QString why;
    const auto config = profile.clientConfig(apiKey, &why);
    if (!config) return showError(tr("%1: %2").arg(profile.name, why));
    setSession(std::make_unique<ConnectionSession>(profile, *config));
}

void MainWindow::track(ClientJob* job, const QString& label)
{
    m_tracked = job;
    m_progress->setRange(0, 0); // busy until the job reports numbers
    m_progress->setFormat(label + QStringLiteral(" %p%"));
    m_progress->show();
    m_cancel->show();
    connect(job, &ClientJob::progress, m_progress, [this, label](qint64 done, qint64 total) {
        m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
        m_progress->setFormat(label + QStringLiteral(" %v/%m"));
    });
    connect(job, &ClientJob::finished, this, [this, job]() {
        if (m_tracked == job || !m_tracked) {
            m_progress->hide();
            m_cancel->hide();
        }
        updateStatus();
    });
}

void MainWindow::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void MainWindow::showMessage(const QString& message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::refresh()
{
    showError(QString());
    m_collections->refresh();
    if (!m_session) return;
    RequestJob* health = m_session->client()->readyz();
    connect(health, &ClientJob::finished, this, [this, health]() {
        m_health->setText(health->error().isError() ? tr("not ready") : tr("ready"));
        updateStatus();
    });
}

void MainWindow::updateStatus()
{
    if (!m_session) return;
    QdrantClient* c = m_session->client();
    if (!c->serverVersion().isNull()) m_version->setText(tr("Server %1").arg(c->serverVersion().toString()));
    if (c->lastRoundTripNs() > 0)
        m_latency->setText(tr("last request %1 ms").arg(double(c->lastRoundTripNs()) / 1e6, 0, 'f', 1));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->setValue(QLatin1String(kGeometryKey), saveGeometry());
    m_settings->setValue(QLatin1String(kStateKey), saveState());
    m_settings->setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    m_settings->setValue(QLatin1String(kPanelKey), m_panels->currentRow());
    if (m_loader) m_loader->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace vd::ui
