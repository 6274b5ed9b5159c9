#include "ui/connections/diagnosis_text.h"

#include <QCoreApplication>

namespace es {

namespace {

// Gives the texts below their translation context.
class Words {
    Q_DECLARE_TR_FUNCTIONS(DiagnosisText)

public:
    static DiagnosisText of(const ConnectionDiagnosis &d);
};

DiagnosisText Words::of(const ConnectionDiagnosis &d)
{
    const QString detail = QString::fromStdString(d.detail);
    const QString took = tr("(%1 ms)").arg(d.elapsedMs);
    switch (d.outcome) {
    case DiagnosisOutcome::Connected: {
        QString text =
            tr("Connected: cluster %1, %2, controller %3, %4.")
                .arg(d.clusterId.empty() ? tr("without an id") : QString::fromStdString(d.clusterId),
                     tr("%n broker(s)", nullptr, static_cast<int>(d.brokers)))
                .arg(d.controllerId)
                .arg(tr("%n topic(s)", nullptr, static_cast<int>(d.topics)));
        text +=
            QLatin1Char(' ') +
            (d.version.empty() ? tr("The brokers do not report their version.")
                               : tr("Broker protocol version %1.").arg(QString::fromStdString(d.version)));
        return {text + QLatin1Char(' ') + took, true};
    }
    case DiagnosisOutcome::InvalidSettings: return {tr("These settings cannot work: %1.").arg(detail), false};
    case DiagnosisOutcome::NameNotResolved:
        return {tr("The name does not resolve (%1). Check the host name, or your DNS and VPN.").arg(detail),
                false};
    case DiagnosisOutcome::ConnectionRefused:
        return {
            tr("Connection refused: nothing listens there (%1). Check the port, and that the brokers run.")
                .arg(detail),
            false};
    case DiagnosisOutcome::TlsFailed:
        return {tr("The TLS handshake failed: %1. Check the security protocol, the CA file, and the client "
                   "certificate if the cluster asks for one.")
                    .arg(detail),
                false};
    case DiagnosisOutcome::AuthenticationFailed:
        return {
            tr("Authentication failed: %1. Check the SASL mechanism, user name and password.").arg(detail),
            false};
    case DiagnosisOutcome::NoBrokerAnswered:
        return {tr("No broker answered %1: %2. A firewall may drop the connection, or the port may speak "
                   "another protocol (TLS where plaintext was chosen, or the other way round).")
                    .arg(took, detail),
                false};
    }
    return {detail, false};
}

} // namespace

DiagnosisText diagnosisText(const ConnectionDiagnosis &diagnosis) { return Words::of(diagnosis); }

} // namespace es
