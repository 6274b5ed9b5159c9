#include "ui/connections/connection_dialog.h"

#include "ui/background_task.h"
#include "ui/connections/diagnosis_text.h"
#include "ui/theme.h"

#ifndef Q_MOC_RUN
#include "remote/connection_diagnosis.h"
#endif

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace es {

namespace {

constexpr security::SecurityProtocol kProtocols[] = {
    security::SecurityProtocol::Plaintext, security::SecurityProtocol::Ssl,
    security::SecurityProtocol::SaslPlaintext, security::SecurityProtocol::SaslSsl};
constexpr SaslMechanism kMechanisms[] = {SaslMechanism::Plain, SaslMechanism::ScramSha256,
                                         SaslMechanism::ScramSha512};

void paintSwatch(QToolButton *button, const QColor &colour)
{
    QPixmap swatch(16, 16);
    swatch.fill(colour.isValid() ? colour : QColor(Qt::transparent));
    button->setIcon(QIcon(swatch));
}

} // namespace

ConnectionDialog::ConnectionDialog(const ConnectionProfile &profile, QWidget *parent)
    : QDialog(parent), m_id(profile.id), m_chosenColour(profile.colour)
{
    setWindowTitle(profile.id.isEmpty() ? tr("Connect to a Kafka cluster")
                                        : tr("Connection %1").arg(profile.name));

    m_name = new QLineEdit(profile.name, this);
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_name->setPlaceholderText(tr("staging"));
    m_bootstrap = new QLineEdit(profile.bootstrapServers, this);
    m_bootstrap->setObjectName(QStringLiteral("bootstrapServers"));
    m_bootstrap->setPlaceholderText(tr("broker1.example.com:9092,broker2.example.com:9092"));

    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("securityProtocol"));
    for (security::SecurityProtocol p : kProtocols)
        m_protocol->addItem(QString::fromUtf8(security::securityProtocolName(p).data()), static_cast<int>(p));
    m_protocol->setCurrentIndex(m_protocol->findData(static_cast<int>(profile.securityProtocol)));
    m_mechanism = new QComboBox(this);
    m_mechanism->setObjectName(QStringLiteral("saslMechanism"));
    for (SaslMechanism m : kMechanisms)
        m_mechanism->addItem(QString::fromUtf8(saslMechanismName(m).data()), static_cast<int>(m));
    m_mechanism->setCurrentIndex(m_mechanism->findData(static_cast<int>(profile.saslMechanism)));

    m_username = new QLineEdit(profile.username, this);
    m_username->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit(profile.password, this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_caFile = fileField(QStringLiteral("caFile"), tr("CA certificates (PEM)"));
    m_caFile->setText(profile.caFile);
    m_caFile->setPlaceholderText(tr("the system's trusted certificates"));
    m_certificate = fileField(QStringLiteral("certificateFile"), tr("Client certificate (PEM)"));
    m_certificate->setText(profile.certificateFile);
    m_key = fileField(QStringLiteral("keyFile"), tr("Client private key (PEM)"));
    m_key->setText(profile.keyFile);
    m_keyPassword = new QLineEdit(profile.keyPassword, this);
    m_keyPassword->setObjectName(QStringLiteral("keyPassword"));
    m_keyPassword->setEchoMode(QLineEdit::Password);

    m_colour = new QToolButton(this);
    m_colour->setObjectName(QStringLiteral("colourTag"));
    m_colour->setText(tr("Choose…"));
    m_colour->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_colour->setToolTip(tr("A colour that marks this connection's window, so production is not mistaken "
                            "for staging."));
    paintSwatch(m_colour, m_chosenColour);
    connect(m_colour, &QToolButton::clicked, this, [this] {
        const QColor chosen = QColorDialog::getColor(m_chosenColour.isValid() ? m_chosenColour : Qt::darkCyan,
                                                     this, tr("Connection colour"));
        if (chosen.isValid()) {
            m_chosenColour = chosen;
            paintSwatch(m_colour, chosen);
        }
    });

    m_readOnly = new QCheckBox(tr("&Read-only: only look, never write to this cluster"), this);
    m_readOnly->setObjectName(QStringLiteral("readOnly"));
    m_readOnly->setChecked(profile.readOnly);
    m_readOnly->setToolTip(tr("Creating and deleting topics, changing configs, producing and resetting "
                              "offsets are all disabled."));
    m_save = new QCheckBox(tr("&Save this connection (secrets go to the desktop keyring)"), this);
    m_save->setObjectName(QStringLiteral("saveConnection"));
    m_save->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Bootstrap servers:"), m_bootstrap);
    form->addRow(tr("Security &protocol:"), m_protocol);
    form->addRow(tr("SASL &mechanism:"), m_mechanism);
    form->addRow(tr("&User:"), m_username);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&CA file:"), m_caFile->parentWidget());
    form->addRow(tr("Client certificat&e:"), m_certificate->parentWidget());
    form->addRow(tr("Client &key:"), m_key->parentWidget());
    form->addRow(tr("Ke&y password:"), m_keyPassword);
    form->addRow(tr("Co&lour:"), m_colour);
    form->addRow(QString(), m_readOnly);
    form->addRow(QString(), m_save);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("connectionNote"));
    m_note->setWordWrap(true);
    m_note->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_connect = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    if (!m_id.isEmpty()) {
        QPushButton *remove = buttons->addButton(tr("&Forget"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("forgetConnection"));
        remove->setToolTip(tr("Remove this saved connection and its secrets from the keyring."));
        connect(remove, &QPushButton::clicked, this, [this] {
            emit removeRequested(m_id);
            reject();
        });
    }
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::test);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_name, m_bootstrap})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateEnabled);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateEnabled);
    updateEnabled();
    resize(620, sizeHint().height());
}

