#include "ui/security/listeners_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace es {

namespace {

constexpr security::SecurityProtocol kProtocols[] = {
    security::SecurityProtocol::Plaintext, security::SecurityProtocol::Ssl,
    security::SecurityProtocol::SaslPlaintext, security::SecurityProtocol::SaslSsl};

// The client authentication combo's entries, in ClientAuth's order.
constexpr security::ClientAuth kClientAuths[] = {security::ClientAuth::None, security::ClientAuth::Requested,
                                                 security::ClientAuth::Required};

QString pathText(const std::filesystem::path &path) { return QString::fromStdString(path.string()); }

std::filesystem::path pathOf(const QLineEdit *edit) { return edit->text().trimmed().toStdString(); }

QString protocolName(security::SecurityProtocol protocol)
{
    return QString::fromUtf8(security::securityProtocolName(protocol).data());
}

// The protocol's name, or with "_2", "_3"... the first that `taken` does not hold.
QString generatedName(security::SecurityProtocol protocol, const QSet<QString> &taken)
{
    const QString base = protocolName(protocol);
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = base + QStringLiteral("_%1").arg(n);
    return name;
}

// Whether `name` is one generatedName() gives for some protocol: the user did not choose it.
bool isGeneratedName(const QString &name)
{
    for (const security::SecurityProtocol p : kProtocols) {
        const QString base = protocolName(p);
        if (name == base)
            return true;
        if (name.startsWith(base + QLatin1Char('_'))) {
            bool number = false;
            name.mid(base.size() + 1).toInt(&number);
            if (number)
                return true;
        }
    }
    return false;
}

} // namespace

ListenersDialog::ListenersDialog(const std::vector<security::ListenerConfig> &listeners,
                                 const security::TlsSettings &tls, QWidget *parent)
    : SubmitDialog(tr("Save"), parent)
{
    setWindowTitle(tr("Edit listeners"));

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("listenersEditTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Protocol"), tr("Host"), tr("Base port")});
    m_table->horizontalHeaderItem(NameColumn)
        ->setToolTip(tr("Letters, digits, '_' and '-', as Kafka's listener names; empty: named after "
                        "the protocol"));
    m_table->horizontalHeaderItem(HostColumn)
        ->setToolTip(tr("The address the brokers listen on; empty: the cluster's bind address"));
    m_table->horizontalHeaderItem(PortColumn)
        ->setToolTip(tr("Broker 1 listens on this port, broker 2 on the next, and so on"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HostColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Listeners"));
    for (const security::ListenerConfig &l : listeners)
        addRow(l);
    connect(m_table, &QTableWidget::itemChanged, this, &ListenersDialog::revalidate);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_table->currentRow() >= 0 && m_table->rowCount() > 1); });

    auto *add = new QPushButton(tr("&Add listener"), this);
    add->setObjectName(QStringLiteral("addListener"));
    connect(add, &QPushButton::clicked, this, &ListenersDialog::addListener);
    m_remove = new QPushButton(tr("&Remove listener"), this);
    m_remove->setObjectName(QStringLiteral("removeListener"));
    m_remove->setEnabled(false);
    connect(m_remove, &QPushButton::clicked, this, &ListenersDialog::removeListener);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch();

    // TLS, for the SSL and SASL_SSL listeners.
    auto *tlsBox = new QGroupBox(tr("TLS of the SSL and SASL_SSL listeners"), this);
    m_ownCertificate =
        new QCheckBox(tr("Use my own &certificate (otherwise the cluster's local CA issues one)"), tlsBox);
    m_ownCertificate->setObjectName(QStringLiteral("ownCertificate"));
    m_certificate =
        fileField(QStringLiteral("certificateFile"), tr("Certificate chain (PEM)"), &m_certificateRow);
    m_key = fileField(QStringLiteral("keyFile"), tr("Private key (PEM)"), &m_keyRow);
    QWidget *clientCaRow = nullptr;
    m_clientCa = fileField(QStringLiteral("clientCaFile"), tr("Client CA (PEM)"), &clientCaRow);
    m_clientCa->setPlaceholderText(tr("The local CA"));
    m_clientCa->setToolTip(
        tr("The CA that client certificates must chain to; empty: the cluster's local CA"));
    m_clientAuth = new QComboBox(tlsBox);
    m_clientAuth->setObjectName(QStringLiteral("clientAuth"));
    m_clientAuth->addItems({tr("None"), tr("Requested"), tr("Required")});
    m_clientAuth->setToolTip(tr("Whether SSL listeners ask clients for a certificate (ssl.client.auth); "
                                "SASL_SSL clients log in instead"));
    for (int i = 0; i < static_cast<int>(std::size(kClientAuths)); ++i)
        if (kClientAuths[i] == tls.clientAuth)
            m_clientAuth->setCurrentIndex(i);
    m_ownCertificate->setChecked(!tls.certificateFile.empty());
    m_certificate->setText(pathText(tls.certificateFile));
    m_key->setText(pathText(tls.keyFile));
    m_clientCa->setText(pathText(tls.clientCaFile));
    connect(m_ownCertificate, &QCheckBox::toggled, this, &ListenersDialog::showOwnCertificate);
    auto *tlsForm = new QFormLayout(tlsBox);
    tlsForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    tlsForm->addRow(m_ownCertificate);
    tlsForm->addRow(tr("C&ertificate:"), m_certificateRow);
    tlsForm->addRow(tr("&Key:"), m_keyRow);
    tlsForm->addRow(tr("Client C&A:"), clientCaRow);
    tlsForm->addRow(tr("Client a&uthentication:"), m_clientAuth);

    auto *note =
        new QLabel(tr("The cluster keeps these listeners and starts with them from its next start on, "
                      "unless the command line names listeners. They apply once it restarts."),
                   this);
    note->setObjectName(QStringLiteral("restartNote"));
    note->setWordWrap(true);

    auto *form = new QVBoxLayout;
    form->addWidget(m_table, 1);
    form->addLayout(rowButtons);
    form->addWidget(tlsBox);
    form->addWidget(note);
    setForm(form);
    resize(620, 520);
    showOwnCertificate();
    revalidate();
}

