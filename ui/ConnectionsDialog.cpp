#include "ConnectionsDialog.h"

#include "connection/ConnectionSession.h"
#include "connection/SecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vd::ui {

ConnectionsDialog::ConnectionsDialog(ProfileStore* store, SecretStore* secrets, QWidget* parent)
    : QDialog(parent), m_store(store), m_secrets(secrets)
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Connections"));
    auto* outer = new QHBoxLayout(this);
    auto* left = new QVBoxLayout();
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    left->addWidget(m_list);
    auto* listButtons = new QHBoxLayout();
    const auto button = [&](QBoxLayout* l, const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        l->addWidget(b);
        return b;
    };
    QPushButton* add = button(listButtons, tr("&Add"), "addProfileButton");
    QPushButton* dup = button(listButtons, tr("D&uplicate"), "duplicateProfileButton");
    QPushButton* remove = button(listButtons, tr("&Remove"), "removeProfileButton");
    left->addLayout(listButtons);
    auto* io = new QHBoxLayout();
    QPushButton* imp = button(io, tr("&Import…"), "importButton");
    QPushButton* exp = button(io, tr("E&xport…"), "exportButton");
    left->addLayout(io);
    outer->addLayout(left);

    auto* right = new QVBoxLayout();
    auto* form = new QFormLayout();
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    form->addRow(tr("&Name"), m_name);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://xyz.cloud.qdrant.io:6333"));
    form->addRow(tr("&URL"), m_url);
    m_env = new QComboBox(this);
    m_env->setObjectName(QStringLiteral("environmentCombo"));
    m_env->addItem(tr("Development"), environmentId(Environment::Development));
    m_env->addItem(tr("Staging"), environmentId(Environment::Staging));
    m_env->addItem(tr("Production (opens read-only)"), environmentId(Environment::Production));
    m_env->addItem(tr("Local"), environmentId(Environment::Local));
    form->addRow(tr("&Environment"), m_env);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("apiKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("stored in the system keychain"));
    form->addRow(tr("API &key"), m_key);
    m_ca = new QLineEdit(this);
    m_ca->setObjectName(QStringLiteral("caFileEdit"));
    m_ca->setPlaceholderText(tr("extra CA certificate (PEM), optional"));
    auto* caRow = new QHBoxLayout();
    caRow->addWidget(m_ca, 1);
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseCaButton"));
    caRow->addWidget(browse);
    form->addRow(tr("&CA file"), caRow);
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("CA certificate"), m_ca->text(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty()) m_ca->setText(path);
    });
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 3600);
    m_timeout->setValue(30);
    m_timeout->setSuffix(tr(" s"));
    form->addRow(tr("&Timeout"), m_timeout);
    right->addLayout(form);
    auto* actions = new QHBoxLayout();
    m_test = button(actions, tr("&Test connection"), "testButton");
    QPushButton* saveButton = button(actions, tr("&Save"), "saveButton");
    right->addLayout(actions);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_result, 1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    right->addWidget(close);
    outer->addLayout(right, 1);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) load(m_list->item(row)->data(Qt::UserRole).toString());
    });
    connect(add, &QPushButton::clicked, this, [this]() {
        m_currentId.clear();
        m_list->clearSelection();
        for (QLineEdit* e : {m_name, m_url, m_key, m_ca})
            e->clear();
        m_env->setCurrentIndex(0);
        m_timeout->setValue(30);
        m_result->clear();
        m_name->setFocus();
    });
    connect(dup, &QPushButton::clicked, this, [this]() {
        QString why;
        if (m_currentId.isEmpty()) return;
        const ConnectionProfile copy = m_store->duplicate(m_currentId, &why);
        if (copy.id.isEmpty()) return m_result->setText(why);
        reloadList(copy.id);
        Q_EMIT profilesChanged();
    });
    connect(remove, &QPushButton::clicked, this, [this]() {
        if (m_currentId.isEmpty()) return;
        const QString id = m_currentId;
        m_store->remove(id);
        m_secrets->remove(id, [](const SecretStore::Result&) {});
        m_currentId.clear();
        reloadList();
        Q_EMIT profilesChanged();
    });
    connect(saveButton, &QPushButton::clicked, this, &ConnectionsDialog::save);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsDialog::test);
    connect(imp, &QPushButton::clicked, this, [this]() {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import connections"), QString(), tr("JSON (*.json)"));
        if (!path.isEmpty()) importFrom(path);
    });
    connect(exp, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export connections"), QStringLiteral("connections.json"), tr("JSON (*.json)"));
        if (!path.isEmpty()) exportTo(path);
    });
    reloadList();
}

