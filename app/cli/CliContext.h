#pragma once
// Shared plumbing of vectordesk-cli commands: the client from QDRANT_URL / QDRANT_API_KEY (or --url),
// running a job to completion, and printing results as text or --json with the documented exit codes:
// 0 success, 1 server-side error, 2 usage error, 3 connection or authentication failure.
#include "qdrant/QdrantClient.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <memory>
#include <optional>

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
    // The connection settings alone: --url, else `fallback` (a job file's), else $QDRANT_URL; the key from
    // the environment variable `keyEnv`. Prints a usage error and returns nullopt when they are wrong.
    std::optional<ClientConfig> clientConfig(const QCommandLineParser& p, int* exitCode,
                                             const QUrl& fallback = QUrl(),
                                             const QString& keyEnv = QStringLiteral("QDRANT_API_KEY"));
    // Runs `job` to completion (the CLI has no UI thread to protect). Returns the exit code and prints
    // the error (text: message + advice; --json: {"error": {...}}) when it failed.
    int run(ClientJob* job);
    int usage(const QString& message);
    void printJson(const QJsonValue& v);

private:
    std::unique_ptr<QdrantClient> m_client;
};

// The translation context of every CLI message (explicit, so lupdate and the runtime agree).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// One parser per (sub)command so every command answers --help with its own options.
struct Command
{
    QCommandLineParser parser;
    QStringList args;
    Command(const QString& name, const QString& description, const QStringList& arguments,
            bool connects = true)
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        if (connects) Context::addConnectionOptions(&parser);
        args = QStringList{QStringLiteral("vectordesk-cli ") + name} + arguments;
    }
    // Returns -1 to continue, or the exit code (help shown, or a usage error).
    int parse(Context& ctx, int minPositional, int maxPositional)
    {
        if (!parser.parse(args)) return ctx.usage(parser.errorText());
        if (parser.isSet(QStringLiteral("help"))) {
            ctx.out << parser.helpText();
            ctx.out.flush();
            return Ok;
        }
        const int n = int(parser.positionalArguments().size());
        if (n < minPositional || n > maxPositional)
            return ctx.usage(Cli::tr("wrong number of arguments\n\n") + parser.helpText());
        return -1;
    }
    QString pos(int i) const { return parser.positionalArguments().value(i); }
};

} // namespace vd::cli
