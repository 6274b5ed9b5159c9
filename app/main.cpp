#include "app/command_line.h"
#include "app/ctl.h"
#include "app/headless.h"
#include "app/translations.h"
#include "ui/app_restart.h"
#include "ui/language_settings.h"
#include "ui/layout_memory.h"
#include "ui/main_window.h"
#include "ui/theme.h"

#include "common/allocator_tuning.h"
#include "common/idle_memory_return.h"
#include "common/logging.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QIcon>
#include <QLocale>
#include <QProcess>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace {

// Exit codes besides 0: 1 no display for the window, 2 bad command line; 3, a cluster that
// cannot start, comes from runHeadless(). `eventscope ctl` has its own (ctl.h).
constexpr int kExitNoDisplay = 1;
constexpr int kExitUsage = 2;

void print(std::FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
}

QStringList argumentList(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// Without a display QApplication aborts; say so plainly instead.
bool haveDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    auto isSet = [](const char *name) {
        const char *value = std::getenv(name);
        return value && *value;
    };
    return isSet("QT_QPA_PLATFORM") || isSet("DISPLAY") || isSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    // `eventscope ctl ...` is a client of a running cluster: no Qt application, no engine.
    if (argc > 1 && std::string_view(argv[1]) == "ctl")
        return es::runCtl(std::vector<std::string>(argv + 2, argv + argc));

    es::keepFreedMemoryForReuse();
    const es::IdleMemoryReturn idleMemoryReturn;
    QCoreApplication::setApplicationName(QStringLiteral("eventscope"));
    // Settings (theme, language) live in ~/.config/eventscope/.
    QCoreApplication::setOrganizationName(QStringLiteral("eventscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ES_VERSION));

    // The command line chooses the kind of application object, and messages can only be
    // translated once one exists: parse once to choose, again to report in the user's language.
    const es::CommandLine first = es::parseCommandLine(argumentList(argc, argv));
    const bool gui = first.action == es::CommandLine::Action::Run && !first.options.headless;
    if (gui && !haveDisplay()) {
        print(stderr,
              QStringLiteral("eventscope: no display found (DISPLAY and WAYLAND_DISPLAY are not set). "
                             "Run it with --headless, or under xvfb-run."));
        return kExitNoDisplay;
    }

    std::unique_ptr<QCoreApplication> app;
    if (gui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    // The window speaks the language chosen in its settings; headless runs the system's.
    const bool translated = es::installTranslations(gui ? es::LanguageSettings::locale() : QLocale::system());

    const es::CommandLine commandLine = es::parseCommandLine(QCoreApplication::arguments());
    if (commandLine.action == es::CommandLine::Action::Fail) {
        print(stderr, QStringLiteral("eventscope: ") + commandLine.text);
        return kExitUsage;
    }
    if (commandLine.action != es::CommandLine::Action::Run) {
        print(stdout, commandLine.text);
        return EXIT_SUCCESS;
    }

    const es::AppOptions &options = commandLine.options;
    es::setLogLevel(options.logLevel.toStdString());
    auto log = es::logger("app");
    log->info("eventscope {} ({}), locale {}{}", ES_VERSION, options.headless ? "headless" : "GUI",
              QLocale::system().name().toStdString(), translated ? ", translated" : "");
    log->info("cluster settings: brokers {}, first listener {}, data directory {}",
              options.cluster.brokerCount, options.cluster.brokerAddresses().value(0).toStdString(),
              options.cluster.dataDir.toStdString());

    if (options.headless)
        return es::runHeadless(options);

    es::Theme::apply(es::Theme::saved());
    // Windows open as the user left them: size, splitters, columns, the view and selections.
    es::LayoutMemory::setEnabled(true);
    // Each window owns its connection: closing the embedded cluster's window stops that
    // cluster and leaves the windows on other clusters open. The last one closed quits.
    auto *window = new es::MainWindow(options.cluster);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->startCluster();
    if (options.controlPort)
        window->startControlServer(*options.controlPort);
    const int status = QCoreApplication::exec();
    if (!es::AppRestart::requested())
        return status;
    // The closed windows are deleted now, which stops their clusters and closes their data
    // directories, before the new process opens them again.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                 es::AppRestart::arguments(QCoreApplication::arguments().mid(1)))) {
        print(stderr, QStringLiteral("eventscope: could not start again; start it yourself."));
        return EXIT_FAILURE;
    }
    return status;
}
