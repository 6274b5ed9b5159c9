#include "app/command_line.h"

#include "cluster/broker_config_specs.h"
#include "cluster/listener_check.h"
#include "security/listener_config.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>

#include <algorithm>
#include <filesystem>
#include <utility>

namespace es {

namespace {

const QStringList kLogLevels = {QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"),
                                QStringLiteral("warn"),  QStringLiteral("error"), QStringLiteral("off")};

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
                   tr("KEY=VALUE")),
          m_listener(QStringLiteral("listener"),
                     tr("A listener of every broker, such as SASL_SSL://127.0.0.1:9192: broker i listens on "
                        "PORT + i - 1. NAME is PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL, or a name of your "
                        "own mapped to one of them with --config "
                        "listener.security.protocol.map=CLIENTS:SASL_SSL; an empty HOST is the --bind "
                        "address. Repeat for more; replaces the PLAINTEXT listener of --port."),
                     tr("NAME://HOST:PORT")),
          m_scramUser(QStringLiteral("scram-user"),
                      tr("Create a user for SASL (SCRAM-SHA-256, SCRAM-SHA-512 and PLAIN), or set its "
                         "password; kept with the cluster. Repeat for more."),
                      tr("NAME:PASSWORD")),
          m_superUser(QStringLiteral("super-user"),
                      tr("A principal allowed everything, such as User:admin; repeat for more. Replaces "
                         "the super users kept with the cluster."),
                      tr("PRINCIPAL")),
          m_tlsCert(QStringLiteral("tls-cert"),
                    tr("Certificate chain (PEM) of the SSL and SASL_SSL listeners, with --tls-key (default: "
                       "one issued by a local CA kept in the data directory)."),
                    tr("FILE")),
          m_tlsKey(QStringLiteral("tls-key"), tr("Private key (PEM) of --tls-cert."), tr("FILE")),
          m_tlsClientCa(QStringLiteral("tls-client-ca"),
                        tr("CA certificate (PEM) that client certificates must chain to (default: the local "
                           "CA)."),
                        tr("FILE")),
          m_tlsClientAuth(QStringLiteral("tls-client-auth"),
                          tr("Whether TLS listeners ask clients for a certificate: none, requested or "
                             "required (default: none)."),
                          tr("MODE"), QStringLiteral("none")),
          m_allowEveryone(QStringLiteral("allow-everyone-if-no-acl"),
                          tr("Whether a resource without ACLs is open to everyone: true or false; kept with "
                             "the cluster (default: true, false once a listener uses SASL)."),
                          tr("BOOL")),
          m_controlPort(QStringLiteral("control-port"),
                        tr("Serve the control API (HTTP/JSON on 127.0.0.1, used by 'eventscope ctl') on this "
                           "port; 0 picks a free one. Off unless given."),
                        tr("P"))
    {
        m_parser.setApplicationDescription(
            tr("Eventscope runs a local Kafka-compatible cluster and shows what happens inside it."));
        m_parser.addOptions({m_help, m_version, m_logLevel, m_headless, m_brokers, m_port, m_dataDir, m_bind,
                             m_config, m_listener, m_scramUser, m_superUser, m_tlsCert, m_tlsKey,
                             m_tlsClientCa, m_tlsClientAuth, m_allowEveryone, m_controlPort});
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

        if (QString error = parseSecurity(options.cluster); !error.isEmpty())
            return fail(error);
        if (QString error = parseControlPort(options); !error.isEmpty())
            return fail(error);
        return {CommandLine::Action::Run, options, {}};
    }

private:
    // The listeners, users and TLS options into `cluster`; what is wrong, or empty.
    QString parseSecurity(ClusterSettings &cluster)
    {
        // Without any of these the cluster runs with the listeners it saved last.
        cluster.listenersGiven = !m_parser.values(m_listener).isEmpty() || m_parser.isSet(m_port) ||
                                 m_parser.isSet(m_bind) || m_parser.isSet(m_tlsCert) ||
                                 m_parser.isSet(m_tlsClientCa) || m_parser.isSet(m_tlsClientAuth);
        if (!m_parser.values(m_listener).isEmpty() && m_parser.isSet(m_port))
            return tr("--port sets the port of the PLAINTEXT listener, which --listener replaces; give the "
                      "port in each --listener instead.");
        // Checked by --config already; a start without it maps names of protocols alone.
        const auto protocols = security::parseListenerProtocolMap(
            cluster.brokerConfigs.value(QStringLiteral("listener.security.protocol.map")).toStdString());
        if (!protocols)
            return tr("--config: %1.").arg(QString::fromStdString(protocols.status().message()));
        for (const QString &text : m_parser.values(m_listener)) {
            auto listener = security::parseListener(text.toStdString(), *protocols);
            if (!listener)
                return tr("--listener: %1.").arg(QString::fromStdString(listener.status().message()));
            if (QString error = checkHost(text, *listener); !error.isEmpty())
                return error;
            cluster.listeners.push_back(*listener);
        }
        for (const QString &item : m_parser.values(m_scramUser)) {
            // Split at the first colon: a password may hold colons, a name may not.
            const qsizetype colon = item.indexOf(QLatin1Char(':'));
            if (colon <= 0 || colon == item.size() - 1)
                return tr("--scram-user takes NAME:PASSWORD with neither empty, such as alice:secret.");
            cluster.scramUsers.append({item.left(colon), item.mid(colon + 1)});
        }
        for (const QString &principal : m_parser.values(m_superUser)) {
            const qsizetype colon = principal.indexOf(QLatin1Char(':'));
            if (colon <= 0 || colon == principal.size() - 1)
                return tr("--super-user takes a principal TYPE:NAME such as User:admin, not '%1'.")
                    .arg(principal);
            cluster.superUsers << principal;
        }
        if (m_parser.isSet(m_allowEveryone)) {
            const QString value = m_parser.value(m_allowEveryone);
            if (value != QLatin1String("true") && value != QLatin1String("false"))
                return tr("--allow-everyone-if-no-acl takes true or false, not '%1'.").arg(value);
            cluster.allowEveryoneIfNoAclFound = value == QLatin1String("true");
        }
        if (QString error = parseTls(cluster); !error.isEmpty())
            return error;
        const Status listeners = validateListeners(cluster.toClusterConfig());
        if (!listeners.isOk())
            return tr("Listeners: %1.").arg(QString::fromStdString(listeners.message()));
        return {};
    }

