#include "ui/app_restart.h"

#include <QApplication>

namespace es {

namespace {

bool g_requested = false;
AppRestart::Options g_options = AppRestart::Options::SameArguments;
std::function<void(AppRestart::Options)> g_hook;

// The options that choose listeners (app/command_line.cpp); each takes a value.
const QStringList &listenerOptions()
{
    static const QStringList names = {QStringLiteral("--listener"),       QStringLiteral("--port"),
                                      QStringLiteral("--bind"),           QStringLiteral("--tls-cert"),
                                      QStringLiteral("--tls-key"),        QStringLiteral("--tls-client-ca"),
                                      QStringLiteral("--tls-client-auth")};
    return names;
}

} // namespace

void AppRestart::request(Options options)
{
    if (g_hook) {
        g_hook(options);
        return;
    }
    g_requested = true;
    g_options = options;
    QApplication::closeAllWindows();
}

bool AppRestart::requested() { return g_requested; }

QStringList AppRestart::arguments(const QStringList &current)
{
    return g_options == Options::DropListenerOptions ? withoutListenerOptions(current) : current;
}

QStringList AppRestart::withoutListenerOptions(const QStringList &current)
{
    QStringList kept;
    for (qsizetype i = 0; i < current.size(); ++i) {
        const QString &argument = current[i];
        if (argument == QStringLiteral("--")) {
            kept << current.mid(i);
            break;
        }
        if (listenerOptions().contains(argument)) {
            ++i; // its value
            continue;
        }
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        if (equals > 0 && listenerOptions().contains(argument.left(equals)))
            continue;
        kept << argument;
    }
    return kept;
}

void AppRestart::setHookForTests(std::function<void(Options)> hook) { g_hook = std::move(hook); }

} // namespace es