QLineEdit *ListenersDialog::fileField(const QString &name, const QString &caption, QWidget **row)
{
    *row = new QWidget(this);
    auto *edit = new QLineEdit(*row);
    edit->setObjectName(name);
    auto *browse = new QPushButton(tr("Browse…"), *row);
    browse->setObjectName(name + QStringLiteral("Browse"));
    connect(browse, &QPushButton::clicked, this, [this, edit, caption] {
        const QString file = QFileDialog::getOpenFileName(this, caption, edit->text(),
                                                          tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        if (!file.isEmpty())
            edit->setText(file);
    });
    connect(edit, &QLineEdit::textChanged, this, &ListenersDialog::revalidate);
    auto *layout = new QHBoxLayout(*row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return edit;
}

void ListenersDialog::showOwnCertificate()
{
    m_certificateRow->setEnabled(m_ownCertificate->isChecked());
    m_keyRow->setEnabled(m_ownCertificate->isChecked());
    revalidate();
}

void ListenersDialog::addRow(const security::ListenerConfig &listener)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *protocol = new QComboBox(m_table);
    protocol->setObjectName(QStringLiteral("protocol"));
    for (const security::SecurityProtocol p : kProtocols) {
        protocol->addItem(protocolName(p));
        if (p == listener.protocol)
            protocol->setCurrentIndex(protocol->count() - 1);
    }
    connect(protocol, &QComboBox::currentIndexChanged, this, [this, protocol] {
        renameAfterProtocol(protocol);
        revalidate();
    });
    m_table->setItem(row, NameColumn, new QTableWidgetItem(QString::fromStdString(listener.name)));
    m_table->setCellWidget(row, ProtocolColumn, protocol);
    m_table->setItem(row, HostColumn, new QTableWidgetItem(QString::fromStdString(listener.host)));
    auto *port = new QSpinBox(m_table);
    port->setObjectName(QStringLiteral("basePort"));
    port->setRange(1, 65535);
    port->setValue(listener.basePort);
    connect(port, &QSpinBox::valueChanged, this, &ListenersDialog::revalidate);
    m_table->setCellWidget(row, PortColumn, port);
}

void ListenersDialog::renameAfterProtocol(const QComboBox *protocol)
{
    int row = 0;
    while (row < m_table->rowCount() && m_table->cellWidget(row, ProtocolColumn) != protocol)
        ++row;
    QTableWidgetItem *name = m_table->item(row, NameColumn);
    if (!name || !isGeneratedName(name->text().trimmed().toUpper()))
        return;
    QStringList others = chosenNames();
    others.removeAt(row);
    name->setText(
        generatedName(kProtocols[protocol->currentIndex()], QSet<QString>(others.begin(), others.end())));
}

void ListenersDialog::addListener()
{
    security::ListenerConfig listener;
    listener.host = "127.0.0.1";
    const QStringList names = chosenNames();
    listener.name = generatedName(listener.protocol, QSet<QString>(names.begin(), names.end())).toStdString();
    if (const int last = m_table->rowCount() - 1; last >= 0)
        listener.basePort =
            std::min(65535, static_cast<QSpinBox *>(m_table->cellWidget(last, PortColumn))->value() + 100);
    addRow(listener);
    m_table->selectRow(m_table->rowCount() - 1);
    revalidate();
}

void ListenersDialog::removeListener()
{
    if (m_table->rowCount() <= 1 || m_table->currentRow() < 0)
        return;
    m_table->removeRow(m_table->currentRow());
    m_remove->setEnabled(m_table->currentRow() >= 0 && m_table->rowCount() > 1);
    revalidate();
}

std::vector<security::ListenerConfig> ListenersDialog::listeners() const
{
    std::vector<security::ListenerConfig> result;
    // Names given first, so that a generated one never takes a name the user chose.
    const QStringList names = chosenNames();
    QSet<QString> taken(names.begin(), names.end());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        security::ListenerConfig l;
        const auto *protocol = static_cast<QComboBox *>(m_table->cellWidget(row, ProtocolColumn));
        l.protocol = kProtocols[protocol->currentIndex()];
        QString name = names[row];
        if (name.isEmpty()) {
            name = generatedName(l.protocol, taken);
            taken.insert(name);
        }
        l.name = name.toStdString();
        const QTableWidgetItem *host = m_table->item(row, HostColumn);
        l.host = host ? host->text().trimmed().toStdString() : std::string();
        l.basePort = static_cast<QSpinBox *>(m_table->cellWidget(row, PortColumn))->value();
        result.push_back(std::move(l));
    }
    return result;
}

