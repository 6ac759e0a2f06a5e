#pragma once
// Shared plumbing of vectordesk-cli commands: the client from QDRANT_URL / QDRANT_API_KEY (or --url),
// running a job to completion, and printing results as text or --json with the documented exit codes:
// 0 success, 1 server-side error, 2 usage error, 3 connection or authentication failure.
#include "qdrant/QdrantClient.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <memory>

namespace vd::cli {

enum Exit { Ok = 0, ServerError = 1, UsageError = 2, ConnectionError = 3 };

class Context
{
    Q_DECLARE_TR_FUNCTIONS(Context)
public:
    Context();
    bool json = false;
    QTextStream out;
    QTextStream err;

    // Adds --url, --timeout and --json to a command's parser.
    static void addConnectionOptions(QCommandLineParser* p);
    // Reads the connection options and the environment; on error prints it and returns nullptr.
    QdrantClient* connect(const QCommandLineParser& p, int* exitCode);
    // Runs `job` to completion (the CLI has no UI thread to protect). Returns the exit code and prints
    // the error (text: message + advice; --json: {"error": {...}}) when it failed.
    int run(ClientJob* job);
    int usage(const QString& message);
    void printJson(const QJsonValue& v);

private:
    std::unique_ptr<QdrantClient> m_client;
};

} // namespace vd::cli
