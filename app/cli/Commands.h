#pragma once
#include <QStringList>

namespace vd::cli {
// Runs one vectordesk-cli invocation (arguments without the program name); returns the exit code.
int runCli(const QStringList& arguments);
} // namespace vd::cli
