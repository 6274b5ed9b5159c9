#pragma once

#include "ui/cluster_settings.h"

#include <QString>
#include <QStringList>

namespace es {

// Everything the command line decides.
struct AppOptions {
    ClusterSettings cluster;
    QString logLevel = QStringLiteral("info");
    bool headless = false;
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

// "eventscope <version>".
QString versionText();

} // namespace es
