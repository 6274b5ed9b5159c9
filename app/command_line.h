#pragma once

#include "ui/cluster_settings.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace es {

// Everything the command line decides.
struct AppOptions {
    ClusterSettings cluster;
    QString logLevel = QStringLiteral("info");
    bool headless = false;
    // The control API's port (0: any free one); nullopt: no control API (the default).
    std::optional<quint16> controlPort;
};

// The outcome of parsing a command line: run with options, or print a text and exit.
struct CommandLine {
    enum class Action {
        Run,         // start with `options`
        ShowHelp,    // print `text` (the help) to stdout, exit 0
        ShowVersion, // print `text` ("eventscope 0.1.0") to stdout, exit 0
        Fail,        // print `text` (what is wrong and how to fix it) to stderr, exit 2
    };

    Action action = Action::Run;
    AppOptions options;
    QString text;
};

// Parses and validates `arguments` (arguments[0] is the program). Pure: prints nothing and
// touches no global state, so it may be called before the application object exists. Texts
// come out in the language of the translators installed at the time of the call.
CommandLine parseCommandLine(const QStringList &arguments);

// Where the cluster's data lives unless --data-dir says otherwise; empty when no standard
// location is known. `eventscope ctl` finds the control API of that cluster there.
QString defaultDataDir();

// "eventscope <version>".
QString versionText();

} // namespace es