QLineEdit *ConnectionDialog::fileField(const QString &objectName, const QString &title)
{
    auto *row = new QWidget(this);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(objectName);
    auto *browse = new QToolButton(row);
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, [this, edit, title] {
        const QString file = QFileDialog::getOpenFileName(this, title, edit->text());
        if (!file.isEmpty())
            edit->setText(file);
    });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return edit;
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p;
    p.id = m_id;
    p.name = m_name->text().trimmed().isEmpty() ? m_bootstrap->text().trimmed() : m_name->text().trimmed();
    p.bootstrapServers = m_bootstrap->text().trimmed();
    p.securityProtocol = static_cast<security::SecurityProtocol>(m_protocol->currentData().toInt());
    p.saslMechanism = static_cast<SaslMechanism>(m_mechanism->currentData().toInt());
    p.username = m_username->text();
    p.password = m_password->text();
    p.caFile = m_caFile->text().trimmed();
    p.certificateFile = m_certificate->text().trimmed();
    p.keyFile = m_key->text().trimmed();
    p.keyPassword = m_keyPassword->text();
    p.colour = m_chosenColour;
    p.readOnly = m_readOnly->isChecked();
    return p;
}

bool ConnectionDialog::saveRequested() const { return m_save->isChecked(); }

void ConnectionDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void ConnectionDialog::updateEnabled()
{
    const auto protocol = static_cast<security::SecurityProtocol>(m_protocol->currentData().toInt());
    const bool sasl = security::usesSasl(protocol);
    const bool tls = security::usesTls(protocol);
    for (QWidget *w : {static_cast<QWidget *>(m_mechanism), static_cast<QWidget *>(m_username),
                       static_cast<QWidget *>(m_password)})
        w->setEnabled(sasl);
    for (QLineEdit *file : {m_caFile, m_certificate, m_key})
        file->parentWidget()->setEnabled(tls); // the field with its Browse button
    m_keyPassword->setEnabled(tls);
    const bool complete = !m_bootstrap->text().trimmed().isEmpty();
    m_connect->setEnabled(complete);
    m_test->setEnabled(complete && m_testsRunning == 0);
}

void ConnectionDialog::test()
{
    ++m_testsRunning;
    updateEnabled();
    m_result->setStyleSheet({});
    m_result->setText(tr("Testing…"));
    const RemoteSettings settings = profile().toRemoteSettings();
    runInBackground(
        this, [settings] { return diagnoseConnection(settings); },
        [this](const ConnectionDiagnosis &d) {
            --m_testsRunning;
            const DiagnosisText words = diagnosisText(d);
            m_result->setText(words.text);
            const QColor colour = words.ok ? Theme::good(palette()) : Theme::bad(palette());
            m_result->setStyleSheet(QStringLiteral("color: %1").arg(colour.name()));
            updateEnabled();
        });
}

} // namespace es