    // --control-port into `options`; what is wrong, or empty. A port the brokers listen on
    // would fail only once the cluster runs, so it is refused here.
    QString parseControlPort(AppOptions &options) const
    {
        if (!m_parser.isSet(m_controlPort))
            return {};
        const QString text = m_parser.value(m_controlPort);
        bool ok = false;
        const int port = text.toInt(&ok);
        if (!ok || port < 0 || port > 65535)
            return tr("--control-port takes a port number from 1 to 65535, or 0 for any free port, not '%1'.")
                .arg(text);
        const ClusterSettings &cluster = options.cluster;
        QList<int> bases;
        if (cluster.listeners.empty())
            bases << cluster.basePort;
        for (const security::ListenerConfig &listener : cluster.listeners)
            bases << listener.basePort;
        for (const int base : std::as_const(bases)) {
            if (port != 0 && port >= base && port < base + cluster.brokerCount)
                return tr("--control-port %1 is taken by the brokers, which listen on ports %2 to %3.")
                    .arg(port)
                    .arg(base)
                    .arg(base + cluster.brokerCount - 1);
        }
        options.controlPort = static_cast<quint16>(port);
        return {};
    }

    // The server binds IP addresses; "localhost" is taken as 127.0.0.1.
    static QString checkHost(const QString &text, security::ListenerConfig &listener)
    {
        if (listener.host.empty())
            return {};
        if (listener.host == "localhost") {
            listener.host = "127.0.0.1";
            return {};
        }
        QHostAddress address;
        if (!address.setAddress(QString::fromStdString(listener.host)))
            return tr("--listener %1: the host must be an IPv4 or IPv6 address such as 127.0.0.1, not '%2'.")
                .arg(text, QString::fromStdString(listener.host));
        listener.host = address.toString().toStdString();
        return {};
    }

    QString parseTls(ClusterSettings &cluster)
    {
        if (m_parser.isSet(m_tlsCert) != m_parser.isSet(m_tlsKey))
            return tr(
                "--tls-cert and --tls-key go together: give both, or neither for a certificate from the "
                "local CA.");
        const QList<std::pair<const QCommandLineOption *, std::filesystem::path *>> files = {
            {&m_tlsCert, &cluster.tls.certificateFile},
            {&m_tlsKey, &cluster.tls.keyFile},
            {&m_tlsClientCa, &cluster.tls.clientCaFile}};
        bool anyTlsOption = m_parser.isSet(m_tlsClientAuth);
        for (const auto &[option, path] : files) {
            if (!m_parser.isSet(*option))
                continue;
            anyTlsOption = true;
            const QString file = m_parser.value(*option);
            const QFileInfo info(QDir::current(), file);
            if (!info.isFile() || !info.isReadable())
                return tr("--%1: cannot read the file '%2'.").arg(option->names().constFirst(), file);
            *path = info.absoluteFilePath().toStdString();
        }
        const QString auth = m_parser.value(m_tlsClientAuth);
        if (auth == QLatin1String("none"))
            cluster.tls.clientAuth = security::ClientAuth::None;
        else if (auth == QLatin1String("requested"))
            cluster.tls.clientAuth = security::ClientAuth::Requested;
        else if (auth == QLatin1String("required"))
            cluster.tls.clientAuth = security::ClientAuth::Required;
        else
            return tr("--tls-client-auth takes none, requested or required, not '%1'.").arg(auth);
        const bool tlsListener = std::any_of(cluster.listeners.begin(), cluster.listeners.end(),
                                             [](const auto &l) { return security::usesTls(l.protocol); });
        if (anyTlsOption && !tlsListener)
            return tr(
                "The --tls options apply to SSL and SASL_SSL listeners, and none is given; add one such "
                "as --listener SASL_SSL://127.0.0.1:9192.");
        return {};
    }

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
    QCommandLineOption m_listener;
    QCommandLineOption m_scramUser;
    QCommandLineOption m_superUser;
    QCommandLineOption m_tlsCert;
    QCommandLineOption m_tlsKey;
    QCommandLineOption m_tlsClientCa;
    QCommandLineOption m_tlsClientAuth;
    QCommandLineOption m_allowEveryone;
    QCommandLineOption m_controlPort;
};

} // namespace

QString defaultDataDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/eventscope/clusters/default");
}

CommandLine parseCommandLine(const QStringList &arguments) { return Parser().parse(arguments); }

QString versionText() { return QStringLiteral("eventscope " ES_VERSION); }

} // namespace es