void ConnectionsDialog::reloadList(const QString& selectId)
{
    QSignalBlocker block(m_list);
    m_list->clear();
    for (const ConnectionProfile& p : m_store->profiles()) {
        auto* item = new QListWidgetItem(p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.id == selectId) m_list->setCurrentItem(item);
    }
    block.unblock();
    if (!selectId.isEmpty()) load(selectId);
}

void ConnectionsDialog::load(const QString& id)
{
    const auto p = m_store->profile(id);
    if (!p) return;
    m_currentId = id;
    m_name->setText(p->name);
    m_url->setText(p->url.toString());
    m_env->setCurrentIndex(qMax(0, m_env->findData(environmentId(p->environment))));
    m_ca->setText(p->caFile);
    m_timeout->setValue(p->timeoutMs / 1000);
    m_key->clear();
    m_result->clear();
    // The key is read from the keychain asynchronously; the field shows it masked once it arrives.
    m_secrets->read(id, [this, id](const SecretStore::Result& r) {
        if (id == m_currentId && r.ok) m_key->setText(QString::fromUtf8(r.secret));
    });
}

ConnectionProfile ConnectionsDialog::formProfile() const
{
    ConnectionProfile p;
    p.id = m_currentId;
    p.name = m_name->text().trimmed();
    p.url = QUrl(m_url->text().trimmed());
    p.environment = environmentFromId(m_env->currentData().toString()).value_or(Environment::Development);
    p.caFile = m_ca->text().trimmed();
    p.timeoutMs = m_timeout->value() * 1000;
    return p;
}

void ConnectionsDialog::save()
{
    ConnectionProfile p = formProfile();
    QString why;
    if (!m_store->save(&p, &why)) return m_result->setText(tr("Not saved: %1").arg(why));
    m_currentId = p.id;
    const QByteArray key = m_key->text().toUtf8();
    const auto done = [this](const SecretStore::Result& r) {
        m_result->setText(r.ok ? (r.sessionOnly ? r.message : tr("Saved; the key is in the system keychain."))
                               : tr("Saved, but the key was not stored: %1").arg(r.message));
    };
    if (key.isEmpty())
        m_secrets->remove(p.id, done);
    else
        m_secrets->write(p.id, key, done);
    reloadList(p.id);
    Q_EMIT profilesChanged();
}

void ConnectionsDialog::test()
{
    ConnectionProfile p = formProfile();
    QString why;
    if (!p.validate(&why)) return m_result->setText(why);
    const auto config = p.clientConfig(m_key->text().toUtf8(), &why);
    if (!config) return m_result->setText(why);
    m_test->setEnabled(false);
    m_result->setText(tr("Testing…"));
    auto* check = new ConnectionCheck(*config, this);
    connect(check, &ConnectionCheck::finished, this, [this, check]() {
        m_result->setText(check->report().join(QLatin1Char('\n')));
        m_test->setEnabled(true);
        check->deleteLater();
        Q_EMIT testFinished();
    });
    check->start();
}

void ConnectionsDialog::importFrom(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return m_result->setText(tr("Cannot read %1: %2").arg(path, f.errorString()));
    QString why;
    const int n = m_store->importJson(f.readAll(), &why);
    if (n < 0 || !why.isEmpty()) return m_result->setText(tr("Nothing imported: %1").arg(why));
    m_result->setText(
        tr("%n connection(s) imported; add their API keys, which exports never contain.", nullptr, n));
    reloadList();
    Q_EMIT profilesChanged();
}

void ConnectionsDialog::exportTo(const QString& path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_store->exportJson()) < 0 || !f.commit())
        return m_result->setText(tr("Cannot write %1: %2").arg(path, f.errorString()));
    m_result->setText(tr("Exported to %1 (without API keys).").arg(path));
}

} // namespace vd::ui
