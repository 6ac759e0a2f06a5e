#include "ProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QUuid>

namespace vd {

ProfileStore::ProfileStore(QSettings* settings) : m_settings(settings) {}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> out;
    m_settings->beginGroup(QStringLiteral("connections"));
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString& id : ids)
        if (auto p = profile(id)) out.append(*p);
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.name.localeAwareCompare(b.name) < 0; });
    return out;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString& id) const
{
    m_settings->beginGroup(QStringLiteral("connections/") + id);
    const QByteArray json = m_settings->value(QStringLiteral("profile")).toByteArray();
    m_settings->endGroup();
    if (json.isEmpty()) return std::nullopt;
    QString why;
    return ConnectionProfile::fromJson(QJsonDocument::fromJson(json).object(), &why);
}

bool ProfileStore::save(ConnectionProfile* p, QString* error)
{
    if (p->id.isEmpty()) p->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!p->validate(error)) return false;
    m_settings->setValue(QStringLiteral("connections/%1/profile").arg(p->id),
                         QJsonDocument(p->toJson()).toJson(QJsonDocument::Compact));
    m_settings->sync();
    return true;
}

void ProfileStore::remove(const QString& id)
{
    m_settings->remove(QStringLiteral("connections/") + id);
    m_settings->sync();
}

ConnectionProfile ProfileStore::duplicate(const QString& id, QString* error)
{
    auto p = profile(id);
    if (!p) {
        *error = tr("no connection with id %1").arg(id);
        return {};
    }
    p->id.clear();
    p->name = tr("%1 (copy)").arg(p->name);
    p->embedded = false;
    save(&*p, error);
    return *p;
}

QByteArray ProfileStore::exportJson() const
{
    QJsonArray a;
    for (const ConnectionProfile& p : profiles())
        if (!p.embedded) a.append(p.toJson());
    return QJsonDocument(
               QJsonObject{{QStringLiteral("vectordesk_connections"), 1}, {QStringLiteral("connections"), a}})
        .toJson();
}

int ProfileStore::importJson(const QByteArray& json, QString* error)
{
    QJsonParseError pe;
    const QJsonObject root = QJsonDocument::fromJson(json, &pe).object();
    if (pe.error != QJsonParseError::NoError) {
        *error = tr("invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString());
        return -1;
    }
    if (!root.value(QLatin1String("connections")).isArray()) {
        *error = tr("connections: expected an array of connection profiles");
        return -1;
    }
    // Validate everything first: an import applies completely or not at all.
    QList<ConnectionProfile> parsed;
    const QJsonArray a = root.value(QLatin1String("connections")).toArray();
    for (int i = 0; i < a.size(); ++i) {
        QString why;
        auto p = ConnectionProfile::fromJson(a[i].toObject(), &why);
        if (!p) {
            *error = tr("connections[%1].%2").arg(i).arg(why);
            return -1;
        }
        parsed.append(*p);
    }
    for (ConnectionProfile& p : parsed)
        save(&p, error);
    return int(parsed.size());
}

} // namespace vd
