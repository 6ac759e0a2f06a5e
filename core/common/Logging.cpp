#include "Logging.h"

Q_LOGGING_CATEGORY(lcClient, "vd.client", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHttp, "vd.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEngine, "vd.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStorage, "vd.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEmbed, "vd.embed", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJobs, "vd.jobs", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "vd.keychain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProfiles, "vd.profiles", QtWarningMsg)
