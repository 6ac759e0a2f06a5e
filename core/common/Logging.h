#pragma once
// One logging category per subsystem; enable with QT_LOGGING_RULES="vd.client.debug=true" etc.
// Nothing logged here ever contains an API key: requests are logged by method and path only.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcClient)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcEmbed)
Q_DECLARE_LOGGING_CATEGORY(lcJobs)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcProfiles)
