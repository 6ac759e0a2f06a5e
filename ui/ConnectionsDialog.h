#pragma once
// Manage connection profiles: add, edit, duplicate, remove; the API key goes to the OS keychain (never to
// the settings); "Test connection" reports version, authentication and readiness with the error model's
// advice; import and export profiles as JSON without secrets.
#include "connection/ProfileStore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace vd {
class ConnectionCheck;
class SecretStore;
} // namespace vd

namespace vd::ui {

class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionsDialog(ProfileStore* store, SecretStore* secrets, QWidget* parent = nullptr);
    void importFrom(const QString& path);
    void exportTo(const QString& path);
    // The profile in the form (id kept when editing an existing one).
    ConnectionProfile formProfile() const;

Q_SIGNALS:
    void profilesChanged();
    void testFinished();

private:
    void reloadList(const QString& selectId = QString());
    void load(const QString& id);
    void save();
    void test();
    ProfileStore* m_store;
    SecretStore* m_secrets;
    QString m_currentId;
    QListWidget* m_list;
    QLineEdit *m_name, *m_url, *m_key, *m_ca;
    QComboBox* m_env;
    QSpinBox* m_timeout;
    QLabel* m_result;
    QPushButton* m_test;
};

} // namespace vd::ui