QStringList ListenersDialog::chosenNames() const
{
    QStringList names;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, NameColumn);
        names << (item ? item->text().trimmed().toUpper() : QString());
    }
    return names;
}

security::TlsSettings ListenersDialog::tls() const
{
    security::TlsSettings tls;
    if (m_ownCertificate->isChecked()) {
        tls.certificateFile = pathOf(m_certificate);
        tls.keyFile = pathOf(m_key);
    }
    tls.clientCaFile = pathOf(m_clientCa);
    tls.clientAuth = kClientAuths[m_clientAuth->currentIndex()];
    return tls;
}

QString ListenersDialog::problem() const
{
    if (m_table->rowCount() == 0)
        return tr("Add a listener: the cluster needs at least one.");
    QSet<QString> seen;
    for (const QString &name : chosenNames()) {
        if (name.isEmpty())
            continue;
        if (!security::isValidListenerName(name.toStdString()))
            return tr("The listener name %1 may hold only letters, digits, '_' and '-'.").arg(name);
        if (seen.contains(name))
            return tr("Two listeners are named %1; give each its own name.").arg(name);
        seen.insert(name);
    }
    if (m_ownCertificate->isChecked() &&
        (m_certificate->text().trimmed().isEmpty() || m_key->text().trimmed().isEmpty()))
        return tr("Choose your certificate and its key, or let the local CA issue one.");
    return {};
}

} // namespace es
