#pragma once
// Saved connection profiles in QSettings (group "connections"), plus JSON import/export.
// Secrets are never written here; see SecretStore.
#include "ConnectionProfile.h"

#include <QList>

class QSettings;

namespace vd {

class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    explicit ProfileStore(QSettings* settings);
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString& id) const;
    // Adds or replaces (by id); assigns an id when empty. Refuses an invalid profile.
    bool save(ConnectionProfile* profile, QString* error);
    void remove(const QString& id);
    ConnectionProfile duplicate(const QString& id, QString* error);

    QByteArray exportJson() const;
    // Adds the profiles from `json` (ids that exist are replaced). Returns how many were imported.
    int importJson(const QByteArray& json, QString* error);

private:
    QSettings* m_settings;
};

} // namespace vd
