#pragma once
#include "CliContext.h"

namespace vd::cli {
// vectordesk-cli embed JOBFILE [--resume] [--dry-run]
int embed(Context& ctx, const QStringList& args);
// vectordesk-cli providers test ...
int providers(Context& ctx, const QString& sub, const QStringList& args);
} // namespace vd::cli
