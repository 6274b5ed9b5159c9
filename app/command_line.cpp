#include "app/command_line.h"

#include "cluster/broker_config_specs.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QStandardPaths>

namespace es {

namespace {

const QStringList kLogLevels = {QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"),
                                QStringLiteral("warn"),  QStringLiteral("error"), QStringLiteral("off")};

QString defaultDataDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/eventscope/clusters/default");
}

// Holds the parser and its options; a class only so that tr() has a context.
class Parser {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    Parser()
        : m_help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")),
          m_version({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit.")),
          m_logLevel(QStringLiteral("log-level"),
                     tr("Log level: trace, debug, info, warn, error or off (default: info)."), tr("LEVEL"),
                     QStringLiteral("info")),
          m_headless(QStringLiteral("headless"), tr("Run the cluster without a window.")),
          m_brokers(
              QStringLiteral("brokers"),
              tr("Number of brokers, 1 to %1 (default: %2).").arg(kMaxBrokerCount).arg(kDefaultBrokerCount),
              tr("N"), QString::number(kDefaultBrokerCount)),
          m_port(QStringLiteral("port"),
                 tr("Port of broker 1; broker i listens on P + i - 1 (default: %1).").arg(kDefaultBasePort),
                 tr("P"), QString::number(kDefaultBasePort)),
          m_dataDir(QStringLiteral("data-dir"),
                    tr("Directory that holds the cluster's data (default: %1).")
                        .arg(QDir::toNativeSeparators(defaultDataDir())),
                    tr("DIR")),
          m_bind(QStringLiteral("bind"), tr("IP address the brokers listen on (default: 127.0.0.1)."),
                 tr("ADDRESS"), QStringLiteral("127.0.0.1")),
          m_config(QStringLiteral("config"),
                   tr("Set a Kafka broker config such as num.partitions=6 or log.retention.ms=60000; "
                      "repeat for more (docs/broker-configs.md lists them)."),
                   tr("KEY=VALUE"))
    {
        m_parser.setApplicationDescription(
            tr("Eventscope runs a local Kafka-compatible cluster and shows what happens inside it."));
        m_parser.addOptions(
            {m_help, m_version, m_logLevel, m_headless, m_brokers, m_port, m_dataDir, m_bind, m_config});
    }

    CommandLine parse(const QStringList &arguments)
    {
        if (!m_parser.parse(arguments))
            return fail(m_parser.errorText());
        if (m_parser.isSet(m_help))
            return {CommandLine::Action::ShowHelp, {}, m_parser.helpText()};
        if (m_parser.isSet(m_version))
            return {CommandLine::Action::ShowVersion, {}, versionText()};
        if (!m_parser.positionalArguments().isEmpty())
            return fail(tr("Unexpected argument '%1'.").arg(m_parser.positionalArguments().constFirst()));

        AppOptions options;
        options.headless = m_parser.isSet(m_headless);

        options.logLevel = m_parser.value(m_logLevel);
        if (!kLogLevels.contains(options.logLevel))
            return fail(tr("Unknown log level '%1'; use one of: %2.")
                            .arg(options.logLevel, kLogLevels.join(QStringLiteral(", "))));

        bool ok = false;
        const QString brokers = m_parser.value(m_brokers);
        options.cluster.brokerCount = brokers.toInt(&ok);
        if (!ok || options.cluster.brokerCount < 1 || options.cluster.brokerCount > kMaxBrokerCount)
            return fail(
                tr("--brokers takes a number from 1 to %1, not '%2'.").arg(kMaxBrokerCount).arg(brokers));

        const QString port = m_parser.value(m_port);
        const int basePort = port.toInt(&ok);
        if (!ok || basePort < 1 || basePort > 65535)
            return fail(tr("--port takes a port number from 1 to 65535, not '%1'.").arg(port));
        const int lastPort = basePort + options.cluster.brokerCount - 1;
        if (lastPort > 65535)
            return fail(tr("--port %1 leaves no room for %2 brokers: they would need ports %1 to %3.")
                            .arg(basePort)
                            .arg(options.cluster.brokerCount)
                            .arg(lastPort));
        options.cluster.basePort = static_cast<quint16>(basePort);

        const QString dataDir = m_parser.isSet(m_dataDir) ? m_parser.value(m_dataDir) : defaultDataDir();
        if (dataDir.isEmpty())
            return fail(m_parser.isSet(m_dataDir)
                            ? tr("--data-dir needs a directory.")
                            : tr("No default data directory is known here; choose one with --data-dir."));
        options.cluster.dataDir = QDir::cleanPath(QDir::current().absoluteFilePath(dataDir));

        const QString bind = m_parser.value(m_bind);
        QHostAddress address;
        if (!address.setAddress(bind))
            return fail(tr("--bind takes an IPv4 or IPv6 address such as 127.0.0.1, not '%1'.").arg(bind));
        options.cluster.bindAddress = address.toString();

        for (const QString &item : m_parser.values(m_config)) {
            const qsizetype eq = item.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return fail(tr("--config takes KEY=VALUE, such as num.partitions=6, not '%1'.").arg(item));
            const QString key = item.left(eq).trimmed();
            const QString value = item.mid(eq + 1);
            if (!findBrokerConfigSpec(key.toStdString()))
                return fail(tr("--config: '%1' is not a broker config Eventscope knows.").arg(key));
            auto kept = validateBrokerConfig(key.toStdString(), value.toStdString());
            if (!kept)
                return fail(tr("--config: %1.").arg(QString::fromStdString(kept.status().message())));
            options.cluster.brokerConfigs.insert(key, QString::fromStdString(*kept));
        }

        return {CommandLine::Action::Run, options, {}};
    }

private:
    static CommandLine fail(const QString &message)
    {
        return {CommandLine::Action::Fail, {}, message + QLatin1Char(' ') + tr("See --help.")};
    }

    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_logLevel;
    QCommandLineOption m_headless;
    QCommandLineOption m_brokers;
    QCommandLineOption m_port;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_bind;
    QCommandLineOption m_config;
};

} // namespace

CommandLine parseCommandLine(const QStringList &arguments) { return Parser().parse(arguments); }

QString versionText() { return QStringLiteral("eventscope " ES_VERSION); }

} // namespace es
